package org.gouvernail.app.policy;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.PolicyVersionBuilder;
import org.gouvernail.domain.policy.RulesInForce;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Fake out-port: the policy versions with their rules in memory, inside one organisation, versioned,
 * one number per policy like the MariaDB adapter's unique key. Like the adapter, an update writes the
 * status, the language, the texts with the rules and the publication (never the number, the base, the
 * author nor the creation time), and moves the version only when one of them changes.
 */
public final class InMemoryPolicyVersions implements PolicyVersions {

    private final Map<VersionId, PolicyVersion> rows = new LinkedHashMap<>();

    @Override
    public void add(PolicyVersion version) {
        if (find(version.organisationId(), version.policyId(), version.number()).isPresent()) {
            throw new RuleViolation(
                    "policy-draft-exists",
                    "policy " + version.policyId() + " already has a version " + version.number(),
                    version.number());
        }
        rows.put(version.id(), version);
    }

    @Override
    public Optional<PolicyVersion> find(OrganisationId organisationId, PolicyId policyId, int number) {
        return rows.values().stream()
                .filter(v -> v.organisationId().equals(organisationId)
                        && v.policyId().equals(policyId)
                        && v.number() == number)
                .findFirst();
    }

    @Override
    public Optional<PolicyVersion> find(OrganisationId organisationId, VersionId id) {
        return Optional.ofNullable(rows.get(id)).filter(v -> v.organisationId().equals(organisationId));
    }

    @Override
    public PolicyVersion update(PolicyVersion version) {
        PolicyVersion stored = find(version.organisationId(), version.id())
                .orElseThrow(() -> new NotFound("policy-version", version.id()));
        StaleVersion.check("policy version", stored.version(), version.version());
        PolicyVersion written = PolicyVersionBuilder.from(stored)
                .in(version.status())
                .inLanguage(version.language())
                .withContent(version.content())
                .publishedBy(version.publishedBy(), version.publishedAt())
                .supersededAt(version.supersededAt())
                .build();
        if (written.equals(stored)) {
            return stored;
        }
        PolicyVersion saved = PolicyVersionBuilder.from(written)
                .withVersion(stored.version() + 1)
                .build();
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public List<PolicyVersion> list(OrganisationId organisationId, PolicyId policyId) {
        return rows.values().stream()
                .filter(v -> v.organisationId().equals(organisationId)
                        && v.policyId().equals(policyId))
                .sorted(Comparator.comparingInt(PolicyVersion::number).reversed())
                .toList();
    }

    @Override
    public long namingTool(OrganisationId organisationId, UUID toolId) {
        return rows.values().stream()
                .filter(v -> v.organisationId().equals(organisationId))
                .filter(v -> v.content().rules().rules().stream()
                        .anyMatch(rule -> toolId.equals(rule.subject().toolId())))
                .count();
    }

    /** Titles are the persistence adapter's join; the tests of the services do not ask the policy check. */
    @Override
    public List<RulesInForce> rulesInForce(OrganisationId organisationId) {
        return published(organisationId).stream()
                .map(v -> new RulesInForce(
                        v.id(), v.policyId(), null, v.number(), v.content().rules()))
                .toList();
    }

    @Override
    public List<PolicyVersion> inReview(OrganisationId organisationId) {
        return rows.values().stream()
                .filter(v -> v.organisationId().equals(organisationId) && v.status() == VersionStatus.IN_REVIEW)
                .sorted(InMemoryPages.byId((PolicyVersion v) -> v.id().value()))
                .toList();
    }

    @Override
    public List<PolicyVersion> published(OrganisationId organisationId) {
        return rows.values().stream()
                .filter(v -> v.organisationId().equals(organisationId) && v.status() == VersionStatus.PUBLISHED)
                .sorted(InMemoryPages.byId((PolicyVersion v) -> v.policyId().value()))
                .toList();
    }

    @Override
    public List<PolicyVersion> published(Collection<OrganisationId> organisationIds) {
        return organisationIds.stream()
                .flatMap(organisationId -> published(organisationId).stream())
                .toList();
    }
}
