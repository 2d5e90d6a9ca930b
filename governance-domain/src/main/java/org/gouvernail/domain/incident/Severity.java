package org.gouvernail.domain.incident;

/** How serious an incident is, lowest first: the order matters ("at least HIGH"). */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public Severity atLeast(Severity floor) {
        return compareTo(floor) >= 0 ? this : floor;
    }
}
