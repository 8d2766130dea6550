package vn.tuoitreso.site;

/**
 * What a page tells search engines and the cards of shared links (Open Graph, Twitter): its title, a description,
 * its own address and its picture, both absolute.
 *
 * @param type Open Graph's type: {@code website} or {@code article}
 * @param indexed whether search engines may list it (not the certificate check, which names a person)
 */
record PageMeta(String title, String description, String url, String image, String type, boolean indexed) {

    static final int DESCRIPTION_MAX_LENGTH = 200;

    PageMeta {
        description = shorten(description.strip().replaceAll("\\s+", " "));
    }

    private static String shorten(String text) {
        if (text.length() <= DESCRIPTION_MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_MAX_LENGTH - 1);
        return text.substring(0, cut > DESCRIPTION_MAX_LENGTH / 2 ? cut : DESCRIPTION_MAX_LENGTH - 1) + "…";
    }
}
