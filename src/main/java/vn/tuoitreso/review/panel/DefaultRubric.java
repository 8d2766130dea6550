package vn.tuoitreso.review.panel;

import java.util.List;
import vn.tuoitreso.review.CriterionDraft;

/**
 * The rubric a new panel starts from: the scoring table of the demo contest's rules (creativity 30, feasibility 30,
 * effect and scalability 30, presentation 10), with effect and scalability scored apart (15 each), out of 100.
 */
public final class DefaultRubric {

    public static final List<CriterionDraft> CRITERIA = List.of(
            new CriterionDraft("Tính sáng tạo",
                    "Ý tưởng mới, khác với những giải pháp đã có; cách tiếp cận độc đáo.", 1, 0, 30),
            new CriterionDraft("Tính khả thi",
                    "Triển khai được với nguồn lực, công nghệ và chi phí sẵn có ở địa phương.", 1, 0, 30),
            new CriterionDraft("Hiệu quả và tác động",
                    "Lợi ích rõ ràng, đo được cho học tập, lao động, công tác của người dân và đoàn viên.", 1, 0, 15),
            new CriterionDraft("Khả năng nhân rộng",
                    "Áp dụng được ở đơn vị, địa bàn khác mà không phải làm lại từ đầu.", 1, 0, 15),
            new CriterionDraft("Trình bày",
                    "Hồ sơ rõ ràng, đầy đủ, mạch lạc; tài liệu kèm theo đọc được.", 1, 0, 10));

    private DefaultRubric() {
    }
}
