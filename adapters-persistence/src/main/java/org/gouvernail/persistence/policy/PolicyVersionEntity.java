package org.gouvernail.persistence.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.UsageRules;
import org.gouvernail.domain.policy.VersionContent;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table policy_version: one numbered version of a policy; its rules are rows of usage_rule. */
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

    /**
     * Copies what may change (status, language, texts, publication); tells whether any of it changed.
     * The rules are not here: they are rows of their own.
     */
    boolean apply(PolicyVersion version) {
        List<Object> before = state();
        VersionContent content = version.content();
        status = version.status();
        language = version.language();
        body = content.body();
        summary = content.summary();
        nextReviewDate = content.nextReviewDate();
        publishedBy = version.publishedBy();
        publishedAt = version.publishedAt();
        supersededAt = version.supersededAt();
        return !before.equals(state());
    }

    private List<Object> state() {
        return Arrays.asList(status, language, body, summary, nextReviewDate, publishedBy, publishedAt, supersededAt);
    }

    PolicyVersion toDomain(List<UsageRule> rules) {
        VersionContent content = new VersionContent(body, summary, nextReviewDate, new UsageRules(rules));
        return new PolicyVersion(new VersionId(id), new PolicyId(policyId), new OrganisationId(organisationId), number, status, language,
                content, basedOn, publishedBy, publishedAt, supersededAt, new MemberId(createdBy), version, createdAt);
    }
}
