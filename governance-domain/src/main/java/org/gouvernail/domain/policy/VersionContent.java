package org.gouvernail.domain.policy;

import java.time.LocalDate;
import org.gouvernail.domain.shared.Check;

/**
 * Value: what a policy version says: the full text (Markdown), the easy-to-read summary for
 * volunteers (FALC), the date by which it must be reviewed, and its usage rules.
 */
public record VersionContent(String body, String summary, LocalDate nextReviewDate, UsageRules rules) {

    public static final int SUMMARY_LENGTH = 4_000;

    public VersionContent {
        body = Check.text("body", body, Check.LONG_TEXT_LENGTH);
        summary = Check.text("summary", summary, SUMMARY_LENGTH);
        rules = rules == null ? UsageRules.NONE : rules;
    }
}
