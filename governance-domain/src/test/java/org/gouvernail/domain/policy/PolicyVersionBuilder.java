package org.gouvernail.domain.policy;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: a policy version as persistence would rebuild it, with any number, status and
 * version, for the tests (and fake repositories) that cannot reach that state through
 * {@link PolicyVersion#first}: {@code PolicyVersionBuilder.from(version).withVersion(version.version() + 1).build()}.
 */
public final class PolicyVersionBuilder {

    private VersionId id = new VersionId(UUID.randomUUID());
    private PolicyId policyId = new PolicyId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    private OrganisationId organisationId = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private int number = 1;
    private VersionStatus status = VersionStatus.DRAFT;
    private String language = "fr";
    private VersionContent content = VersionContentBuilder.aPolicyText().build();
    private Integer basedOn;
    private UUID publishedBy;
    private Instant publishedAt;
    private Instant supersededAt;
    private MemberId createdBy = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    private long version;
    private Instant createdAt = Instant.parse("2026-11-28T15:00:00Z");

    private PolicyVersionBuilder() {}

    /** A first draft, in French, with a complete text. */
    public static PolicyVersionBuilder aPolicyVersion() {
        return new PolicyVersionBuilder();
    }

    public static PolicyVersionBuilder from(PolicyVersion v) {
        return aPolicyVersion()
                .withId(v.id())
                .of(v.policyId())
                .in(v.organisationId())
                .numbered(v.number())
                .in(v.status())
                .inLanguage(v.language())
                .withContent(v.content())
                .basedOn(v.basedOn())
                .publishedBy(v.publishedBy(), v.publishedAt())
                .supersededAt(v.supersededAt())
                .createdBy(v.createdBy())
                .withVersion(v.version())
                .createdAt(v.createdAt());
    }

    public PolicyVersionBuilder withId(VersionId id) {
        this.id = id;
        return this;
    }

    public PolicyVersionBuilder of(PolicyId policyId) {
        this.policyId = policyId;
        return this;
    }

    public PolicyVersionBuilder in(OrganisationId organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    public PolicyVersionBuilder numbered(int number) {
        this.number = number;
        return this;
    }

    public PolicyVersionBuilder in(VersionStatus status) {
        this.status = status;
        return this;
    }

    public PolicyVersionBuilder inLanguage(String language) {
        this.language = language;
        return this;
    }

    public PolicyVersionBuilder withContent(VersionContent content) {
        this.content = content;
        return this;
    }

    public PolicyVersionBuilder basedOn(Integer basedOn) {
        this.basedOn = basedOn;
        return this;
    }

    /** Published by that decision at that moment (both null: not published). */
    public PolicyVersionBuilder publishedBy(UUID decisionId, Instant at) {
        this.publishedBy = decisionId;
        this.publishedAt = at;
        return this;
    }

    public PolicyVersionBuilder supersededAt(Instant supersededAt) {
        this.supersededAt = supersededAt;
        return this;
    }

    public PolicyVersionBuilder createdBy(MemberId createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    public PolicyVersionBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public PolicyVersionBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public PolicyVersion build() {
        return new PolicyVersion(
                id,
                policyId,
                organisationId,
                number,
                status,
                language,
                content,
                basedOn,
                publishedBy,
                publishedAt,
                supersededAt,
                createdBy,
                version,
                createdAt);
    }
}
