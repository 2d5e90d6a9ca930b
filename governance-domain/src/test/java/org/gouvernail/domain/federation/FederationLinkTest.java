package org.gouvernail.domain.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class FederationLinkTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final OrganisationId FEDERATION = new OrganisationId(UUID.randomUUID());
    private static final OrganisationId MEMBER = new OrganisationId(UUID.randomUUID());
    private static final String ACK = IndicatorCatalogue.POLICIES_ACK_RATE;
    private static final String TOOLS = IndicatorCatalogue.TOOLS_IN_INVENTORY;

    private static FederationLink invited() {
        return FederationLink.invite(
                new FederationLinkId(UUID.randomUUID()), FEDERATION, MEMBER, new Region("BE-BRU"), Sector.HEALTH, T0);
    }

    private static FederationLink active() {
        return invited().accept(null, null, T0.plusSeconds(60));
    }

    @Test
    void anInvitationBecomesActiveWhenTheMemberAcceptsAndMayCorrectItsSegments() {
        FederationLink link = invited().accept(new Region("be-wal"), null, T0.plusSeconds(60));
        assertThat(link.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(link.region()).isEqualTo(new Region("BE-WAL"));
        assertThat(link.sector()).isEqualTo(Sector.HEALTH);
        assertThat(link.acceptedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(link.active()).isTrue();
    }

    @Test
    void theFederationSuspendsAndResumesOnlyAnActiveLink() {
        assertThatThrownBy(() -> invited().suspend()).isInstanceOf(RuleViolation.class);
        FederationLink suspended = active().suspend();
        assertThat(suspended.status()).isEqualTo(LinkStatus.SUSPENDED);
        assertThat(suspended.active()).isFalse();
        assertThat(suspended.resume().status()).isEqualTo(LinkStatus.ACTIVE);
        assertThatThrownBy(() -> active().resume())
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("federation-link-status"));
    }

    @Test
    void eitherSideEndsTheLinkFromAnyStateButEndedIsFinal() {
        assertThat(invited().end(LinkSide.MEMBER, T0).status()).isEqualTo(LinkStatus.ENDED);
        FederationLink ended = active().suspend().end(LinkSide.FEDERATION, T0.plusSeconds(5));
        assertThat(ended.endedSide()).isEqualTo(LinkSide.FEDERATION);
        assertThat(ended.endedAt()).isEqualTo(T0.plusSeconds(5));
        assertThatThrownBy(() -> ended.end(LinkSide.MEMBER, T0)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ended.accept(null, null, T0)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ended.grant(ACK, Granularity.NAMED, null, T0)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aFederationCannotBeItsOwnMember() {
        assertThatThrownBy(() -> FederationLink.invite(
                        new FederationLinkId(UUID.randomUUID()), FEDERATION, FEDERATION, null, null, T0))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("federation-self-link"));
    }

    @Test
    void consentsAreTheLatestHistoryEntryPerIndicatorAndTheHistoryOnlyGrows() {
        DecisionId decision = new DecisionId(UUID.randomUUID());
        FederationLink link = active().grant(ACK, Granularity.AGGREGATE_ONLY, decision, T0.plusSeconds(1))
                .grant(TOOLS, Granularity.AGGREGATE_ONLY, null, T0.plusSeconds(2))
                .grant(ACK, Granularity.NAMED, decision, T0.plusSeconds(3))
                .revoke(TOOLS, T0.plusSeconds(4));

        assertThat(link.consents()).containsOnlyKeys(ACK);
        assertThat(link.consents().get(ACK).granularity()).isEqualTo(Granularity.NAMED);
        assertThat(link.consents().get(ACK).decisionId()).isEqualTo(decision);
        assertThat(link.history())
                .extracting(ConsentChange::sequence, ConsentChange::indicator, ConsentChange::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ACK, ConsentChange.Kind.GRANTED),
                        org.assertj.core.groups.Tuple.tuple(2, TOOLS, ConsentChange.Kind.GRANTED),
                        org.assertj.core.groups.Tuple.tuple(3, ACK, ConsentChange.Kind.GRANTED),
                        org.assertj.core.groups.Tuple.tuple(4, TOOLS, ConsentChange.Kind.REVOKED));
        assertThat(link.lastChange().kind()).isEqualTo(ConsentChange.Kind.REVOKED);
        // a grant again after a revocation is a new entry: nothing is rewritten
        assertThat(link.grant(TOOLS, Granularity.AGGREGATE_ONLY, null, T0.plusSeconds(5))
                        .history())
                .hasSize(5)
                .startsWith(link.history().toArray(new ConsentChange[0]));
    }

    @Test
    void onlyIndicatorsOfTheCatalogueCanBeShared() {
        assertThatThrownBy(() -> active().grant("tools.names", Granularity.NAMED, null, T0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("indicator");
                    assertThat(e.code()).isEqualTo("unknown-indicator");
                });
    }

    @Test
    void grantingTheSameConsentTwiceOrRevokingOneNotGrantedIsRefused() {
        FederationLink link = active().grant(ACK, Granularity.AGGREGATE_ONLY, null, T0);
        assertThatThrownBy(() -> link.grant(ACK, Granularity.AGGREGATE_ONLY, null, T0))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("consent-unchanged"));
        assertThatThrownBy(() -> link.revoke(TOOLS, T0))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("consent-not-granted"));
    }

    @Test
    void theSizeClassFollowsTheStaffCount() {
        assertThat(SizeClass.of(new org.gouvernail.domain.organisation.OrganisationSize(0, 40)))
                .isEqualTo(SizeClass.VOLUNTEER_RUN);
        assertThat(SizeClass.of(new org.gouvernail.domain.organisation.OrganisationSize(9, null)))
                .isEqualTo(SizeClass.MICRO);
        assertThat(SizeClass.of(new org.gouvernail.domain.organisation.OrganisationSize(10, null)))
                .isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.of(new org.gouvernail.domain.organisation.OrganisationSize(249, null)))
                .isEqualTo(SizeClass.MEDIUM);
        assertThat(SizeClass.of(new org.gouvernail.domain.organisation.OrganisationSize(250, null)))
                .isEqualTo(SizeClass.LARGE);
        assertThat(SizeClass.of(org.gouvernail.domain.organisation.OrganisationSize.unknown()))
                .isEqualTo(SizeClass.UNKNOWN);
    }

    @Test
    void aRegionIsAnIso3166Code() {
        assertThat(new Region(" be-bru ").code()).isEqualTo("BE-BRU");
        assertThat(Region.ofNullable(" ")).isNull();
        assertThatThrownBy(() -> new Region("Bruxelles")).isInstanceOf(InvalidInput.class);
    }
}
