package dev.articleclassifier.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author names of a byline as printed, without what surrounds them: "By Jane Roe and John Doe, Reuters |
 * Updated March 3, 2021" gives "Jane Roe and John Doe". The lead-in ("By", "Written by", "Reporting by",
 * "Author:"), a trailing date, time or label ("Updated", "Published", "Posted") and a trailing agency or role
 * after a comma are cut. What is left must look like names: short, with letters, and not a URL or a sentence.
 */
final class BylineNames {

    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:written|posted|reported|reporting|story|words|text|compiled|edited)\\s+)?(?:by|par|von|de)[:\\s]\\s*"
                    + "|^(?:authors?|writers?|reporter|byline)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    /** Where the names end: a date, a time, a label, a separator, or a line break. */
    private static final Pattern END = Pattern.compile("\\s*(?:[|\\u2022\\u00B7\\n]|\\s-\\s|\\s\\u2013\\s"
            + "|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\blast modified\\b|\\bon\\s+(?:mon|tue|wed|thu|fri|sat|sun)"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
            + "|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
            + "|\\b(?:19|20)\\d{2}-\\d{2}|\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}"
            + "|\\bemail\\b|\\be-mail\\b|\\bfollow\\b|@"
            + "|\\b(?:edited|photos?|photographs|illustrations?|graphics|additional reporting|updated) by\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CHARS = 100;
    private static final int MAX_NAME_WORDS = 4;
    /** Words of a writer's title or desk, which follow the names after a comma. */
    private static final Pattern ROLE = Pattern.compile("\\b(?:writer|correspondent|editor|reporter|staff|contributor|"
            + "columnist|technologist|analyst|director|professor|fellow|chief|senior|news|desk|bureau|producer)s?\\b",
            Pattern.CASE_INSENSITIVE);
    /** "a staff writer", "our correspondent": a role, nobody's name. */
    private static final Pattern UNNAMED = Pattern.compile("^(?:an?|the|our)\\s.*" + ROLE.pattern(),
            Pattern.CASE_INSENSITIVE);
    /** Captions of links and buttons that sit where a byline goes and name nobody. */
    private static final Set<String> NOT_NAMES = Set.of("sign in", "log in", "follow", "follow author",
            "authority control", "author", "authors", "by", "share", "more", "staff");
    private static final int MAX_WORDS = 14;

    private BylineNames() {
    }

    /** The names in {@code byline}, or empty when what it holds does not look like names. */
    static Optional<String> of(String byline) {
        if (byline == null) {
            return Optional.empty();
        }
        String text = byline.replace('\u00A0', ' ').strip();
        if (text.startsWith("http") || text.contains("://") || text.length() > 3 * MAX_CHARS) {
            return Optional.empty();
        }
        text = LEAD_IN.matcher(text).replaceFirst("");
        Matcher end = END.matcher(text);
        if (end.find()) {
            text = text.substring(0, end.start());
        }
        text = withoutTrailingAgency(text.strip());
        text = trimPunctuation(ArticleFinisher.collapse(text));
        text = LEAD_IN.matcher(text).replaceFirst("").strip();
        return looksLikeNames(text) ? Optional.of(text) : Optional.empty();
    }

    /**
     * "Jane Roe, Reuters" and "Jane Roe, Staff Writer, Health Desk" name Jane Roe: the names end at the first part
     * after a comma that is an agency, a role or too long for a name. "Roe, Jane" stays as it is printed.
     */
    private static String withoutTrailingAgency(String text) {
        String[] parts = text.split(",");
        String first = parts[0].strip();
        if (AgencyNames.canonical(first).isPresent() || UNNAMED.matcher(first).find()) {
            return "";
        }
        StringBuilder names = new StringBuilder(parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || isAgencyOrRole(part) || Whitespace.countWords(part) > MAX_NAME_WORDS) {
                break;
            }
            names.append(", ").append(part);
        }
        return names.toString();
    }

    private static boolean isAgencyOrRole(String part) {
        if (AgencyNames.canonical(part).isPresent() || AgencyNames.findIn(part).isPresent()) {
            return true;
        }
        return ROLE.matcher(part).find();
    }

    private static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && ",;:-|/()\u2014\u2013".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",;:-|/(\u2014\u2013".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end).strip();
    }

    private static boolean looksLikeNames(String text) {
        if (NOT_NAMES.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (text.length() < 2 || text.length() > MAX_CHARS || Whitespace.countWords(text) > MAX_WORDS) {
            return false;
        }
        if (text.endsWith(".") && Whitespace.countWords(text) > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
