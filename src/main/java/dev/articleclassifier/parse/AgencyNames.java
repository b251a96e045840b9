package dev.articleclassifier.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The news agencies whose copy reaches the desk, each under one canonical name with the spellings it appears
 * under in bylines, datelines, trailers and page metadata ("Reuter" in old trailers, "Agence France-Presse",
 * "Itar-Tass"). Short acronyms (AP, AFP, EFE, ...) match only in their printed case, so the word "ap" or
 * "efe" inside ordinary prose is not taken for an agency.
 */
final class AgencyNames {

    private static final int MAX_WORDS = 5;

    /** Canonical name first, then its other spellings. */
    private static final String[][] AGENCIES = {
            {"Xinhua", "Xinhua News Agency", "XINHUA", "Xinhuanet", "Xinhua Net", "Xinhua News"},
            {"Reuters", "Reuter", "REUTERS", "REUTER", "Thomson Reuters"},
            {"AP", "Associated Press", "The Associated Press", "AP News"},
            {"AFP", "Agence France-Presse", "Agence France Presse", "Agence France - Presse"},
            {"UPI", "United Press International"},
            {"dpa", "DPA", "Deutsche Presse-Agentur", "Deutsche Presse Agentur"},
            {"Kyodo", "Kyodo News", "KYODO"},
            {"Yonhap", "Yonhap News Agency", "Yonhap News", "YONHAP"},
            {"TASS", "Tass", "Itar-Tass", "ITAR-TASS", "Itar Tass", "TASS News Agency"},
            {"RIA Novosti", "RIA", "Ria Novosti", "RIA-Novosti"},
            {"Interfax", "INTERFAX"},
            {"ANSA", "Agenzia ANSA"},
            {"EFE", "Agencia EFE"},
            {"Bernama", "BERNAMA"},
            {"PTI", "Press Trust of India"},
            {"IANS", "Indo-Asian News Service"},
            {"Anadolu", "Anadolu Agency", "Anadolu Ajansi"},
            {"Al Jazeera", "Al-Jazeera", "Aljazeera", "AL JAZEERA"},
            {"BBC", "BBC News", "British Broadcasting Corporation"},
            {"CNN", "CNN International"},
            {"Bloomberg", "Bloomberg News"},
            {"Jiji", "Jiji Press"},
            {"Antara", "ANTARA", "Antara News"},
            {"Sputnik", "Sputnik News"},
            {"Prensa Latina", "PRENSA LATINA"},
            {"Lusa", "LUSA"},
            {"IRNA", "Islamic Republic News Agency"},
            {"SANA", "Syrian Arab News Agency"},
            {"MENA", "Middle East News Agency"},
            {"WAFA"},
            {"APA", "Austria Presse Agentur"},
            {"PAP", "Polish Press Agency"},
            {"CTK", "Czech News Agency"},
            {"Notimex", "NOTIMEX"},
            {"Kuwait News Agency", "KUNA"},
            {"Saudi Press Agency", "SPA"},
            {"Emirates News Agency", "WAM"},
    };

    /** Acronyms and other short spellings, matched in their printed case. */
    private static final Map<String, String> EXACT = new HashMap<>();
    /** Longer spellings, matched ignoring case, keyed in lower case. */
    private static final Map<String, String> FOLDED = new HashMap<>();

    /** No spelling is longer, and lower-casing never shortens a text, so a longer text names no agency. */
    private static final int LONGEST_SPELLING;

    static {
        // loops rather than streams: this class is first used by the first story's parse, on the cold start
        int longest = 0;
        for (String[] agency : AGENCIES) {
            for (String spelling : agency) {
                longest = Math.max(longest, spelling.length());
                if (spelling.length() <= 5 && !spelling.contains(" ")) {
                    EXACT.putIfAbsent(spelling, agency[0]);
                } else {
                    FOLDED.putIfAbsent(spelling.toLowerCase(Locale.ROOT), agency[0]);
                }
            }
        }
        LONGEST_SPELLING = longest;
    }

    private AgencyNames() {
    }

    /** Every agency's canonical name, in the order of the table above. */
    static List<String> canonicalNames() {
        return Arrays.stream(AGENCIES).map(spellings -> spellings[0]).toList();
    }

    /** The canonical name when the whole of {@code text} is an agency's name, e.g. og:site_name "Reuters". */
    static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() > LONGEST_SPELLING) {
            return Optional.empty();
        }
        String exact = EXACT.get(trimmed);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(FOLDED.get(trimmed.toLowerCase(Locale.ROOT)));
    }

    /** The first agency named anywhere in {@code text} (as whole words), e.g. in "By Jane Roe, Reuters". */
    static Optional<String> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int[] starts = new int[text.length() / 2 + 1];
        int[] ends = new int[starts.length];
        int count = tokenize(text, starts, ends);
        for (int i = 0; i < count; i++) {
            for (int words = Math.min(MAX_WORDS, count - i); words >= 1; words--) {
                String candidate = text.substring(starts[i], ends[i + words - 1]);
                Optional<String> found = canonical(candidate);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Words are runs of letters, digits, hyphens and apostrophes; the spaces between them are kept in n-grams. */
    private static int tokenize(String text, int[] starts, int[] ends) {
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                starts[count] = start;
                ends[count] = i;
                count++;
            }
        }
        return count;
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            // ASCII, nearly every character here, without the JDK's tables
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }
        return Character.isLetterOrDigit(c);
    }
}
