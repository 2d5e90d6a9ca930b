package org.gouvernail.app.communication;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.communication.Audience;
import org.gouvernail.domain.communication.ChangeStage;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationActionId;
import org.gouvernail.domain.communication.CommunicationChannel;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.Concern;
import org.gouvernail.domain.communication.LegalBasis;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.Target;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.domain.communication.port.out.CommunicationActions;
import org.gouvernail.domain.communication.port.out.CommunicationPlans;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The communication plans as a source of due items: open actions are due to their sender, the owed
 * consultation to the ADMINs until an action carrying it is done; two statements per call whether
 * the person belongs to one organisation or to twenty.
 */
@QuarkusTest
class CommunicationDueItemsTest {

    private static final Instant UNTIL = Instant.parse("2027-12-31T00:00:00Z");

    @Inject
    CommunicationDueItems source;

    @Inject
    World world;

    @Inject
    Memberships memberships;

    @Inject
    CommunicationPlans plans;

    @Inject
    CommunicationActions actions;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    OrganisationManagement organisations;

    @Inject
    CommunicationPlanning planning;

    /** An organisation administered by {@code subject} with a plan whose consultation is due, and two actions she sends. */
    private Membership organisationOf(String subject, int index) {
        OrganisationId organisation = world.association(subject);
        Membership admin = memberships.findActive(organisation, subject).orElseThrow();
        MemberId id = admin.id();
        CommunicationPlan plan = CommunicationPlan.drawUp(
                new CommunicationPlanId(UUID.randomUUID()),
                organisation,
                new PlanDetails(
                        "Plan " + index,
                        "Informer",
                        null,
                        LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2027-12-31"),
                        id,
                        LocalDate.parse("2027-06-01"),
                        true,
                        false),
                id,
                Instant.now());
        QuarkusTransaction.requiringNew().run(() -> {
            plans.add(plan, LocalDate.parse("2027-03-01"));
            actions.add(action(
                    organisation, plan, id, "Annonce " + index, LocalDate.parse("2027-02-0" + (1 + index % 9)), null));
            actions.add(action(organisation, plan, id, "Rappel " + index, LocalDate.parse("2027-04-01"), null)
                    .cancel());
        });
        return admin;
    }

    private static CommunicationAction action(
            OrganisationId organisation,
            CommunicationPlan plan,
            MemberId sender,
            String message,
            LocalDate day,
            LegalBasis basis) {
        return CommunicationAction.plan(
                new CommunicationActionId(UUID.randomUUID()),
                organisation,
                plan.id(),
                new CommunicationDetails(
                        Target.of(basis == null ? Audience.STAFF : Audience.WORKER_REPRESENTATIVES),
                        ChangeStage.AWARENESS,
                        Set.of(Concern.JOBS),
                        message,
                        null,
                        CommunicationChannel.EMAIL,
                        sender,
                        day,
                        basis,
                        List.of()),
                Instant.now());
    }

    private long statements(Runnable call) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        call.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void openActionsAreDueToTheirSenderAndTheConsultationToTheAdmins() {
        Membership dana = organisationOf("dana", 1);

        List<DueItem> due = source.dueFor(List.of(dana), UNTIL, 50);

        assertThat(due)
                .extracting(DueItem::kind)
                .containsExactly(CommunicationDueItems.SEND, CommunicationDueItems.CONSULT);
        assertThat(due.get(0).title()).isEqualTo("Annonce 1");
        assertThat(due.get(0).dueAt()).isEqualTo(Instant.parse("2027-02-02T00:00:00Z"));
        assertThat(due.get(0).assignee()).isEqualTo(Assignee.member(dana.id()));
        assertThat(due.get(0).link()).contains("/communication-plans/").contains("/actions/");
        assertThat(due.get(1).dueAt()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(due.get(1).assignee()).isEqualTo(Assignee.anyOf(Role.ADMINS));
        assertThat(due.get(1).title()).isEqualTo("Plan 1");
        assertThat(source.dueFor(List.of(dana), Instant.parse("2027-02-15T00:00:00Z"), 50))
                .as("only what is due before the limit")
                .extracting(DueItem::kind)
                .containsExactly(CommunicationDueItems.SEND);
        assertThat(source.dueIn(dana.organisationId(), UNTIL, 50)).hasSize(2);
    }

    @Test
    void aDoneConsultationIsNoLongerDue() {
        Membership erin = organisationOf("erin", 2);
        CommunicationPlan plan = plans.list(erin.organisationId(), org.gouvernail.domain.shared.PageRequest.first(1))
                .items()
                .get(0);
        QuarkusTransaction.requiringNew()
                .run(() -> actions.add(action(
                                erin.organisationId(),
                                plan,
                                erin.id(),
                                "Information du conseil d'entreprise",
                                LocalDate.parse("2027-01-15"),
                                LegalBasis.BE_CCT_39)
                        .markDone(LocalDate.parse("2026-11-20"), 6, LocalDate.parse("2026-11-20"))));

        assertThat(source.dueFor(List.of(erin), UNTIL, 50))
                .extracting(DueItem::kind)
                .containsExactly(CommunicationDueItems.SEND);
    }

    @Test
    void aCallCostsTheSameForOneOrganisationAndForTwenty() {
        List<Membership> one = List.of(organisationOf("fred", 3));
        List<Membership> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(organisationOf("gina", i));
        }
        source.dueFor(one, UNTIL, 50);

        long forOne = statements(() -> assertThat(source.dueFor(one, UNTIL, 50)).hasSize(2));
        long forTwenty =
                statements(() -> assertThat(source.dueFor(twenty, UNTIL, 50)).hasSize(40));

        assertThat(forTwenty).isEqualTo(forOne);
        // the actions, their concerns and subjects (loaded by the ids of the rows), the plans
        assertThat(forOne).isLessThanOrEqualTo(4);
    }

    @Test
    void whenTheStaffGrowsToFiftyThePlansConsultationBecomesDueToTheAdmins() {
        Caller hugo = World.caller("hugo");
        OrganisationId organisation = world.association("hugo");
        Membership admin = memberships.findActive(organisation, "hugo").orElseThrow();
        LocalDate goLive = LocalDate.now(ZoneOffset.UTC).plusMonths(5);
        planning.drawUp(
                hugo,
                organisation,
                new PlanDetails(
                        "Assistant",
                        "Informer",
                        null,
                        goLive.minusMonths(6),
                        goLive.plusMonths(6),
                        admin.id(),
                        goLive,
                        true,
                        false));
        assertThat(source.dueFor(List.of(admin), UNTIL.plusSeconds(400L * 86400), 50))
                .as("5 workers: no consultation owed")
                .isEmpty();

        Organisation current = organisations.organisation(hugo, organisation);
        OrganisationProfile profile = current.profile();
        organisations.updateProfile(
                hugo,
                organisation,
                current.version(),
                new OrganisationProfile(
                        profile.name(), profile.slug(), "BE", new OrganisationSize(55, 10), profile.locale()));

        List<DueItem> due = source.dueFor(List.of(admin), UNTIL.plusSeconds(400L * 86400), 50);
        assertThat(due).extracting(DueItem::kind).containsExactly(CommunicationDueItems.CONSULT);
        assertThat(due.get(0).dueAt())
                .isEqualTo(goLive.minusMonths(3).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
