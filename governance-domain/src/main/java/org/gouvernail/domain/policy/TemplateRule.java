package org.gouvernail.domain.policy;

import java.util.Objects;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Localized;

/** Value: a usage rule of a starter template, its texts in every language they are written in (conditions may be absent). */
public record TemplateRule(
        RuleSubject subject, DataCategory dataCeiling, Verdict verdict, Localized conditions, Localized rationale) {

    public TemplateRule {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rationale, "rationale");
    }

    public UsageRule in(String language) {
        return new UsageRule(
                subject,
                dataCeiling,
                verdict,
                conditions == null ? null : conditions.in(language),
                rationale.in(language));
    }
}
