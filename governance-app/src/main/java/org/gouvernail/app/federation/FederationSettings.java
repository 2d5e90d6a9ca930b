package org.gouvernail.app.federation;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gouvernail.domain.federation.DisclosureRules;

/**
 * Configuration: the disclosure control of federation aggregates (GOUVERNAIL_FEDERATION_MIN_CONTRIBUTORS,
 * default and floor 5; GOUVERNAIL_FEDERATION_DOMINANCE_PERCENT, default 60;
 * GOUVERNAIL_FEDERATION_TWO_DOMINANCE_PERCENT, default 85). Checked at start-up: a threshold below 5
 * stops the application instead of serving smaller groups.
 */
@ApplicationScoped
public class FederationSettings {

    private final DisclosureRules rules;

    public FederationSettings(
            @ConfigProperty(name = "gouvernail.federation.min-contributors", defaultValue = "5") int minContributors,
            @ConfigProperty(name = "gouvernail.federation.dominance-percent", defaultValue = "60") int dominance,
            @ConfigProperty(name = "gouvernail.federation.two-dominance-percent", defaultValue = "85")
                    int twoDominance) {
        this.rules = new DisclosureRules(minContributors, dominance, twoDominance);
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** Builds the bean at start-up, so that a configuration below the floor fails the start. */
    void check(@Observes StartupEvent event) {
        rules();
    }
}
