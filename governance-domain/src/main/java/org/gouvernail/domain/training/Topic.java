package org.gouvernail.domain.training;

/** What a training module is about; a module covers one topic or more. */
public enum Topic {
    HOW_AI_WORKS,
    BIAS_AND_ETHICS,
    ENVIRONMENTAL_IMPACT,
    DATA_PROTECTION,
    PRACTICAL_TOOLS,
    CHECKING_OUTPUTS,
    OUR_POLICY,
    AI_AND_WORK,
    RIGHTS_AND_LAW
}
