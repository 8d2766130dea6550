package vn.tuoitreso.certificate;

/**
 * What an award certificate states beside its holder: the contest, the round, the prize and the idea that won it.
 */
public record AwardDetails(String contestTitle, String roundName, String prize, String ideaTitle) {
}
