package vn.tuoitreso.quiz.bank;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tuoitreso.quiz.Quizzes;
import vn.tuoitreso.shared.SystemTasks;

/** Closes timed attempts whose learner left: they are scored with the answers saved in time. */
@Component
class ExpiredAttempts {

    private final Quizzes quizzes;

    ExpiredAttempts(Quizzes quizzes) {
        this.quizzes = quizzes;
    }

    @Scheduled(fixedDelayString = "${app.quiz.sweep-interval:PT1M}", initialDelayString = "${app.quiz.sweep-interval:PT1M}")
    @SchedulerLock(name = "quiz-expired-attempts", lockAtMostFor = "PT5M")
    void close() {
        SystemTasks.runAsSystem(quizzes::closeExpiredAttempts);
    }
}
