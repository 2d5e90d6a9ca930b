package org.gouvernail.app.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Fake out-port: the usage policies in memory, inside one organisation, versioned like the MariaDB
 * adapter: an update writes the title and the purpose only, and moves the version only when one of them changes.
 */
public final class InMemoryPolicies implements Policies {

    private final Map<PolicyId, Policy> rows = new LinkedHashMap<>();

    @Override
    public void add(Policy policy) {
        if (rows.putIfAbsent(policy.id(), policy) != null) {
            throw new IllegalStateException("duplicate policy id " + policy.id());
        }
    }

    @Override
    public Optional<Policy> find(OrganisationId organisationId, PolicyId id) {
        return Optional.ofNullable(rows.get(id))
                .filter(policy -> policy.organisationId().equals(organisationId));
    }

    @Override
    public Policy update(Policy policy) {
        Policy stored =
                find(policy.organisationId(), policy.id()).orElseThrow(() -> new NotFound("policy", policy.id()));
        StaleVersion.check("policy", stored.version(), policy.version());
        if (stored.title().equals(policy.title()) && Objects.equals(stored.purpose(), policy.purpose())) {
            return stored;
        }
        Policy saved = new Policy(
                stored.id(),
                stored.organisationId(),
                policy.title(),
                policy.purpose(),
                stored.template(),
                stored.createdBy(),
                stored.version() + 1,
                stored.createdAt());
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Page<Policy> list(OrganisationId organisationId, PageRequest page) {
        return InMemoryPages.keyset(
                rows.values().stream().filter(policy -> policy.organisationId().equals(organisationId)),
                page,
                policy -> policy.id().value(),
                false);
    }
}
