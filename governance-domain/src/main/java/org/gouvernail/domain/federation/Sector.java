package org.gouvernail.domain.federation;

/** The sector a member association works in: one of the predefined segments of a federation dashboard. */
public enum Sector {
    SOCIAL_ACTION,
    HEALTH,
    EDUCATION,
    YOUTH,
    CULTURE,
    SPORT,
    ENVIRONMENT,
    INTERNATIONAL_SOLIDARITY,
    HUMAN_RIGHTS,
    OTHER
}
