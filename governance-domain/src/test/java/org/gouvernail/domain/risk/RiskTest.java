package org.gouvernail.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.risk.ActionDetailsBuilder.anAction;
import static org.gouvernail.domain.risk.Risks.GOVERNOR;
import static org.gouvernail.domain.risk.Risks.NOW;
import static org.gouvernail.domain.risk.Risks.TODAY;
import static org.gouvernail.domain.risk.Risks.action;
import static org.gouvernail.domain.risk.Risks.raised;
import static org.gouvernail.domain.risk.Risks.rated;
import static org.gouvernail.domain.risk.Risks.reviewedOn;
import static org.gouvernail.domain.risk.Risks.withResidual;

import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RiskTest {

    @Test
    void aRaisedRiskIsOpenAtVersionZeroWithItsScoreAndLevel() {
        Risk risk = raised(rated(4, 5));

        assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(risk.version()).isZero();
        assertThat(risk.inherent().score()).isEqualTo(20);
        assertThat(risk.inherent().level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(risk.residual()).isEmpty();
    }

    /** Acceptance, for every cell of the grid: LOW and MEDIUM yes, HIGH and CRITICAL only by a committee decision. */
    @ParameterizedTest(name = "{0} × {1} accepted: {2}")
    @CsvSource({
        "1,1,Y", "1,2,Y", "1,3,Y", "1,4,Y", "1,5,Y",
        "2,1,Y", "2,2,Y", "2,3,Y", "2,4,Y", "2,5,N",
        "3,1,Y", "3,2,Y", "3,3,Y", "3,4,N", "3,5,N",
        "4,1,Y", "4,2,Y", "4,3,N", "4,4,N", "4,5,N",
        "5,1,Y", "5,2,N", "5,3,N", "5,4,N", "5,5,N"
    })
    void onlyALowOrMediumRiskCanBeAcceptedWithoutTheCommittee(int likelihood, int severity, String accepted) {
        Risk risk = raised(rated(likelihood, severity));
        if ("Y".equals(accepted)) {
            Risk done = risk.accept("Usage limité à des textes publics", GOVERNOR, NOW);
            assertThat(done.details().treatment()).isEqualTo(Treatment.ACCEPT);
            assertThat(done.status()).isEqualTo(RiskStatus.MONITORED);
            assertThat(done.acceptance().acceptedBy()).isEqualTo(GOVERNOR);
        } else {
            assertThatThrownBy(() -> risk.accept("On fait avec", GOVERNOR, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("committee-decision-required");
        }
    }

    @Test
    void theResidualLevelIsTheOneThatCountsForAcceptance() {
        Risk mitigated =
                raised(rated(4, 4), action(1, ActionStatus.DONE, null)).withDetails(withResidual(rated(4, 4), 2, 2));

        assertThat(mitigated.current().level()).isEqualTo(RiskLevel.LOW);
        assertThat(mitigated
                        .accept("Résiduel faible après formation", GOVERNOR, NOW)
                        .details()
                        .treatment())
                .isEqualTo(Treatment.ACCEPT);
    }

    @Test
    void anAcceptanceNeedsARationale() {
        assertThatThrownBy(() -> raised(rated(1, 1)).accept("  ", GOVERNOR, NOW))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("rationale");
    }

    @Test
    void anAcceptedRiskCannotBeAcceptedAgain() {
        Risk accepted = raised(rated(1, 2)).accept("Faible", GOVERNOR, NOW);

        assertThatThrownBy(() -> accepted.accept("Encore", GOVERNOR, NOW))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("already-accepted");
    }

    @Test
    void theTreatmentBecomesAcceptOnlyThroughAnAcceptance() {
        RiskDetails accepting = rated(1, 1).withTreatment(Treatment.ACCEPT);

        assertThatThrownBy(() -> raised(accepting))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("accept-via-action");
        assertThatThrownBy(() -> raised(rated(1, 1)).withDetails(accepting))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("accept-via-action");
    }

    @Test
    void anAcceptedRiskRatedUpToHighNeedsTheCommittee() {
        Risk accepted = raised(rated(2, 2)).accept("Faible", GOVERNOR, NOW);

        assertThatThrownBy(() -> accepted.withDetails(rated(4, 4).withTreatment(Treatment.ACCEPT)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("committee-decision-required");
        Risk mitigated = accepted.withDetails(rated(4, 4));
        assertThat(mitigated.acceptance())
                .as("leaving ACCEPT drops the acceptance")
                .isNull();
    }

    @Test
    void aResidualRatingNeedsAMitigationActionThatIsNotCancelled() {
        RiskDetails residual = withResidual(rated(4, 5), 2, 3);

        assertThatThrownBy(() -> raised(rated(4, 5)).withDetails(residual))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("residual-needs-action");
        assertThatThrownBy(() -> raised(rated(4, 5), action(1, ActionStatus.CANCELLED, null))
                        .withDetails(residual))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("residual-needs-action");
        Risk mitigated =
                raised(rated(4, 5), action(1, ActionStatus.PLANNED, null)).withDetails(residual);
        assertThat(mitigated.residual()).contains(new Rating(2, 3));
        assertThat(mitigated.current().level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void theLastLiveActionStaysWhileAResidualRatingIsSet() {
        Risk mitigated =
                raised(rated(4, 5), action(1, ActionStatus.PLANNED, null)).withDetails(withResidual(rated(4, 5), 2, 3));
        ActionId only = mitigated.actions().get(0).id();

        assertThatThrownBy(() -> mitigated.removeAction(only))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("residual-needs-action");
        assertThatThrownBy(() -> mitigated.changeAction(
                        only, anAction("Action 1").in(ActionStatus.CANCELLED).build()))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("residual-needs-action");
        assertThat(mitigated.withDetails(rated(4, 5)).removeAction(only).actions())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5, 3, residualLikelihood", "2, 6, residualSeverity", "0, 1, residualLikelihood"})
    void theResidualRatingNeverExceedsTheInherentOne(int likelihood, int severity, String field) {
        assertThatThrownBy(() -> withResidual(rated(4, 5), likelihood, severity))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo(field);
    }

    @Test
    void residualLikelihoodAndSeverityGoTogether() {
        assertThatThrownBy(() -> withResidual(rated(4, 5), 2, null))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("residualSeverity");
        assertThatThrownBy(() -> withResidual(rated(4, 5), null, 2))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("residualLikelihood");
    }

    @ParameterizedTest
    @EnumSource(
            value = RiskStatus.class,
            names = {"TREATING", "MONITORED"})
    void treatingOrMonitoringNeedsATreatment(RiskStatus target) {
        Risk undecided = raised(rated(3, 3).withTreatment(null));

        assertThatThrownBy(() -> undecided.moveTo(target))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("treatment-required");
        assertThat(raised(rated(3, 3)).moveTo(target).status()).isEqualTo(target);
    }

    @Test
    void aRefusedTransitionNamesBothStatuses() {
        assertThatThrownBy(() -> raised(rated(3, 3)).moveTo(RiskStatus.OPEN))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("risk-transition-refused"))
                .extracting("arguments")
                .asList()
                .containsExactly(RiskStatus.OPEN, RiskStatus.OPEN);
    }

    @Test
    void aClosedRiskIsKeptAsItWasUntilReopened() {
        Risk closed = raised(rated(3, 3), action(1, ActionStatus.PLANNED, null)).moveTo(RiskStatus.CLOSED);
        ActionId first = closed.actions().get(0).id();

        for (Runnable change : new Runnable[] {
            () -> closed.withDetails(rated(1, 1)),
            () -> closed.accept("Clos", GOVERNOR, NOW),
            () -> closed.addAction(action(2, ActionStatus.PLANNED, null)),
            () -> closed.changeAction(first, anAction("Autre").build()),
            () -> closed.removeAction(first)
        }) {
            assertThatThrownBy(change::run)
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("risk-closed");
        }
        assertThat(closed.moveTo(RiskStatus.OPEN)
                        .withDetails(rated(1, 1))
                        .inherent()
                        .score())
                .isEqualTo(1);
    }

    @Test
    void anUnknownActionIsNotFound() {
        assertThatThrownBy(() -> raised(rated(3, 3)).action(new ActionId(new java.util.UUID(9, 9))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aRiskHoldsAtMostFiftyActions() {
        Risk risk = raised(rated(3, 3));
        for (int i = 0; i < Risk.MAX_ACTIONS; i++) {
            risk = risk.addAction(action(i, ActionStatus.PLANNED, null));
        }
        Risk full = risk;
        assertThatThrownBy(() -> full.addAction(action(99, ActionStatus.PLANNED, null)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("action-limit");
    }

    /** Overdue: the review date or an unsettled action's due date before today; never a closed risk. */
    @ParameterizedTest(name = "review {0}, action {1} due {2}, status {3} → overdue {4}")
    @CsvSource(nullValues = "-", textBlock = """
            -,          -,           -,          OPEN,      false
            2026-11-27, -,           -,          OPEN,      true
            2026-11-28, -,           -,          OPEN,      false
            2026-12-31, -,           -,          MONITORED, false
            -,          PLANNED,     2026-11-27, OPEN,      true
            -,          IN_PROGRESS, 2026-11-01, TREATING,  true
            -,          DONE,        2026-11-01, TREATING,  false
            -,          CANCELLED,   2026-11-01, TREATING,  false
            -,          PLANNED,     2026-11-28, OPEN,      false
            -,          PLANNED,     -,          OPEN,      false
            2026-01-01, PLANNED,     2026-01-01, CLOSED,    false
            """)
    void aRiskIsOverdueWhenItsReviewOrAnUnsettledActionIsPastDue(
            LocalDate review, ActionStatus actionStatus, LocalDate due, RiskStatus status, boolean overdue) {
        Risk risk = actionStatus == null
                ? raised(reviewedOn(rated(3, 3), review))
                : raised(reviewedOn(rated(3, 3), review), action(1, actionStatus, due));
        Risk inStatus = RiskBuilder.from(risk).in(status).build();

        assertThat(inStatus.overdueOn(TODAY)).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "{0} x {1} accepted by decision")
    @CsvSource({"1, 2", "3, 3", "4, 4", "5, 5"})
    void aCommitteeDecisionAcceptsARiskOfAnyLevel(int likelihood, int severity) {
        UUID decision = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

        Risk accepted =
                raised(rated(likelihood, severity)).acceptByDecision(decision, "Décision du comité", GOVERNOR, NOW);

        assertThat(accepted.details().treatment()).isEqualTo(Treatment.ACCEPT);
        assertThat(accepted.status()).isEqualTo(RiskStatus.MONITORED);
        assertThat(accepted.acceptance().decisionId()).isEqualTo(decision);
        assertThat(accepted.withDetails(accepted.details()).acceptance())
                .as("an edit keeps the decided acceptance")
                .isNotNull();
    }
}
