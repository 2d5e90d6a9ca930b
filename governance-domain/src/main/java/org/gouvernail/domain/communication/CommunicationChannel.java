package org.gouvernail.domain.communication;

/** How the message is carried. */
public enum CommunicationChannel {
    MEETING,
    EMAIL,
    LETTER,
    INTRANET,
    NEWSLETTER,
    NOTICE_BOARD,
    TRAINING,
    WEBSITE,
    SOCIAL_MEDIA,
    OTHER
}
