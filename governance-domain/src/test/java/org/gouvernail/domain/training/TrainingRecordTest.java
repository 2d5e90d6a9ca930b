package org.gouvernail.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {

    private static final MemberId VOLUNTEER = new MemberId(UUID.randomUUID());

    private static TrainingRecord completed(TrainingModule module, LocalDate on) {
        return TrainingRecord.of(
                new TrainingRecordId(UUID.randomUUID()),
                module,
                VOLUNTEER,
                on,
                TrainingMethod.BRIEFING,
                null,
                null,
                Modules.AUTHOR,
                Modules.NOW);
    }

    @Test
    void aRecordIsValidThenExpiringThenExpiredAfterTheModulesValidity() {
        TrainingRecord record = completed(Modules.active(12), LocalDate.parse("2026-01-15"));

        assertThat(record.validUntil()).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(record.statusOn(LocalDate.parse("2026-06-01"), false)).isEqualTo(RecordStatus.VALID);
        assertThat(record.statusOn(LocalDate.parse("2027-01-01"), false)).isEqualTo(RecordStatus.EXPIRING);
        assertThat(record.statusOn(LocalDate.parse("2027-01-16"), false)).isEqualTo(RecordStatus.EXPIRED);
        assertThat(record.statusOn(LocalDate.parse("2026-06-01"), true)).isEqualTo(RecordStatus.SUPERSEDED);
    }

    @Test
    void aModuleWithoutValidityGivesRecordsThatNeverExpire() {
        TrainingRecord record = completed(Modules.active(null), LocalDate.parse("2020-01-15"));

        assertThat(record.validUntil()).isNull();
        assertThat(record.statusOn(LocalDate.parse("2030-01-01"), false)).isEqualTo(RecordStatus.VALID);
    }

    @Test
    void aRecordNamesTheRevisionFollowedAndIsNeverForTheFuture() {
        TrainingModule revised = Modules.active(12).revise(Modules.content("v2", 12, true));

        assertThat(completed(revised, LocalDate.parse("2026-11-01")).moduleRevision())
                .isEqualTo(2);
        assertThatThrownBy(() -> completed(revised, LocalDate.parse("2026-11-29")))
                .hasFieldOrPropertyWithValue("code", "completed-in-future");
    }

    @Test
    void aVoidIsWrittenOnceAndDoesNotChangeThePast() {
        TrainingRecord record = completed(Modules.active(12), LocalDate.parse("2026-11-01"));
        Instant voidedAt = Instant.parse("2026-12-10T10:00:00Z");
        TrainingRecord voided = record.voided(new RecordVoid("Mauvaise personne", Modules.AUTHOR, voidedAt, null));

        assertThat(voided.voidedAt(Instant.parse("2026-12-01T00:00:00Z"))).isFalse();
        assertThat(voided.voidedAt(Instant.parse("2026-12-31T00:00:00Z"))).isTrue();
        assertThat(voided.completedOn()).isEqualTo(record.completedOn());
        assertThatThrownBy(() -> voided.voided(new RecordVoid("Encore", Modules.AUTHOR, voidedAt, null)))
                .hasFieldOrPropertyWithValue("code", "record-voided");
    }
}
