package org.gouvernail.domain.inventory.assessment;

/** The computed verdict of an assessment: from the score, unless a blocking finding makes it BLOCKED. */
public enum AssessmentLevel {
    /** Score of 80 % or more, nothing blocking. */
    GOOD,
    /** Score from 50 % to 79 %, nothing blocking. */
    FAIR,
    /** Score below 50 %, nothing blocking. */
    POOR,
    /** At least one blocking finding, whatever the score. */
    BLOCKED;

    public static final int GOOD_FROM = 80;
    public static final int FAIR_FROM = 50;

    public static AssessmentLevel forScore(int score) {
        if (score >= GOOD_FROM) {
            return GOOD;
        }
        return score >= FAIR_FROM ? FAIR : POOR;
    }
}
