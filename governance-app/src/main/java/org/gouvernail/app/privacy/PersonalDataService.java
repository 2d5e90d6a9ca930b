package org.gouvernail.app.privacy;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.Erasure;
import org.gouvernail.domain.privacy.ErasureHold;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.PersonalDataReport;
import org.gouvernail.domain.privacy.PrivacyEvent.MemberErased;
import org.gouvernail.domain.privacy.PrivacyEvent.PersonalDataExported;
import org.gouvernail.domain.privacy.Pseudonym;
import org.gouvernail.domain.privacy.port.in.PersonalData;
import org.gouvernail.domain.privacy.port.out.PersonalDataEraser;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Use case service: a person's data in one organisation, gathered from every area's
 * {@link PersonalDataSource} (one statement per category), and its erasure through the
 * {@link PersonalDataEraser}, after every source was asked whether a record must keep the name.
 */
@ApplicationScoped
public class PersonalDataService implements PersonalData {

    /** Who may read another member's data: the administrators and the data referent (the DPO's relay). */
    static final EnumSet<Role> READERS = EnumSet.of(Role.ADMIN, Role.DATA_REFERENT);

    private final List<PersonalDataSource> sources;
    private final PersonalDataEraser eraser;
    private final Memberships memberships;
    private final MemberAccess access;
    private final Auditor auditor;
    private final Clock clock;

    public PersonalDataService(
            @All List<PersonalDataSource> sources,
            PersonalDataEraser eraser,
            Memberships memberships,
            MemberAccess access,
            Auditor auditor,
            Clock clock) {
        this.sources = List.copyOf(sources);
        this.eraser = eraser;
        this.memberships = memberships;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonalDataReport of(Caller caller, OrganisationId organisationId, MemberId memberId) {
        access.withRole(caller, organisationId, READERS, "read-personal-data");
        return report(caller, person(organisationId, memberId));
    }

    @Override
    @Transactional
    public PersonalDataReport mine(Caller caller, OrganisationId organisationId) {
        Membership me = access.member(caller, organisationId);
        return report(caller, DataSubject.of(me));
    }

    @Override
    @Transactional
    public Erasure erase(Caller caller, OrganisationId organisationId, MemberId memberId) {
        Membership admin = access.withRole(caller, organisationId, EnumSet.of(Role.ADMIN), "erase-member");
        Membership target =
                memberships.find(organisationId, memberId).orElseThrow(() -> new NotFound("member", memberId.value()));
        if (target.id().equals(admin.id())) {
            throw new RuleViolation("erasure-of-self", "an administrator's own erasure is asked of another one");
        }
        if (target.isActiveAdmin()) {
            throw new RuleViolation(
                    "erasure-of-admin", "member " + memberId + " is an administrator: withdraw the role first");
        }
        if (eraser.erased(organisationId, memberId)) {
            throw new RuleViolation("member-erased", "member " + memberId + " was already erased");
        }
        DataSubject person = person(target);
        List<ErasureHold> holds = new ArrayList<>();
        for (PersonalDataSource source : sources) {
            holds.addAll(source.holds(person));
        }
        Erasure.refuseIfHeld(memberId, holds);
        Instant now = clock.instant();
        Pseudonym pseudonym = new Pseudonym(eraser.memberNumber(person), LocalDate.ofInstant(now, ZoneOffset.UTC));
        long rewritten = eraser.erase(person, pseudonym);
        Erasure erasure = new Erasure(organisationId, memberId, pseudonym.text(), now, rewritten);
        auditor.record(caller, new MemberErased(erasure));
        return erasure;
    }

    private DataSubject person(OrganisationId organisationId, MemberId memberId) {
        return person(
                memberships.find(organisationId, memberId).orElseThrow(() -> new NotFound("member", memberId.value())));
    }

    /** The membership as a data subject, with the subject a revocation unbound recovered from the trail. */
    private DataSubject person(Membership membership) {
        DataSubject person = DataSubject.of(membership);
        if (person.signedInAs().isPresent()) {
            return person;
        }
        return eraser.formerSubject(membership.organisationId(), membership.id())
                .map(subject -> new DataSubject(
                        person.organisationId(), person.memberId(), subject, person.email(), person.displayName()))
                .orElse(person);
    }

    private PersonalDataReport report(Caller caller, DataSubject person) {
        List<PersonalDataCategory> categories = new ArrayList<>();
        for (PersonalDataSource source : sources) {
            categories.addAll(source.collect(person));
        }
        long rows = categories.stream().mapToLong(c -> c.rows().size()).sum();
        auditor.record(
                caller,
                new PersonalDataExported(
                        person.organisationId(), person.memberId().value(), categories.size(), rows));
        return new PersonalDataReport(person.organisationId(), person.memberId(), clock.instant(), categories);
    }
}
