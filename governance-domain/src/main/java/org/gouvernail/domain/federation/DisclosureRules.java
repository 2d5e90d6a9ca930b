package org.gouvernail.domain.federation;

/**
 * Value: the parameters of disclosure control, a platform setting. A cell is shown only with at least
 * {@code minContributors} contributors (never fewer than {@link #MIN_CONTRIBUTORS_FLOOR}: members of a
 * federation know each other), and only if no member contributes more than {@code dominancePercent} %
 * of its total, nor the two largest together more than {@code twoDominancePercent} % (the handbook's
 * (2, k) rule: with the (1, k) rule alone, the second-largest member subtracts its own value from the
 * total and estimates the largest).
 */
public record DisclosureRules(int minContributors, int dominancePercent, int twoDominancePercent) {

    /** The lowest threshold a configuration may set. */
    public static final int MIN_CONTRIBUTORS_FLOOR = 5;

    public static final DisclosureRules DEFAULT = new DisclosureRules(5, 60, 85);

    public DisclosureRules {
        if (minContributors < MIN_CONTRIBUTORS_FLOOR) {
            throw new IllegalArgumentException("the minimum number of contributors of a federation aggregate is "
                    + MIN_CONTRIBUTORS_FLOOR + ", not " + minContributors);
        }
        if (dominancePercent < 50 || dominancePercent > 99) {
            throw new IllegalArgumentException("dominance threshold " + dominancePercent + " % not within 50–99");
        }
        if (twoDominancePercent < dominancePercent || twoDominancePercent > 99) {
            throw new IllegalArgumentException("two-member dominance threshold " + twoDominancePercent
                    + " % not within " + dominancePercent + "–99");
        }
    }
}
