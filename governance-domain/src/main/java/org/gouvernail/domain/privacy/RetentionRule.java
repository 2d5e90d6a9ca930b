package org.gouvernail.domain.privacy;

import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: the record types an organisation sets a retention for, each with its default and the bounds
 * it may choose within, in months, and what the period counts from. Storage limitation (GDPR art.
 * 5(1)(e)) sets the upper bound, the reason to keep (accountability art. 5(2), the art. 33(5) breach
 * register, the AI Act art. 4 evidence, the limitation of claims) the lower one.
 */
public enum RetentionRule {
    /** The audit trail: accountability (art. 5(2)); from the event. */
    AUDIT_EVENTS(60, 12, 120, "the event"),
    /**
     * Training records of a person who left: the evidence of the AI literacy measures (AI Act art. 4);
     * from the end of the membership (its last recorded change).
     */
    TRAINING_RECORDS(60, 12, 120, "the end of the membership"),
    /**
     * Closed incidents: the art. 33(5) register must let the authority verify compliance, which sets no
     * period; from the incident's last recorded change (its closure).
     */
    CLOSED_INCIDENTS(60, 36, 120, "the closure"),
    /** Settled feedback (answered or dismissed): from the day it was settled. */
    SETTLED_FEEDBACK(36, 6, 120, "the settlement");

    private final int defaultMonths;
    private final int minMonths;
    private final int maxMonths;
    private final String countedFrom;

    RetentionRule(int defaultMonths, int minMonths, int maxMonths, String countedFrom) {
        this.defaultMonths = defaultMonths;
        this.minMonths = minMonths;
        this.maxMonths = maxMonths;
        this.countedFrom = countedFrom;
    }

    public int defaultMonths() {
        return defaultMonths;
    }

    public int minMonths() {
        return minMonths;
    }

    public int maxMonths() {
        return maxMonths;
    }

    public String countedFrom() {
        return countedFrom;
    }

    /** The months asked, if within the bounds; otherwise a 400 naming the field and the bounds. */
    public int check(int months) {
        if (months < minMonths || months > maxMonths) {
            throw new InvalidInput(
                    "rules." + name(),
                    "retention-out-of-bounds",
                    name() + " is kept " + minMonths + " to " + maxMonths + " months, not " + months,
                    minMonths,
                    maxMonths);
        }
        return months;
    }
}
