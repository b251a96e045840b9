package dev.articleclassifier.classify.rules;

import dev.articleclassifier.classify.text.CaseMode;
import java.util.List;

/**
 * One weighted term of a topic: a word or phrase, how much a match counts, how its case must agree, and the
 * context terms of which at least one must also occur in the article for this term to count (empty: none needed).
 */
public record TermRule(String text, double weight, CaseMode caseMode, List<String> context) {

    public TermRule {
        context = List.copyOf(context);
    }
}
