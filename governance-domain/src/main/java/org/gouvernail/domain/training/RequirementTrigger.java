package org.gouvernail.domain.training;

/**
 * What starts the clock of a literacy requirement for a person: joining the organisation
 * (ONBOARDING), starting to use a tool the committee approved (TOOL_ACCESS), a new published version
 * of the policy a required module teaches (POLICY_VERSION), or the requirement itself, then its
 * refresh period (PERIODIC).
 */
public enum RequirementTrigger {
    ONBOARDING,
    TOOL_ACCESS,
    POLICY_VERSION,
    PERIODIC
}
