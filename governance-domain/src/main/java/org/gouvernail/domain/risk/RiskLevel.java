package org.gouvernail.domain.risk;

/** The band a score falls in: LOW 1–4, MEDIUM 5–9, HIGH 10–16, CRITICAL 20–25. */
public enum RiskLevel {
    LOW(1, 4),
    MEDIUM(5, 9),
    HIGH(10, 16),
    CRITICAL(20, 25);

    private final int minScore;
    private final int maxScore;

    RiskLevel(int minScore, int maxScore) {
        this.minScore = minScore;
        this.maxScore = maxScore;
    }

    public int minScore() {
        return minScore;
    }

    public int maxScore() {
        return maxScore;
    }

    public static RiskLevel of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("a score lies between 1 and 25, not " + score);
        }
        return score <= 4 ? LOW : score <= 9 ? MEDIUM : score <= 16 ? HIGH : CRITICAL;
    }

    /** Whether accepting a risk at this level needs a decision of the committee. */
    public boolean needsCommitteeToAccept() {
        return this == HIGH || this == CRITICAL;
    }
}
