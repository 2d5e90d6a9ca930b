package org.gouvernail.domain.federation;

/** Which side of a link acts: the federation or the member association. */
public enum LinkSide {
    FEDERATION,
    MEMBER
}
