package dev.articleclassifier.classify.rules;

import java.util.List;

/** A whole rules file: its version label, scoring settings and topics, as read and validated by {@link RulesLoader}. */
public record TopicRules(String version, RuleSettings settings, List<TopicRule> topics) {

    public TopicRules {
        topics = List.copyOf(topics);
    }
}
