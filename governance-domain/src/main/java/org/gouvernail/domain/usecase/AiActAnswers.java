package org.gouvernail.domain.usecase;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gouvernail.domain.shared.Check;

/**
 * Value: the answers of one use case to the AI Act questionnaire, by question code (see
 * {@link AiActQuestionnaire}), yes/no as "true"/"false". Answers given to the first questionnaire
 * (version 1: sets of art. 5 practices, Annex III areas, art. 6(3) exceptions and art. 50 duties)
 * are read through {@link #fromVersion1}, which states as answered the conditions version 1 took for
 * granted, so that they keep the tier they had; they say {@code version} "1" until re-answered.
 */
public record AiActAnswers(String version, Map<String, String> values) {

    private static final String ANNEX_III_REASON = "annex-iii.";

    public AiActAnswers {
        Check.present("version", version);
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Answers to the current questionnaire, checked against it (400 naming the field otherwise). */
    public static AiActAnswers of(Map<String, ?> answers) {
        return new AiActAnswers(
                AiActQuestionnaire.VERSION, AiActQuestionnaire.questionnaire().check(answers));
    }

    /** An AI system used by the association as a deployer, nothing else ticked: the starting point of tests and forms. */
    public static AiActAnswers none() {
        return of(Map.of("AI_SYSTEM", true, "ROLE", "DEPLOYER"));
    }

    /**
     * The answers of the first questionnaire in the terms of the current one. Version 1 asked for
     * Annex III areas without their conditions: its wording put them in (5(a) "by or on behalf of
     * public authorities"), so they are answered as met, and the tier stays what it was.
     */
    public static AiActAnswers fromVersion1(
            Set<ProhibitedPractice> prohibitedPractices,
            Set<AnnexIIIArea> annexIiiAreas,
            Set<Article63Exception> article63Exceptions,
            boolean profilesNaturalPersons,
            Set<TransparencyDuty> transparencyDuties,
            boolean humanEditorialReview,
            OperatorRole operatorRole) {
        Check.present("operatorRole", operatorRole);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("AI_SYSTEM", "true");
        values.put("ROLE", operatorRole.name());
        for (ProhibitedPractice practice : nonNull(prohibitedPractices)) {
            values.put(practice.name(), "true");
            String exception = switch (practice) {
                case P_D -> "P_D_OBJECTIVE_FACTS";
                case P_F -> "P_F_MEDICAL_OR_SAFETY";
                case P_G -> "P_G_DATASET_LABELLING";
                case P_H -> "P_H_AUTHORISED_OBJECTIVE";
                default -> null;
            };
            if (exception != null) {
                values.put(exception, "false");
            }
        }
        for (AnnexIIIArea area : nonNull(annexIiiAreas)) {
            switch (area) {
                case A1 -> {
                    values.put("A1A_REMOTE_BIOMETRIC_IDENTIFICATION", "true");
                    values.put("A1A_VERIFICATION_ONLY", "false");
                }
                case A2 -> values.put("A2_CRITICAL_INFRASTRUCTURE", "true");
                case A3 -> values.put("A3B_LEARNING_OUTCOMES", "true");
                case A4 -> {
                    values.put("A4B_WORK_DECISIONS", "true");
                    values.put("A4_PERSONS", "WORKERS_OR_CANDIDATES");
                }
                case A5_A -> {
                    values.put("A5A_PUBLIC_ASSISTANCE", "true");
                    values.put("A5A_FOR_PUBLIC_AUTHORITY", "true");
                    values.put("A5A_NATURAL_PERSONS", "true");
                }
                case A5_B -> {
                    values.put("A5B_CREDITWORTHINESS", "true");
                    values.put("A5B_FRAUD_DETECTION_ONLY", "false");
                }
                case A5_C -> values.put("A5C_LIFE_HEALTH_INSURANCE", "true");
                case A5_D -> values.put("A5D_EMERGENCY_TRIAGE", "true");
                case A6 -> {
                    values.put("A6_LAW_ENFORCEMENT", "true");
                    values.put("A6_FOR_LAW_ENFORCEMENT", "true");
                }
                case A7 -> {
                    values.put("A7_MIGRATION_BORDER", "true");
                    values.put("A7_FOR_COMPETENT_AUTHORITY", "true");
                }
                case A8_A -> {
                    values.put("A8A_JUSTICE", "true");
                    values.put("A8A_FOR_JUDICIAL_AUTHORITY_OR_ADR", "true");
                }
                case A8_B -> {
                    values.put("A8B_ELECTIONS", "true");
                    values.put("A8B_NOT_DIRECTLY_EXPOSED", "false");
                }
            }
        }
        if (!nonNull(article63Exceptions).isEmpty()) {
            // version 1 asked for the exceptions only; claiming one meant claiming its condition
            values.put("A63_NO_SIGNIFICANT_RISK", "true");
        }
        for (Article63Exception exception : nonNull(article63Exceptions)) {
            values.put(exception.questionCode(), "true");
        }
        values.put("PROFILES_NATURAL_PERSONS", Boolean.toString(profilesNaturalPersons));
        for (TransparencyDuty duty : nonNull(transparencyDuties)) {
            switch (duty) {
                case INTERACTS_WITH_PEOPLE -> {
                    values.put("T1_INTERACTS_WITH_PEOPLE", "true");
                    values.put("T1_OBVIOUS", "false");
                }
                case DEEP_FAKE -> {
                    values.put("T4_DEEP_FAKE", "true");
                    values.put("T4_ARTISTIC_OR_SATIRICAL", "false");
                }
                case PUBLIC_INTEREST_TEXT -> {
                    values.put("T4_PUBLIC_INTEREST_TEXT", "true");
                    values.put("T4_EDITORIAL_REVIEW", Boolean.toString(humanEditorialReview));
                }
            }
        }
        return new AiActAnswers(AiActQuestionnaire.LEGACY_VERSION, values);
    }

    public boolean legacy() {
        return AiActQuestionnaire.LEGACY_VERSION.equals(version);
    }

    public boolean yes(String code) {
        return "true".equals(values.get(code));
    }

    /** The option chosen, or {@code fallback} when the question was not answered. */
    public String choice(String code, String fallback) {
        return values.getOrDefault(code, fallback);
    }

    public AiActClassification classify() {
        return AiActClassification.of(this);
    }

    /** The role the association named (before art. 25 is applied). */
    public OperatorRole operatorRole() {
        return OperatorRole.valueOf(choice("ROLE", OperatorRole.DEPLOYER.name()));
    }

    /** The art. 5(1) practices answered yes, in the terms of version 1 (points (a)-(h)). */
    public Set<ProhibitedPractice> prohibitedPractices() {
        Set<ProhibitedPractice> practices = EnumSet.noneOf(ProhibitedPractice.class);
        for (ProhibitedPractice practice : ProhibitedPractice.values()) {
            if (yes(practice.name())) {
                practices.add(practice);
            }
        }
        return practices;
    }

    /**
     * The Annex III areas of version 1 the use falls in: points answered yes whose legal conditions
     * hold (a point kept out by its condition, e.g. 7 without a public authority, is not one).
     */
    public Set<AnnexIIIArea> annexIiiAreas() {
        Set<AnnexIIIArea> areas = EnumSet.noneOf(AnnexIIIArea.class);
        for (Reason reason : classify().reasons()) {
            if (reason.code().startsWith(ANNEX_III_REASON)) {
                AnnexIIIArea.ofQuestion(reason.code().substring(ANNEX_III_REASON.length()))
                        .ifPresent(areas::add);
            }
        }
        return areas;
    }

    public Set<Article63Exception> article63Exceptions() {
        Set<Article63Exception> exceptions = EnumSet.noneOf(Article63Exception.class);
        for (Article63Exception exception : Article63Exception.values()) {
            if (yes(exception.questionCode())) {
                exceptions.add(exception);
            }
        }
        return exceptions;
    }

    public boolean profilesNaturalPersons() {
        return yes("PROFILES_NATURAL_PERSONS");
    }

    /** The art. 50 cases of version 1 answered yes (50(2) and 50(3) had no code there). */
    public Set<TransparencyDuty> transparencyDuties() {
        Set<TransparencyDuty> duties = EnumSet.noneOf(TransparencyDuty.class);
        if (yes("T1_INTERACTS_WITH_PEOPLE")) {
            duties.add(TransparencyDuty.INTERACTS_WITH_PEOPLE);
        }
        if (yes("T4_DEEP_FAKE")) {
            duties.add(TransparencyDuty.DEEP_FAKE);
        }
        if (yes("T4_PUBLIC_INTEREST_TEXT")) {
            duties.add(TransparencyDuty.PUBLIC_INTEREST_TEXT);
        }
        return duties;
    }

    public boolean humanEditorialReview() {
        return yes("T4_EDITORIAL_REVIEW");
    }

    private static <E> Set<E> nonNull(Set<E> values) {
        return values == null ? Set.of() : values;
    }
}
