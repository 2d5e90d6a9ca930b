package org.gouvernail.domain.usecase;

/** The nine criteria of the EDPB-endorsed WP248 guidelines: two or more make a DPIA likely required. */
public enum DpiaCriterion {
    /** Evaluation or scoring. */
    C1,
    /** Automated decision with legal or similar effect. */
    C2,
    /** Systematic monitoring. */
    C3,
    /** Sensitive or highly personal data. */
    C4,
    /** Large scale. */
    C5,
    /** Matching or combining datasets. */
    C6,
    /** Vulnerable data subjects (children, patients, employees, beneficiaries in precarity). */
    C7,
    /** Innovative use or new technology (AI generally counts). */
    C8,
    /** Processing that prevents people from exercising a right or using a service. */
    C9;

    public String reference() {
        return citation().reference();
    }

    public Citation citation() {
        return Citation.item(LegalSource.WP248, "criterion " + name().substring(1));
    }
}
