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
    AI_REFERENT(EnumSet.allOf(GovernanceProfile.class)),
    TOOL_INVENTORY(EnumSet.allOf(GovernanceProfile.class)),
    USAGE_POLICY(EnumSet.allOf(GovernanceProfile.class)),
    LITERACY_TRAINING(EnumSet.allOf(GovernanceProfile.class)),
    GOVERNANCE_COMMITTEE(EnumSet.of(
            GovernanceProfile.MID_SIZE, GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    BOARD_REPORTING(EnumSet.of(
            GovernanceProfile.MID_SIZE, GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    SOCIAL_DIALOGUE(EnumSet.of(
            GovernanceProfile.MID_SIZE, GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    VENDOR_ASSESSMENT(EnumSet.of(
            GovernanceProfile.MID_SIZE, GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    INCIDENT_LOG(EnumSet.of(GovernanceProfile.LARGE_INTERNATIONAL, GovernanceProfile.FEDERATION)),
    COUNTRY_RULES(EnumSet.of(GovernanceProfile.LARGE_INTERNATIONAL)),
    MEMBER_SUPPORT(EnumSet.of(GovernanceProfile.FEDERATION));

    private final Set<GovernanceProfile> profiles;

    Practice(Set<GovernanceProfile> profiles) {
        this.profiles = profiles;
    }

    /** The title in every language written ({@code readiness_<language>.properties}). */
    public Localized title() {
        return ReadinessFramework.TEXTS.text("practice." + name() + ".title");
    }

    public boolean recommendedFor(GovernanceProfile profile) {
        return profiles.contains(profile);
    }
}
