package org.gouvernail.domain.readiness;

/** Group a respondent answers for: the disagreement between groups is a finding of its own. */
public enum RespondentGroup {
    BOARD,
    DIRECTION,
    STAFF,
    VOLUNTEERS
}
