package org.gouvernail.domain.usecase;

import static org.gouvernail.domain.usecase.Citation.aiAct;
import static org.gouvernail.domain.usecase.Citation.annexIii;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Policy: what the AI Act makes of a use case, from its questionnaire: the tier, the reasons with
 * the article each rests on, the association's roles once art. 25 is applied, and its duties in each
 * role with the date each applies. In order: scope (art. 3(1), art. 2); art. 5 prohibitions with their
 * exceptions; high risk by art. 6(1) (Annex I) or art. 6(2) (Annex III points whose legal conditions
 * hold), unless the art. 6(3) derogation holds (no significant risk, one of (a)-(d), no profiling);
 * art. 25 roles; art. 50 cases, kept alongside high-risk duties (art. 50(6)); art. 4 always.
 * State of the law: Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744.
 */
public record AiActClassification(RiskTier tier, List<Reason> reasons, Set<OperatorRole> roles, List<Duty> duties) {

    /** Art. 113(a): Chapters I and II (art. 4 and the art. 5(1)(a)-(h) prohibitions). */
    public static final LocalDate CHAPTERS_I_II = LocalDate.of(2025, 2, 2);
    /** Art. 113(b): Chapter V, general-purpose AI models. */
    public static final LocalDate GPAI_MODELS = LocalDate.of(2025, 8, 2);
    /** Art. 113, second paragraph: the general date (art. 50, Chapter III Section 5 with art. 49). */
    public static final LocalDate GENERAL = LocalDate.of(2026, 8, 2);
    /** Art. 113 as amended: the prohibitions of art. 5(1)(ba) and (bb). */
    public static final LocalDate NEW_PROHIBITIONS = LocalDate.of(2026, 12, 2);
    /** Art. 113 as amended: Chapter III Sections 1-3 for Annex III systems. */
    public static final LocalDate ANNEX_III_DUTIES = LocalDate.of(2027, 12, 2);
    /** Art. 113 as amended: Chapter III Sections 1-3 for Annex I systems (art. 6(1)). */
    public static final LocalDate ANNEX_I_DUTIES = LocalDate.of(2028, 8, 2);

    public AiActClassification {
        reasons = List.copyOf(reasons);
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        duties = List.copyOf(duties);
    }

    public static AiActClassification of(AiActAnswers answers) {
        return new Evaluation(answers).result();
    }

    /** One pass over the answers, gathering reasons, roles and duties. */
    private static final class Evaluation {

        private final AiActAnswers answers;
        private final List<Reason> reasons = new ArrayList<>();
        private final List<Duty> duties = new ArrayList<>();
        private final Set<OperatorRole> roles = EnumSet.noneOf(OperatorRole.class);

        Evaluation(AiActAnswers answers) {
            this.answers = answers;
            OperatorRole named = answers.operatorRole();
            if (named.provides()) {
                roles.add(OperatorRole.PROVIDER);
            }
            if (named.deploys()) {
                roles.add(OperatorRole.DEPLOYER);
            }
            if (named == OperatorRole.IMPORTER || named == OperatorRole.DISTRIBUTOR) {
                roles.add(named);
            }
        }

        AiActClassification result() {
            if (!answers.yes("AI_SYSTEM")) {
                reasons.add(new Reason("not-ai-system", aiAct("3", null, "1")));
                return done(RiskTier.OUT_OF_SCOPE);
            }
            String exclusion = answers.choice("EXCLUSION", "NONE");
            if (!exclusion.equals("NONE") && !exclusion.equals("FREE_OPEN_SOURCE")) {
                reasons.add(new Reason("exclusion." + exclusion, exclusionCitation(exclusion)));
                return done(RiskTier.OUT_OF_SCOPE);
            }
            if (answers.yes("GPAI_MODEL_PROVIDER")) {
                reasons.add(new Reason("gpai-model-provider", aiAct("53", "1")));
                duties.add(new Duty("gpai-model", OperatorRole.PROVIDER, aiAct("53", "1"), GPAI_MODELS));
            }
            List<Reason> prohibited = prohibitions();
            if (!prohibited.isEmpty()) {
                reasons.addAll(prohibited);
                literacy();
                return done(RiskTier.PROHIBITED);
            }
            List<Citation> annexIii = annexIiiPoints();
            boolean annexI = answers.yes("ANNEX_I_SAFETY_COMPONENT");
            if (annexI) {
                reasons.add(new Reason("annex-i", aiAct("6", "1")));
            }
            boolean derogation = !annexIii.isEmpty() && derogation();
            boolean annexIiiHighRisk = !annexIii.isEmpty() && !derogation;
            boolean highRisk = annexI || annexIiiHighRisk;
            applyArticle25(highRisk, annexIiiHighRisk);
            if (highRisk) {
                highRiskDuties(annexIii, annexIiiHighRisk, annexI);
            } else if (derogation) {
                derogationDuties();
            }
            boolean transparency = transparency();
            if (answers.choice("EXCLUSION", "NONE").equals("FREE_OPEN_SOURCE")) {
                if (!highRisk && !transparency) {
                    reasons.add(new Reason("exclusion.FREE_OPEN_SOURCE", aiAct("2", "12")));
                    duties.clear();
                    return done(RiskTier.OUT_OF_SCOPE);
                }
                reasons.add(new Reason("open-source-not-excluded", aiAct("2", "12")));
            }
            literacy();
            if (highRisk) {
                return done(RiskTier.HIGH_RISK);
            }
            if (transparency) {
                return done(RiskTier.TRANSPARENCY);
            }
            reasons.add(new Reason("minimal", aiAct("4")));
            return done(RiskTier.MINIMAL);
        }

        private AiActClassification done(RiskTier tier) {
            return new AiActClassification(tier, reasons, roles, duties);
        }

        /** Art. 5(1): the practices answered yes whose exception does not hold. */
        private List<Reason> prohibitions() {
            List<Reason> found = new ArrayList<>();
            for (String practice : List.of("P_A", "P_B", "P_BA", "P_BB", "P_C", "P_D", "P_E", "P_F", "P_G", "P_H")) {
                if (!answers.yes(practice)) {
                    continue;
                }
                String exception = switch (practice) {
                    case "P_D" -> "P_D_OBJECTIVE_FACTS";
                    case "P_F" -> "P_F_MEDICAL_OR_SAFETY";
                    case "P_G" -> "P_G_DATASET_LABELLING";
                    case "P_H" -> "P_H_AUTHORISED_OBJECTIVE";
                    default -> null;
                };
                Citation citation = aiAct("5", "1", practice.substring(2).toLowerCase(Locale.ROOT));
                if (exception != null && answers.yes(exception)) {
                    reasons.add(new Reason("exception." + practice, citation));
                    continue;
                }
                found.add(new Reason("prohibited." + practice, citation));
                boolean added = practice.equals("P_BA") || practice.equals("P_BB");
                for (OperatorRole role : roles) {
                    duties.add(new Duty("cease-prohibited", role, citation, added ? NEW_PROHIBITIONS : CHAPTERS_I_II));
                }
            }
            return found;
        }

        /** Annex III points answered yes whose legal conditions hold; the others give a reason why not. */
        private List<Citation> annexIiiPoints() {
            List<Citation> points = new ArrayList<>();
            if (answers.yes("A1A_REMOTE_BIOMETRIC_IDENTIFICATION")) {
                point(points, "1(a)", "A1A_REMOTE_BIOMETRIC_IDENTIFICATION", notIf("A1A_VERIFICATION_ONLY"));
            }
            point(points, "1(b)", "A1B_BIOMETRIC_CATEGORISATION", null);
            point(points, "1(c)", "A1C_EMOTION_RECOGNITION", null);
            point(points, "2", "A2_CRITICAL_INFRASTRUCTURE", null);
            point(points, "3(a)", "A3A_ADMISSION", null);
            point(points, "3(b)", "A3B_LEARNING_OUTCOMES", null);
            point(points, "3(c)", "A3C_EDUCATION_LEVEL", null);
            point(points, "3(d)", "A3D_TEST_MONITORING", null);
            String volunteers =
                    answers.choice("A4_PERSONS", "WORKERS_OR_CANDIDATES").equals("VOLUNTEERS_ONLY")
                            ? "A4_VOLUNTEERS"
                            : null;
            point(points, "4(a)", "A4A_RECRUITMENT", volunteers);
            point(points, "4(b)", "A4B_WORK_DECISIONS", volunteers);
            point(
                    points,
                    "5(a)",
                    "A5A_PUBLIC_ASSISTANCE",
                    firstFailing("A5A_FOR_PUBLIC_AUTHORITY", "A5A_NATURAL_PERSONS"));
            point(points, "5(b)", "A5B_CREDITWORTHINESS", notIf("A5B_FRAUD_DETECTION_ONLY"));
            point(points, "5(c)", "A5C_LIFE_HEALTH_INSURANCE", null);
            point(points, "5(d)", "A5D_EMERGENCY_TRIAGE", null);
            point(points, "6", "A6_LAW_ENFORCEMENT", firstFailing("A6_FOR_LAW_ENFORCEMENT"));
            point(points, "7", "A7_MIGRATION_BORDER", firstFailing("A7_FOR_COMPETENT_AUTHORITY"));
            point(points, "8(a)", "A8A_JUSTICE", firstFailing("A8A_FOR_JUDICIAL_AUTHORITY_OR_ADR"));
            point(points, "8(b)", "A8B_ELECTIONS", notIf("A8B_NOT_DIRECTLY_EXPOSED"));
            return points;
        }

        /** Adds the point if answered yes and not excluded; an exclusion gives its reason instead. */
        private void point(List<Citation> points, String point, String question, String excludedBy) {
            if (!answers.yes(question)) {
                return;
            }
            if (excludedBy != null) {
                reasons.add(new Reason("not-annex-iii." + excludedBy, annexIii(point)));
                return;
            }
            Citation citation = annexIii(point);
            if (!points.contains(citation)) {
                points.add(citation);
                reasons.add(new Reason("annex-iii." + question, citation));
            }
        }

        /** The exclusion code when the question answering an exclusion is yes. */
        private String notIf(String exclusion) {
            return answers.yes(exclusion) ? exclusion : null;
        }

        /** The first condition answered no, which keeps the point out. */
        private String firstFailing(String... conditions) {
            for (String condition : conditions) {
                if (!answers.yes(condition)) {
                    return condition;
                }
            }
            return null;
        }

        /** Art. 6(3): no significant risk, one of (a)-(d), and no profiling of natural persons. */
        private boolean derogation() {
            List<Article63Exception> claimed = new ArrayList<>();
            for (Article63Exception exception : Article63Exception.values()) {
                if (answers.yes(exception.questionCode())) {
                    claimed.add(exception);
                }
            }
            boolean noSignificantRisk = answers.yes("A63_NO_SIGNIFICANT_RISK");
            if (claimed.isEmpty() && !noSignificantRisk) {
                return false;
            }
            if (answers.profilesNaturalPersons()) {
                reasons.add(
                        new Reason("profiling-keeps-high-risk", aiAct("6", "3").subparagraph("last")));
                return false;
            }
            if (claimed.isEmpty()) {
                reasons.add(new Reason(
                        "exception-needs-a-condition", aiAct("6", "3").subparagraph("second")));
                return false;
            }
            if (!noSignificantRisk) {
                reasons.add(new Reason(
                        "exception-needs-no-significant-risk", aiAct("6", "3").subparagraph("first")));
                return false;
            }
            for (Article63Exception exception : claimed) {
                reasons.add(new Reason("exception." + exception.name(), exception.citation()));
            }
            return true;
        }

        /** Art. 25(1): when a deployer, importer, distributor or third party becomes the provider of a high-risk system. */
        private void applyArticle25(boolean highRisk, boolean annexIiiHighRisk) {
            boolean provides = roles.contains(OperatorRole.PROVIDER);
            boolean ownName = answers.yes("OWN_NAME");
            if (!highRisk) {
                if (ownName && !provides) {
                    reasons.add(new Reason("role.own-name-provider", aiAct("3", null, "3")));
                    becomeProvider();
                }
                if (ownName || answers.yes("SUBSTANTIAL_MODIFICATION") || answers.yes("PURPOSE_CHANGED")) {
                    reasons.add(new Reason("role.article-25-high-risk-only", aiAct("25", "1")));
                }
                return;
            }
            if (provides) {
                return;
            }
            if (ownName) {
                reasons.add(new Reason("role.article-25-1-a", aiAct("25", "1", "a")));
            }
            if (answers.yes("SUBSTANTIAL_MODIFICATION")) {
                reasons.add(new Reason("role.article-25-1-b", aiAct("25", "1", "b")));
            }
            boolean changedPurpose =
                    annexIiiHighRisk && (answers.yes("PURPOSE_CHANGED") || answers.yes("GENERAL_PURPOSE_SYSTEM"));
            if (changedPurpose) {
                reasons.add(new Reason("role.article-25-1-c", aiAct("25", "1", "c")));
            }
            if (ownName || answers.yes("SUBSTANTIAL_MODIFICATION") || changedPurpose) {
                becomeProvider();
            }
        }

        /** The importer or distributor becoming provider takes the provider's duties instead of its own. */
        private void becomeProvider() {
            roles.remove(OperatorRole.IMPORTER);
            roles.remove(OperatorRole.DISTRIBUTOR);
            roles.add(OperatorRole.PROVIDER);
        }

        private void highRiskDuties(List<Citation> annexIii, boolean annexIiiHighRisk, boolean annexI) {
            LocalDate from = annexIiiHighRisk ? ANNEX_III_DUTIES : ANNEX_I_DUTIES;
            if (roles.contains(OperatorRole.PROVIDER)) {
                duties.add(new Duty("provider.high-risk", OperatorRole.PROVIDER, aiAct("16"), from));
            }
            if (roles.contains(OperatorRole.IMPORTER)) {
                duties.add(new Duty("importer.high-risk", OperatorRole.IMPORTER, aiAct("23"), from));
            }
            if (roles.contains(OperatorRole.DISTRIBUTOR)) {
                duties.add(new Duty("distributor.high-risk", OperatorRole.DISTRIBUTOR, aiAct("24"), from));
            }
            if (!roles.contains(OperatorRole.DEPLOYER)) {
                return;
            }
            duties.add(new Duty("deployer.high-risk", OperatorRole.DEPLOYER, aiAct("26"), from));
            if (!annexIiiHighRisk) {
                return;
            }
            if (annexIii.contains(annexIii("4(a)")) || annexIii.contains(annexIii("4(b)"))) {
                duties.add(new Duty(
                        "deployer.workers-information", OperatorRole.DEPLOYER, aiAct("26", "7"), ANNEX_III_DUTIES));
            }
            boolean creditOrInsurance = annexIii.contains(annexIii("5(b)")) || annexIii.contains(annexIii("5(c)"));
            boolean beyondPoint2 = annexIii.stream().anyMatch(point -> !point.equals(annexIii("2")));
            if (creditOrInsurance || (answers.yes("PUBLIC_SERVICE") && beyondPoint2)) {
                reasons.add(new Reason(
                        creditOrInsurance ? "fria.credit-or-insurance" : "fria.public-service", aiAct("27", "1")));
                duties.add(new Duty("deployer.fria", OperatorRole.DEPLOYER, aiAct("27", "1"), ANNEX_III_DUTIES));
            } else {
                reasons.add(new Reason("fria.not-required", aiAct("27", "1")));
            }
        }

        /** Art. 6(4) and 49(2): the provider documents and registers the derogation; a deployer asks for it. */
        private void derogationDuties() {
            if (roles.contains(OperatorRole.PROVIDER)) {
                duties.add(new Duty(
                        "provider.document-derogation", OperatorRole.PROVIDER, aiAct("6", "4"), ANNEX_III_DUTIES));
                duties.add(new Duty("provider.register-derogation", OperatorRole.PROVIDER, aiAct("49", "2"), GENERAL));
            }
            if (roles.contains(OperatorRole.DEPLOYER)) {
                reasons.add(new Reason("exception.ask-provider", aiAct("6", "4")));
            }
        }

        /** Art. 50(1)-(4), each with its exception; true when any applies to the system. */
        private boolean transparency() {
            boolean applies = false;
            if (answers.yes("T1_INTERACTS_WITH_PEOPLE")) {
                if (answers.yes("T1_OBVIOUS")) {
                    reasons.add(new Reason("transparency.50-1-obvious", aiAct("50", "1")));
                } else {
                    applies = true;
                    providerCase("50-1", aiAct("50", "1"));
                }
            }
            if (answers.yes("T2_GENERATES_CONTENT")) {
                if (answers.yes("T2_ASSISTIVE_EDITING")) {
                    reasons.add(new Reason("transparency.50-2-assistive", aiAct("50", "2")));
                } else {
                    applies = true;
                    providerCase("50-2", aiAct("50", "2"));
                }
            }
            if (answers.yes("T3_EMOTION_OR_CATEGORISATION")
                    || answers.yes("A1B_BIOMETRIC_CATEGORISATION")
                    || answers.yes("A1C_EMOTION_RECOGNITION")) {
                applies = true;
                deployerCase("50-3", aiAct("50", "3"));
            }
            if (answers.yes("T4_DEEP_FAKE")) {
                applies = true;
                deployerCase(
                        answers.yes("T4_ARTISTIC_OR_SATIRICAL") ? "50-4-artistic" : "50-4-deep-fake",
                        aiAct("50", "4").subparagraph("first"));
            }
            if (answers.yes("T4_PUBLIC_INTEREST_TEXT")) {
                if (answers.yes("T4_EDITORIAL_REVIEW")) {
                    reasons.add(new Reason("editorial-review", aiAct("50", "4").subparagraph("second")));
                } else {
                    applies = true;
                    deployerCase("50-4-text", aiAct("50", "4").subparagraph("second"));
                }
            }
            return applies;
        }

        /** Art. 50(1), (2) bind the provider: a duty if the association is one, a check on its provider otherwise. */
        private void providerCase(String paragraph, Citation citation) {
            if (roles.contains(OperatorRole.PROVIDER)) {
                reasons.add(new Reason("transparency." + paragraph, citation));
                duties.add(new Duty("provider." + paragraph, OperatorRole.PROVIDER, citation, GENERAL));
            } else {
                reasons.add(new Reason("transparency." + paragraph + "-other-provider", citation));
            }
        }

        /** Art. 50(3), (4) bind the deployer. */
        private void deployerCase(String paragraph, Citation citation) {
            if (roles.contains(OperatorRole.DEPLOYER)) {
                reasons.add(new Reason("transparency." + paragraph, citation));
                duties.add(new Duty("deployer." + paragraph, OperatorRole.DEPLOYER, citation, GENERAL));
            } else {
                reasons.add(new Reason("transparency." + paragraph + "-other-deployer", citation));
            }
        }

        /** Art. 4 binds providers and deployers, in every tier; importers and distributors are told it is not theirs. */
        private void literacy() {
            reasons.add(new Reason("literacy", aiAct("4")));
            for (OperatorRole role : List.of(OperatorRole.PROVIDER, OperatorRole.DEPLOYER)) {
                if (roles.contains(role)) {
                    duties.add(new Duty("literacy", role, aiAct("4"), CHAPTERS_I_II));
                }
            }
        }

        private static Citation exclusionCitation(String exclusion) {
            return aiAct(
                    "2",
                    switch (exclusion) {
                        case "DEFENCE_NATIONAL_SECURITY" -> "3";
                        case "SCIENTIFIC_RESEARCH" -> "6";
                        case "PRE_MARKET_RESEARCH" -> "8";
                        case "PERSONAL_NON_PROFESSIONAL" -> "10";
                        default -> "12";
                    });
        }
    }
}
