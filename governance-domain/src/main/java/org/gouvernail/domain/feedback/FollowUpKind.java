package org.gouvernail.domain.feedback;

/**
 * What a handler did about an item, linked both ways: a new risk, a revision of a policy, a training
 * need (the module that answers it), an item on the committee's next agenda, an incident opened from
 * the item, or a communication answer (an action planned in a communication plan).
 */
public enum FollowUpKind {
    RISK,
    POLICY_REVISION,
    TRAINING_NEED,
    AGENDA_ITEM,
    INCIDENT,
    COMMUNICATION
}
