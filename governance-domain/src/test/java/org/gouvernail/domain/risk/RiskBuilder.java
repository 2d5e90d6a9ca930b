package org.gouvernail.domain.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: a risk as persistence would rebuild it, in any status and version, for the tests
 * (and fake repositories) that cannot reach that state through {@link Risk#raise}:
 * {@code RiskBuilder.from(risk).withVersion(risk.version() + 1).build()}.
 */
public final class RiskBuilder {

    private RiskId id = new RiskId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    private OrganisationId organisationId = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private RiskDetails details = RiskDetailsBuilder.aRisk().build();
    private RiskStatus status = RiskStatus.OPEN;
    private Acceptance acceptance;
    private List<MitigationAction> actions = List.of();
    private String catalogueEntry;
    private MemberId raisedBy = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    private Instant raisedAt = Instant.parse("2026-11-28T09:00:00Z");
    private long version;

    private RiskBuilder() {}

    public static RiskBuilder aStoredRisk() {
        return new RiskBuilder();
    }

    public static RiskBuilder from(Risk risk) {
        return new RiskBuilder()
                .withId(risk.id())
                .of(risk.organisationId())
                .withDetails(risk.details())
                .in(risk.status())
                .accepted(risk.acceptance())
                .withActions(risk.actions())
                .fromCatalogue(risk.catalogueEntry())
                .raisedBy(risk.raisedBy())
                .raisedAt(risk.raisedAt())
                .withVersion(risk.version());
    }

    public RiskBuilder withId(RiskId id) {
        this.id = id;
        return this;
    }

    public RiskBuilder of(OrganisationId organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    public RiskBuilder withDetails(RiskDetails details) {
        this.details = details;
        return this;
    }

    public RiskBuilder in(RiskStatus status) {
        this.status = status;
        return this;
    }

    public RiskBuilder accepted(Acceptance acceptance) {
        this.acceptance = acceptance;
        return this;
    }

    public RiskBuilder withActions(List<MitigationAction> actions) {
        this.actions = actions;
        return this;
    }

    public RiskBuilder fromCatalogue(String catalogueEntry) {
        this.catalogueEntry = catalogueEntry;
        return this;
    }

    public RiskBuilder raisedBy(MemberId raisedBy) {
        this.raisedBy = raisedBy;
        return this;
    }

    public RiskBuilder raisedAt(Instant raisedAt) {
        this.raisedAt = raisedAt;
        return this;
    }

    public RiskBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public Risk build() {
        return new Risk(
                id, organisationId, details, status, acceptance, actions, catalogueEntry, raisedBy, raisedAt, version);
    }
}
