package org.gouvernail.domain.committee;

/** What an approval request asks for: to use a registered tool, to start a registered use case, or something new described in words. */
public enum RequestKind {
    TOOL,
    USE_CASE,
    NEW_TOOL,
    NEW_USE;

    public boolean pointsToSubject() {
        return subject() != null;
    }

    /** The decision subject its subjectId names, null when it describes something new. */
    public DecisionSubject subject() {
        return switch (this) {
            case TOOL -> DecisionSubject.TOOL;
            case USE_CASE -> DecisionSubject.USE_CASE;
            case NEW_TOOL, NEW_USE -> null;
        };
    }
}
