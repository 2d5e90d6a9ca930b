package org.gouvernail.domain.incident;

/** What happened, in the words of associations. */
public enum IncidentType {
    PERSONAL_DATA_IN_PUBLIC_TOOL,
    CONFIDENTIAL_DATA_IN_PUBLIC_TOOL,
    UNCHECKED_OUTPUT_PUBLISHED,
    HARMFUL_ADVICE_TO_BENEFICIARY,
    BIASED_OUTPUT,
    DEEPFAKE_FRAUD,
    COPYRIGHT,
    SHADOW_TOOL_DISCOVERED,
    VENDOR_BREACH_NOTIFIED,
    ACCOUNT_COMPROMISE,
    AUTOMATED_DECISION_WITHOUT_REVIEW,
    MALFUNCTION,
    OTHER;

    /** Data went to a vendor the association does not control: the vendor has something to do. */
    public boolean involvesVendor() {
        return this == PERSONAL_DATA_IN_PUBLIC_TOOL
                || this == CONFIDENTIAL_DATA_IN_PUBLIC_TOOL
                || this == VENDOR_BREACH_NOTIFIED
                || this == ACCOUNT_COMPROMISE;
    }
}
