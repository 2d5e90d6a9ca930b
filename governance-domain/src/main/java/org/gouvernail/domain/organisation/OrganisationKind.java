package org.gouvernail.domain.organisation;

/** Whether the organisation is an association (asbl, ONG) or a federation of associations. */
public enum OrganisationKind {
    ASSOCIATION,
    FEDERATION
}
