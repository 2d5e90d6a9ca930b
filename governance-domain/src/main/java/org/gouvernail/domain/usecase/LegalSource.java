package org.gouvernail.domain.usecase;

import org.gouvernail.domain.shared.Language;

/**
 * Reference data: the legal texts and guidance a reason, a duty or a question rests on, with their
 * name as a reader of each language cites them.
 */
public enum LegalSource {
    /** Regulation (EU) 2024/1689 (AI Act), OJ L 2024/1689, as amended by Regulation (EU) 2026/1744. */
    AI_ACT("Règlement (UE) 2024/1689", "Regulation (EU) 2024/1689", "Verordening (EU) 2024/1689", "AI Act"),
    /** Regulation (EU) 2026/1744 ("digital omnibus on AI"), OJ L 2026/1744 of 24 July 2026. */
    AI_OMNIBUS("Règlement (UE) 2026/1744", "Regulation (EU) 2026/1744", "Verordening (EU) 2026/1744", "AI Omnibus"),
    /** Regulation (EU) 2016/679 (GDPR). */
    GDPR(
            "Règlement (UE) 2016/679 (RGPD)",
            "Regulation (EU) 2016/679 (GDPR)",
            "Verordening (EU) 2016/679 (AVG)",
            "GDPR"),
    /** Article 29 Working Party, guidelines WP248 rev.01 on DPIA, endorsed by the EDPB. */
    WP248(
            "Lignes directrices WP248 rév.01 (CEPD)",
            "Guidelines WP248 rev.01 (EDPB)",
            "Richtsnoeren WP248 rev.01 (EDPB)",
            "EDPB WP248 rev.01"),
    /** Belgian APD/GBA, decision of the General Secretariat 01/2019 of 16 January 2019: the DPIA list. */
    APD_GBA_01_2019(
            "APD, décision 01/2019 du 16 janvier 2019",
            "Belgian DPA (APD/GBA), decision 01/2019 of 16 January 2019",
            "GBA, beslissing 01/2019 van 16 januari 2019",
            "APD/GBA decision 01/2019"),
    /** CNIL, deliberation 2018-327 of 11 October 2018: the list of processing requiring a DPIA. */
    CNIL_2018_327(
            "CNIL, délibération n° 2018-327 du 11 octobre 2018",
            "CNIL, deliberation 2018-327 of 11 October 2018",
            "CNIL, beraadslaging nr. 2018-327 van 11 oktober 2018",
            "CNIL deliberation 2018-327");

    private final String fr;
    private final String en;
    private final String nl;
    private final String shortName;

    LegalSource(String fr, String en, String nl, String shortName) {
        this.fr = fr;
        this.en = en;
        this.nl = nl;
        this.shortName = shortName;
    }

    public String name(Language language) {
        return switch (language) {
            case FR -> fr;
            case EN -> en;
            case NL -> nl;
        };
    }

    /** The short name of the stable English reference ("AI Act", "GDPR"). */
    public String shortName() {
        return shortName;
    }
}
