package org.gouvernail.domain.report;

/** A DRAFT shows the registers as they stand; a FINAL shows the data frozen when it was finalised. */
public enum ReportStatus {
    DRAFT,
    FINAL
}
