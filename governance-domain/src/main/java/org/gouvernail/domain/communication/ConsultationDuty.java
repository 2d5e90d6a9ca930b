package org.gouvernail.domain.communication;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.organisation.OrganisationProfile;

/**
 * Policy: whether a plan owes the information and consultation of worker representatives, to whom
 * and by when. Read from the organisation's country and staff size and from the plan's go-live date.
 * <ul>
 * <li>Belgium, 50 workers or more, a change that alters how people work: written information then
 * consultation at the latest three months before implementation (CCT n° 39 of 13 December 1983),
 * to the works council, failing that the union delegation, failing that the CPPT;</li>
 * <li>France, 50 employees or more: the CSE is informed and consulted before the introduction of
 * a new technology, pilots included (Code du travail L.2312-8); its opinion is due within one month
 * by default (R.2312-6), so the information is due one month before go-live at the latest.</li>
 * </ul>
 * The staff size is the one the organisation declares (its profile); CCT n° 39 counts the average
 * of the previous calendar year, which the organisation should declare. Both rules were read on
 * secondary sources (reference notes social-dialogue.md, "V: no").
 *
 * @param bodies the representative bodies to address, in the order the rule names them
 */
public record ConsultationDuty(LegalBasis basis, List<String> bodies, LocalDate dueOn, Period leadTime) {

    public static final int THRESHOLD = 50;
    static final Period BELGIAN_LEAD_TIME = Period.ofMonths(3);
    static final Period FRENCH_LEAD_TIME = Period.ofMonths(1);

    /** The duty of this plan, if it owes one and has a go-live date to count back from. */
    public static Optional<ConsultationDuty> of(OrganisationProfile profile, PlanDetails plan) {
        if (!applies(profile, plan) || plan.goLive() == null) {
            return Optional.empty();
        }
        return Optional.of(
                switch (profile.country()) {
                    case "BE" ->
                        new ConsultationDuty(
                                LegalBasis.BE_CCT_39,
                                List.of("WORKS_COUNCIL", "UNION_DELEGATION", "CPPT"),
                                plan.goLive().minus(BELGIAN_LEAD_TIME),
                                BELGIAN_LEAD_TIME);
                    default ->
                        new ConsultationDuty(
                                LegalBasis.FR_CSE,
                                List.of("CSE"),
                                plan.goLive().minus(FRENCH_LEAD_TIME),
                                FRENCH_LEAD_TIME);
                });
    }

    /** The rule applies to this organisation and plan, go-live date known or not. */
    public static boolean applies(OrganisationProfile profile, PlanDetails plan) {
        Integer staff = profile.size().staff();
        return plan.changesWork()
                && staff != null
                && staff >= THRESHOLD
                && ("BE".equals(profile.country()) || "FR".equals(profile.country()));
    }

    /** The country has such a rule and the plan changes work, but the staff size is not declared. */
    public static boolean undecidable(OrganisationProfile profile, PlanDetails plan) {
        return plan.changesWork()
                && profile.size().staff() == null
                && ("BE".equals(profile.country()) || "FR".equals(profile.country()));
    }

    /** Too close to go-live: the due date has passed. */
    public boolean lateOn(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
