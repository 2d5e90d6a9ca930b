package org.gouvernail.app.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;

/** The policy service on in-memory ports. */
class PolicyServiceTest {

    static final class PolicyStore implements Policies {

        private final Map<PolicyId, Policy> rows = new LinkedHashMap<>();

        @Override
        public void add(Policy policy) {
            rows.put(policy.id(), policy);
        }

        @Override
        public Optional<Policy> find(OrganisationId organisationId, PolicyId id) {
            return Optional.ofNullable(rows.get(id)).filter(policy -> policy.organisationId().equals(organisationId));
        }

        @Override
        public Policy update(Policy policy) {
            Policy stored = find(policy.organisationId(), policy.id()).orElseThrow(() -> new NotFound("policy", policy.id()));
            InMemory.expect("policy", stored.version(), policy.version());
            Policy saved = new Policy(policy.id(), policy.organisationId(), policy.title(), policy.purpose(), policy.template(),
                    policy.createdBy(), policy.version() + 1, policy.createdAt());
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Page<Policy> list(OrganisationId organisationId, PageRequest page) {
            return InMemory.keyset(rows.values().stream().filter(policy -> policy.organisationId().equals(organisationId)), page,
                    policy -> policy.id().value(), false);
        }
    }

    static final class VersionStore implements PolicyVersions {

        private final Map<VersionId, PolicyVersion> rows = new LinkedHashMap<>();

        @Override
        public void add(PolicyVersion version) {
            if (find(version.organisationId(), version.policyId(), version.number()).isPresent()) {
                throw new RuleViolation("policy-draft-exists", "version " + version.number() + " exists");
            }
            rows.put(version.id(), version);
        }

        @Override
        public Optional<PolicyVersion> find(OrganisationId organisationId, PolicyId policyId, int number) {
            return rows.values().stream()
                    .filter(v -> v.organisationId().equals(organisationId) && v.policyId().equals(policyId) && v.number() == number)
                    .findFirst();
        }

        @Override
        public Optional<PolicyVersion> find(OrganisationId organisationId, VersionId id) {
            return Optional.ofNullable(rows.get(id)).filter(v -> v.organisationId().equals(organisationId));
        }

        @Override
        public PolicyVersion update(PolicyVersion version) {
            PolicyVersion stored = find(version.organisationId(), version.id()).orElseThrow(() -> new NotFound("policy-version", version.id()));
            InMemory.expect("policy version", stored.version(), version.version());
            PolicyVersion saved = new PolicyVersion(version.id(), version.policyId(), version.organisationId(), version.number(),
                    version.status(), version.language(), version.content(), version.basedOn(), version.publishedBy(), version.publishedAt(),
                    version.supersededAt(), version.createdBy(), version.version() + 1, version.createdAt());
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public List<PolicyVersion> list(OrganisationId organisationId, PolicyId policyId) {
            return rows.values().stream()
                    .filter(v -> v.organisationId().equals(organisationId) && v.policyId().equals(policyId))
                    .sorted(Comparator.comparingInt(PolicyVersion::number).reversed())
                    .toList();
        }

        @Override
        public List<PolicyVersion> published(OrganisationId organisationId) {
            return rows.values().stream()
                    .filter(v -> v.organisationId().equals(organisationId) && v.status() == VersionStatus.PUBLISHED)
                    .toList();
        }
    }

    static final class AcknowledgementStore implements Acknowledgements {

        private final List<Acknowledgement> rows = new ArrayList<>();

        @Override
        public void add(Acknowledgement acknowledgement) {
            rows.add(acknowledgement);
        }

        @Override
        public Optional<Acknowledgement> find(OrganisationId organisationId, VersionId versionId, MemberId memberId) {
            return list(organisationId, versionId).stream().filter(ack -> ack.memberId().equals(memberId)).findFirst();
        }

        @Override
        public List<Acknowledgement> list(OrganisationId organisationId, VersionId versionId) {
            return rows.stream().filter(ack -> ack.organisationId().equals(organisationId) && ack.versionId().equals(versionId)).toList();
        }
    }
}
