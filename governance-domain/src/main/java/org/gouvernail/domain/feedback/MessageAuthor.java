package org.gouvernail.domain.feedback;

/** Who wrote a message of a feedback item's conversation. */
public enum MessageAuthor {
    REPORTER,
    HANDLER
}
