package org.gouvernail.domain.feedback;

/** How the item came in: the application, an intranet through the API, or paper transcribed by a handler. */
public enum Channel {
    APP,
    INTRANET,
    PAPER
}
