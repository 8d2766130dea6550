package vn.tuoitreso.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic Vietnamese contest ideas from Cao Bằng, made up from word lists: the same number always gives the same
 * idea, so each engine of a benchmark loads the same corpus without holding it in memory. Attachments are a few
 * thousand characters; people's and villages' names are drawn from syllables, so the vocabulary keeps growing.
 */
final class IdeaGenerator {

    static final String[] PLACES = {"Hà Quảng", "Bảo Lạc", "Bảo Lâm", "Trùng Khánh", "Hạ Lang", "Quảng Hòa",
        "Hòa An", "Nguyên Bình", "Thạch An", "Thông Nông", "Trà Lĩnh", "Phục Hòa", "Thác Bản Giốc", "Động Ngườm Ngao",
        "Pác Bó", "Phia Oắc", "Phia Đén", "Đàm Thủy", "Lũng Nặm", "Đông Khê", "Nước Hai", "Tĩnh Túc", "Xuân Trường",
        "Cao Bằng", "Sóc Giang", "Quang Trung", "Lý Bôn", "Cần Yên", "Khâm Thành", "Minh Tâm"};
    static final String[] SECTORS = {"nông nghiệp", "du lịch cộng đồng", "giáo dục", "y tế", "chuyển đổi số",
        "môi trường", "thương mại điện tử", "văn hóa dân tộc", "khởi nghiệp", "giao thông", "lâm nghiệp",
        "an toàn thông tin", "năng lượng tái tạo", "nước sạch", "chăn nuôi"};
    static final String[] PRODUCTS = {"hạt dẻ", "miến dong", "chè Shan tuyết", "thạch đen", "trà hoa vàng",
        "mật ong bạc hà", "lê Đông Khê", "bánh cuốn", "vải Tày", "thổ cẩm", "gạo nếp", "quýt", "mận", "rau cải",
        "gà đồi", "lợn đen", "cá suối", "măng tre", "tinh dầu hồi", "cao lanh"};
    static final String[] PEOPLE = {"thanh niên", "học sinh", "phụ huynh", "nông dân", "du khách", "hợp tác xã",
        "giáo viên", "cán bộ xã", "người cao tuổi", "phụ nữ", "đoàn viên", "trạm y tế", "bà con dân tộc Tày",
        "bà con dân tộc Nùng", "người Mông", "người Dao"};
    static final String[] VERBS = {"xây dựng", "phát triển", "ứng dụng", "quảng bá", "kết nối", "hỗ trợ",
        "nâng cao", "số hóa", "bảo tồn", "tổ chức", "đào tạo", "tiêu thụ", "truy xuất", "giám sát", "chia sẻ"};
    static final String[] TOOLS = {"ứng dụng di động", "bản đồ số", "sàn thương mại điện tử", "mã QR",
        "trang web", "nhóm Zalo", "hệ thống cảm biến", "sổ liên lạc điện tử", "kênh video", "phần mềm quản lý",
        "camera giám sát", "máy sấy năng lượng mặt trời", "thư viện số", "tổng đài tư vấn", "bảng điều khiển"};
    static final String[] PROBLEMS = {"thiếu thông tin thị trường", "đường sá đi lại khó khăn",
        "giá bán thấp và bấp bênh", "thiếu kỹ năng số", "rác thải chưa được phân loại", "sạt lở mùa mưa",
        "thiếu nước vào mùa khô", "sản phẩm chưa có nhãn hiệu", "du khách không biết đường đến bản",
        "học sinh bỏ học sớm", "thông tin y tế đến chậm", "cây giống kém chất lượng", "mất sóng điện thoại"};
    static final String[] FILLER = {"Trong quá trình khảo sát, nhóm đã gặp gỡ nhiều hộ gia đình.",
        "Kết quả bước đầu cho thấy mô hình có thể nhân rộng ra các xã lân cận.",
        "Kinh phí dự kiến được huy động từ hợp tác xã và nguồn xã hội hóa.",
        "Nhóm cam kết duy trì hoạt động sau khi cuộc thi kết thúc.",
        "Các số liệu được cập nhật hằng tháng và công khai cho người dân.",
        "Chính quyền địa phương đã đồng ý phối hợp triển khai thí điểm.",
        "Mỗi tuần nhóm tổ chức một buổi hướng dẫn trực tiếp tại nhà văn hóa thôn."};
    private static final String[] INITIALS = {"b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "p",
        "ph", "qu", "s", "t", "th", "tr", "v", "x"};
    private static final String[] RHYMES = {"a", "á", "à", "ả", "ã", "ạ", "an", "ang", "anh", "ao", "ay", "âm", "ân",
        "ông", "ơn", "ương", "ướng", "ườn", "iêm", "iếu", "oan", "oàng", "uy", "ư", "ữa", "ệt", "ốc", "inh", "ình",
        "ên", "ết", "ơi", "ùng", "úc", "ồn", "ải", "ẩm", "ọc"};
    private static final String[] FAMILY = {"Nông", "Hoàng", "Lục", "Bế", "Đàm", "Lương", "Triệu", "Mạc", "Sầm",
        "Hà", "Lý", "Nguyễn", "Vi", "Chu", "La"};
    static final String[] STATUSES = {"SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED", "WITHDRAWN"};

    private IdeaGenerator() {
    }

    static IndexedIdea idea(long id) {
        Random random = new Random(id * 7919L + 17);
        String place = pick(random, PLACES);
        String sector = pick(random, SECTORS);
        String product = pick(random, PRODUCTS);
        String people = pick(random, PEOPLE);
        String verb = pick(random, VERBS);
        String tool = pick(random, TOOLS);
        String problem = pick(random, PROBLEMS);
        String village = "bản " + capitalised(word(random)) + " " + capitalised(word(random));
        long contest = 1 + random.nextInt(8);
        long round = contest * 10 + random.nextInt(3);
        long category = 100 + random.nextInt(SECTORS.length);
        long unit = 1000 + random.nextInt(60);
        List<String> authors = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            authors.add(pick(random, FAMILY) + " " + (random.nextBoolean() ? "Văn " : "Thị ") + capitalised(word(random)));
        }
        String title = capitalised(verb) + " " + tool + " cho " + product + " " + place;
        String summary = "Dự án " + sector + " giúp " + people + " ở " + village + ", " + place + " " + verb + " "
                + product + " bằng " + tool + ".";
        String problemText = capitalised(people) + " ở " + place + " gặp khó khăn vì " + problem + "; "
                + pick(random, PROBLEMS) + ". " + pick(random, FILLER);
        String solution = "Nhóm " + verb + " " + tool + " để " + pick(random, VERBS) + " " + product + " và "
                + pick(random, PRODUCTS) + ", " + pick(random, VERBS) + " " + pick(random, PEOPLE) + " tại "
                + pick(random, PLACES) + ". " + pick(random, FILLER);
        List<IndexedIdea.AttachmentText> attachments = new ArrayList<>();
        if (random.nextInt(10) < 6) {
            attachments.add(new IndexedIdea.AttachmentText("thuyet-minh-" + id + ".docx",
                    attachment(random, authors, place, product, tool, village, 1500 + random.nextInt(3000))));
        }
        return new IndexedIdea(id, contest, "Cuộc thi ý tưởng " + contest, round, "Vòng " + round, category,
                "Lĩnh vực " + SECTORS[(int) (category - 100)], unit, "Đoàn xã " + unit,
                STATUSES[random.nextInt(STATUSES.length)], Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 613),
                title, summary, problemText, solution, authors, attachments);
    }

    private static String attachment(Random random, List<String> authors, String place, String product, String tool,
            String village, int length) {
        StringBuilder text = new StringBuilder("Thuyết minh ý tưởng. Nhóm tác giả: ").append(String.join(", ", authors))
                .append(". ");
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> text.append("Tại ").append(pick(random, PLACES)).append(", ").append(pick(random, PEOPLE))
                        .append(" thường ").append(pick(random, VERBS)).append(" ").append(pick(random, PRODUCTS))
                        .append(" theo cách truyền thống. ");
                case 1 -> text.append("Giải pháp dùng ").append(tool).append(" để ").append(pick(random, VERBS))
                        .append(" ").append(product).append(" của ").append(village).append(". ");
                case 2 -> text.append("Vấn đề chính là ").append(pick(random, PROBLEMS)).append(" ở ")
                        .append(place).append(". ");
                case 3 -> text.append("Anh ").append(capitalised(word(random))).append(" ")
                        .append(capitalised(word(random))).append(" ở xóm ").append(capitalised(word(random)))
                        .append(" tham gia ").append(pick(random, SECTORS)).append(". ");
                default -> text.append(pick(random, FILLER)).append(' ');
            }
        }
        return text.toString();
    }

    private static String word(Random random) {
        return pick(random, INITIALS) + pick(random, RHYMES);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
