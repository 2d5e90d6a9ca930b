package org.gouvernail.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ContractDutyTest {

    private static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    private static final MemberId REFERENT = new MemberId(UUID.randomUUID());
    private static final Instant DETECTED = Instant.parse("2026-11-27T16:30:00Z");
    private static final Instant CONFIGURED = Instant.parse("2026-11-01T09:00:00Z");

    private static Incident incident(IncidentKind kind, DataCategory data, Instant reportedAt) {
        IncidentFacts facts = new IncidentFacts(
                "Notes de suivi collées dans un chatbot gratuit",
                null,
                kind,
                IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                null,
                DETECTED,
                Set.of(),
                Set.of(),
                null,
                Set.of(data),
                null,
                null,
                data == DataCategory.BENEFICIARY_VULNERABLE,
                Set.of(),
                false,
                true,
                false);
        return Incident.report(new IncidentId(UUID.randomUUID()), ORGANISATION, facts, "BE", REFERENT, reportedAt);
    }

    private static ContractDutyRule rule(ContractPartyKind kind, int hours, Severity minimum, boolean personalOnly) {
        return new ContractDutyRule(
                new ContractDutyRuleId(UUID.randomUUID()),
                ORGANISATION,
                "Fondation Roi Baudouin",
                kind,
                hours,
                minimum,
                personalOnly,
                "Convention 2026-114, art. 12",
                CONFIGURED,
                0);
    }

    @Test
    void aRuleAppliesFromItsMinimumSeverityAndIsDueItsHoursAfterDetection() {
        ContractDutyRule funder = rule(ContractPartyKind.FUNDER, 24, Severity.MEDIUM, false);
        Incident high = incident(IncidentKind.INCIDENT, DataCategory.BENEFICIARY_VULNERABLE, DETECTED);
        Incident low = incident(IncidentKind.INCIDENT, DataCategory.PUBLIC, DETECTED);
        assertThat(high.severity()).isEqualTo(Severity.HIGH);
        assertThat(low.severity()).isEqualTo(Severity.LOW);

        List<ContractDuty> duties = ContractDuty.of(high, List.of(funder), List.of());
        assertThat(duties).hasSize(1);
        ContractDuty duty = duties.get(0);
        assertThat(duty.ruleId()).isEqualTo(funder.id());
        assertThat(duty.state()).isEqualTo(DutyState.PENDING);
        assertThat(duty.dueAt()).isEqualTo(Instant.parse("2026-11-28T16:30:00Z"));
        assertThat(duty.reason())
                .contains("FUNDER Fondation Roi Baudouin")
                .contains("HIGH ≥ MEDIUM")
                .contains("24 h")
                .contains("Convention 2026-114");
        assertThat(ContractDuty.of(low, List.of(funder), List.of())).isEmpty();
    }

    @Test
    void aPersonalDataRuleSkipsIncidentsWithoutPersonalDataAndNearMissesNeverStartOne() {
        ContractDutyRule insurer = rule(ContractPartyKind.INSURER, 48, Severity.LOW, true);
        assertThat(insurer.appliesTo(incident(IncidentKind.INCIDENT, DataCategory.PUBLIC, DETECTED)))
                .isFalse();
        assertThat(insurer.appliesTo(incident(IncidentKind.INCIDENT, DataCategory.PERSONAL, DETECTED)))
                .isTrue();
        assertThat(insurer.appliesTo(incident(IncidentKind.NEAR_MISS, DataCategory.PERSONAL, DETECTED)))
                .isFalse();
    }

    @Test
    void aRuleDoesNotReachIncidentsReportedBeforeItExisted() {
        ContractDutyRule funder = rule(ContractPartyKind.FUNDER, 24, Severity.LOW, false);
        Incident old = incident(IncidentKind.INCIDENT, DataCategory.PERSONAL, CONFIGURED.minusSeconds(1));
        assertThat(funder.appliesTo(old)).isFalse();
    }

    @Test
    void aPendingDutyGoesLateWhenItsDueTimePassesUnlessSettled() {
        ContractDutyRule funder = rule(ContractPartyKind.FUNDER, 24, Severity.MEDIUM, false);
        Incident high = incident(IncidentKind.INCIDENT, DataCategory.BENEFICIARY_VULNERABLE, DETECTED);
        ContractDuty duty = funder.dutyFor(high);
        Instant due = DETECTED.plus(Duration.ofHours(24));
        assertThat(duty.lateAt(due)).isFalse();
        assertThat(duty.lateAt(due.plusSeconds(1))).isTrue();

        ContractDuty done = duty.done("Courriel du 28/11 à la chargée de projet", REFERENT, due.plusSeconds(60));
        assertThat(done.state()).isEqualTo(DutyState.DONE);
        assertThat(done.lateAt(due.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> done.notRequired("no", REFERENT, due))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already DONE");
        assertThatThrownBy(() -> duty.notRequired(null, REFERENT, due)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aSettledDutyStaysWhenItsRuleIsDeletedAndIsNotComputedTwice() {
        ContractDutyRule funder = rule(ContractPartyKind.FUNDER, 24, Severity.MEDIUM, false);
        Incident high = incident(IncidentKind.INCIDENT, DataCategory.BENEFICIARY_VULNERABLE, DETECTED);
        ContractDuty settled =
                funder.dutyFor(high).notRequired("Hors du périmètre du projet financé", REFERENT, DETECTED);

        assertThat(ContractDuty.of(high, List.of(funder), List.of(settled))).containsExactly(settled);
        assertThat(ContractDuty.of(high, List.of(), List.of(settled))).containsExactly(settled);
    }

    @Test
    void theTermsAreChecked() {
        assertThatThrownBy(() -> rule(ContractPartyKind.FUNDER, 0, Severity.LOW, false))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> rule(ContractPartyKind.FUNDER, 24, null, false))
                .isInstanceOf(InvalidInput.class);
        ContractDutyRule funder = rule(ContractPartyKind.FUNDER, 24, Severity.LOW, false);
        ContractDutyRule changed =
                funder.changed(funder.counterparty(), ContractPartyKind.INSURER, 72, Severity.LOW, false, null);
        assertThat(changed.kind()).isEqualTo(ContractPartyKind.INSURER);
        assertThat(changed.notifyWithinHours()).isEqualTo(72);
        assertThat(changed.counterparty()).isEqualTo(funder.counterparty());
        assertThat(changed.note()).isNull();
    }
}
