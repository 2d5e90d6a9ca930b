package org.gouvernail.domain.incident;

/** The duties an incident may start, each with its legal source. */
public enum DutyCode {
    /** Document every personal data breach, notified or not. */
    GDPR_33_5_REGISTER("GDPR art. 33(5)"),
    /** Notify the supervisory authority within 72 h of becoming aware, unless unlikely to result in a risk. */
    GDPR_33_1_NOTIFY_AUTHORITY("GDPR art. 33(1)"),
    /** Inform the people concerned without undue delay when the risk to them is high. */
    GDPR_34_INFORM_PEOPLE("GDPR art. 34(1)"),
    /** Ask the vendor to delete, check the training-use setting, notify or hear from the processor. */
    VENDOR_ACTIONS("GDPR art. 28(3)(f), 33(2)"),
    /** Deployer of a high-risk system: inform the provider first, immediately. */
    AI_ACT_26_5_INFORM_PROVIDER("AI Act art. 26(5)");

    private final String source;

    DutyCode(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }
}
