package org.gouvernail.domain.readiness;

import java.util.EnumSet;
import java.util.Set;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: a recommended practice of AI governance, and the profiles it is recommended to. Each
 * is applied, or explained (apply or explain): not applying one needs a written explanation, which the
 * board reports show.
 */
public enum Practice {
    AI_REFERENT(
            "Désigner un référent IA joignable par toutes et tous",
            "Name an AI referent everyone can reach",
            EnumSet.allOf(GovernanceProfile.class)),
    TOOL_INVENTORY(
            "Tenir l'inventaire des outils d'IA et le revoir",
            "Keep the inventory of AI tools and review it",
            EnumSet.allOf(GovernanceProfile.class)),
    USAGE_POLICY(
            "Publier une politique d'usage de l'IA et la faire lire",
            "Publish an AI usage policy and have it read",
            EnumSet.allOf(GovernanceProfile.class)),
    LITERACY_TRAINING(
            "Former chaque utilisateur à l'IA (AI Act, art. 4)",
            "Train every user in AI literacy (AI Act, art. 4)",
            EnumSet.allOf(GovernanceProfile.class)),
    GOVERNANCE_COMMITTEE(
            "Réunir un comité de gouvernance de l'IA avec une charte",
            "Convene an AI governance committee with a charter",
            EnumSet.of(
                    GovernanceProfile.MID_SIZE, GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    BOARD_REPORTING(
            "Rendre compte au conseil d'administration à échéance fixe",
            "Report to the board on a fixed cadence",
            EnumSet.of(
                    GovernanceProfile.MID_SIZE, GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    SOCIAL_DIALOGUE(
            "Consulter les représentants du personnel sur les outils qui changent le travail",
            "Consult worker representatives on tools that change work",
            EnumSet.of(
                    GovernanceProfile.MID_SIZE, GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    VENDOR_ASSESSMENT(
            "Évaluer chaque fournisseur d'IA avant de l'autoriser",
            "Assess every AI vendor before authorising it",
            EnumSet.of(
                    GovernanceProfile.MID_SIZE, GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    INCIDENT_LOG(
            "Tenir un journal des incidents liés à l'IA",
            "Keep a log of AI-related incidents",
            EnumSet.of(GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    COUNTRY_RULES(
            "Vérifier les règles propres à chaque pays d'activité",
            "Check the rules of each country of activity",
            EnumSet.of(GovernanceProfile.LARGE_INTERNATIONAL)),
    MEMBER_SUPPORT(
            "Accompagner les associations membres (modèles partagés, formations communes)",
            "Support member associations (shared templates, joint training)",
            EnumSet.of(GovernanceProfile.FEDERATION));

    private final Localized title;
    private final Set<GovernanceProfile> profiles;

    Practice(String fr, String en, Set<GovernanceProfile> profiles) {
        this.title = new Localized(fr, en);
        this.profiles = profiles;
    }

    public Localized title() {
        return title;
    }

    public boolean recommendedFor(GovernanceProfile profile) {
        return profiles.contains(profile);
    }
}
