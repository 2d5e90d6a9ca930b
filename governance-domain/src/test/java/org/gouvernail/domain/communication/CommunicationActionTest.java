package org.gouvernail.domain.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class CommunicationActionTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-01-15");

    private final CommunicationAction planned = Communications.action(
            Communications.plan(Communications.assistantRollOut(null, false, false)),
            Communications.message(Target.of(Audience.STAFF), ChangeStage.AWARENESS, Set.of(), null));

    @Test
    void anActionGoesFromPlannedToReadyToDoneWithItsDateAndReach() {
        CommunicationAction done = planned.markReady().markDone(LocalDate.parse("2027-01-12"), 42, TODAY);

        assertThat(done.status()).isEqualTo(CommunicationStatus.DONE);
        assertThat(done.doneOn()).isEqualTo(LocalDate.parse("2027-01-12"));
        assertThat(done.peopleReached()).isEqualTo(42);
        assertThat(done.day())
                .as("the timeline places it on the day it happened")
                .isEqualTo(done.doneOn());
    }

    @Test
    void aPlannedActionMayBeDoneWithoutBeingMarkedReady() {
        assertThat(planned.markDone(TODAY, null, TODAY).status()).isEqualTo(CommunicationStatus.DONE);
    }

    @Test
    void anActionCannotBeDoneInTheFuture() {
        assertThatThrownBy(() -> planned.markDone(TODAY.plusDays(1), 3, TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "done-in-the-future");
    }

    @Test
    void aDoneOrCancelledActionIsKeptAsItWas() {
        CommunicationAction done = planned.markDone(TODAY, 3, TODAY);
        CommunicationAction cancelled = planned.cancel();

        assertThatThrownBy(done::cancel).hasFieldOrPropertyWithValue("code", "communication-transition-refused");
        assertThatThrownBy(cancelled::markReady)
                .hasFieldOrPropertyWithValue("code", "communication-transition-refused");
        assertThatThrownBy(() -> cancelled.markDone(TODAY, 1, TODAY))
                .hasFieldOrPropertyWithValue("code", "communication-transition-refused");
        assertThatThrownBy(() -> done.withDetails(planned.details()))
                .hasFieldOrPropertyWithValue("code", "communication-closed");
    }

    @Test
    void aReadyActionCannotBeMarkedReadyAgain() {
        assertThatThrownBy(() -> planned.markReady().markReady())
                .hasFieldOrPropertyWithValue("code", "communication-transition-refused");
    }

    @Test
    void aTeamAudienceNamesItsTeamAndNoOtherAudienceDoes() {
        assertThat(Target.team("Accueil").key()).isEqualTo("TEAM:Accueil");
        assertThatThrownBy(() -> new Target(Audience.TEAM, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Target(Audience.STAFF, "Accueil")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void peopleReachedCannotBeNegative() {
        assertThatThrownBy(() -> planned.markDone(TODAY, -1, TODAY)).isInstanceOf(InvalidInput.class);
    }
}
