package org.gouvernail.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class IncidentActionTest {

    private static final MemberId OWNER = new MemberId(UUID.randomUUID());
    private static final MemberId HANDLER = new MemberId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private static IncidentAction open(LocalDate dueOn) {
        return IncidentAction.plan(
                new IncidentActionId(UUID.randomUUID()),
                new OrganisationId(UUID.randomUUID()),
                new IncidentId(UUID.randomUUID()),
                "  Supprimer la conversation ",
                OWNER,
                dueOn,
                HANDLER,
                NOW);
    }

    @Test
    void anOpenActionIsLateTheDayAfterItsDueDateOnly() {
        IncidentAction action = open(LocalDate.parse("2026-11-30"));
        assertThat(action.title()).isEqualTo("Supprimer la conversation");
        assertThat(action.state()).isEqualTo(IncidentActionState.OPEN);
        assertThat(action.lateOn(LocalDate.parse("2026-11-30"))).isFalse();
        assertThat(action.lateOn(LocalDate.parse("2026-12-01"))).isTrue();
        assertThat(action.done(null, OWNER, NOW).lateOn(LocalDate.parse("2026-12-01")))
                .isFalse();
    }

    @Test
    void doneAndCancelledAreFinalAndRecordWhoAndWhen() {
        IncidentAction done = open(LocalDate.parse("2026-12-01")).done("Fait", OWNER, NOW);
        assertThat(done.state()).isEqualTo(IncidentActionState.DONE);
        assertThat(done.settledBy()).isEqualTo(OWNER);
        assertThat(done.settledAt()).isEqualTo(NOW);
        assertThat(done.note()).isEqualTo("Fait");
        assertThatThrownBy(() -> done.cancel("trop tard", HANDLER, NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already DONE");
        IncidentAction cancelled = open(LocalDate.parse("2026-12-01")).cancel("Inutile", HANDLER, NOW);
        assertThat(cancelled.state()).isEqualTo(IncidentActionState.CANCELLED);
        assertThatThrownBy(() -> cancelled.done(null, OWNER, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCancellationNeedsItsReasonAndAnActionItsOwnerAndDueDate() {
        assertThatThrownBy(() -> open(LocalDate.parse("2026-12-01")).cancel(null, HANDLER, NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> open(null)).isInstanceOf(InvalidInput.class);
    }
}
