package org.gouvernail.domain.usecase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Policy: the concerns a values check raises, by explicit rules over its answers, the use case's
 * people affected and data, and its AI Act classification (art. 50 transparency duties, art. 27
 * FRIA). Each rule names its concern code, level and follow-ups; the team's responses are attached
 * by concern code. A SERIOUS concern without a response is blocking: the committee approves the use
 * case only with a decision that acknowledges the check.
 */
public record ValuesAssessment(List<Concern> concerns) {

    public ValuesAssessment {
        concerns = List.copyOf(concerns);
    }

    /** The concerns of the check for this use case; an unanswered check is assessed as if every answer were missing. */
    public static ValuesAssessment of(
            ValuesCheck check, UseCaseDetails details, Optional<AiActClassification> classification) {
        return new Rules(check, details, classification).run();
    }

    /** The highest level of all concerns, NONE without any. */
    public ConcernLevel level() {
        return concerns.stream()
                .map(Concern::level)
                .max(Comparator.naturalOrder())
                .orElse(ConcernLevel.NONE);
    }

    /** The highest level per theme, NONE for a theme without concern. */
    public Map<ValuesTheme, ConcernLevel> themes() {
        Map<ValuesTheme, ConcernLevel> levels = new EnumMap<>(ValuesTheme.class);
        for (ValuesTheme theme : ValuesTheme.values()) {
            levels.put(theme, ConcernLevel.NONE);
        }
        for (Concern concern : concerns) {
            levels.merge(concern.theme(), concern.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return levels;
    }

    public boolean blocking() {
        return concerns.stream().anyMatch(Concern::blocking);
    }

    public Optional<Concern> concern(String code) {
        return concerns.stream().filter(concern -> concern.code().equals(code)).findFirst();
    }

    /** Whether the AI Act classification names an art. 50 case: a duty of the association or of its provider/deployer. */
    public static boolean owesArticle50(Optional<AiActClassification> classification) {
        return classification
                .map(result ->
                        result.duties().stream().anyMatch(duty -> duty.code().contains(".50-"))
                                || result.reasons().stream()
                                        .anyMatch(reason -> reason.code().startsWith("transparency.50-")
                                                && (reason.code().endsWith("-other-provider")
                                                        || reason.code().endsWith("-other-deployer"))))
                .orElse(false);
    }

    /** Whether the classification makes the association carry out a fundamental rights impact assessment (art. 27). */
    public static boolean friaApplies(Optional<AiActClassification> classification) {
        return classification
                .map(result ->
                        result.duties().stream().anyMatch(duty -> duty.code().equals("deployer.fria")))
                .orElse(false);
    }

    /** One pass over the rules, in the order of the themes. */
    private static final class Rules {

        private final ValuesCheck check;
        private final boolean beyondStaff;
        private final boolean vulnerable;
        private final boolean article50;
        private final boolean fria;
        private final List<Concern> concerns = new ArrayList<>();

        Rules(ValuesCheck check, UseCaseDetails details, Optional<AiActClassification> classification) {
            this.check = check;
            this.beyondStaff = details.peopleAffected() != PeopleAffected.INTERNAL_ONLY;
            this.vulnerable = details.dataCategories().contains(DataCategory.BENEFICIARY_VULNERABLE);
            this.article50 = owesArticle50(classification);
            this.fria = friaApplies(classification);
        }

        ValuesAssessment run() {
            equity();
            autonomy();
            transparency();
            humanRights();
            mission();
            work();
            return new ValuesAssessment(concerns);
        }

        private void equity() {
            if (is("EQ_EXCLUSION", "FORESEEN_NOT_MITIGATED")) {
                raise(
                        "equity.exclusion-not-mitigated",
                        ValuesTheme.EQUITY,
                        beyondStaff ? ConcernLevel.SERIOUS : ConcernLevel.ATTENTION,
                        List.of("EQ_EXCLUSION"),
                        FollowUp.risk("R03"),
                        FollowUp.condition("equity-mitigation"),
                        FollowUp.training("BIAS_AND_ETHICS"));
            } else if (beyondStaff && (is("EQ_EXCLUSION", "NOT_EXAMINED") || missing("EQ_EXCLUSION"))) {
                raise(
                        "equity.exclusion-not-examined",
                        ValuesTheme.EQUITY,
                        ConcernLevel.ATTENTION,
                        List.of("EQ_EXCLUSION"),
                        FollowUp.training("BIAS_AND_ETHICS"));
            }
            if (beyondStaff && is("EQ_ERROR_CHECK", "NONE")) {
                raise(
                        "equity.errors-unchecked",
                        ValuesTheme.EQUITY,
                        ConcernLevel.ATTENTION,
                        List.of("EQ_ERROR_CHECK"),
                        FollowUp.risk("R03"),
                        FollowUp.condition("error-monitoring"));
            }
        }

        private void autonomy() {
            if (is("AU_REVIEW", "NONE")) {
                raise(
                        "autonomy.no-review",
                        ValuesTheme.AUTONOMY,
                        beyondStaff ? ConcernLevel.SERIOUS : ConcernLevel.ATTENTION,
                        List.of("AU_REVIEW"),
                        FollowUp.risk(beyondStaff ? "R12" : "R02"),
                        FollowUp.condition("human-review"),
                        FollowUp.training("CHECKING_OUTPUTS"));
            } else if (vulnerable && is("AU_REVIEW", "SAMPLE")) {
                raise(
                        "autonomy.sampled-review-vulnerable",
                        ValuesTheme.AUTONOMY,
                        ConcernLevel.ATTENTION,
                        List.of("AU_REVIEW"),
                        FollowUp.condition("human-review"),
                        FollowUp.training("CHECKING_OUTPUTS"));
            }
            if (beyondStaff && is("AU_RECOURSE", "false")) {
                raise(
                        "autonomy.no-recourse",
                        ValuesTheme.AUTONOMY,
                        ConcernLevel.ATTENTION,
                        List.of("AU_RECOURSE"),
                        FollowUp.condition("recourse"),
                        FollowUp.communication("recourse-notice"));
            }
            if (is("AU_RELATIONSHIP", "REPLACES")) {
                raise(
                        "autonomy.relationship-replaced",
                        ValuesTheme.AUTONOMY,
                        beyondStaff ? ConcernLevel.SERIOUS : ConcernLevel.ATTENTION,
                        List.of("AU_RELATIONSHIP"),
                        FollowUp.risk("R11"),
                        FollowUp.condition("keep-human-contact"));
            } else if (is("AU_RELATIONSHIP", "REPLACES_IN_PART")) {
                raise(
                        "autonomy.relationship-reduced",
                        ValuesTheme.AUTONOMY,
                        ConcernLevel.ATTENTION,
                        List.of("AU_RELATIONSHIP"),
                        FollowUp.condition("keep-human-contact"));
            }
        }

        private void transparency() {
            boolean told = is("TR_WHO_IS_TOLD", "EVERYONE_CONCERNED") || is("TR_WHO_IS_TOLD", "SOME");
            if (article50 && is("TR_WHO_IS_TOLD", "NOBODY")) {
                raise(
                        "transparency.art50-nobody-told",
                        ValuesTheme.TRANSPARENCY,
                        ConcernLevel.SERIOUS,
                        List.of("TR_WHO_IS_TOLD"),
                        FollowUp.risk("R06"),
                        FollowUp.condition("art50-disclosure"),
                        FollowUp.communication("ai-use-notice"));
            } else if (article50 && !is("TR_WHO_IS_TOLD", "EVERYONE_CONCERNED")) {
                raise(
                        "transparency.art50-not-everyone-told",
                        ValuesTheme.TRANSPARENCY,
                        ConcernLevel.ATTENTION,
                        List.of("TR_WHO_IS_TOLD"),
                        FollowUp.risk("R06"),
                        FollowUp.condition("art50-disclosure"),
                        FollowUp.communication("ai-use-notice"));
            } else if (!article50 && beyondStaff && is("TR_WHO_IS_TOLD", "NOBODY")) {
                raise(
                        "transparency.nobody-told",
                        ValuesTheme.TRANSPARENCY,
                        ConcernLevel.ATTENTION,
                        List.of("TR_WHO_IS_TOLD"),
                        FollowUp.risk("R06"),
                        FollowUp.communication("ai-use-notice"));
            }
            if (told && missing("TR_WORDING")) {
                raise(
                        "transparency.wording-missing",
                        ValuesTheme.TRANSPARENCY,
                        ConcernLevel.ATTENTION,
                        List.of("TR_WORDING"),
                        FollowUp.communication("ai-use-notice"));
            }
        }

        private void humanRights() {
            boolean children = is("HR_CHILDREN", "true");
            if (beyondStaff && !fria && missing("HR_REFLECTION")) {
                raise(
                        "human-rights.reflection-missing",
                        ValuesTheme.HUMAN_RIGHTS,
                        children || vulnerable ? ConcernLevel.SERIOUS : ConcernLevel.ATTENTION,
                        List.of("HR_REFLECTION"),
                        FollowUp.condition("rights-reflection"),
                        FollowUp.training("RIGHTS_AND_LAW"));
            }
            if (children && !is("AU_REVIEW", "EVERY_OUTPUT")) {
                raise(
                        "human-rights.children-unreviewed",
                        ValuesTheme.HUMAN_RIGHTS,
                        ConcernLevel.SERIOUS,
                        List.of("HR_CHILDREN", "AU_REVIEW"),
                        FollowUp.risk("R20"),
                        FollowUp.condition("human-review"));
            }
            if (is("HR_RIGHTS_AT_STAKE", "true")) {
                raise(
                        "human-rights.rights-at-stake",
                        ValuesTheme.HUMAN_RIGHTS,
                        ConcernLevel.ATTENTION,
                        List.of("HR_RIGHTS_AT_STAKE"),
                        FollowUp.risk("R13"),
                        FollowUp.condition("rights-safeguards"),
                        FollowUp.training("DATA_PROTECTION"));
            }
        }

        private void mission() {
            if (missing("MI_PURPOSE")) {
                raise(
                        "mission.purpose-missing",
                        ValuesTheme.MISSION,
                        ConcernLevel.ATTENTION,
                        List.of("MI_PURPOSE"),
                        FollowUp.condition("mission-fit"));
            }
            if (is("MI_ALTERNATIVE", "NOT_CONSIDERED")) {
                raise(
                        "mission.alternative-not-considered",
                        ValuesTheme.MISSION,
                        ConcernLevel.ATTENTION,
                        List.of("MI_ALTERNATIVE"),
                        FollowUp.condition("compare-alternative"));
            }
            if (is("MI_EXIT", "NONE")) {
                raise(
                        "mission.no-exit-plan",
                        ValuesTheme.MISSION,
                        ConcernLevel.ATTENTION,
                        List.of("MI_EXIT"),
                        FollowUp.risk("R04"),
                        FollowUp.condition("exit-plan"));
            }
        }

        private void work() {
            if (is("WO_CHANGE", "JOBS") && !is("WO_TOLD", "CONSULTED")) {
                raise(
                        "work.jobs-without-consultation",
                        ValuesTheme.WORK,
                        ConcernLevel.SERIOUS,
                        List.of("WO_CHANGE", "WO_TOLD"),
                        FollowUp.risk("R11"),
                        FollowUp.communication("staff-consultation"),
                        FollowUp.training("AI_AND_WORK"));
            } else if ((is("WO_CHANGE", "TASKS") || is("WO_CHANGE", "SKILLS"))
                    && (is("WO_TOLD", "NOT_YET") || missing("WO_TOLD"))) {
                raise(
                        "work.change-not-told",
                        ValuesTheme.WORK,
                        ConcernLevel.ATTENTION,
                        List.of("WO_CHANGE", "WO_TOLD"),
                        FollowUp.communication("staff-information"),
                        FollowUp.training("AI_AND_WORK"));
            }
        }

        private boolean is(String code, String value) {
            return check.is(code, value);
        }

        private boolean missing(String code) {
            return check.answer(code).isEmpty();
        }

        private void raise(
                String code, ValuesTheme theme, ConcernLevel level, List<String> questions, FollowUp... followUps) {
            concerns.add(new Concern(
                    code,
                    theme,
                    level,
                    questions,
                    List.of(followUps),
                    check.responses().get(code)));
        }
    }
}
