package dev.articleclassifier.parse;

/**
 * The place line that opens a wire story ("MOSCOW, Dec. 24 (Xinhua) --"): where the reporter filed from.
 *
 * @param place   the place as printed, in title case ("Moscow", "Washington")
 * @param country ISO 3166-1 alpha-2 code of the place's country when it is known, otherwise {@code null}
 */
public record Dateline(String place, String country) {
}
