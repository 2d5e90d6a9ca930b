package org.gouvernail.domain.readiness;

import java.util.Map;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;

/** One of the eight dimensions of the readiness framework, in the order the framework reads. */
public enum Dimension {
    MISSION_VALUES("Mission et valeurs", "Mission and values", "Missie en waarden"),
    LEADERSHIP_GOVERNANCE("Direction et gouvernance", "Leadership and governance", "Leiderschap en bestuur"),
    UNDERSTANDING_AI("Comprendre l'IA", "Understanding AI", "AI begrijpen"),
    DATA_PRIVACY("Données et vie privée", "Data and privacy", "Gegevens en privacy"),
    TOOLS_SECURITY("Outils et sécurité", "Tools and security", "Tools en beveiliging"),
    CURRENT_PRACTICES(
            "Pratiques actuelles (dont l'IA de l'ombre)",
            "Current practices (incl. shadow AI)",
            "Huidige praktijken (incl. schaduw-AI)"),
    PEOPLE_SOCIAL_DIALOGUE("Personnes et dialogue social", "People and social dialogue", "Mensen en sociaal overleg"),
    RESOURCES("Ressources", "Resources", "Middelen");

    private final Localized title;

    Dimension(String fr, String en, String nl) {
        this.title = Localized.of(Map.of(Language.FR, fr, Language.EN, en, Language.NL, nl));
    }

    public Localized title() {
        return title;
    }
}
