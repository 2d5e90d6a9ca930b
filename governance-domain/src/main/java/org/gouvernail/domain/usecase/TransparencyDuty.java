package org.gouvernail.domain.usecase;

/** AI Act art. 50: the transparency duties a use may trigger on the deployer's side. */
public enum TransparencyDuty {
    /** People interact directly with the system (a chatbot): they must be told. */
    INTERACTS_WITH_PEOPLE("AI Act art. 50(1)"),
    /** Generated or manipulated image, audio or video resembling real people or events (deep fake). */
    DEEP_FAKE("AI Act art. 50(4), first subparagraph"),
    /** Generated text published to inform the public on matters of public interest. */
    PUBLIC_INTEREST_TEXT("AI Act art. 50(4), second subparagraph");

    private final String reference;

    TransparencyDuty(String reference) {
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
