package org.gouvernail.domain.usecase;

/**
 * Policy: where a use case falls in the impact × complexity matrix. The scores are 1–5; 3 is
 * "high" impact and "high" complexity.
 */
public enum Quadrant {
    /** Impact ≥ 3, complexity ≤ 2: do it first. */
    QUICK_WIN,
    /** Impact ≥ 3, complexity ≥ 3: worth it, plan it. */
    MAJOR_PROJECT,
    /** Impact ≤ 2, complexity ≤ 2: when there is time. */
    FILL_IN,
    /** Impact ≤ 2, complexity ≥ 3: not worth the effort. */
    AVOID;

    public static final int HIGH = 3;

    public static Quadrant of(int impact, int complexity) {
        Score.check("impact", impact);
        Score.check("complexity", complexity);
        boolean highImpact = impact >= HIGH;
        boolean highComplexity = complexity >= HIGH;
        if (highImpact) {
            return highComplexity ? MAJOR_PROJECT : QUICK_WIN;
        }
        return highComplexity ? AVOID : FILL_IN;
    }
}
