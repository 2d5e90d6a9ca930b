package org.gouvernail.domain.communication;

/**
 * The rule that asks for an action, with its source. The sources were read on secondary pages
 * (a union's summary of CCT n° 39, law-firm summaries for the CSE), not in the texts themselves:
 * see the reference notes social-dialogue.md.
 */
public enum LegalBasis {
    /** Belgium: written information, then consultation, of worker representatives at the latest three months before a new technology is implemented. */
    BE_CCT_39(
            "BE",
            "CCT/cao n° 39 du 13 décembre 1983 (Conseil national du Travail), information et concertation sur les "
                    + "conséquences sociales de l'introduction des nouvelles technologies"),
    /** France: information and consultation of the CSE before the introduction of new technologies (pilots included). */
    FR_CSE(
            "FR",
            "Code du travail, art. L.2312-8 (introduction de nouvelles technologies), L.2312-15 (information écrite et "
                    + "précise), R.2312-6 (délai d'avis, un mois par défaut)"),
    /** EU: informing workers' representatives and the workers before using a high-risk AI system at work (from 2 Dec 2027 for Annex III). */
    AI_ACT_ART_26_7("EU", "Règlement (UE) 2024/1689 (AI Act), art. 26, § 7"),
    /** A right of the people concerned to be informed, e.g. GDPR art. 13 and 14. */
    GDPR_INFORMATION("EU", "Règlement (UE) 2016/679 (RGPD), art. 13 et 14");

    private final String jurisdiction;
    private final String source;

    LegalBasis(String jurisdiction, String source) {
        this.jurisdiction = jurisdiction;
        this.source = source;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String source() {
        return source;
    }

    /** Whether an action on this basis carries the consultation of worker representatives. */
    public boolean consultation() {
        return this == BE_CCT_39 || this == FR_CSE;
    }
}
