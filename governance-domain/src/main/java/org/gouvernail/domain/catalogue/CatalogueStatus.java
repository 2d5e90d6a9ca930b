package org.gouvernail.domain.catalogue;

/** Lifecycle of a catalogue entry: only PUBLISHED entries are seen by members and adoptable. */
public enum CatalogueStatus {
    DRAFT,
    PUBLISHED,
    /** Withdrawn by the federation: still readable by members who adopted it, no longer adoptable. */
    DEPRECATED
}
