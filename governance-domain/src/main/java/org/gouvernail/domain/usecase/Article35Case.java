package org.gouvernail.domain.usecase;

/** GDPR art. 35(3): the cases where a data protection impact assessment is required. */
public enum Article35Case {
    /** (a) systematic and extensive evaluation of people, profiling included, with legal or similarly significant effects. */
    R_A("a"),
    /** (b) large-scale processing of special categories (art. 9) or of criminal data (art. 10). */
    R_B("b"),
    /** (c) large-scale systematic monitoring of a publicly accessible area. */
    R_C("c");

    private final String point;

    Article35Case(String point) {
        this.point = point;
    }

    public String reference() {
        return citation().reference();
    }

    public Citation citation() {
        return Citation.gdpr("35", "3", point);
    }
}
