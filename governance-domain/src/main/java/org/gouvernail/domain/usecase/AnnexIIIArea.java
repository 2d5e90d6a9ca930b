package org.gouvernail.domain.usecase;

import java.util.Optional;

/**
 * AI Act Annex III: the areas of the first questionnaire (version 1), kept to read answers given to it
 * and to summarise the current answers for its clients. The current questionnaire asks point by point,
 * with each point's legal conditions.
 */
public enum AnnexIIIArea {
    /** Biometrics. */
    A1("1"),
    /** Critical infrastructure. */
    A2("2"),
    /** Education and vocational training: admission, evaluation, proctoring. */
    A3("3"),
    /** Employment, workers management and access to self-employment: recruitment, decisions, task allocation, monitoring. */
    A4("4"),
    /** Eligibility for public assistance, by or on behalf of public authorities. */
    A5_A("5(a)"),
    /** Creditworthiness. */
    A5_B("5(b)"),
    /** Life and health insurance pricing. */
    A5_C("5(c)"),
    /** Emergency call triage. */
    A5_D("5(d)"),
    /** Law enforcement. */
    A6("6"),
    /** Migration, asylum and border control. */
    A7("7"),
    /** Administration of justice. */
    A8_A("8(a)"),
    /** Influencing elections or voting behaviour. */
    A8_B("8(b)");

    private final String point;

    AnnexIIIArea(String point) {
        this.point = point;
    }

    public String reference() {
        return "AI Act art. 6(2), Annex III point " + point;
    }

    /** The area of a main question of the current questionnaire ("A5A_PUBLIC_ASSISTANCE" → A5_A), if it is one. */
    public static Optional<AnnexIIIArea> ofQuestion(String code) {
        return switch (code) {
            case "A1A_REMOTE_BIOMETRIC_IDENTIFICATION", "A1B_BIOMETRIC_CATEGORISATION", "A1C_EMOTION_RECOGNITION" ->
                Optional.of(A1);
            case "A2_CRITICAL_INFRASTRUCTURE" -> Optional.of(A2);
            case "A3A_ADMISSION", "A3B_LEARNING_OUTCOMES", "A3C_EDUCATION_LEVEL", "A3D_TEST_MONITORING" ->
                Optional.of(A3);
            case "A4A_RECRUITMENT", "A4B_WORK_DECISIONS" -> Optional.of(A4);
            case "A5A_PUBLIC_ASSISTANCE" -> Optional.of(A5_A);
            case "A5B_CREDITWORTHINESS" -> Optional.of(A5_B);
            case "A5C_LIFE_HEALTH_INSURANCE" -> Optional.of(A5_C);
            case "A5D_EMERGENCY_TRIAGE" -> Optional.of(A5_D);
            case "A6_LAW_ENFORCEMENT" -> Optional.of(A6);
            case "A7_MIGRATION_BORDER" -> Optional.of(A7);
            case "A8A_JUSTICE" -> Optional.of(A8_A);
            case "A8B_ELECTIONS" -> Optional.of(A8_B);
            default -> Optional.empty();
        };
    }
}
