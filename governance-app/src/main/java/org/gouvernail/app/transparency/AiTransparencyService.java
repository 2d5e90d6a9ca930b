package org.gouvernail.app.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.dashboard.port.out.DashboardFigures;
import org.gouvernail.domain.feedback.About;
import org.gouvernail.domain.feedback.AboutKind;
import org.gouvernail.domain.feedback.Channel;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;
import org.gouvernail.domain.inventory.assessment.ValidatedAssessment;
import org.gouvernail.domain.inventory.assessment.port.out.Assessments;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.transparency.ProcessorAgreement;
import org.gouvernail.domain.transparency.RedactionCheck;
import org.gouvernail.domain.transparency.StatementContent;
import org.gouvernail.domain.transparency.StatementEntry;
import org.gouvernail.domain.transparency.StatementFacts;
import org.gouvernail.domain.transparency.StatementRisk;
import org.gouvernail.domain.transparency.StatementStatus;
import org.gouvernail.domain.transparency.StatementTool;
import org.gouvernail.domain.transparency.TransparencyEvent.Drafted;
import org.gouvernail.domain.transparency.TransparencyEvent.Edited;
import org.gouvernail.domain.transparency.TransparencyEvent.Moved;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.in.AiTransparency;
import org.gouvernail.domain.transparency.port.out.TransparencyStatements;
import org.gouvernail.domain.usecase.AiActClassification;
import org.gouvernail.domain.usecase.Duty;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseDetails;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;

/**
 * Application service of the public AI transparency statement. A draft is derived from the
 * registers as they stand: the use cases in use or in pilot that face the public or affect
 * beneficiaries, one entry each; the internal ones summarised per team; the principles from the
 * easy-to-read summary of the policy in force. Every text is checked against the names of the
 * organisation's members before it is saved, submitted or published (RedactionCheck).
 */
@ApplicationScoped
public class AiTransparencyService implements AiTransparency {

    /** The use cases a statement lists: those actually running. */
    static final Set<UseCaseStatus> RUNNING = EnumSet.of(UseCaseStatus.PILOT, UseCaseStatus.IN_USE);

    private static final int PORTFOLIO = 1_000;
    /** Pages of 200 read at most: the risks an entry's tools carry, the incidents of the last twelve months. */
    private static final int RISK_PAGES = 10;

    private static final int INCIDENT_PAGES = 10;
    /** The values-check question "can the people affected reach a person and contest the outcome?". */
    static final String RECOURSE_QUESTION = "AU_RECOURSE";

    private static final List<StatementStatus> EVER_PUBLISHED =
            List.of(StatementStatus.PUBLISHED, StatementStatus.SUPERSEDED);
    private static final List<StatementStatus> OPEN = List.of(StatementStatus.DRAFT, StatementStatus.IN_REVIEW);

    private final TransparencyStatements statements;
    private final Organisations organisations;
    private final Memberships memberships;
    private final UseCases useCases;
    private final Tools tools;
    private final PolicyVersions policyVersions;
    private final Risks risks;
    private final Assessments assessments;
    private final DashboardFigures figures;
    private final Incidents incidents;
    private final FeedbackBox feedback;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the registers a statement is drawn from
    public AiTransparencyService(
            TransparencyStatements statements,
            Organisations organisations,
            Memberships memberships,
            UseCases useCases,
            Tools tools,
            PolicyVersions policyVersions,
            Risks risks,
            Assessments assessments,
            DashboardFigures figures,
            Incidents incidents,
            FeedbackBox feedback,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.statements = statements;
        this.organisations = organisations;
        this.memberships = memberships;
        this.useCases = useCases;
        this.tools = tools;
        this.policyVersions = policyVersions;
        this.risks = risks;
        this.assessments = assessments;
        this.figures = figures;
        this.incidents = incidents;
        this.feedback = feedback;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TransparencyStatement draft(Caller caller, OrganisationId organisationId, Narrative narrative) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "draft-ai-transparency");
        if (!statements.inStatus(organisationId, OPEN, 1).isEmpty()) {
            throw new RuleViolation(
                    "statement-draft-open", "a version is already in DRAFT or IN_REVIEW: edit or decide it first");
        }
        Organisation organisation =
                organisations.find(organisationId).orElseThrow(() -> new NotFound("organisation", organisationId));
        Optional<TransparencyStatement> last =
                statements.inStatus(organisationId, EVER_PUBLISHED, 1).stream().findFirst();
        List<String> names = memberNames(organisationId);
        StatementContent content = derive(organisation, narrative, last.map(TransparencyStatement::content))
                .withFacts(facts(organisationId, narrative, last.map(TransparencyStatement::content), names));
        RedactionCheck.require(content, names);
        TransparencyStatement statement = TransparencyStatement.draft(
                ids.next(), organisationId, statements.lastNumber(organisationId) + 1, content);
        statements.add(statement);
        auditor.record(caller, new Drafted(statement));
        return statement;
    }

    @Override
    @Transactional
    public List<TransparencyStatement> versions(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        return statements.inStatus(organisationId, List.of(StatementStatus.values()), HISTORY);
    }

    @Override
    @Transactional
    public TransparencyStatement version(Caller caller, OrganisationId organisationId, UUID id) {
        access.member(caller, organisationId);
        return existing(organisationId, id);
    }

    @Override
    @Transactional
    public TransparencyStatement edit(
            Caller caller, OrganisationId organisationId, UUID id, long expectedVersion, Narrative narrative) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "edit-ai-transparency");
        TransparencyStatement current = expected(existing(organisationId, id), expectedVersion);
        StatementContent content = current.content();
        StatementContent changed = content.withNarrative(
                narrative.principles() == null ? content.principles() : narrative.principles(),
                narrative.contactAddress() == null ? content.contactAddress() : narrative.contactAddress(),
                narrative.howToRaiseAConcern() == null ? content.howToRaiseAConcern() : narrative.howToRaiseAConcern());
        RedactionCheck.require(changed, memberNames(organisationId));
        TransparencyStatement saved = statements.update(current.withContent(changed));
        auditor.record(caller, new Edited(saved));
        return saved;
    }

    @Override
    @Transactional
    public TransparencyStatement submit(Caller caller, OrganisationId organisationId, UUID id, long expectedVersion) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "submit-ai-transparency");
        TransparencyStatement current = expected(existing(organisationId, id), expectedVersion);
        RedactionCheck.require(current.content(), memberNames(organisationId));
        TransparencyStatement saved = statements.update(current.submit());
        auditor.record(caller, new Moved(current.status(), saved, null));
        return saved;
    }

    @Override
    @Transactional
    public Optional<Published> published(String slug) {
        return organisations
                .findBySlug(slug)
                .flatMap(organisation ->
                        statements.inStatus(organisation.id(), List.of(StatementStatus.PUBLISHED), 1).stream()
                                .findFirst()
                                .map(statement -> new Published(organisation.id(), slug, statement)));
    }

    @Override
    @Transactional
    public Optional<PublicHistory> history(String slug) {
        return organisations
                .findBySlug(slug)
                .map(organisation -> new PublicHistory(
                        organisation.id(), slug, statements.inStatus(organisation.id(), EVER_PUBLISHED, HISTORY)))
                .filter(history -> !history.versions().isEmpty());
    }

    @Override
    @Transactional
    public FeedbackItem ask(String slug, FeedbackKind kind, UUID useCaseId, String text) {
        if (kind != FeedbackKind.QUESTION && kind != FeedbackKind.ERROR_REPORT) {
            throw new InvalidInput("kind", "enum", "a question or an error report", "QUESTION, ERROR_REPORT");
        }
        Published published = published(slug).orElseThrow(() -> new NotFound("ai-transparency", slug));
        About about = About.nothing();
        if (useCaseId != null) {
            boolean listed = published.statement().content().entries().stream()
                    .anyMatch(entry -> useCaseId.equals(entry.useCaseId()));
            if (!listed) {
                throw new InvalidInput(
                        "useCaseId", "not-listed", "the use case is not one the statement lists", "useCaseId");
            }
            about = new About(AboutKind.USE_CASE, useCaseId, null, null);
        }
        String framed =
                "[AI transparency statement, version " + published.statement().number() + "] " + text;
        FeedbackDraft draft = new FeedbackDraft(kind, about, framed, Channel.APP);
        return feedback.submitPublicly(published.organisationId(), draft, false).item();
    }

    /**
     * The content a new version would have today, without a caller: for the demo data, which
     * publishes a statement of its own. The redaction check is the caller's to run.
     */
    public StatementContent drawFromRegisters(OrganisationId organisationId, Narrative narrative) {
        Organisation organisation =
                organisations.find(organisationId).orElseThrow(() -> new NotFound("organisation", organisationId));
        return derive(organisation, narrative, Optional.empty());
    }

    /** The content of a new version: the registers as they stand, the narrative given or that of the last version. */
    StatementContent derive(Organisation organisation, Narrative narrative, Optional<StatementContent> last) {
        OrganisationId organisationId = organisation.id();
        String principles = firstOf(
                narrative.principles(),
                policyVersions.published(organisationId).stream()
                        .map(version -> version.content().summary())
                        .filter(summary -> summary != null && !summary.isBlank())
                        .findFirst()
                        .orElse(null),
                last.map(StatementContent::principles).orElse(null));
        String contact = firstOf(
                narrative.contactAddress(),
                last.map(StatementContent::contactAddress).orElse(null));
        String concern = firstOf(
                narrative.howToRaiseAConcern(),
                last.map(StatementContent::howToRaiseAConcern).orElse(null));
        List<StatementEntry> entries = new ArrayList<>();
        Map<String, List<String>> internal = new TreeMap<>();
        List<UseCase> listed = new ArrayList<>();
        for (UseCase useCase : useCases.portfolio(organisationId, PORTFOLIO)) {
            if (!RUNNING.contains(useCase.status())) {
                continue;
            }
            UseCaseDetails details = useCase.details();
            if (details.peopleAffected() == PeopleAffected.INTERNAL_ONLY) {
                String team = details.team() == null || details.team().isBlank() ? "—" : details.team();
                internal.computeIfAbsent(team, key -> new ArrayList<>()).add(details.title());
            } else {
                listed.add(useCase);
            }
        }
        Registers registers = registers(organisationId, listed);
        listed.forEach(useCase -> entries.add(entry(useCase, registers)));
        List<String> internalUses = internal.entrySet().stream()
                .map(team -> team.getKey() + ": " + String.join(", ", team.getValue()))
                .toList();
        return new StatementContent(organisation.profile().name(), principles, contact, concern, entries, internalUses);
    }

    /** The registers an entry draws on beyond its use case, read once for all the entries of a statement. */
    private record Registers(Map<ToolId, StatementTool> tools, List<Risk> openRisks) {}

    private Registers registers(OrganisationId organisationId, List<UseCase> listed) {
        Set<ToolId> toolIds = new java.util.LinkedHashSet<>();
        listed.forEach(useCase -> toolIds.addAll(useCase.details().toolIds()));
        if (toolIds.isEmpty()) {
            return new Registers(Map.of(), List.of());
        }
        Map<ToolId, ProcessorAgreement> agreements = new java.util.HashMap<>();
        for (ValidatedAssessment validated : assessments.latestValidated(organisationId, toolIds)) {
            agreements.put(
                    validated.toolId(),
                    assessments
                            .find(organisationId, validated.id())
                            .map(assessment -> agreement(assessment.input().answer(ChecklistItem.V01)))
                            .orElse(ProcessorAgreement.NOT_ASSESSED));
        }
        Map<ToolId, StatementTool> described = new java.util.HashMap<>();
        for (ToolId toolId : toolIds) {
            tools.find(organisationId, toolId)
                    .map(AiTool::details)
                    .ifPresent(tool -> described.put(
                            toolId,
                            new StatementTool(
                                    tool.name(),
                                    tool.vendor() == null || tool.vendor().isBlank() ? null : tool.vendor(),
                                    tool.hostingRegion() == null
                                            ? null
                                            : tool.hostingRegion().name(),
                                    agreements.getOrDefault(toolId, ProcessorAgreement.NOT_ASSESSED))));
        }
        List<Risk> open = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        for (int read = 0; read < RISK_PAGES; read++) {
            Page<Risk> risksPage = risks.list(organisationId, RiskFilter.none(), LocalDate.now(clock), page);
            risksPage.items().stream()
                    .filter(risk -> risk.status() != RiskStatus.CLOSED)
                    .filter(risk -> risk.details().toolIds().stream().anyMatch(toolIds::contains))
                    .forEach(open::add);
            if (risksPage.continueAfter().isEmpty()) {
                break;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, risksPage.continueAfter());
        }
        return new Registers(described, open);
    }

    private static ProcessorAgreement agreement(ItemAnswer answer) {
        if (answer == null) {
            return ProcessorAgreement.UNKNOWN;
        }
        return switch (answer.answer()) {
            case YES -> ProcessorAgreement.IN_PLACE;
            case PARTIAL -> ProcessorAgreement.PARTIAL;
            case NO -> ProcessorAgreement.MISSING;
            case UNKNOWN, NOT_APPLICABLE -> ProcessorAgreement.UNKNOWN;
        };
    }

    private StatementEntry entry(UseCase useCase, Registers registers) {
        UseCaseDetails details = useCase.details();
        List<StatementTool> vendors = details.toolIds().stream()
                .map(registers.tools()::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(StatementTool::name))
                .toList();
        List<String> toolLines =
                vendors.stream().map(AiTransparencyService::toolLine).sorted().toList();
        List<StatementRisk> mainRisks = registers.openRisks().stream()
                .filter(risk -> risk.details().toolIds().stream().anyMatch(details.toolIds()::contains))
                .sorted(java.util.Comparator.comparing(
                                (Risk risk) -> risk.current().score())
                        .reversed()
                        .thenComparing(risk -> risk.details().title()))
                .limit(StatementRisk.MAIN)
                .map(risk -> new StatementRisk(
                        risk.details().title(),
                        risk.details().category().name(),
                        risk.current().level().name(),
                        risk.actions().stream()
                                .filter(MitigationAction::live)
                                .map(action -> action.details().title())
                                .toList()))
                .toList();
        Optional<AiActClassification> classification = useCase.aiActClassification();
        String recourse = useCase.valuesCheck() == null
                ? null
                : useCase.valuesCheck()
                        .answer(RECOURSE_QUESTION)
                        .map(answer -> Boolean.parseBoolean(answer) ? "OFFERED" : "NOT_OFFERED")
                        .orElse(null);
        return new StatementEntry(
                useCase.id().value(),
                details.title(),
                useCase.status().name(),
                details.description(),
                toolLines,
                details.dataCategories().stream().map(Enum::name).sorted().toList(),
                details.humanOversight(),
                classification.map(c -> c.tier().name()).orElse(null),
                classification
                        .map(c -> c.duties().stream().map(Duty::code).distinct().toList())
                        .orElse(List.of()),
                useCase.dpiaScreening().map(s -> s.outcome().name()).orElse(null),
                useCase.createdAt().atZone(ZoneOffset.UTC).toLocalDate(),
                vendors,
                mainRisks,
                recourse);
    }

    private static String toolLine(StatementTool tool) {
        String vendor = tool.vendor() == null ? "" : tool.vendor() + ", ";
        return tool.name() + " (" + vendor + "hosting " + tool.hostingRegion() + ")";
    }

    /**
     * The optional facts chosen for a new draft (the narrative's choice, or the last version's):
     * the dashboard's literacy coverage, the incidents detected in the last twelve months and the
     * first line of the lessons learned of those closed, leaving out a line that names a member.
     */
    StatementFacts facts(
            OrganisationId organisationId, Narrative narrative, Optional<StatementContent> last, List<String> names) {
        Optional<StatementFacts> before = last.map(StatementContent::facts);
        boolean training = narrative.includeTrainingCoverage() != null
                ? narrative.includeTrainingCoverage()
                : before.map(f -> f.literacyCoverage() != null).orElse(false);
        boolean incidentsChosen = narrative.includeIncidents() != null
                ? narrative.includeIncidents()
                : before.map(f -> f.incidentsLast12Months() != null).orElse(false);
        if (!training && !incidentsChosen) {
            return null;
        }
        Instant now = clock.instant();
        Integer coverage = null;
        if (training) {
            coverage = figures.of(organisationId, LocalDate.now(clock), now)
                    .value(IndicatorCatalogue.LITERACY_COVERAGE)
                    .map(Long::intValue)
                    .orElse(0);
        }
        Integer count = null;
        List<String> lessons = new ArrayList<>();
        if (incidentsChosen) {
            Instant since = now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
            int reported = 0;
            PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
            for (int read = 0; read < INCIDENT_PAGES; read++) {
                Page<Incident> incidentsPage = incidents.list(organisationId, page);
                for (Incident incident : incidentsPage.items()) {
                    if (incident.facts().detectedAt().isBefore(since)) {
                        continue;
                    }
                    reported++;
                    firstLine(incident)
                            .filter(line -> incident.status() == IncidentStatus.CLOSED)
                            .filter(line -> !RedactionCheck.namesAnyone(line, names))
                            .filter(line -> lessons.size() < StatementFacts.MAX_LESSONS && !lessons.contains(line))
                            .ifPresent(lessons::add);
                }
                if (incidentsPage.continueAfter().isEmpty()) {
                    break;
                }
                page = new PageRequest(PageRequest.MAX_LIMIT, incidentsPage.continueAfter());
            }
            count = reported;
        }
        return new StatementFacts(coverage, count, lessons);
    }

    private static Optional<String> firstLine(Incident incident) {
        String lessons = incident.lessonsLearned();
        if (lessons == null || lessons.isBlank()) {
            return Optional.empty();
        }
        String line = lessons.strip().lines().findFirst().orElse("").strip();
        if (line.length() > StatementFacts.LESSON_LENGTH) {
            line = line.substring(0, StatementFacts.LESSON_LENGTH - 1).strip() + "…";
        }
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    private List<String> memberNames(OrganisationId organisationId) {
        return MemberNames.of(memberships, organisationId);
    }

    private TransparencyStatement existing(OrganisationId organisationId, UUID id) {
        return statements.find(organisationId, id).orElseThrow(() -> new NotFound("ai-transparency", id));
    }

    private static TransparencyStatement expected(TransparencyStatement statement, long expectedVersion) {
        if (statement.version() != expectedVersion) {
            throw new StaleVersion("ai-transparency", expectedVersion, statement.version());
        }
        return statement;
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
