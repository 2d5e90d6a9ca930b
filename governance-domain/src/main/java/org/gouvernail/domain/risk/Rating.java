package org.gouvernail.domain.risk;

import org.gouvernail.domain.shared.Check;

/** Value: likelihood 1–5 × severity 1–5; the score is their product, the level its band. */
public record Rating(int likelihood, int severity) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Rating {
        Check.range("likelihood", likelihood, MIN, MAX);
        Check.range("severity", severity, MIN, MAX);
    }

    public int score() {
        return likelihood * severity;
    }

    public RiskLevel level() {
        return RiskLevel.of(score());
    }
}
