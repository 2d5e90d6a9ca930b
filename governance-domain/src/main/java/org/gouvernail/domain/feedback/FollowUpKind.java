package org.gouvernail.domain.feedback;

/** What a handler did about an item, linked both ways: a new risk, or a revision of a policy. */
public enum FollowUpKind {
    RISK,
    POLICY_REVISION
}
