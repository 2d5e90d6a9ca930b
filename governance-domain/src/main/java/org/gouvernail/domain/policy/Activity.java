package org.gouvernail.domain.policy;

/**
 * What a person does with an AI tool, as a usage rule and a policy check name it. The list is
 * closed so that an intranet asking "may I translate this?" and a rule about translation meet
 * on the same code.
 */
public enum Activity {
    WRITING,
    TRANSLATION,
    SUMMARISING,
    TRANSCRIPTION,
    DATA_ANALYSIS,
    IMAGE_CREATION,
    CODING,
    RESEARCH,
    /** A chatbot or assistant that talks with the public or with beneficiaries. */
    PUBLIC_CHATBOT,
    /** A decision or recommendation about a person: eligibility, aid, recruitment, exclusion. */
    DECISION_ABOUT_PEOPLE
}
