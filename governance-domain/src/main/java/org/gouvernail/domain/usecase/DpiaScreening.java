package org.gouvernail.domain.usecase;

import java.util.ArrayList;
import java.util.List;

/**
 * Policy: whether a use case needs a GDPR data protection impact assessment. Any art. 35(3) case →
 * REQUIRED; otherwise two or more WP248 criteria → LIKELY; zero or one → NOT_INDICATED (with one
 * criterion, the reasons advise asking the DPO). National lists (CNIL, APD/GBA) may add cases.
 */
public record DpiaScreening(DpiaOutcome outcome, List<Reason> reasons) {

    public static final int LIKELY_THRESHOLD = 2;

    public DpiaScreening {
        reasons = List.copyOf(reasons);
    }

    public static DpiaScreening of(DpiaAnswers answers) {
        List<Reason> reasons = new ArrayList<>();
        for (Article35Case required : answers.requiredCases()) {
            reasons.add(new Reason("required." + required.name(), required.citation()));
        }
        for (DpiaCriterion criterion : answers.criteria()) {
            reasons.add(new Reason("criterion." + criterion.name(), criterion.citation()));
        }
        if (!answers.requiredCases().isEmpty()) {
            return new DpiaScreening(DpiaOutcome.REQUIRED, reasons);
        }
        int count = answers.criteria().size();
        if (count >= LIKELY_THRESHOLD) {
            reasons.add(new Reason("likely", Citation.item(LegalSource.WP248, "III.B.a")));
            return new DpiaScreening(DpiaOutcome.LIKELY, reasons);
        }
        reasons.add(
                count == 1
                        ? new Reason("one-criterion-ask-dpo", Citation.gdpr("35", "2", null))
                        : new Reason("not-indicated", Citation.gdpr("35", "1", null)));
        return new DpiaScreening(DpiaOutcome.NOT_INDICATED, reasons);
    }
}
