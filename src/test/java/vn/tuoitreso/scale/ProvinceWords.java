package vn.tuoitreso.scale;

import java.util.List;
import java.util.Random;

/**
 * Names and idea texts of a Cao Bằng flavour: Kinh, Tày, Nùng, Dao and Mông family names, the province's
 * places, sectors and products. Every choice comes from the generator's seeded {@link Random}.
 */
final class ProvinceWords {

    private static final List<String> FAMILY = List.of("Nông", "Hoàng", "Bế", "Lục", "Đàm", "Triệu", "Lành", "Mã",
            "La", "Lương", "Sầm", "Hà", "Lưu", "Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
            "Dương", "Lý", "Chu", "Hứa", "Lăng", "Mông", "Giàng", "Vi", "Ma", "Đinh", "Phan", "Tô");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh",
            "Tiến", "Ngọc", "Xuân", "Trung", "Đình");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Diệu",
            "Phương", "Bích", "Thúy", "Minh", "Hải");
    private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu",
            "Hùng", "Khánh", "Kiên", "Long", "Mạnh", "Nam", "Phong", "Quang", "Sơn", "Tài", "Thắng", "Thành",
            "Tuấn", "Việt", "Vinh", "Pao", "Chử", "Sính", "Páo", "Lâm", "Toàn", "Huy", "Trọng");
    private static final List<String> GIVEN_FEMALE = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hiền",
            "Hoa", "Huyền", "Lan", "Linh", "Mai", "Nga", "Ngân", "Nhung", "Phượng", "Quỳnh", "Thảo", "Trang", "Vân",
            "Yến", "Mỷ", "Dợ", "Sùng", "Pà", "Xuân", "Lụa", "Thơm", "Duyên", "Oanh");

    private static final List<String> PLACES = List.of("Bản Giốc", "Pác Bó", "Phja Oắc", "Ba Bể", "Khuổi Ky",
            "Ngườm Ngao", "Thác Bản Giốc", "Phia Đén", "Núi Mắt Thần", "Bảo Lạc", "Hà Quảng", "Trùng Khánh", "Quảng Uyên",
            "Nguyên Bình", "Thạch An", "Hòa An", "Thông Nông", "Bảo Lâm", "Hạ Lang", "Phục Hòa");
    private static final List<String> SECTORS = List.of("du lịch cộng đồng", "nông sản sạch", "trường học",
            "trạm y tế xã", "hợp tác xã", "chợ phiên", "thư viện số", "dịch vụ công", "bảo vệ rừng",
            "phòng chống lừa đảo", "thanh toán không dùng tiền mặt", "giáo dục kỹ năng số", "hỗ trợ người cao tuổi",
            "quảng bá văn hóa Tày Nùng", "làng nghề");
    private static final List<String> PRODUCTS = List.of("hạt dẻ Trùng Khánh", "miến dong", "lê Đông Khê",
            "bánh cuốn", "thạch đen", "mật ong bạc hà", "chè Phja Đén", "vải thổ cẩm", "gạo nếp hương",
            "rượu men lá", "tương ớt Cao Bằng", "lạp sườn hun khói");
    private static final List<String> TOOLS = List.of("Bản đồ số", "Ứng dụng", "Trang thông tin", "Kênh Zalo",
            "Cổng học liệu", "Mã QR", "Sổ tay điện tử", "Hệ thống nhắn tin", "Sàn giao dịch", "Trợ lý ảo");

    private final Random random;

    ProvinceWords(Random random) {
        this.random = random;
    }

    String fullName() {
        boolean female = random.nextBoolean();
        return pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
    }

    String ideaTitle(String unit) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(TOOLS) + " " + pick(SECTORS) + " " + pick(PLACES);
            case 1 -> pick(TOOLS) + " bán " + pick(PRODUCTS) + " cho " + unit.replace("Đoàn ", "");
            default -> "Chuyển đổi số " + pick(SECTORS) + " ở " + pick(PLACES);
        };
    }

    String sentence() {
        return switch (random.nextInt(6)) {
            case 0 -> "Đoàn viên " + pick(PLACES) + " hướng dẫn bà con dùng " + pick(TOOLS).toLowerCase()
                    + " cho " + pick(SECTORS) + ".";
            case 1 -> "Người dân bán " + pick(PRODUCTS) + " trên sàn thương mại điện tử, thanh toán qua mã QR.";
            case 2 -> "Sóng điện thoại ở vùng cao còn yếu nên trang được làm nhẹ, đọc được cả khi ngoại tuyến.";
            case 3 -> "Mỗi tháng tổ công nghệ số cộng đồng tổng hợp số người dùng dịch vụ công trực tuyến.";
            case 4 -> "Thanh niên " + pick(PLACES) + " chụp ảnh, viết giới thiệu về " + pick(PRODUCTS)
                    + " và " + pick(SECTORS) + ".";
            default -> "Ý tưởng giúp giảm chi phí đi lại, tiết kiệm thời gian và bảo vệ thông tin cá nhân.";
        };
    }

    String paragraph(int minChars, int maxChars) {
        int target = minChars + random.nextInt(Math.max(1, maxChars - minChars));
        StringBuilder text = new StringBuilder(target + 200);
        while (text.length() < target) {
            if (!text.isEmpty()) {
                text.append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            text.append(sentence());
        }
        return text.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
