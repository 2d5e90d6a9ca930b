package org.gouvernail.domain.federation.port.in;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.federation.Benchmark;
import org.gouvernail.domain.federation.FederationDashboard;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.FederationLinkId;
import org.gouvernail.domain.federation.Granularity;
import org.gouvernail.domain.federation.Region;
import org.gouvernail.domain.federation.Sector;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * In-port: federations seen from both sides. The federation's ADMIN invites associations, suspends,
 * resumes or ends links; the member's ADMIN accepts, ends, and grants or revokes a consent per
 * indicator. Every change is audited in both organisations' trails.
 */
public interface FederationGovernance {

    /** Who manages the federation's links: its ADMIN. */
    Set<Role> FEDERATION_MANAGERS = EnumSet.of(Role.ADMIN);

    /** Who reads the federation's aggregates: its ADMIN and its ANALYST (aggregates only). */
    Set<Role> AGGREGATE_READERS = EnumSet.of(Role.ADMIN, Role.ANALYST);

    /** Who reads a member's links and consents: those who read its dashboard. */
    Set<Role> MEMBER_READERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.DATA_REFERENT, Role.VIEWER);

    /** Who accepts, ends and consents for a member: its ADMIN. */
    Set<Role> MEMBER_DECIDERS = EnumSet.of(Role.ADMIN);

    /** The federation invites the association of this slug (an ASSOCIATION, not linked yet). */
    FederationLink invite(Caller caller, OrganisationId federationId, String memberSlug, Region region, Sector sector);

    Page<FederationLink> links(Caller caller, OrganisationId federationId, PageRequest page);

    FederationLink link(Caller caller, OrganisationId federationId, FederationLinkId linkId);

    FederationLink suspend(Caller caller, OrganisationId federationId, FederationLinkId linkId, long expectedVersion);

    FederationLink resume(Caller caller, OrganisationId federationId, FederationLinkId linkId, long expectedVersion);

    /** The federation ends the link: its snapshots are deleted. */
    FederationLink endByFederation(
            Caller caller, OrganisationId federationId, FederationLinkId linkId, long expectedVersion);

    Page<FederationLink> memberLinks(Caller caller, OrganisationId associationId, PageRequest page);

    FederationLink memberLink(Caller caller, OrganisationId associationId, FederationLinkId linkId);

    /** The member's ADMIN accepts an invitation; a region or sector given replaces the federation's. */
    FederationLink accept(
            Caller caller,
            OrganisationId associationId,
            FederationLinkId linkId,
            long expectedVersion,
            Region region,
            Sector sector);

    /** The member ends the link: its snapshots are deleted. */
    FederationLink endByMember(
            Caller caller, OrganisationId associationId, FederationLinkId linkId, long expectedVersion);

    /** The member's ADMIN shares an indicator (a decision of its committee may be cited). */
    FederationLink grant(
            Caller caller,
            OrganisationId associationId,
            FederationLinkId linkId,
            long expectedVersion,
            String indicator,
            Granularity granularity,
            DecisionId decisionId);

    /** The member's ADMIN stops sharing an indicator: its snapshot values are deleted at once. */
    FederationLink revoke(
            Caller caller,
            OrganisationId associationId,
            FederationLinkId linkId,
            long expectedVersion,
            String indicator);

    /**
     * The member's ADMIN takes the month's snapshot of its consented indicators now (replacing this
     * month's); returns the period.
     */
    LocalDate snapshot(Caller caller, OrganisationId associationId, FederationLinkId linkId);

    /** The period of the snapshots taken (the first day of the month) and how many members they cover. */
    record SnapshotsTaken(LocalDate period, int members) {}

    /** The federation's ADMIN takes this month's snapshot of every active member now. */
    SnapshotsTaken snapshotAll(Caller caller, OrganisationId federationId);

    /** The monthly job: this month's snapshot of at most {@code batch} active links without one; returns how many. */
    int snapshotDue(int batch);

    /**
     * The federation's roll-up dashboard, for its ADMIN or ANALYST: the indicators asked (every indicator
     * of the catalogue when empty), their totals and the cells of {@code segmentation} (none when null),
     * from the active members' latest snapshots, under disclosure control.
     */
    FederationDashboard dashboard(
            Caller caller, OrganisationId federationId, List<String> indicators, Segmentation segmentation);

    /**
     * "Give to get": the association's own values against the federation's quartiles, for the indicators
     * it shares with this federation (an ACTIVE link), for those who read its links.
     */
    Benchmark benchmark(Caller caller, OrganisationId associationId, OrganisationId federationId);
}
