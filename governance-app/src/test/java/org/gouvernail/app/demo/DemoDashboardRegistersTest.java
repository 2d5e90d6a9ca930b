package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.dashboard.port.out.DashboardFigures;
import org.gouvernail.domain.feedback.FeedbackFilter;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackStatus;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures equal the registers' on the demo association, which holds something in
 * every section (issue 15, "done when"): each figure the SQL of SqlDashboardFigures counts is
 * counted again here from the registers' own out-ports and domain rules (an incident's status, a
 * duty's lateness, a feedback item's status, a decision's date, the policy versions in force, the
 * risks and use cases). DashboardApiTest does the same for the inventory, the grids, the matrix and
 * the exposure gap on rows it seeds.
 */
@QuarkusTest
class DemoDashboardRegistersTest {

    private static final int PAGE = PageRequest.MAX_LIMIT;

    @Inject
    DemoData demo;

    @Inject
    EntityManager entityManager;

    @Inject
    DashboardFigures figures;

    @Inject
    Incidents incidents;

    @Inject
    FeedbackItems feedback;

    @Inject
    Decisions decisions;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    Risks risks;

    @Inject
    UseCases useCases;

    @Test
    void everySectionOfTheDemoDashboardEqualsItsRegister() {
        demo.seed();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            OrganisationId org = new OrganisationId(UUID.fromString(entityManager
                    .createNativeQuery("select id from organisation where slug = 'entraide-quartier'")
                    .getSingleResult()
                    .toString()));
            Map<String, Long> shown = figures.of(org, today, now).values();

            List<Incident> log = all(page -> incidents.list(org, page));
            long openIncidents = log.stream()
                    .filter(incident -> !EnumSet.of(IncidentStatus.RESOLVED, IncidentStatus.CLOSED)
                            .contains(incident.status()))
                    .count();
            long lateDuties = log.stream()
                    .flatMap(incident -> incident.duties().stream())
                    .filter(duty -> duty.lateAt(now))
                    .count();

            List<FeedbackItem> items =
                    all(page -> feedback.released(org, FeedbackFilter.none(), today.plusYears(1), page));
            long openFeedback = items.stream()
                    .filter(item -> !EnumSet.of(FeedbackStatus.CLOSED, FeedbackStatus.DISMISSED)
                            .contains(item.status()))
                    .count();

            List<Decision> recorded = all(page -> decisions.list(org, null, page));
            long recentDecisions = recorded.stream()
                    .filter(decision -> !decision.recordedAt().isBefore(now.minus(Duration.ofDays(365))))
                    .count();

            List<Risk> register = all(page -> risks.list(org, RiskFilter.none(), today, page));
            long openRisks = register.stream()
                    .filter(risk -> risk.status() != RiskStatus.CLOSED)
                    .count();
            long highInherent = register.stream()
                    .filter(risk -> risk.status() != RiskStatus.CLOSED)
                    .filter(risk -> risk.inherent().score() >= 10)
                    .count();
            long highResidual = register.stream()
                    .filter(risk -> risk.status() != RiskStatus.CLOSED)
                    .filter(risk -> risk.current().score() >= 10)
                    .count();

            List<UseCase> portfolio = useCases.portfolio(org, 1_000);
            long activeUseCases = portfolio.stream()
                    .filter(useCase -> EnumSet.of(UseCaseStatus.IN_USE, UseCaseStatus.PILOT)
                            .contains(useCase.status()))
                    .count();

            // the demo fills every section: a comparison of zeros would prove nothing
            assertThat(List.of(log.size(), items.size(), recorded.size(), register.size(), portfolio.size()))
                    .allMatch(size -> size > 0);
            assertThat(shown)
                    .containsEntry(IndicatorCatalogue.INCIDENTS_OPEN, openIncidents)
                    .containsEntry(IndicatorCatalogue.INCIDENTS_DUTIES_LATE, lateDuties)
                    .containsEntry(IndicatorCatalogue.FEEDBACK_OPEN, openFeedback)
                    .containsEntry(IndicatorCatalogue.COMMITTEE_DECISIONS, recentDecisions)
                    .containsEntry(IndicatorCatalogue.POLICIES_IN_FORCE, (long)
                            policyVersions.published(org).size())
                    .containsEntry(IndicatorCatalogue.RISKS_OPEN, openRisks)
                    .containsEntry(IndicatorCatalogue.RISKS_HIGH_INHERENT, highInherent)
                    .containsEntry(IndicatorCatalogue.RISKS_HIGH_RESIDUAL, highResidual)
                    .containsEntry(IndicatorCatalogue.USE_CASES_ACTIVE, activeUseCases);
        });
    }

    /** Every page of a keyset listing. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        List<T> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PAGE);
        for (int read = 0; read < 50; read++) {
            Page<T> slice = list.apply(page);
            all.addAll(slice.items());
            if (slice.continueAfter().isEmpty()) {
                break;
            }
            page = new PageRequest(PAGE, slice.continueAfter());
        }
        return all;
    }
}
