package org.gouvernail.domain.usecase;

import java.util.ArrayList;
import java.util.List;

/**
 * Policy: whether a use case needs a GDPR data protection impact assessment, and who signs it. Any
 * art. 35(3) case, or any item of the list of the organisation's supervisory authority (art.
 * 35(4): APD/GBA decision 01/2019 in Belgium, CNIL deliberation 2018-327 in France) → REQUIRED,
 * with a reason citing the case or the list item; otherwise two or more WP248 criteria → LIKELY;
 * zero or one → NOT_INDICATED (with one criterion, the reasons advise asking the DPO or, without
 * one, the data referent). For a country whose list is not encoded, a reason says so.
 *
 * <p>{@code signature}: the controller carries out and signs the DPIA (art. 35(1)); a designated
 * DPO gives advice (art. 35(2)); without a DPO, a reason asks to check art. 37(1); when the DPO
 * question is unanswered, a reason asks it.
 */
public record DpiaScreening(DpiaOutcome outcome, List<Reason> reasons, List<Reason> signature) {

    public static final int LIKELY_THRESHOLD = 2;

    public DpiaScreening {
        reasons = List.copyOf(reasons);
        signature = List.copyOf(signature);
    }

    public static DpiaScreening of(DpiaAnswers answers) {
        List<Reason> reasons = new ArrayList<>();
        for (Article35Case required : answers.requiredCases()) {
            reasons.add(new Reason("required." + required.name(), required.citation()));
        }
        boolean listed = false;
        for (DpiaListItem item : answers.listItems()) {
            if (item.country().equals(answers.country())) {
                reasons.add(new Reason("list." + item.name(), item.citation()));
                listed = true;
            }
        }
        for (DpiaCriterion criterion : answers.criteria()) {
            reasons.add(new Reason("criterion." + criterion.name(), criterion.citation()));
        }
        if (answers.country() != null && !DpiaListItem.listed(answers.country())) {
            reasons.add(new Reason("no-national-list", Citation.gdpr("35", "4", null)));
        }
        List<Reason> signature = signature(answers.dpo());
        if (!answers.requiredCases().isEmpty() || listed) {
            return new DpiaScreening(DpiaOutcome.REQUIRED, reasons, signature);
        }
        int count = answers.criteria().size();
        if (count >= LIKELY_THRESHOLD) {
            reasons.add(new Reason("likely", Citation.item(LegalSource.WP248, "III.B.a")));
            return new DpiaScreening(DpiaOutcome.LIKELY, reasons, signature);
        }
        reasons.add(
                count == 1
                        ? new Reason(
                                answers.dpo() == DpoStatus.NONE
                                        ? "one-criterion-ask-referent"
                                        : "one-criterion-ask-dpo",
                                Citation.gdpr("35", "2", null))
                        : new Reason("not-indicated", Citation.gdpr("35", "1", null)));
        return new DpiaScreening(DpiaOutcome.NOT_INDICATED, reasons, signature);
    }

    private static List<Reason> signature(DpoStatus dpo) {
        List<Reason> signature = new ArrayList<>();
        signature.add(new Reason("sign.controller", Citation.gdpr("35", "1", null)));
        if (dpo == null) {
            signature.add(new Reason("sign.dpo-unknown", Citation.gdpr("37", "1", null)));
        } else if (dpo == DpoStatus.NONE) {
            signature.add(new Reason("sign.no-dpo", Citation.gdpr("37", "1", null)));
        } else {
            signature.add(new Reason("sign.dpo-advice", Citation.gdpr("35", "2", null)));
        }
        return signature;
    }
}
