package org.gouvernail.domain.readiness;

import java.util.List;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: a first action the roadmap may propose, the dimensions whose results call for it, and
 * what accepting it creates through the registers (a DRAFT policy from the profile's template, the
 * committee's charter sized to the profile, a first training session on a catalogue module, a
 * communication asking people to declare the AI tools they use).
 */
public enum RoadmapAction {
    DECLARE_TOOLS(
            "Demander à chacun de déclarer les outils d'IA qu'il utilise",
            "Ask everyone to declare the AI tools they use",
            "COMMUNICATION_ACTION",
            List.of(Dimension.CURRENT_PRACTICES, Dimension.TOOLS_SECURITY)),
    ADOPT_POLICY(
            "Rédiger la politique d'usage à partir du modèle du profil",
            "Draft the usage policy from the profile's template",
            "POLICY",
            List.of(Dimension.DATA_PRIVACY, Dimension.MISSION_VALUES)),
    COMMITTEE_CHARTER(
            "Écrire la charte du comité (ou du référent) à la taille de l'association",
            "Write the committee's (or referent's) charter sized to the association",
            "COMMITTEE",
            List.of(Dimension.LEADERSHIP_GOVERNANCE, Dimension.RESOURCES)),
    FIRST_TRAINING(
            "Planifier une première session de formation à l'IA",
            "Plan a first AI literacy training session",
            "TRAINING_SESSION",
            List.of(Dimension.UNDERSTANDING_AI, Dimension.PEOPLE_SOCIAL_DIALOGUE));

    private final Localized title;
    private final String creates;
    private final List<Dimension> dimensions;

    RoadmapAction(String fr, String en, String creates, List<Dimension> dimensions) {
        this.title = new Localized(fr, en);
        this.creates = creates;
        this.dimensions = dimensions;
    }

    public Localized title() {
        return title;
    }

    /** The kind of object accepting the action creates (e.g. "POLICY"). */
    public String creates() {
        return creates;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }
}
