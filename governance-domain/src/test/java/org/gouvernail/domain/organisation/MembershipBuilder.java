package org.gouvernail.domain.organisation;

import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: a membership, by default an ACTIVE contributor bound to a subject:
 * {@code aMembership().of(organisation).withSubject("sub-bob").build()}.
 */
public final class MembershipBuilder {

    private MemberId id = new MemberId(UUID.randomUUID());
    private OrganisationId organisationId = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private String subject = "sub-" + id.value();
    private MemberDetails details = aMember().build();
    private MembershipStatus status = MembershipStatus.ACTIVE;
    private long version;
    private Instant createdAt = Instant.parse("2026-11-28T15:00:00Z");

    private MembershipBuilder() {}

    public static MembershipBuilder aMembership() {
        return new MembershipBuilder();
    }

    public static MembershipBuilder from(Membership m) {
        return aMembership()
                .withId(m.id())
                .of(m.organisationId())
                .withSubject(m.subject())
                .withDetails(m.details())
                .in(m.status())
                .withVersion(m.version())
                .createdAt(m.createdAt());
    }

    public MembershipBuilder withId(MemberId id) {
        this.id = id;
        return this;
    }

    public MembershipBuilder of(OrganisationId organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    /** The person's OIDC subject; null while the membership is an invitation. */
    public MembershipBuilder withSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public MembershipBuilder withDetails(MemberDetails details) {
        this.details = details;
        return this;
    }

    public MembershipBuilder in(MembershipStatus status) {
        this.status = status;
        return this;
    }

    public MembershipBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public MembershipBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public Membership build() {
        return new Membership(id, organisationId, subject, details, status, version, createdAt);
    }
}
