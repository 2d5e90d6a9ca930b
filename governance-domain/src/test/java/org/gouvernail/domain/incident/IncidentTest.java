package org.gouvernail.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    private static final MemberId REFERENT = new MemberId(UUID.randomUUID());
    private static final Instant DETECTED = Instant.parse("2026-11-27T16:30:00Z");

    private static IncidentFacts facts(IncidentKind kind, IncidentType type, boolean highRisk, DataCategory... data) {
        return new IncidentFacts(
                "Notes de suivi collées dans un chatbot gratuit",
                null,
                kind,
                type,
                DETECTED.minus(Duration.ofHours(5)),
                DETECTED,
                Set.of(),
                Set.of(),
                "TOOL_CATEGORY CHATBOT ≤ INTERNAL: FORBIDDEN",
                Set.of(data),
                "bénéficiaires de la permanence sociale",
                12,
                true,
                Set.of(HarmType.PRIVACY),
                false,
                true,
                highRisk);
    }

    private static Incident beneficiariesDataInAPublicTool() {
        return Incident.report(
                new IncidentId(UUID.randomUUID()),
                ORGANISATION,
                facts(
                        IncidentKind.INCIDENT,
                        IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                        false,
                        DataCategory.BENEFICIARY_VULNERABLE),
                "BE",
                REFERENT,
                DETECTED.plusSeconds(600));
    }

    @Test
    void beneficiariesDataInAPublicToolIsHighAndStartsTheGdprDutiesWithThe72HourClock() {
        Incident incident = beneficiariesDataInAPublicTool();
        assertThat(incident.severity()).isEqualTo(Severity.HIGH);
        assertThat(incident.assessment().reasons()).containsExactly("personal-data", "sensitive-or-vulnerable-data");
        assertThat(incident.duties())
                .extracting(Duty::code)
                .containsExactly(
                        DutyCode.GDPR_33_5_REGISTER,
                        DutyCode.GDPR_33_1_NOTIFY_AUTHORITY,
                        DutyCode.GDPR_34_INFORM_PEOPLE,
                        DutyCode.VENDOR_ACTIONS);
        Duty notify = incident.duty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY);
        assertThat(notify.dueAt()).isEqualTo(Instant.parse("2026-11-30T16:30:00Z"));
        assertThat(notify.authority()).startsWith("APD/GBA");
        assertThat(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY.source()).isEqualTo("GDPR art. 33(1)");
    }

    @Test
    void theNotificationGoesLateWhenThe72HoursPassUnlessDone() {
        Incident incident = beneficiariesDataInAPublicTool();
        Instant justBefore = Instant.parse("2026-11-30T16:29:59Z");
        Instant justAfter = Instant.parse("2026-11-30T16:30:01Z");
        assertThat(incident.duty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY).lateAt(justBefore))
                .isFalse();
        assertThat(incident.duty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY).lateAt(justAfter))
                .isTrue();
        assertThat(incident.lateAt(justAfter)).isTrue();
        assertThat(incident.duty(DutyCode.GDPR_33_5_REGISTER).lateAt(justAfter.plus(Duration.ofDays(365))))
                .as("no clock on the register")
                .isFalse();

        Incident notified =
                incident.completeDuty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY, "APD-2026-1234", REFERENT, justBefore);
        assertThat(notified.duty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY).state()).isEqualTo(DutyState.DONE);
        assertThat(notified.duty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY).lateAt(justAfter))
                .isFalse();
        assertThatThrownBy(
                        () -> notified.completeDuty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY, "again", REFERENT, justAfter))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aDutyIsNotRequiredOnlyWithAWrittenReason() {
        Incident incident = beneficiariesDataInAPublicTool();
        assertThatThrownBy(() -> incident.waiveDuty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY, " ", REFERENT, DETECTED))
                .isInstanceOf(InvalidInput.class);
        Incident waived = incident.waiveDuty(
                DutyCode.GDPR_33_1_NOTIFY_AUTHORITY,
                "Conversation supprimée, données chiffrées : risque improbable",
                REFERENT,
                DETECTED);
        assertThat(waived.duty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY).state()).isEqualTo(DutyState.NOT_REQUIRED);
    }

    @Test
    void anOverrideNeedsAReasonAndTheDutiesFollowIt() {
        Incident incident = beneficiariesDataInAPublicTool();
        assertThatThrownBy(() -> incident.overrideSeverity(Severity.MEDIUM, null))
                .isInstanceOf(InvalidInput.class);
        Incident medium = incident.overrideSeverity(Severity.MEDIUM, "Trois prénoms seulement, pas de dossier");
        assertThat(medium.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(medium.duties()).extracting(Duty::code).doesNotContain(DutyCode.GDPR_34_INFORM_PEOPLE);
        assertThat(medium.overrideSeverity(null, null).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void closingFromMediumUpNeedsTheLessonsLearnedAndAClosedIncidentReopens() {
        Incident incident = beneficiariesDataInAPublicTool().moveTo(IncidentStatus.CONTAINED, null);
        assertThatThrownBy(() -> incident.moveTo(IncidentStatus.CLOSED, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("lessons");
        Incident closed = incident.moveTo(IncidentStatus.CLOSED, "Former la permanence ; compte professionnel");
        assertThatThrownBy(() -> closed.moveTo(IncidentStatus.RESOLVED, null)).isInstanceOf(RuleViolation.class);
        assertThat(closed.moveTo(IncidentStatus.INVESTIGATING, null).status()).isEqualTo(IncidentStatus.INVESTIGATING);
    }

    @Test
    void aNearMissStartsNoDutyAndIsCappedAtMedium() {
        Incident nearMiss = Incident.report(
                new IncidentId(UUID.randomUUID()),
                ORGANISATION,
                facts(IncidentKind.NEAR_MISS, IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL, false, DataCategory.SENSITIVE),
                "FR",
                REFERENT,
                DETECTED);
        assertThat(nearMiss.duties()).isEmpty();
        assertThat(nearMiss.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(nearMiss.assessment().reasons()).endsWith("near-miss-capped");
    }

    @Test
    void aHighRiskSystemAsksTheDeployerToInformTheProviderImmediately() {
        Incident incident = Incident.report(
                new IncidentId(UUID.randomUUID()),
                ORGANISATION,
                facts(
                        IncidentKind.INCIDENT,
                        IncidentType.AUTOMATED_DECISION_WITHOUT_REVIEW,
                        true,
                        DataCategory.INTERNAL),
                "FR",
                REFERENT,
                DETECTED);
        assertThat(incident.duties()).extracting(Duty::code).containsExactly(DutyCode.AI_ACT_26_5_INFORM_PROVIDER);
        assertThat(incident.duty(DutyCode.AI_ACT_26_5_INFORM_PROVIDER).dueAt()).isEqualTo(DETECTED);
        assertThat(incident.severity()).isEqualTo(Severity.HIGH);
        assertThat(Duties.authority("FR")).startsWith("CNIL");
        assertThat(Duties.authority("ES")).contains("art. 56");
    }

    @Test
    void aSettledDutyIsKeptWhenTheFactsChange() {
        Incident notified = beneficiariesDataInAPublicTool()
                .completeDuty(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY, "APD-1", REFERENT, DETECTED.plusSeconds(3600));
        Incident internalOnly = notified.withFacts(
                facts(IncidentKind.INCIDENT, IncidentType.MALFUNCTION, false, DataCategory.INTERNAL));
        assertThat(internalOnly.duties()).extracting(Duty::code).containsExactly(DutyCode.GDPR_33_1_NOTIFY_AUTHORITY);
        assertThat(internalOnly.severity()).isEqualTo(Severity.LOW);
    }
}
