package org.gouvernail.domain.committee;

/** What an approval request asks for: to use a registered tool, to start a registered use case, or something new described in words. */
public enum RequestKind {
    TOOL,
    USE_CASE,
    NEW_TOOL,
    NEW_USE;

    public boolean pointsToSubject() {
        return this == TOOL || this == USE_CASE;
    }
}
