package org.gouvernail.app.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.dashboard.Figures;
import org.gouvernail.domain.dashboard.Indicator;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.dashboard.port.out.DashboardFigures;
import org.gouvernail.domain.federation.Benchmark;
import org.gouvernail.domain.federation.Contribution;
import org.gouvernail.domain.federation.DisclosureControl;
import org.gouvernail.domain.federation.DisclosureRules;
import org.gouvernail.domain.federation.FederationDashboard;
import org.gouvernail.domain.federation.FederationDashboard.IndicatorTable;
import org.gouvernail.domain.federation.FederationEvent.ConsentChanged;
import org.gouvernail.domain.federation.FederationEvent.LinkInvited;
import org.gouvernail.domain.federation.FederationEvent.LinkStatusChanged;
import org.gouvernail.domain.federation.FederationEvent.SnapshotTaken;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.FederationLinkId;
import org.gouvernail.domain.federation.Granularity;
import org.gouvernail.domain.federation.LinkSide;
import org.gouvernail.domain.federation.LinkStatus;
import org.gouvernail.domain.federation.Region;
import org.gouvernail.domain.federation.Sector;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.federation.SizeClass;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.gouvernail.domain.federation.port.out.FederationLinks;
import org.gouvernail.domain.federation.port.out.FederationSnapshots;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Use case service: federation links and sharing consents, from both sides. The caller's membership
 * is resolved in the organisation of the side it acts for (a stranger gets 404, a member without the
 * role 403); a federation-side call on an organisation that is not a FEDERATION is 404 too. Every
 * change is audited in the federation's trail and in the member's.
 */
@ApplicationScoped
public class FederationService implements FederationGovernance {

    private final FederationLinks links;
    private final FederationSnapshots snapshots;
    private final Organisations organisations;
    private final Decisions decisions;
    private final DashboardFigures figures;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;
    private final FederationSettings settings;

    public FederationService(
            FederationLinks links,
            FederationSnapshots snapshots,
            Organisations organisations,
            Decisions decisions,
            DashboardFigures figures,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock,
            FederationSettings settings) {
        this.settings = settings;
        this.links = links;
        this.snapshots = snapshots;
        this.organisations = organisations;
        this.decisions = decisions;
        this.figures = figures;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    // --- the federation's side ---------------------------------------------------------------------

    @Override
    @Transactional
    public FederationLink invite(
            Caller caller, OrganisationId federationId, String memberSlug, Region region, Sector sector) {
        federation(caller, federationId, FEDERATION_MANAGERS, "invite-federation-member");
        Organisation member = organisations
                .findBySlug(memberSlug == null ? "" : memberSlug.strip())
                .orElseThrow(() -> new NotFound("organisation", memberSlug));
        if (member.kind() != OrganisationKind.ASSOCIATION) {
            throw new RuleViolation(
                    "federation-member-not-association",
                    "only an association can be a member of a federation",
                    member.profile().slug());
        }
        if (links.current(federationId, member.id()).isPresent()) {
            throw new RuleViolation(
                    "federation-already-linked",
                    "this association is already invited or a member",
                    member.profile().slug());
        }
        FederationLink link = FederationLink.invite(
                new FederationLinkId(ids.next()), federationId, member.id(), region, sector, clock.instant());
        links.add(link);
        auditor.record(caller, new LinkInvited(link.federationId(), link));
        auditor.record(caller, new LinkInvited(link.associationId(), link));
        return link;
    }

    @Override
    @Transactional
    public Page<FederationLink> links(Caller caller, OrganisationId federationId, PageRequest page) {
        federation(caller, federationId, FEDERATION_MANAGERS, "read-federation-members");
        return links.listOfFederation(federationId, page);
    }

    @Override
    @Transactional
    public FederationLink link(Caller caller, OrganisationId federationId, FederationLinkId linkId) {
        federation(caller, federationId, FEDERATION_MANAGERS, "read-federation-members");
        return ofFederation(federationId, linkId);
    }

    @Override
    @Transactional
    public FederationLink suspend(
            Caller caller, OrganisationId federationId, FederationLinkId linkId, long expectedVersion) {
        federation(caller, federationId, FEDERATION_MANAGERS, "manage-federation-link");
        FederationLink link = current(ofFederation(federationId, linkId), expectedVersion);
        return changed(caller, link, link.suspend(), LinkSide.FEDERATION);
    }

    @Override
    @Transactional
    public FederationLink resume(
            Caller caller, OrganisationId federationId, FederationLinkId linkId, long expectedVersion) {
        federation(caller, federationId, FEDERATION_MANAGERS, "manage-federation-link");
        FederationLink link = current(ofFederation(federationId, linkId), expectedVersion);
        return changed(caller, link, link.resume(), LinkSide.FEDERATION);
    }

    @Override
    @Transactional
    public FederationLink endByFederation(
            Caller caller, OrganisationId federationId, FederationLinkId linkId, long expectedVersion) {
        federation(caller, federationId, FEDERATION_MANAGERS, "manage-federation-link");
        FederationLink link = current(ofFederation(federationId, linkId), expectedVersion);
        FederationLink ended =
                changed(caller, link, link.end(LinkSide.FEDERATION, clock.instant()), LinkSide.FEDERATION);
        snapshots.forgetAll(ended);
        return ended;
    }

    // --- the member's side ------------------------------------------------------------------------

    @Override
    @Transactional
    public Page<FederationLink> memberLinks(Caller caller, OrganisationId associationId, PageRequest page) {
        access.withRole(caller, associationId, MEMBER_READERS, "read-federation-links");
        return links.listOfMember(associationId, page);
    }

    @Override
    @Transactional
    public FederationLink memberLink(Caller caller, OrganisationId associationId, FederationLinkId linkId) {
        access.withRole(caller, associationId, MEMBER_READERS, "read-federation-links");
        return ofMember(associationId, linkId);
    }

    @Override
    @Transactional
    public FederationLink accept(
            Caller caller,
            OrganisationId associationId,
            FederationLinkId linkId,
            long expectedVersion,
            Region region,
            Sector sector) {
        access.withRole(caller, associationId, MEMBER_DECIDERS, "answer-federation");
        FederationLink link = current(ofMember(associationId, linkId), expectedVersion);
        return changed(caller, link, link.accept(region, sector, clock.instant()), LinkSide.MEMBER);
    }

    @Override
    @Transactional
    public FederationLink endByMember(
            Caller caller, OrganisationId associationId, FederationLinkId linkId, long expectedVersion) {
        access.withRole(caller, associationId, MEMBER_DECIDERS, "answer-federation");
        FederationLink link = current(ofMember(associationId, linkId), expectedVersion);
        FederationLink ended = changed(caller, link, link.end(LinkSide.MEMBER, clock.instant()), LinkSide.MEMBER);
        snapshots.forgetAll(ended);
        return ended;
    }

    @Override
    @Transactional
    public FederationLink grant(
            Caller caller,
            OrganisationId associationId,
            FederationLinkId linkId,
            long expectedVersion,
            String indicator,
            Granularity granularity,
            DecisionId decisionId) {
        access.withRole(caller, associationId, MEMBER_DECIDERS, "share-indicator");
        FederationLink link = current(ofMember(associationId, linkId), expectedVersion);
        if (decisionId != null && decisions.find(associationId, decisionId).isEmpty()) {
            throw new NotFound("decision", decisionId);
        }
        FederationLink saved = links.update(link.grant(indicator, granularity, decisionId, clock.instant()));
        auditConsent(caller, saved);
        return saved;
    }

    @Override
    @Transactional
    public FederationLink revoke(
            Caller caller,
            OrganisationId associationId,
            FederationLinkId linkId,
            long expectedVersion,
            String indicator) {
        access.withRole(caller, associationId, MEMBER_DECIDERS, "share-indicator");
        FederationLink link = current(ofMember(associationId, linkId), expectedVersion);
        FederationLink saved = links.update(link.revoke(indicator, clock.instant()));
        snapshots.forget(saved, indicator);
        auditConsent(caller, saved);
        return saved;
    }

    // --- snapshots ----------------------------------------------------------------------------------

    @Override
    @Transactional
    public LocalDate snapshot(Caller caller, OrganisationId associationId, FederationLinkId linkId) {
        access.withRole(caller, associationId, MEMBER_DECIDERS, "take-federation-snapshot");
        FederationLink link = ofMember(associationId, linkId);
        if (!link.active()) {
            throw new RuleViolation(
                    "federation-link-status",
                    "cannot take-snapshot a link that is " + link.status(),
                    "take-snapshot",
                    link.status());
        }
        LocalDate period = period();
        int written = record(link, period);
        auditor.record(caller, new SnapshotTaken(link.associationId(), link, period, written));
        auditor.record(caller, new SnapshotTaken(link.federationId(), link, period, written));
        return period;
    }

    @Override
    @Transactional
    public SnapshotsTaken snapshotAll(Caller caller, OrganisationId federationId) {
        federation(caller, federationId, FEDERATION_MANAGERS, "take-federation-snapshot");
        LocalDate period = period();
        List<FederationLink> active = links.active(federationId);
        for (FederationLink link : active) {
            record(link, period);
        }
        return new SnapshotsTaken(period, active.size());
    }

    @Override
    @Transactional
    public int snapshotDue(int batch) {
        LocalDate period = period();
        List<FederationLink> due = links.activeWithoutSnapshot(period, batch);
        due.forEach(link -> record(link, period));
        return due.size();
    }

    /** The current period: the first day of this month. */
    LocalDate period() {
        return LocalDate.now(clock).withDayOfMonth(1);
    }

    /** The member's figures of today, kept for its consented indicators only, as the period's snapshot. */
    private int record(FederationLink link, LocalDate period) {
        Set<String> consented = link.consents().keySet();
        Map<String, Long> values = new TreeMap<>();
        if (!consented.isEmpty()) {
            Instant now = clock.instant();
            Figures counted = figures.of(link.associationId(), LocalDate.now(clock), now);
            consented.forEach(code -> counted.value(code).ifPresent(value -> values.put(code, value)));
        }
        SizeClass sizeClass = organisations
                .find(link.associationId())
                .map(organisation -> SizeClass.of(organisation.profile().size()))
                .orElse(SizeClass.UNKNOWN);
        snapshots.save(link, period, sizeClass, values);
        return values.size();
    }

    // --- aggregates ---------------------------------------------------------------------------------

    @Override
    @Transactional
    public FederationDashboard dashboard(
            Caller caller, OrganisationId federationId, List<String> indicators, Segmentation segmentation) {
        federation(caller, federationId, AGGREGATE_READERS, "read-federation-dashboard");
        List<Indicator> asked = indicators(indicators);
        List<Contribution> contributions = snapshots.latest(
                federationId, asked.stream().map(Indicator::code).collect(Collectors.toSet()));
        Map<String, List<Contribution>> byIndicator =
                contributions.stream().collect(Collectors.groupingBy(Contribution::indicator));
        DisclosureRules rules = settings.rules();
        List<IndicatorTable> tables = new ArrayList<>();
        for (Indicator indicator : asked) {
            tables.add(new IndicatorTable(
                    indicator,
                    DisclosureControl.protect(
                            indicator.code(), byIndicator.getOrDefault(indicator.code(), List.of()), rules)));
        }
        return new FederationDashboard(federationId, segmentation, rules, tables);
    }

    @Override
    @Transactional
    public Benchmark benchmark(Caller caller, OrganisationId associationId, OrganisationId federationId) {
        access.withRole(caller, associationId, MEMBER_READERS, "read-benchmark");
        FederationLink link = links.current(federationId, associationId)
                .filter(FederationLink::active)
                .orElseThrow(() -> new NotFound("federation", federationId));
        Set<String> shared = link.consents().keySet();
        Map<String, List<Contribution>> byIndicator =
                snapshots.latest(federationId, shared).stream().collect(Collectors.groupingBy(Contribution::indicator));
        List<Benchmark.Entry> entries = new ArrayList<>();
        for (Indicator indicator : IndicatorCatalogue.all()) {
            if (!shared.contains(indicator.code())) {
                continue;
            }
            List<Contribution> values = byIndicator.getOrDefault(indicator.code(), List.of());
            Long own = values.stream()
                    .filter(contribution -> contribution.associationId().equals(associationId))
                    .map(Contribution::value)
                    .findFirst()
                    .orElse(null);
            entries.add(Benchmark.entry(
                    indicator, own, values.stream().map(Contribution::value).toList(), settings.rules()));
        }
        return new Benchmark(associationId, federationId, entries);
    }

    /** The indicators asked, in catalogue order; every one when none is asked; InvalidInput for an unknown code. */
    private static List<Indicator> indicators(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return IndicatorCatalogue.all();
        }
        Set<String> wanted = new java.util.HashSet<>();
        for (String code : codes) {
            if (IndicatorCatalogue.find(code).isEmpty()) {
                throw new InvalidInput("indicators", "unknown-indicator", "unknown indicator " + code, code);
            }
            wanted.add(code);
        }
        return IndicatorCatalogue.all().stream()
                .filter(indicator -> wanted.contains(indicator.code()))
                .toList();
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** The caller's membership in the federation with one of the roles; 404 unless it is a FEDERATION. */
    void federation(Caller caller, OrganisationId federationId, Set<Role> roles, String action) {
        access.withRole(caller, federationId, roles, action);
        organisations.requireFederation(federationId);
    }

    private FederationLink ofFederation(OrganisationId federationId, FederationLinkId linkId) {
        return links.ofFederation(federationId, linkId).orElseThrow(() -> new NotFound("federation-link", linkId));
    }

    private FederationLink ofMember(OrganisationId associationId, FederationLinkId linkId) {
        return links.ofMember(associationId, linkId).orElseThrow(() -> new NotFound("federation-link", linkId));
    }

    private static FederationLink current(FederationLink link, long expectedVersion) {
        StaleVersion.check("federation-link", link.version(), expectedVersion);
        return link;
    }

    private FederationLink changed(Caller caller, FederationLink before, FederationLink after, LinkSide side) {
        FederationLink saved = links.update(after);
        LinkStatus was = before.status();
        auditor.record(caller, new LinkStatusChanged(saved.federationId(), saved, was, side));
        auditor.record(caller, new LinkStatusChanged(saved.associationId(), saved, was, side));
        return saved;
    }

    private void auditConsent(Caller caller, FederationLink saved) {
        auditor.record(caller, new ConsentChanged(saved.federationId(), saved, saved.lastChange()));
        auditor.record(caller, new ConsentChanged(saved.associationId(), saved, saved.lastChange()));
    }
}
