/**
 * Moodle's GIFT format: {@link vn.tuoitreso.quiz.gift.GiftParser} reads it and
 * {@link vn.tuoitreso.quiz.gift.GiftWriter} writes it.
 *
 * <p>Read as Moodle's {@code qformat_gift} reads it: questions are separated by blank lines; lines starting
 * with {@code //} are comments; {@code $CATEGORY: path} sets the category of the questions after it;
 * {@code ::name::} names a question (without one the name is the start of its text); {@code [html]},
 * {@code [moodle]}, {@code [plain]} or {@code [markdown]} starts a text in that format; {@code \~ \= \# \{ \}
 * \: \\} escape those characters and {@code \n} is a line break. In the answer block, {@code #} starts an
 * answer's feedback, the last {@code ####} starts general feedback, and {@code %50%} or {@code %-100%}
 * weighs an answer. The type follows from the block: {@code {T}}, {@code {TRUE}}, {@code {F}},
 * {@code {FALSE}} true/false, where {@code {TRUE#shown when answered wrongly#shown when answered rightly}};
 * {@code {#...}} numerical, each answer {@code 12}, {@code 3.14:0.01} or {@code 1..5}, several after
 * {@code =} with weights, {@code ~#feedback} for any other number; {@code ~} anywhere a choice question,
 * single-choice when any {@code =} marks a right answer, otherwise multiple-answer with {@code ~%n%}
 * weights; {@code =prompt -> answer} matching, {@code = -> answer} a distractor; otherwise
 * {@code =answer} short answer. Text after the block stays, the block becoming {@code _____}.
 *
 * <p>Differences from Moodle, to catch mistakes Moodle would import silently: text before the first
 * {@code =} or {@code ~} of a block, weights that are not percentages from -100 to 100, {@code =%50%} in a
 * choice question, a second answer block or stray brace, a {@code $CATEGORY} line not followed by a blank
 * line, a matching question with fewer than three pairs, and short-answer or numerical questions with no
 * answer at 100% are problems. Essays ({@code {}}), descriptions (no answer block) and questions Moodle
 * exported only as their {@code // question: 12  name: …} comment are reported as unsupported. A comment in
 * a question may carry what GIFT cannot: {@code // [mark:2] [case-sensitive] [ignore-diacritics]}; Moodle
 * ignores it. Format markers on answers and feedback are accepted and dropped: they share the question's.
 *
 * <p>Message keys of {@link vn.tuoitreso.quiz.gift.GiftProblem}, with English and Vietnamese
 * wording, ready for the {@code MessageFormat} bundles ({0} is the argument; the line number is separate):
 * <pre>
 * quiz.gift.unclosedBrace=The answer block opened on this line is never closed with }.
 * quiz.gift.unclosedBrace=Khối đáp án mở ở dòng này chưa được đóng bằng dấu }.
 * quiz.gift.unopenedBrace=This } closes no answer block: the opening brace before it is missing.
 * quiz.gift.unopenedBrace=Dấu } này không đóng khối đáp án nào: thiếu dấu ngoặc mở ở phía trước.
 * quiz.gift.secondAnswerBlock=A question has only one answer block. Is a blank line missing between two questions?
 * quiz.gift.secondAnswerBlock=Mỗi câu hỏi chỉ có một khối đáp án. Có phải thiếu một dòng trống giữa hai câu hỏi?
 * quiz.gift.unclosedName=The question name opened with :: is never closed with ::.
 * quiz.gift.unclosedName=Tên câu hỏi mở bằng :: chưa được đóng bằng ::.
 * quiz.gift.categoryNotAlone=A $CATEGORY line must be followed by a blank line.
 * quiz.gift.categoryNotAlone=Sau dòng $CATEGORY phải có một dòng trống.
 * quiz.gift.emptyText=The question has no text.
 * quiz.gift.emptyText=Câu hỏi chưa có nội dung.
 * quiz.gift.emptyAnswer=An answer is empty.
 * quiz.gift.emptyAnswer=Có một đáp án bị để trống.
 * quiz.gift.answerWithoutMarker=“{0}” is not marked as an answer: start it with = (right) or ~ (wrong).
 * quiz.gift.answerWithoutMarker=“{0}” chưa được đánh dấu là đáp án: hãy bắt đầu bằng = (đúng) hoặc ~ (sai).
 * quiz.gift.badWeight=The weight {0} is not a percentage from -100 to 100 written like %50%.
 * quiz.gift.badWeight=Trọng số {0} không phải tỉ lệ phần trăm từ -100 đến 100 viết dạng %50%.
 * quiz.gift.weightAfterEquals=An answer marked = is fully right and takes no weight {0}; write ~{0} for partial credit.
 * quiz.gift.weightAfterEquals=Đáp án có dấu = là đúng hoàn toàn, không có trọng số {0}; hãy viết ~{0} nếu đúng một phần.
 * quiz.gift.tooFewChoices=A choice question needs at least 2 choices, not {0}.
 * quiz.gift.tooFewChoices=Câu hỏi lựa chọn cần ít nhất 2 phương án, hiện có {0}.
 * quiz.gift.noRightAnswer=No answer earns full marks.
 * quiz.gift.noRightAnswer=Không có đáp án nào được điểm tối đa.
 * quiz.gift.weightsDoNotAddUp=The positive weights add up to {0}% instead of 100%.
 * quiz.gift.weightsDoNotAddUp=Tổng các trọng số dương là {0}% thay vì 100%.
 * quiz.gift.tooFewPairs=A matching question needs at least 3 pairs, not {0}.
 * quiz.gift.tooFewPairs=Câu hỏi ghép đôi cần ít nhất 3 cặp, hiện có {0}.
 * quiz.gift.missingArrow=“{0}” has no -> between the prompt and its answer.
 * quiz.gift.missingArrow=“{0}” thiếu dấu -> giữa vế cần ghép và đáp án của nó.
 * quiz.gift.notANumber=“{0}” is not a number, a number:tolerance or a min..max range (use a dot for decimals).
 * quiz.gift.notANumber=“{0}” không phải một số, số:sai số hay khoảng nhỏ..lớn (dùng dấu chấm cho phần thập phân).
 * quiz.gift.badRange=The range {0} runs from high to low.
 * quiz.gift.badRange=Khoảng {0} có giá trị đầu lớn hơn giá trị cuối.
 * quiz.gift.badMark=The mark {0} in [mark:…] is not a number of zero or more.
 * quiz.gift.badMark=Điểm {0} trong [mark:…] không phải một số lớn hơn hoặc bằng 0.
 * quiz.gift.unsupported.essay=“{0}” is an essay question, which quizzes cannot score; it was left out.
 * quiz.gift.unsupported.essay=“{0}” là câu hỏi tự luận, bài kiểm tra chưa chấm được nên đã bỏ qua.
 * quiz.gift.unsupported.description=“{0}” is a description without answers; it was left out.
 * quiz.gift.unsupported.description=“{0}” là đoạn mô tả không có đáp án nên đã bỏ qua.
 * quiz.gift.unsupported.notExported=“{0}” is of a Moodle question type GIFT cannot hold; Moodle wrote only its name.
 * quiz.gift.unsupported.notExported=“{0}” thuộc loại câu hỏi Moodle mà GIFT không chứa được; Moodle chỉ ghi lại tên.
 * </pre>
 */
@NullMarked
package vn.tuoitreso.quiz.gift;

import org.jspecify.annotations.NullMarked;
