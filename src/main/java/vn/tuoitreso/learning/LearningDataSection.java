package vn.tuoitreso.learning;

import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.PersonalDataSection;

/** The courses the person enrolled in, with progress, in their data export. */
@Component
class LearningDataSection implements PersonalDataSection {

    private final Enrolments enrolments;

    LearningDataSection(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public String name() {
        return "courses";
    }

    @Override
    public Object collectMine() {
        return enrolments.myCourses();
    }
}
