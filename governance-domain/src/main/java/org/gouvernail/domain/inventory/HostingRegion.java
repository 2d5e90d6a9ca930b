package org.gouvernail.domain.inventory;

/** Where the vendor stores and processes the data (GDPR chapter V). */
public enum HostingRegion {
    EU,
    /** A country with an EU adequacy decision (e.g. Switzerland, United Kingdom). */
    ADEQUATE_COUNTRY,
    UNITED_STATES,
    OTHER_OUTSIDE_EU,
    UNKNOWN
}
