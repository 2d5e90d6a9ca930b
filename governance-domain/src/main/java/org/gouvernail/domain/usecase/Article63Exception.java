package org.gouvernail.domain.usecase;

/** AI Act art. 6(3): what a system in an Annex III area may only do and then not be high-risk. */
public enum Article63Exception {
    /** (a) performs a narrow procedural task. */
    NARROW_PROCEDURAL_TASK("a"),
    /** (b) improves the result of a previously completed human activity. */
    IMPROVES_HUMAN_ACTIVITY("b"),
    /** (c) detects decision patterns without replacing or influencing the human assessment. */
    DETECTS_PATTERNS("c"),
    /** (d) performs a preparatory task to an assessment. */
    PREPARATORY_TASK("d");

    private final String point;

    Article63Exception(String point) {
        this.point = point;
    }

    /** The code of the question of the current questionnaire ("A63_A_NARROW_PROCEDURAL_TASK"). */
    public String questionCode() {
        return "A63_" + point.toUpperCase(java.util.Locale.ROOT) + "_" + name();
    }

    public Citation citation() {
        return Citation.aiAct("6", "3", point);
    }

    public String reference() {
        return "AI Act art. 6(3)(" + point + ")";
    }
}
