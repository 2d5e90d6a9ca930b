package org.gouvernail.domain.usecase;

/** Whose lives the output of the use case reaches, from the narrowest circle to the widest. */
public enum PeopleAffected {
    /** Staff and volunteers only. */
    INTERNAL_ONLY,
    /** The people the association serves. */
    BENEFICIARIES,
    /** Anyone: published content, public chatbot. */
    PUBLIC
}
