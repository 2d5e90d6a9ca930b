package org.gouvernail.app.services;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gouvernail.app.audit.AuditLogService;
import org.gouvernail.app.inventory.ToolInventoryService;
import org.gouvernail.app.organisation.OrganisationService;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * In-memory out-ports that behave like the MariaDB adapters: lookups stay inside one organisation,
 * lists are keyset pages in id order, and every update checks the version read and increments it.
 */
final class InMemory {

    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    /** A platform administrator: the only kind of caller who registers organisations. */
    static final Caller FOUNDER = new Caller("sub-anne", "anne@entraide.be", true, "Anne", true);
    /** Another platform administrator, founder of another organisation: a stranger to the first. */
    static final Caller OTHER_FOUNDER = new Caller("sub-omar", "omar@federation.be", true, "Omar", true);
    static final Caller STRANGER = new Caller("sub-stranger", "stranger@example.org", true, "Stranger", false);

    private InMemory() {
    }

    static OrganisationProfile profile(String name, String slug) {
        return new OrganisationProfile(name, slug, "BE", new OrganisationSize(3, 40), "fr-BE");
    }

    static ToolDetails tool(String name) {
        return new ToolDetails(name, "Vendor", "Used by the communication team", ToolCategory.TRANSLATION,
                AccountType.PROFESSIONAL, HostingRegion.EU, Set.of(DataCategory.INTERNAL), List.of("Communication"), 3, null);
    }

    static MemberDetails person(String email, Role... roles) {
        return new MemberDetails(email, email == null ? "Volunteer" : email.substring(0, email.indexOf('@')), PersonType.STAFF,
                Set.of(roles));
    }

    /** Every service wired on fresh fakes, a fixed clock and sequential ids: what CDI does in production. */
    static final class Platform {

        final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        final SequentialIds ids = new SequentialIds();
        final MembershipStore memberships = new MembershipStore();
        final OrganisationStore organisations = new OrganisationStore(memberships);
        final ToolStore tools = new ToolStore();
        final AuditStore audit = new AuditStore();
        final Auditor auditor = new Auditor(audit, ids, clock);
        final MemberAccess access = new MemberAccess(memberships, auditor);
        final OrganisationService organisationService =
                new OrganisationService(organisations, memberships, access, auditor, ids, clock);
        final PolicyServiceTest.VersionStore policyVersions = new PolicyServiceTest.VersionStore();
        final ToolInventoryService toolService = new ToolInventoryService(tools, policyVersions, access, auditor, ids, clock);
        final AuditLogService auditService = new AuditLogService(audit, access);

        /** FOUNDER registers an association; they are its first ADMIN. */
        Organisation registered(String slug) {
            return registeredBy(FOUNDER, slug);
        }

        Organisation registeredBy(Caller founder, String slug) {
            return organisationService.register(founder, OrganisationKind.ASSOCIATION, profile("Org " + slug, slug));
        }

        /** FOUNDER invites {@code name}@entraide.be with these roles; the person then signs in with that verified e-mail. */
        Caller signedIn(OrganisationId organisationId, String name, Role... roles) {
            String email = name + "@entraide.be";
            organisationService.addMember(FOUNDER, organisationId, person(email, roles));
            Caller caller = new Caller("sub-" + name, email, true, name, false);
            organisationService.me(caller);
            return caller;
        }

        Membership membership(OrganisationId organisationId, Caller caller) {
            return memberships.findActive(organisationId, caller.subject()).orElseThrow();
        }
    }

    /** Time-ordered like UUIDv7: each id is greater than the previous one. */
    static final class SequentialIds implements IdGenerator {

        private long next = 1;

        @Override
        public UUID next() {
            return new UUID(0x0195_0000_0000_7000L, next++);
        }
    }

    static final class OrganisationStore implements Organisations {

        private final Map<OrganisationId, Organisation> rows = new LinkedHashMap<>();
        private final MembershipStore memberships;

        /** Needs the memberships to answer "where is this person an active member", as the SQL join does. */
        OrganisationStore(MembershipStore memberships) {
            this.memberships = memberships;
        }

        @Override
        public void add(Organisation organisation) {
            if (rows.putIfAbsent(organisation.id(), organisation) != null) {
                throw new IllegalStateException("duplicate organisation id " + organisation.id());
            }
        }

        @Override
        public Optional<Organisation> find(OrganisationId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Organisation update(Organisation organisation) {
            Organisation stored = find(organisation.id()).orElseThrow(() -> new NotFound("organisation", organisation.id()));
            expect("organisation", stored.version(), organisation.version());
            Organisation saved = new Organisation(organisation.id(), organisation.kind(), organisation.profile(),
                    organisation.version() + 1, organisation.createdAt());
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public boolean slugTaken(String slug, OrganisationId except) {
            return rows.values().stream().anyMatch(o -> o.profile().slug().equals(slug) && !o.id().equals(except));
        }

        @Override
        public void lockForMembershipChange(OrganisationId id) {
            // one thread per test: nothing to wait for
        }

        @Override
        public Page<Organisation> withActiveMember(String subject, PageRequest page) {
            Predicate<Organisation> member = o -> memberships.findActive(o.id(), subject).isPresent();
            return keyset(rows.values().stream().filter(member), page, o -> o.id().value(), false);
        }

        int count() {
            return rows.size();
        }
    }

    static final class MembershipStore implements Memberships {

        private final Map<MemberId, Membership> rows = new LinkedHashMap<>();

        @Override
        public void add(Membership membership) {
            requireUniqueSubject(membership);
            if (rows.putIfAbsent(membership.id(), membership) != null) {
                throw new IllegalStateException("duplicate member id " + membership.id());
            }
        }

        @Override
        public Membership update(Membership membership) {
            Membership stored = find(membership.organisationId(), membership.id())
                    .orElseThrow(() -> new NotFound("member", membership.id()));
            expect("member", stored.version(), membership.version());
            requireUniqueSubject(membership);
            Membership saved = new Membership(membership.id(), membership.organisationId(), membership.subject(),
                    membership.details(), membership.status(), membership.version() + 1, membership.createdAt());
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<Membership> find(OrganisationId organisationId, MemberId id) {
            return Optional.ofNullable(rows.get(id)).filter(m -> m.organisationId().equals(organisationId));
        }

        @Override
        public Optional<Membership> findActive(OrganisationId organisationId, String subject) {
            return in(organisationId)
                    .filter(m -> subject.equals(m.subject()) && m.status() == MembershipStatus.ACTIVE)
                    .findFirst();
        }

        @Override
        public Optional<Membership> findInvited(OrganisationId organisationId, String email) {
            return in(organisationId)
                    .filter(m -> email.equals(m.details().email()) && m.status() == MembershipStatus.INVITED)
                    .findFirst();
        }

        @Override
        public boolean emailInUse(OrganisationId organisationId, String email) {
            return in(organisationId).anyMatch(m -> email.equals(m.details().email()) && m.status() != MembershipStatus.REVOKED);
        }

        @Override
        public long countActiveAdmins(OrganisationId organisationId) {
            return in(organisationId).filter(Membership::isActiveAdmin).count();
        }

        @Override
        public Page<Membership> list(OrganisationId organisationId, PageRequest page) {
            return keyset(in(organisationId), page, m -> m.id().value(), false);
        }

        @Override
        public List<Membership> active(OrganisationId organisationId) {
            return in(organisationId).filter(m -> m.status() == MembershipStatus.ACTIVE).toList();
        }

        @Override
        public List<Membership> ofPerson(String subject, Optional<String> verifiedEmail) {
            return rows.values().stream()
                    .filter(m -> (subject.equals(m.subject()) && m.status() == MembershipStatus.ACTIVE)
                            || (verifiedEmail.isPresent() && m.subject() == null
                                    && verifiedEmail.get().equals(m.details().email()) && m.status() == MembershipStatus.INVITED))
                    .sorted(Comparator.comparing((Membership m) -> m.id().value()))
                    .toList();
        }

        /** Like uk_membership_subject (V2__create_membership.sql): one membership per subject and organisation, revoked ones included. */
        private void requireUniqueSubject(Membership membership) {
            if (membership.subject() != null && rows.values().stream().anyMatch(other -> !other.id().equals(membership.id())
                    && other.organisationId().equals(membership.organisationId()) && membership.subject().equals(other.subject()))) {
                throw new IllegalStateException("Duplicate entry for key uk_membership_subject: " + membership.subject());
            }
        }

        /** What the store holds now, whatever the organisation: for assertions only. */
        Membership stored(MemberId id) {
            return rows.get(id);
        }

        private Stream<Membership> in(OrganisationId organisationId) {
            return rows.values().stream()
                    .filter(m -> m.organisationId().equals(organisationId))
                    .sorted(Comparator.comparing((Membership m) -> m.id().value()));
        }
    }

    static final class ToolStore implements org.gouvernail.domain.inventory.port.out.Tools {

        private final Map<ToolId, AiTool> rows = new LinkedHashMap<>();

        @Override
        public void add(AiTool tool) {
            if (rows.putIfAbsent(tool.id(), tool) != null) {
                throw new IllegalStateException("duplicate tool id " + tool.id());
            }
        }

        @Override
        public Optional<AiTool> find(OrganisationId organisationId, ToolId id) {
            return Optional.ofNullable(rows.get(id)).filter(t -> t.organisationId().equals(organisationId));
        }

        @Override
        public AiTool update(AiTool tool) {
            AiTool stored = find(tool.organisationId(), tool.id()).orElseThrow(() -> new NotFound("tool", tool.id()));
            expect("tool", stored.version(), tool.version());
            AiTool saved = new AiTool(tool.id(), tool.organisationId(), tool.details(), tool.status(), tool.declaredBy(),
                    tool.version() + 1, tool.declaredAt());
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public void remove(OrganisationId organisationId, ToolId id, long expectedVersion) {
            AiTool stored = find(organisationId, id).orElseThrow(() -> new NotFound("tool", id));
            expect("tool", stored.version(), expectedVersion);
            rows.remove(id);
        }

        @Override
        public Page<AiTool> list(OrganisationId organisationId, ToolFilter filter, PageRequest page) {
            Stream<AiTool> matching = rows.values().stream()
                    .filter(t -> t.organisationId().equals(organisationId))
                    .filter(t -> filter.status().map(s -> t.status() == s).orElse(true))
                    .filter(t -> filter.category().map(c -> t.details().category() == c).orElse(true))
                    .filter(t -> filter.dataCategory().map(d -> t.details().dataCategories().contains(d)).orElse(true))
                    .filter(t -> filter.text().map(text -> mentions(t, text)).orElse(true));
            return keyset(matching, page, t -> t.id().value(), false);
        }

        private static boolean mentions(AiTool tool, String text) {
            String wanted = text.toLowerCase(java.util.Locale.ROOT);
            return Stream.of(tool.details().name(), tool.details().vendor(), tool.details().description())
                    .anyMatch(value -> value != null && value.toLowerCase(java.util.Locale.ROOT).contains(wanted));
        }
    }

    /** Append-only, like the real trail: there is no update and no delete. */
    static final class AuditStore implements AuditTrail {

        private final List<AuditEvent> events = new ArrayList<>();

        @Override
        public void append(AuditEvent event) {
            events.add(event);
        }

        @Override
        public Page<AuditEvent> list(OrganisationId organisationId, PageRequest page) {
            return keyset(events.stream().filter(e -> e.organisationId().equals(organisationId)), page, AuditEvent::id, true);
        }

        /** Every event appended so far, oldest first, whatever the organisation. */
        List<AuditEvent> all() {
            return List.copyOf(events);
        }

        int size() {
            return events.size();
        }

        /** The events appended since {@code size} was read. */
        List<AuditEvent> since(int size) {
            return List.copyOf(events.subList(size, events.size()));
        }
    }

    static void expect(String what, long stored, long expected) {
        if (stored != expected) {
            throw new StaleVersion(what, expected, stored);
        }
    }

    static <T> Page<T> keyset(Stream<T> rows, PageRequest page, Function<T, UUID> idOf, boolean newestFirst) {
        Comparator<T> order = Comparator.comparing(idOf);
        if (newestFirst) {
            order = order.reversed();
        }
        Stream<T> sorted = rows.sorted(order);
        if (page.after().isPresent()) {
            UUID cursor = page.after().get();
            sorted = sorted.filter(row -> newestFirst ? idOf.apply(row).compareTo(cursor) < 0 : idOf.apply(row).compareTo(cursor) > 0);
        }
        return Page.fromSlice(sorted.limit(page.limit() + 1L).toList(), page, idOf);
    }
}
