package org.gouvernail.domain.federation;

/** The predefined segments of a federation dashboard: no free filter, so that no two cuts can be differenced at will. */
public enum Segmentation {
    SIZE_CLASS,
    REGION,
    SECTOR;

    /** The segment a contribution falls in along this dimension ("UNKNOWN" when the member gave none). */
    public String of(Contribution contribution) {
        return switch (this) {
            case SIZE_CLASS -> contribution.sizeClass().name();
            case REGION ->
                contribution.region() == null ? UNKNOWN : contribution.region().code();
            case SECTOR ->
                contribution.sector() == null ? UNKNOWN : contribution.sector().name();
        };
    }

    public static final String UNKNOWN = "UNKNOWN";
}
