package org.gouvernail.domain.policy;

import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: one rule of a policy version. It speaks for its subject with data up to its ceiling
 * (a ceiling of PUBLIC covers public data only; BENEFICIARY_VULNERABLE, the default, covers all
 * data). Subject and ceiling identify the rule inside a version.
 */
public record UsageRule(
        RuleSubject subject, DataCategory dataCeiling, Verdict verdict, String conditions, String rationale) {

    public UsageRule {
        Check.present("subject", subject);
        dataCeiling = dataCeiling == null ? DataCategory.BENEFICIARY_VULNERABLE : dataCeiling;
        Check.present("verdict", verdict);
        conditions = Check.text("conditions", conditions, Check.SHORT_TEXT_LENGTH);
        rationale = Check.text("rationale", rationale, Check.SHORT_TEXT_LENGTH);
        if (verdict == Verdict.ALLOWED_WITH_CONDITIONS && conditions == null) {
            throw new InvalidInput(
                    "conditions", "required", "a rule ALLOWED_WITH_CONDITIONS states its conditions", "conditions");
        }
    }

    /** Whether the rule speaks for data of this category. */
    public boolean covers(DataCategory data) {
        return dataCeiling.atLeast(data);
    }

    public Key key() {
        return new Key(subject, dataCeiling);
    }

    /** What identifies a rule inside a version: two rules with the same key would contradict or repeat each other. */
    public record Key(RuleSubject subject, DataCategory dataCeiling) {

        @Override
        public String toString() {
            return subject + " up to " + dataCeiling;
        }
    }
}
