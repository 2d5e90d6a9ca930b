package org.gouvernail.domain.usecase;

/** AI Act art. 5(1): the practices that are prohibited outright (ids of the questionnaire). */
public enum ProhibitedPractice {
    /** Manipulative or deceptive techniques causing significant harm. */
    P_A("a"),
    /** Exploiting vulnerabilities (age, disability, social or economic situation). */
    P_B("b"),
    /** Social scoring leading to detrimental treatment. */
    P_C("c"),
    /** Predicting criminal offences from profiling alone. */
    P_D("d"),
    /** Untargeted scraping of facial images. */
    P_E("e"),
    /** Emotion recognition at work or in education (medical or safety reasons excepted). */
    P_F("f"),
    /** Biometric categorisation inferring sensitive traits. */
    P_G("g"),
    /** Real-time remote biometric identification in public spaces for law enforcement. */
    P_H("h");

    private final String point;

    ProhibitedPractice(String point) {
        this.point = point;
    }

    public String reference() {
        return "AI Act art. 5(1)(" + point + ")";
    }
}
