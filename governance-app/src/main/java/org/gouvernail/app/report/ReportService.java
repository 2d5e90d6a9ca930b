package org.gouvernail.app.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.dashboard.Dashboard;
import org.gouvernail.domain.dashboard.Dashboard.IndicatorValue;
import org.gouvernail.domain.dashboard.Dashboard.SectionView;
import org.gouvernail.domain.dashboard.Trend;
import org.gouvernail.domain.dashboard.port.in.OrganisationDashboard;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.readiness.Practice;
import org.gouvernail.domain.readiness.PracticeDecision;
import org.gouvernail.domain.readiness.port.out.GovernanceSetups;
import org.gouvernail.domain.report.Posture;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportComparison;
import org.gouvernail.domain.report.ReportContent;
import org.gouvernail.domain.report.ReportContent.CountLine;
import org.gouvernail.domain.report.ReportContent.DecisionLine;
import org.gouvernail.domain.report.ReportContent.DueLine;
import org.gouvernail.domain.report.ReportContent.GridCell;
import org.gouvernail.domain.report.ReportContent.IncidentLine;
import org.gouvernail.domain.report.ReportContent.IndicatorLine;
import org.gouvernail.domain.report.ReportContent.MatrixCell;
import org.gouvernail.domain.report.ReportContent.PracticeLine;
import org.gouvernail.domain.report.ReportContent.RiskLine;
import org.gouvernail.domain.report.ReportContent.UseCaseLine;
import org.gouvernail.domain.report.ReportEvent.Drafted;
import org.gouvernail.domain.report.ReportEvent.Edited;
import org.gouvernail.domain.report.ReportEvent.Finalised;
import org.gouvernail.domain.report.ReportSection;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.report.port.in.GovernanceReports;
import org.gouvernail.domain.report.port.out.ReportDocuments;
import org.gouvernail.domain.report.port.out.Reports;
import org.gouvernail.domain.risk.RatedRisk;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.training.LiteracyDossier;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;

/**
 * Application service of the reports. A report's content is drawn from the registers through their
 * ports: the dashboard (indicators, trends, heatmaps, matrix, next actions) through its in-port, the
 * literacy dossier's totals through the training in-port, and the risks, use cases, incidents,
 * decisions and apply-or-explain practices through their out-ports, every read bounded. A DRAFT draws
 * at each read; finalising freezes what is drawn then, as JSON with its SHA-256.
 */
@ApplicationScoped
public class ReportService implements GovernanceReports {

    /** How many risks a report names. */
    static final int TOP_RISKS = 5;

    /** The most use cases read; more than any association holds. */
    static final int PORTFOLIO = 1_000;

    /** Incidents and decisions are read page by page, oldest first, at most this many pages of 200. */
    static final int MAX_PAGES = 10;

    private static final String SUBJECT = "report";

    private final Reports reports;
    private final ReportDocuments documents;
    private final OrganisationDashboard dashboard;
    private final TrainingProgramme training;
    private final Organisations organisations;
    private final Risks risks;
    private final UseCases useCases;
    private final Incidents incidents;
    private final Decisions decisions;
    private final GovernanceSetups setups;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the registers a report is drawn from
    public ReportService(
            Reports reports,
            ReportDocuments documents,
            OrganisationDashboard dashboard,
            TrainingProgramme training,
            Organisations organisations,
            Risks risks,
            UseCases useCases,
            Incidents incidents,
            Decisions decisions,
            GovernanceSetups setups,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.dashboard = dashboard;
        this.training = training;
        this.organisations = organisations;
        this.risks = risks;
        this.useCases = useCases;
        this.incidents = incidents;
        this.decisions = decisions;
        this.setups = setups;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Report draft(Caller caller, OrganisationId organisationId, NewReport wanted) {
        access.withRole(caller, organisationId, AUTHORS, "draft-report");
        if (wanted.type() == null) {
            throw new InvalidInput("type", "required", "type is required", "type");
        }
        Report report = Report.draft(
                ids.next(),
                organisationId,
                wanted.type(),
                wanted.periodFrom(),
                wanted.periodTo(),
                wanted.language(),
                wanted.sections(),
                wanted.scope(),
                wanted.narrative(),
                clock.instant());
        for (UUID useCaseId : report.scope()) {
            if (useCases.find(organisationId, new UseCaseId(useCaseId)).isEmpty()) {
                throw new InvalidInput(
                        "scope", "unknown-use-case", "scope names a use case the organisation does not have", "scope");
            }
        }
        reports.add(report);
        auditor.record(caller, new Drafted(report));
        return report;
    }

    @Override
    @Transactional
    public Page<Report> list(Caller caller, OrganisationId organisationId, ReportType type, PageRequest page) {
        access.withRole(caller, organisationId, READERS, "read-reports");
        return reports.list(organisationId, type, page);
    }

    @Override
    @Transactional
    public Report report(Caller caller, OrganisationId organisationId, UUID id) {
        access.withRole(caller, organisationId, READERS, "read-reports");
        return existing(organisationId, id);
    }

    @Override
    @Transactional
    public Rendered rendered(Caller caller, OrganisationId organisationId, UUID id) {
        access.withRole(caller, organisationId, READERS, "read-reports");
        return render(caller, existing(organisationId, id));
    }

    @Override
    @Transactional
    public Report edit(
            Caller caller,
            OrganisationId organisationId,
            UUID id,
            long expectedVersion,
            Report.Narrative narrative,
            List<ReportSection> sections) {
        access.withRole(caller, organisationId, AUTHORS, "edit-report");
        Report current = expected(existing(organisationId, id), expectedVersion);
        Report saved = reports.update(current.edited(narrative, sections));
        auditor.record(caller, new Edited(saved));
        return saved;
    }

    @Override
    @Transactional
    public Report finalise(
            Caller caller, OrganisationId organisationId, UUID id, long expectedVersion, UUID decisionId) {
        access.withRole(caller, organisationId, AUTHORS, "finalise-report");
        Report current = expected(existing(organisationId, id), expectedVersion);
        if (decisionId != null
                && decisions.find(organisationId, new DecisionId(decisionId)).isEmpty()) {
            throw new InvalidInput(
                    "decisionId", "unknown-decision", "no decision of the organisation has this id", "decisionId");
        }
        Instant now = clock.instant();
        ReportContent content = draw(caller, current, now);
        Report saved = reports.update(current.finalise(documents.write(content), decisionId, now));
        auditor.record(caller, new Finalised(saved));
        return saved;
    }

    @Override
    @Transactional
    public ReportComparison compare(Caller caller, OrganisationId organisationId, UUID id, UUID otherId) {
        access.withRole(caller, organisationId, READERS, "read-reports");
        Rendered one = render(caller, existing(organisationId, id));
        Rendered other = render(caller, existing(organisationId, otherId));
        boolean oneFirst = !one.report().periodTo().isAfter(other.report().periodTo());
        Rendered earlier = oneFirst ? one : other;
        Rendered later = oneFirst ? other : one;
        return ReportComparison.of(
                earlier.report().id(), earlier.content(), later.report().id(), later.content());
    }

    private Rendered render(Caller caller, Report report) {
        if (report.isFinal()) {
            return new Rendered(report, documents.read(report.frozenContent()), report.frozenContent());
        }
        ReportContent content = draw(caller, report, clock.instant());
        return new Rendered(report, content, documents.write(content));
    }

    /** The content of {@code report} from the registers as they stand at {@code now}. */
    ReportContent draw(Caller caller, Report report, Instant now) {
        OrganisationId organisationId = report.organisationId();
        return compose(
                report,
                dashboard.of(caller, organisationId),
                literacy(caller, organisationId, report.periodTo(), now),
                now);
    }

    /**
     * The content of {@code report} from today's dashboard, the literacy dossier's totals and the other
     * registers as they stand at {@code now}. Public for the demo data, which has no caller to read the
     * dashboard and the dossier with and builds them from their ports itself.
     */
    public ReportContent compose(Report report, Dashboard today, List<CountLine> literacyTotals, Instant now) {
        OrganisationId organisationId = report.organisationId();
        Language language = report.language();
        Organisation organisation =
                organisations.find(organisationId).orElseThrow(() -> new NotFound("organisation", organisationId));
        Optional<ReportContent> previous = reports.lastFinal(organisationId, report.type())
                .filter(last -> !last.id().equals(report.id()))
                .map(last -> documents.read(last.frozenContent()));
        Map<String, Long> values = new HashMap<>();
        Map<String, Long> before = new HashMap<>();
        previous.ifPresent(p -> p.indicators().forEach(line -> {
            if (line.value() != null) {
                before.put(line.code(), line.value());
            }
        }));
        List<IndicatorLine> indicators = new ArrayList<>();
        for (SectionView section : today.sections()) {
            for (IndicatorValue value : section.indicators()) {
                String code = value.indicator().code();
                value.value().ifPresent(v -> values.put(code, v));
                Long earlier = previous.isPresent()
                        ? before.get(code)
                        : value.trend().map(Trend::previous).orElse(null);
                Long now2 = value.value().orElse(null);
                String judgement = previous.isPresent()
                        ? (earlier == null || now2 == null
                                ? null
                                : Trend.of(value.indicator(), null, earlier, now2)
                                        .judgement()
                                        .name())
                        : value.trend().map(t -> t.judgement().name()).orElse(null);
                indicators.add(new IndicatorLine(
                        code,
                        section.section().name(),
                        value.indicator().label().in(language),
                        value.indicator().unit().name(),
                        now2,
                        earlier,
                        earlier == null || now2 == null ? null : now2 - earlier,
                        judgement));
            }
        }
        LocalDate comparedWith = previous.map(ReportContent::periodTo)
                .orElse(today.comparedWith().orElse(null));
        Set<UUID> scope = new HashSet<>(report.scope());
        return new ReportContent(
                organisation.profile().name(),
                report.type(),
                language.code(),
                report.type().title().in(language),
                report.periodFrom(),
                report.periodTo(),
                now,
                today.catalogueVersion(),
                comparedWith,
                report.narrative().title(),
                report.narrative().chairWords(),
                report.narrative().summary(),
                report.sections(),
                report.scope(),
                Posture.of(values, language),
                indicators,
                today.breakdowns().inherentRisks().stream()
                        .map(c -> new GridCell(c.likelihood(), c.severity(), c.count()))
                        .toList(),
                today.breakdowns().residualRisks().stream()
                        .map(c -> new GridCell(c.likelihood(), c.severity(), c.count()))
                        .toList(),
                today.breakdowns().useCases().stream()
                        .map(c -> new MatrixCell(c.quadrant(), c.status(), c.count()))
                        .toList(),
                today.nextActions().stream()
                        .map(item -> new DueLine(item.kind(), item.title(), item.dueAt()))
                        .toList(),
                topRisks(organisationId),
                useCaseLines(organisationId, report.type().scoped() ? scope : null),
                incidentLines(organisationId, report, scope, now),
                decisionLines(organisationId, report),
                practiceLines(organisationId, language),
                literacyTotals);
    }

    private List<RiskLine> topRisks(OrganisationId organisationId) {
        List<RatedRisk> rated = new ArrayList<>(risks.openRatings(organisationId));
        rated.sort(Comparator.comparingInt(
                        (RatedRisk r) -> r.residual().orElse(r.inherent()).score())
                .reversed()
                .thenComparing((RatedRisk r) -> r.inherent().score(), Comparator.reverseOrder())
                .thenComparing(r -> r.id().value()));
        List<RiskLine> lines = new ArrayList<>();
        for (RatedRisk top : rated.subList(0, Math.min(TOP_RISKS, rated.size()))) {
            risks.find(organisationId, top.id())
                    .ifPresent((Risk risk) -> lines.add(new RiskLine(
                            risk.details().title(),
                            risk.details().category() == null
                                    ? null
                                    : risk.details().category().name(),
                            top.inherent().score(),
                            top.residual().map(r -> r.score()).orElse(null),
                            risk.status().name())));
        }
        return lines;
    }

    private List<UseCaseLine> useCaseLines(OrganisationId organisationId, Set<UUID> scope) {
        List<UseCaseLine> lines = new ArrayList<>();
        for (UseCase useCase : useCases.portfolio(organisationId, PORTFOLIO)) {
            boolean wanted = scope == null
                    ? useCase.status() == UseCaseStatus.PILOT || useCase.status() == UseCaseStatus.IN_USE
                    : scope.contains(useCase.id().value());
            if (!wanted) {
                continue;
            }
            lines.add(new UseCaseLine(
                    useCase.id().value(),
                    useCase.details().title(),
                    useCase.status().name(),
                    useCase.details().peopleAffected() == null
                            ? null
                            : useCase.details().peopleAffected().name(),
                    useCase.details().dataCategories().stream()
                            .map(Enum::name)
                            .sorted()
                            .toList(),
                    useCase.details().humanOversight(),
                    useCase.aiActClassification().map(c -> c.tier().name()).orElse(null),
                    useCase.dpiaScreening().map(s -> s.outcome().name()).orElse(null)));
        }
        lines.sort(Comparator.comparing(UseCaseLine::title).thenComparing(UseCaseLine::id));
        return lines;
    }

    private List<IncidentLine> incidentLines(
            OrganisationId organisationId, Report report, Set<UUID> scope, Instant now) {
        List<IncidentLine> lines = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        for (int read = 0; read < MAX_PAGES; read++) {
            Page<Incident> slice = incidents.list(organisationId, page);
            for (Incident incident : slice.items()) {
                Instant at =
                        incident.facts().occurredAt() != null ? incident.facts().occurredAt() : incident.reportedAt();
                LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
                boolean inPeriod = !day.isBefore(report.periodFrom()) && !day.isAfter(report.periodTo());
                boolean inScope = !report.type().scoped()
                        || incident.facts().useCaseIds().stream().anyMatch(scope::contains);
                if (inPeriod && inScope) {
                    lines.add(new IncidentLine(
                            incident.facts().title(),
                            incident.severity() == null
                                    ? null
                                    : incident.severity().name(),
                            incident.status().name(),
                            day,
                            incident.duties().size(),
                            (int) incident.duties().stream()
                                    .filter(duty -> duty.lateAt(now))
                                    .count()));
                }
            }
            if (slice.continueAfter().isEmpty()) {
                break;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, slice.continueAfter());
        }
        return lines;
    }

    private List<DecisionLine> decisionLines(OrganisationId organisationId, Report report) {
        List<DecisionLine> lines = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        for (int read = 0; read < MAX_PAGES; read++) {
            Page<Decision> slice = decisions.list(organisationId, null, page);
            for (Decision decision : slice.items()) {
                LocalDate day = decision.recordedAt().atZone(ZoneOffset.UTC).toLocalDate();
                if (!day.isBefore(report.periodFrom()) && !day.isAfter(report.periodTo())) {
                    lines.add(new DecisionLine(
                            day, decision.subject().code(), decision.outcome().name(), decision.rationale()));
                }
            }
            if (slice.continueAfter().isEmpty()) {
                break;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, slice.continueAfter());
        }
        return lines;
    }

    private List<PracticeLine> practiceLines(OrganisationId organisationId, Language language) {
        return setups.find(organisationId)
                .map(setup -> {
                    List<PracticeLine> lines = new ArrayList<>();
                    for (Practice practice : Practice.values()) {
                        if (!practice.recommendedFor(setup.chosen())) {
                            continue;
                        }
                        PracticeDecision decision = setup.practices().get(practice);
                        lines.add(new PracticeLine(
                                practice.name(),
                                practice.title().in(language),
                                decision == null
                                        ? "UNDECIDED"
                                        : decision.status().name(),
                                decision == null ? null : decision.explanation()));
                    }
                    return lines;
                })
                .orElse(List.of());
    }

    private List<CountLine> literacy(Caller caller, OrganisationId organisationId, LocalDate periodTo, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate asOf = periodTo.isAfter(today) ? today : periodTo;
        LiteracyDossier dossier = training.dossier(caller, organisationId, asOf);
        List<CountLine> lines = new ArrayList<>();
        lines.add(new CountLine("PEOPLE", dossier.people().size()));
        dossier.totals().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(total -> lines.add(new CountLine(total.getKey().name(), total.getValue())));
        return lines;
    }

    private Report existing(OrganisationId organisationId, UUID id) {
        return reports.find(organisationId, id).orElseThrow(() -> new NotFound(SUBJECT, id));
    }

    private static Report expected(Report report, long expectedVersion) {
        if (report.version() != expectedVersion) {
            throw new StaleVersion(SUBJECT, expectedVersion, report.version());
        }
        return report;
    }
}
