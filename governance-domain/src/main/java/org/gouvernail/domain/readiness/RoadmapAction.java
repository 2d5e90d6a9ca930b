package org.gouvernail.domain.readiness;

import java.util.List;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: a first action the roadmap may propose, the dimensions whose results call for it, and
 * what accepting it creates through the registers (a DRAFT policy from the profile's template, the
 * committee's charter sized to the profile, a first training session on a catalogue module, an
 * onboarding literacy requirement for staff and volunteers on the starter modules, a communication
 * asking people to declare the AI tools they use).
 */
public enum RoadmapAction {
    DECLARE_TOOLS("COMMUNICATION_ACTION", List.of(Dimension.CURRENT_PRACTICES, Dimension.TOOLS_SECURITY)),
    ADOPT_POLICY("POLICY", List.of(Dimension.DATA_PRIVACY, Dimension.MISSION_VALUES)),
    COMMITTEE_CHARTER("COMMITTEE", List.of(Dimension.LEADERSHIP_GOVERNANCE, Dimension.RESOURCES)),
    FIRST_TRAINING("TRAINING_SESSION", List.of(Dimension.UNDERSTANDING_AI, Dimension.PEOPLE_SOCIAL_DIALOGUE)),
    LITERACY_REQUIREMENT("LITERACY_REQUIREMENT", List.of(Dimension.UNDERSTANDING_AI, Dimension.DATA_PRIVACY));

    private final String creates;
    private final List<Dimension> dimensions;

    RoadmapAction(String creates, List<Dimension> dimensions) {
        this.creates = creates;
        this.dimensions = dimensions;
    }

    /** The title in every language written ({@code readiness_<language>.properties}). */
    public Localized title() {
        return ReadinessFramework.TEXTS.text("action." + name() + ".title");
    }

    /** The kind of object accepting the action creates (e.g. "POLICY"). */
    public String creates() {
        return creates;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }
}
