package dev.articleclassifier.classify.rules;

import dev.articleclassifier.classify.text.CaseMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a topic rules file (JSON with comments). Everything wrong is reported with the file, line
 * and field, so a rule author can fix a file without reading code; nothing is silently ignored (unknown fields
 * are errors too, since a misspelt "treshold" would otherwise do nothing).
 */
public final class RulesLoader {

    private static final String IPTC_PREFIX = "medtop:";
    private static final double MAX_WEIGHT = 100;

    private RulesLoader() {
    }

    public static TopicRules load(byte[] content, String fileName) {
        JsoncNode root = JsoncReader.read(content, fileName);
        root.allowOnly("version", "settings", "topics");
        String version = root.required("version").asText();
        RuleSettings settings = settings(root.optional("settings"));
        List<TopicRule> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsoncNode> topicNodes = root.required("topics").asArray();
        if (topicNodes.isEmpty()) {
            throw root.required("topics").error("at least one topic is needed");
        }
        for (JsoncNode node : topicNodes) {
            TopicRule topic = topic(node);
            if (!ids.add(topic.id())) {
                throw node.required("id").error("duplicate topic id \"" + topic.id() + "\"");
            }
            topics.add(topic);
        }
        checkBroader(topics, topicNodes);
        return new TopicRules(version, settings, topics);
    }

    private static RuleSettings settings(JsoncNode node) {
        RuleSettings d = RuleSettings.DEFAULTS;
        if (node == null) {
            return d;
        }
        node.allowOnly("headlineBoost", "leadBoost", "scale", "threshold", "maxTopics", "secondaryShare",
                "secondaryMinTerms", "narrowerShare", "closeShare", "briefWords");
        return new RuleSettings(
                number(node, "headlineBoost", d.headlineBoost(), 0, 100),
                number(node, "leadBoost", d.leadBoost(), 0, 100),
                number(node, "scale", d.scale(), 0.001, 10_000),
                number(node, "threshold", d.threshold(), 0, 1),
                (int) number(node, "maxTopics", d.maxTopics(), 1, 100),
                number(node, "secondaryShare", d.secondaryShare(), 0, 1),
                (int) number(node, "secondaryMinTerms", d.secondaryMinTerms(), 1, 100),
                number(node, "narrowerShare", d.narrowerShare(), 0, 1),
                number(node, "closeShare", d.closeShare(), 0, 1),
                (int) number(node, "briefWords", d.briefWords(), 0, 100_000));
    }

    /**
     * Every {@code broader} names another topic of the file, and no chain of them comes back to where it started.
     * Unknown names are refused first, so the walk along a chain only meets known topics; a cycle is reported at
     * its first topic in the file, since a topic that merely leads into a cycle is not itself the mistake.
     */
    private static void checkBroader(List<TopicRule> topics, List<JsoncNode> nodes) {
        Map<String, String> broaderOf = new HashMap<>();
        for (TopicRule topic : topics) {
            broaderOf.put(topic.id(), topic.broader());
        }
        for (int i = 0; i < topics.size(); i++) {
            String broader = topics.get(i).broader();
            if (!broader.isEmpty() && !broaderOf.containsKey(broader)) {
                throw nodes.get(i).required("broader").error("broader names no topic of this file: \"" + broader + "\"");
            }
        }
        for (int i = 0; i < topics.size(); i++) {
            String start = topics.get(i).id();
            String at = topics.get(i).broader();
            for (int steps = 0; !at.isEmpty() && steps < topics.size(); steps++) {
                if (at.equals(start)) {
                    throw nodes.get(i).required("broader").error("broader topics of \"" + start + "\" lead back to it");
                }
                at = broaderOf.get(at);
            }
        }
    }

    private static double number(JsoncNode node, String field, double fallback, double min, double max) {
        JsoncNode value = node.optional(field);
        return value == null ? fallback : value.asNumber(min, max);
    }

    private static TopicRule topic(JsoncNode node) {
        node.allowOnly("id", "label", "iptc", "description", "threshold", "terms", "support", "negative",
                "requires", "broader");
        String id = node.required("id").asText();
        if (!isTopicId(id)) {
            throw node.required("id").error("a topic id is lower-case words joined by '-', got \"" + id + "\"");
        }
        String iptc = node.required("iptc").asText();
        if (!isIptcCode(iptc)) {
            throw node.required("iptc").error("expected an IPTC Media Topic code like medtop:20000053, got \"" + iptc + "\"");
        }
        JsoncNode threshold = node.optional("threshold");
        List<TermRule> terms = terms(node.required("terms"));
        if (terms.isEmpty()) {
            throw node.required("terms").error("a topic needs at least one term");
        }
        JsoncNode support = node.optional("support");
        JsoncNode negative = node.optional("negative");
        JsoncNode description = node.optional("description");
        JsoncNode broader = node.optional("broader");
        return new TopicRule(id, node.required("label").asText(), iptc, description == null ? "" : description.asText(),
                threshold == null ? Double.NaN : threshold.asNumber(0, 1),
                terms, support == null ? List.of() : terms(support), negative == null ? List.of() : terms(negative),
                node.strings("requires"), broader == null ? "" : broader.asText());
    }

    /**
     * Lower-case letters and digits in words joined by single hyphens ("armed-conflict"). Checked by hand rather
     * than with a regular expression: the rules are read at cold start, where compiling a pattern costs more.
     */
    static boolean isTopicId(String id) {
        boolean wordStarted = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                wordStarted = true;
            } else if (c == '-' && wordStarted) {
                wordStarted = false;
            } else {
                return false;
            }
        }
        return wordStarted;
    }

    /** "medtop:" and eight ASCII digits, an IPTC Media Topic code. */
    static boolean isIptcCode(String code) {
        if (code.length() != IPTC_PREFIX.length() + 8 || !code.startsWith(IPTC_PREFIX)) {
            return false;
        }
        for (int i = IPTC_PREFIX.length(); i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<TermRule> terms(JsoncNode node) {
        List<TermRule> terms = new ArrayList<>();
        for (Map.Entry<String, JsoncNode> entry : node.asObject().entrySet()) {
            terms.add(term(entry.getKey(), entry.getValue()));
        }
        return terms;
    }

    private static TermRule term(String text, JsoncNode value) {
        if (text.isBlank()) {
            throw value.error("a term cannot be blank");
        }
        if (value.isNumber()) {
            return checked(text, value.asNumber(0, MAX_WEIGHT), CaseMode.INSENSITIVE, List.of(), value);
        }
        if (!value.isObject()) {
            throw value.error("expected a weight (a number) or an object {\"weight\", \"case\", \"context\"}, got "
                    + (value.isString() ? "\"" + value.asText() + "\"" : "something else"));
        }
        value.allowOnly("weight", "case", "context");
        CaseMode mode = CaseMode.INSENSITIVE;
        JsoncNode caseNode = value.optional("case");
        if (caseNode != null) {
            mode = switch (caseNode.asText().toLowerCase(Locale.ROOT)) {
                case "exact" -> CaseMode.EXACT;
                case "any", "insensitive" -> CaseMode.INSENSITIVE;
                case "capitalized" -> CaseMode.CAPITALIZED;
                default -> throw caseNode.error("case is one of exact, any, capitalized; got \"" + caseNode.asText() + "\"");
            };
        }
        return checked(text, value.required("weight").asNumber(0, MAX_WEIGHT), mode, value.strings("context"), value);
    }

    private static TermRule checked(String text, double weight, CaseMode mode, List<String> context, JsoncNode where) {
        if (mode == CaseMode.EXACT && text.equals(text.toLowerCase(Locale.ROOT))) {
            throw where.error("an exact-case term needs upper-case letters (it is for acronyms such as \"IS\"): \""
                    + text + "\"");
        }
        return new TermRule(text, weight, mode, context);
    }
}
