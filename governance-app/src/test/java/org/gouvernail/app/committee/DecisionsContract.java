package org.gouvernail.app.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionBuilder;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingBuilder;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link Decisions} out-port does: a decision is found as
 * it was recorded, inside its organisation only; a list is a keyset page in id order that a meeting narrows.
 */
public abstract class DecisionsContract extends PortContract {

    protected abstract Decisions decisions();

    /** The meetings the decisions are taken in (a decision's meeting is a row of its own). */
    protected abstract Meetings meetings();

    private DecisionBuilder aDecisionOf(OrganisationId owner, MemberId by, UUID id) {
        return DecisionBuilder.aDecision().withId(new DecisionId(id)).of(owner).recordedBy(by, NOW);
    }

    private Decision added(DecisionBuilder decision) {
        Decision built = decision.build();
        decisions().add(built);
        return built;
    }

    private Meeting aMeeting() {
        Meeting meeting =
                MeetingBuilder.aMeeting().of(organisation()).createdAt(NOW).build();
        meetings().add(meeting);
        return meeting;
    }

    @Test
    void aDecisionIsFoundAsItWasRecorded() {
        Decision first = added(aDecisionOf(organisation(), member(), anyId()));
        Decision decision = added(aDecisionOf(organisation(), member(), anyId())
                .takenIn(aMeeting().id())
                .about(DecisionSubject.TOOL, UUID.randomUUID())
                .withOutcome(DecisionOutcome.APPROVED_WITH_CONDITIONS, ToolStatus.RESTRICTED)
                .withConditions("Pas de données personnelles")
                .because("Utile à l'accueil")
                .withVotes(new Votes(3, 1, 1))
                .reviewedOn(LocalDate.parse("2026-03-01"))
                .revising(first.id()));

        assertThat(decisions().find(organisation(), decision.id())).contains(decision);
        assertThat(decisions().find(organisation(), first.id())).contains(first);
    }

    @Test
    void aDecisionOfAnotherOrganisationIsNeitherFoundNorListed() {
        OrganisationId other = anOrganisation();
        Decision theirs = added(aDecisionOf(other, aMemberOf(other), anyId()));
        Decision ours = added(aDecisionOf(organisation(), member(), anyId()));

        assertThat(decisions().find(organisation(), theirs.id())).isEmpty();
        assertThat(decisions().list(organisation(), null, PageRequest.first(10)).items())
                .containsExactly(ours);
    }

    @Test
    void aListIsAKeysetPageInTheOrderOfTheIdsText() {
        List<UUID> ids = List.of(idStartingWith('a'), idStartingWith('2'), idStartingWith('7'), idStartingWith('f'));
        ids.forEach(id -> added(aDecisionOf(organisation(), member(), id)));
        List<UUID> byText = ids.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();

        Page<Decision> first = decisions().list(organisation(), null, PageRequest.first(3));
        Page<Decision> last = decisions().list(organisation(), null, new PageRequest(3, first.continueAfter()));

        List<UUID> listed = new ArrayList<>();
        first.items().forEach(d -> listed.add(d.id().value()));
        last.items().forEach(d -> listed.add(d.id().value()));
        assertThat(listed).containsExactlyElementsOf(byText);
        assertThat(first.continueAfter()).contains(byText.get(2));
        assertThat(last.continueAfter()).isEmpty();
    }

    @Test
    void aMeetingNarrowsTheList() {
        Meeting meeting = aMeeting();
        Meeting another = aMeeting();
        Decision inMeeting =
                added(aDecisionOf(organisation(), member(), idStartingWith('1')).takenIn(meeting.id()));
        Decision written = added(aDecisionOf(organisation(), member(), idStartingWith('2')));
        Decision inAnother =
                added(aDecisionOf(organisation(), member(), idStartingWith('3')).takenIn(another.id()));

        assertThat(decisions()
                        .list(organisation(), meeting.id(), PageRequest.first(10))
                        .items())
                .containsExactly(inMeeting);
        assertThat(decisions().list(organisation(), null, PageRequest.first(10)).items())
                .containsExactly(inMeeting, written, inAnother);
    }
}
