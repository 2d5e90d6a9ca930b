package org.gouvernail.domain.usecase;

/** AI Act Annex III: the areas where a use is high-risk (art. 6(2)), with the sub-points of 5 and 8. */
public enum AnnexIIIArea {
    /** Biometrics. */
    A1("1"),
    /** Critical infrastructure. */
    A2("2"),
    /** Education and vocational training: admission, evaluation, proctoring. */
    A3("3"),
    /** Employment and workers management (volunteer management too): recruitment, task allocation, monitoring. */
    A4("4"),
    /** Eligibility for public assistance, by or on behalf of public authorities. */
    A5_A("5(a)"),
    /** Creditworthiness. */
    A5_B("5(b)"),
    /** Life and health insurance pricing. */
    A5_C("5(c)"),
    /** Emergency call triage. */
    A5_D("5(d)"),
    /** Law enforcement. */
    A6("6"),
    /** Migration, asylum and border control. */
    A7("7"),
    /** Administration of justice. */
    A8_A("8(a)"),
    /** Influencing elections or voting behaviour. */
    A8_B("8(b)");

    private final String point;

    AnnexIIIArea(String point) {
        this.point = point;
    }

    public String reference() {
        return "AI Act art. 6(2), Annex III point " + point;
    }
}
