package org.gouvernail.persistence.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.UsageRules;
import org.gouvernail.domain.policy.VersionContent;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.OrderedRows;

/**
 * Row of table policy_version: one numbered version of a policy, with its rules in usage_rule at
 * their positions: a collection of the version, so that a change to the rules alone still moves its
 * one version. They are loaded after a query by the ids of the versions it returned, a batch at a
 * time (quarkus.hibernate-orm.fetch.batch-size).
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersionEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID policyId;
    public int number;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    public String language;
    public String body;
    public String summary;
    public LocalDate nextReviewDate;
    public Integer basedOn;
    public UUID publishedBy;
    public Instant publishedAt;
    public Instant supersededAt;
    public UUID createdBy;
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "usage_rule", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<RuleRow> rules = new ArrayList<>();

    @Version
    public long version;

    static PolicyVersionEntity from(PolicyVersion version) {
        PolicyVersionEntity entity = new PolicyVersionEntity();
        entity.id = version.id().value();
        entity.organisationId = version.organisationId().value();
        entity.policyId = version.policyId().value();
        entity.number = version.number();
        entity.basedOn = version.basedOn();
        entity.createdBy = version.createdBy().value();
        entity.createdAt = version.createdAt();
        entity.version = version.version();
        entity.apply(version);
        return entity;
    }

    /** Copies what may change (status, language, texts with the rules, publication), touching the rules only where they changed. */
    void apply(PolicyVersion version) {
        VersionContent content = version.content();
        status = version.status();
        language = version.language();
        body = content.body();
        summary = content.summary();
        nextReviewDate = content.nextReviewDate();
        publishedBy = version.publishedBy();
        publishedAt = version.publishedAt();
        supersededAt = version.supersededAt();
        OrderedRows.apply(
                rules,
                content.rules().rules().stream()
                        .map(rule -> RuleRow.of(organisationId, rule))
                        .toList());
    }

    PolicyVersion toDomain() {
        VersionContent content = new VersionContent(
                body,
                summary,
                nextReviewDate,
                new UsageRules(rules.stream().map(RuleRow::toDomain).toList()));
        return new PolicyVersion(
                new VersionId(id),
                new PolicyId(policyId),
                new OrganisationId(organisationId),
                number,
                status,
                language,
                content,
                basedOn,
                publishedBy,
                publishedAt,
                supersededAt,
                new MemberId(createdBy),
                version,
                createdAt);
    }
}
