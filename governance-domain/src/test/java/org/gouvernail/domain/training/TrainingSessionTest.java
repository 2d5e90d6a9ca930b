package org.gouvernail.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-20");
    private static final MemberId VOLUNTEER = new MemberId(UUID.randomUUID());
    private static final MemberId STAFF = new MemberId(UUID.randomUUID());

    private static TrainingSession planned(Integer capacity) {
        return TrainingSession.plan(
                new TrainingSessionId(UUID.randomUUID()),
                Modules.ORGANISATION,
                new SessionDetails(
                        "Atelier",
                        Set.of(new TrainingModuleId(UUID.randomUUID())),
                        DAY,
                        60,
                        TrainingFormat.IN_PERSON,
                        "fr",
                        null,
                        null,
                        capacity),
                Modules.AUTHOR);
    }

    @Test
    void closingFreezesTheAttendanceAndHappensOnce() {
        TrainingSession closed = planned(null)
                .withAttendance(Map.of(VOLUNTEER, AttendanceStatus.PRESENT, STAFF, AttendanceStatus.EXCUSED))
                .held(DAY)
                .close(Modules.NOW);

        assertThat(closed.present()).containsExactly(VOLUNTEER);
        assertThatThrownBy(() -> closed.close(Modules.NOW)).hasFieldOrPropertyWithValue("code", "session-closed");
        assertThatThrownBy(() -> closed.withAttendance(Map.of(STAFF, AttendanceStatus.PRESENT)))
                .hasFieldOrPropertyWithValue("code", "session-frozen");
        assertThatThrownBy(closed::cancel).hasFieldOrPropertyWithValue("code", "session-transition-refused");
    }

    @Test
    void aSessionIsHeldOnOrAfterItsDayAndClosedOnlyOnceHeld() {
        TrainingSession planned = planned(null);

        assertThatThrownBy(() -> planned.held(DAY.minusDays(1)))
                .hasFieldOrPropertyWithValue("code", "session-in-future");
        assertThatThrownBy(() -> planned.close(Modules.NOW))
                .hasFieldOrPropertyWithValue("code", "session-transition-refused");
        assertThat(planned.cancel().status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void noMorePeoplePresentThanTheCapacity() {
        assertThatThrownBy(() -> planned(1)
                        .withAttendance(Map.of(VOLUNTEER, AttendanceStatus.PRESENT, STAFF, AttendanceStatus.PRESENT)))
                .hasFieldOrPropertyWithValue("code", "session-over-capacity");
    }
}
