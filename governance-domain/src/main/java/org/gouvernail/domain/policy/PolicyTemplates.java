package org.gouvernail.domain.policy;

import java.util.List;
import java.util.Optional;

/** The starter templates. (Being written: see the policy-templates branch.) */
public final class PolicyTemplates {

    private PolicyTemplates() {
    }

    public static List<PolicyTemplate> all() {
        return List.of();
    }

    public static Optional<PolicyTemplate> find(String id) {
        return all().stream().filter(template -> template.id().equals(id)).findFirst();
    }
}
