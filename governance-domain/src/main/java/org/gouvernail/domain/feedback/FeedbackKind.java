package org.gouvernail.domain.feedback;

/** What a member brings: the kind is all that notifications and due items say about an item. */
public enum FeedbackKind {
    CONCERN,
    SUGGESTION,
    QUESTION,
    SUCCESS_STORY,
    ERROR_REPORT
}
