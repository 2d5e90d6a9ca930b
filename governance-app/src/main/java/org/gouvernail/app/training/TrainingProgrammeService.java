package org.gouvernail.app.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.training.AttendanceImport;
import org.gouvernail.domain.training.AttendanceImport.Unmatched;
import org.gouvernail.domain.training.AttendanceLine;
import org.gouvernail.domain.training.AttendanceStatus;
import org.gouvernail.domain.training.CatalogueModule;
import org.gouvernail.domain.training.Evidence;
import org.gouvernail.domain.training.EvidenceKind;
import org.gouvernail.domain.training.ExposureGap;
import org.gouvernail.domain.training.LiteracyDossier;
import org.gouvernail.domain.training.LiteracyDossier.Person;
import org.gouvernail.domain.training.ModuleContent;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.QuizAttemptId;
import org.gouvernail.domain.training.QuizAttemptRecord;
import org.gouvernail.domain.training.RecordDraft;
import org.gouvernail.domain.training.RecordView;
import org.gouvernail.domain.training.RecordVoid;
import org.gouvernail.domain.training.SessionDetails;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.ToolUseId;
import org.gouvernail.domain.training.ToolUseSource;
import org.gouvernail.domain.training.TrainingCatalogue;
import org.gouvernail.domain.training.TrainingEvent.AttendanceRecorded;
import org.gouvernail.domain.training.TrainingEvent.ModuleCreated;
import org.gouvernail.domain.training.TrainingEvent.ModulePublished;
import org.gouvernail.domain.training.TrainingEvent.ModuleRemoved;
import org.gouvernail.domain.training.TrainingEvent.ModuleRetired;
import org.gouvernail.domain.training.TrainingEvent.ModuleRevised;
import org.gouvernail.domain.training.TrainingEvent.ModuleUpdated;
import org.gouvernail.domain.training.TrainingEvent.RecordRecorded;
import org.gouvernail.domain.training.TrainingEvent.RecordVoided;
import org.gouvernail.domain.training.TrainingEvent.SessionCancelled;
import org.gouvernail.domain.training.TrainingEvent.SessionClosed;
import org.gouvernail.domain.training.TrainingEvent.SessionHeld;
import org.gouvernail.domain.training.TrainingEvent.SessionPlanned;
import org.gouvernail.domain.training.TrainingEvent.SessionUpdated;
import org.gouvernail.domain.training.TrainingEvent.ToolUseRecorded;
import org.gouvernail.domain.training.TrainingEvent.ToolUseRemoved;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.TrainingSessionId;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.out.ToolUses;
import org.gouvernail.domain.training.port.out.TrainingModules;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.gouvernail.domain.training.port.out.TrainingSessions;

/** Use case service: AI literacy modules, sessions and records, one transaction per call. */
@ApplicationScoped
public class TrainingProgrammeService implements TrainingProgramme {

    /** Who coordinates training: manages modules and sessions, writes and voids records, reads everyone's. */
    static final Set<Role> COORDINATORS = Role.REVIEWERS;

    /** Who reads the evidence dossier: the coordinators and the read-only board members or auditors. */
    static final Set<Role> DOSSIER_READERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.DATA_REFERENT, Role.VIEWER);

    /** Whose dossier names people: training records are personal data (literacy.md, side effects). */
    static final Set<Role> NAME_READERS = EnumSet.of(Role.ADMIN, Role.DATA_REFERENT);

    /** Records, sessions and modules a dossier holds at most, like the exports. */
    static final int DOSSIER_MAX = 10_000;

    private final TrainingModules modules;
    private final TrainingSessions sessions;
    private final TrainingRecords records;
    private final Memberships memberships;
    private final Organisations organisations;
    private final Policies policies;
    private final Tools tools;
    private final ToolUses toolUses;
    private final org.gouvernail.domain.training.port.out.QuizAttempts quizAttempts;
    private final org.gouvernail.domain.training.port.out.LiteracyRequirements requirements;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public TrainingProgrammeService(
            TrainingModules modules,
            TrainingSessions sessions,
            TrainingRecords records,
            Memberships memberships,
            Organisations organisations,
            Policies policies,
            Tools tools,
            ToolUses toolUses,
            org.gouvernail.domain.training.port.out.QuizAttempts quizAttempts,
            org.gouvernail.domain.training.port.out.LiteracyRequirements requirements,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.modules = modules;
        this.sessions = sessions;
        this.records = records;
        this.memberships = memberships;
        this.organisations = organisations;
        this.policies = policies;
        this.tools = tools;
        this.toolUses = toolUses;
        this.quizAttempts = quizAttempts;
        this.requirements = requirements;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<CatalogueModule> catalogue() {
        return TrainingCatalogue.ENTRIES;
    }

    @Override
    @Transactional
    public TrainingModule createModule(
            Caller caller, OrganisationId organisationId, String code, ModuleContent content) {
        Membership author = access.withRole(caller, organisationId, COORDINATORS, "manage-training");
        requirePolicy(organisationId, content);
        return created(caller, organisationId, code, content, null, author);
    }

    @Override
    @Transactional
    public TrainingModule copyFromCatalogue(
            Caller caller, OrganisationId organisationId, String entryId, String code, Optional<Language> language) {
        Membership author = access.withRole(caller, organisationId, COORDINATORS, "manage-training");
        CatalogueModule entry =
                TrainingCatalogue.find(entryId).orElseThrow(() -> new NotFound("catalogue-module", entryId));
        Language chosen = language.orElseGet(() -> Language.of(organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFound("organisation", organisationId))
                .profile()
                .locale()));
        return created(
                caller, organisationId, code == null ? entry.code() : code, entry.content(chosen), entry.id(), author);
    }

    private TrainingModule created(
            Caller caller,
            OrganisationId organisationId,
            String code,
            ModuleContent content,
            String entry,
            Membership author) {
        String checked = TrainingModule.code(code);
        if (modules.codeInUse(organisationId, checked)) {
            throw new RuleViolation("module-code-taken", "another module has the code " + checked, checked);
        }
        TrainingModule module = TrainingModule.draft(
                new TrainingModuleId(ids.next()),
                organisationId,
                checked,
                content,
                entry,
                author.id(),
                clock.instant());
        modules.add(module);
        auditor.record(caller, new ModuleCreated(module));
        return module;
    }

    @Override
    @Transactional
    public Page<TrainingModule> modules(
            Caller caller, OrganisationId organisationId, Optional<ModuleStatus> status, PageRequest page) {
        access.member(caller, organisationId);
        return modules.list(organisationId, status, page);
    }

    @Override
    @Transactional
    public TrainingModule module(Caller caller, OrganisationId organisationId, TrainingModuleId moduleId) {
        access.member(caller, organisationId);
        return existing(organisationId, moduleId);
    }

    @Override
    @Transactional
    public TrainingModule updateModule(
            Caller caller,
            OrganisationId organisationId,
            TrainingModuleId moduleId,
            long expectedVersion,
            ModuleContent content) {
        TrainingModule current = coordinated(caller, organisationId, moduleId, expectedVersion);
        requirePolicy(organisationId, content);
        TrainingModule updated = modules.update(current.withContent(content));
        auditor.record(caller, new ModuleUpdated(updated, current.content()));
        return updated;
    }

    @Override
    @Transactional
    public TrainingModule publishModule(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, long expectedVersion) {
        TrainingModule current = coordinated(caller, organisationId, moduleId, expectedVersion);
        TrainingModule published = modules.update(current.publish());
        auditor.record(caller, new ModulePublished(published));
        return published;
    }

    @Override
    @Transactional
    public TrainingModule reviseModule(
            Caller caller,
            OrganisationId organisationId,
            TrainingModuleId moduleId,
            long expectedVersion,
            ModuleContent content) {
        TrainingModule current = coordinated(caller, organisationId, moduleId, expectedVersion);
        requirePolicy(organisationId, content);
        TrainingModule revised = modules.update(current.revise(content));
        auditor.record(caller, new ModuleRevised(revised, current.content()));
        return revised;
    }

    @Override
    @Transactional
    public TrainingModule retireModule(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, long expectedVersion) {
        TrainingModule current = coordinated(caller, organisationId, moduleId, expectedVersion);
        TrainingModule retired = modules.update(current.retire());
        auditor.record(caller, new ModuleRetired(retired, current.status()));
        return retired;
    }

    @Override
    @Transactional
    public void removeModule(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, long expectedVersion) {
        TrainingModule current = coordinated(caller, organisationId, moduleId, expectedVersion);
        if (current.status() != ModuleStatus.DRAFT) {
            throw new RuleViolation(
                    "module-not-draft",
                    "a published module is retired, not deleted: records may name it",
                    current.status());
        }
        modules.remove(organisationId, moduleId, expectedVersion);
        auditor.record(caller, new ModuleRemoved(current));
    }

    @Override
    @Transactional
    public TrainingSession planSession(Caller caller, OrganisationId organisationId, SessionDetails details) {
        Membership planner = access.withRole(caller, organisationId, COORDINATORS, "manage-training");
        requireActiveModules(organisationId, details.moduleIds());
        TrainingSession session =
                TrainingSession.plan(new TrainingSessionId(ids.next()), organisationId, details, planner.id());
        sessions.add(session);
        auditor.record(caller, new SessionPlanned(session));
        return session;
    }

    @Override
    @Transactional
    public Page<TrainingSession> sessions(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.member(caller, organisationId);
        return sessions.list(organisationId, page);
    }

    @Override
    @Transactional
    public TrainingSession session(Caller caller, OrganisationId organisationId, TrainingSessionId sessionId) {
        access.member(caller, organisationId);
        return existing(organisationId, sessionId);
    }

    @Override
    @Transactional
    public TrainingSession updateSession(
            Caller caller,
            OrganisationId organisationId,
            TrainingSessionId sessionId,
            long expectedVersion,
            SessionDetails details) {
        TrainingSession current = coordinated(caller, organisationId, sessionId, expectedVersion);
        Set<TrainingModuleId> added = new java.util.HashSet<>(details.moduleIds());
        added.removeAll(current.details().moduleIds());
        requireActiveModules(organisationId, added);
        TrainingSession updated = sessions.update(current.withDetails(details));
        auditor.record(caller, new SessionUpdated(updated, current.details()));
        return updated;
    }

    @Override
    @Transactional
    public TrainingSession recordAttendance(
            Caller caller,
            OrganisationId organisationId,
            TrainingSessionId sessionId,
            long expectedVersion,
            Map<MemberId, AttendanceStatus> marks) {
        TrainingSession current = coordinated(caller, organisationId, sessionId, expectedVersion);
        requireMembers(organisationId, marks.keySet());
        TrainingSession updated = sessions.update(current.withAttendance(marks));
        auditor.record(caller, new AttendanceRecorded(updated, marks.size(), false));
        return updated;
    }

    @Override
    @Transactional
    public AttendanceImport importAttendance(
            Caller caller,
            OrganisationId organisationId,
            TrainingSessionId sessionId,
            long expectedVersion,
            List<AttendanceLine> lines) {
        TrainingSession current = coordinated(caller, organisationId, sessionId, expectedVersion);
        List<Membership> people = memberships.active(organisationId);
        Map<String, Membership> byEmail = people.stream()
                .filter(person -> person.details().email() != null)
                .collect(Collectors.toMap(
                        person -> person.details().email().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Map<String, List<Membership>> byName = people.stream()
                .collect(Collectors.groupingBy(person -> folded(person.details().displayName())));
        Map<MemberId, AttendanceStatus> marks = new HashMap<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (AttendanceLine line : lines) {
            if (line.status() == null) {
                unmatched.add(new Unmatched(line.line(), "no-status"));
                continue;
            }
            Membership person = line.email() == null || line.email().isBlank()
                    ? null
                    : byEmail.get(line.email().strip().toLowerCase(Locale.ROOT));
            if (person == null && line.name() != null && !line.name().isBlank()) {
                List<Membership> named = byName.getOrDefault(folded(line.name()), List.of());
                if (named.size() > 1) {
                    unmatched.add(new Unmatched(line.line(), "ambiguous-name"));
                    continue;
                }
                person = named.isEmpty() ? null : named.get(0);
            }
            if (person == null) {
                unmatched.add(new Unmatched(line.line(), "unknown-person"));
                continue;
            }
            marks.put(person.id(), line.status());
        }
        TrainingSession updated = marks.isEmpty() ? current : sessions.update(current.withAttendance(marks));
        if (!marks.isEmpty()) {
            auditor.record(caller, new AttendanceRecorded(updated, marks.size(), true));
        }
        return new AttendanceImport(updated, marks.size(), unmatched);
    }

    @Override
    @Transactional
    public TrainingSession markHeld(
            Caller caller, OrganisationId organisationId, TrainingSessionId sessionId, long expectedVersion) {
        TrainingSession current = coordinated(caller, organisationId, sessionId, expectedVersion);
        TrainingSession held = sessions.update(current.held(LocalDate.now(clock)));
        auditor.record(caller, new SessionHeld(held));
        return held;
    }

    @Override
    @Transactional
    public Closed closeSession(
            Caller caller, OrganisationId organisationId, TrainingSessionId sessionId, long expectedVersion) {
        Membership coordinator = access.withRole(caller, organisationId, COORDINATORS, "manage-training");
        // held until the end: a close at the same instant waits, then finds the session closed (409)
        TrainingSession current = sessions.findForUpdate(organisationId, sessionId)
                .orElseThrow(() -> new NotFound("training-session", sessionId));
        // closing twice is a conflict whatever the ETag: the records are already written
        TrainingSession closed = current.close(clock.instant());
        StaleVersion.check("training session", current.version(), expectedVersion);
        List<TrainingModule> covered =
                modules.findAll(organisationId, current.details().moduleIds());
        List<TrainingRecord> written = new ArrayList<>();
        for (MemberId person : current.present()) {
            for (TrainingModule module : covered) {
                TrainingRecord record = TrainingRecord.of(
                        new TrainingRecordId(ids.next()),
                        module,
                        person,
                        current.details().date(),
                        TrainingMethod.SESSION,
                        new Evidence(
                                EvidenceKind.ATTENDANCE_SHEET, current.details().title()),
                        current.id(),
                        coordinator.id(),
                        clock.instant());
                written.add(record);
            }
        }
        TrainingSession saved = sessions.update(closed);
        for (TrainingRecord record : written) {
            records.add(record);
            auditor.record(caller, new RecordRecorded(record));
        }
        auditor.record(caller, new SessionClosed(saved, written.size()));
        return new Closed(saved, written);
    }

    @Override
    @Transactional
    public TrainingSession cancelSession(
            Caller caller, OrganisationId organisationId, TrainingSessionId sessionId, long expectedVersion) {
        TrainingSession current = coordinated(caller, organisationId, sessionId, expectedVersion);
        TrainingSession cancelled = sessions.update(current.cancel());
        auditor.record(caller, new SessionCancelled(cancelled, current.status()));
        return cancelled;
    }

    @Override
    @Transactional
    public TrainingRecord record(Caller caller, OrganisationId organisationId, RecordDraft draft) {
        Membership coordinator = access.withRole(caller, organisationId, COORDINATORS, "manage-training");
        return written(caller, organisationId, draft, coordinator);
    }

    @Override
    @Transactional
    public TrainingModule setQuiz(
            Caller caller,
            OrganisationId organisationId,
            TrainingModuleId moduleId,
            long expectedVersion,
            org.gouvernail.domain.training.ModuleQuiz quiz) {
        TrainingModule current = coordinated(caller, organisationId, moduleId, expectedVersion);
        TrainingModule updated = modules.update(current.withQuiz(quiz));
        auditor.record(caller, new org.gouvernail.domain.training.TrainingEvent.ModuleQuizSet(updated));
        return updated;
    }

    @Override
    @Transactional
    public org.gouvernail.domain.training.ModuleQuiz quiz(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId) {
        access.member(caller, organisationId);
        return quizOf(existing(organisationId, moduleId));
    }

    @Override
    @Transactional
    public QuizAttempt attemptQuiz(
            Caller caller,
            OrganisationId organisationId,
            TrainingModuleId moduleId,
            List<java.util.Set<Integer>> answers) {
        Membership member = access.member(caller, organisationId);
        TrainingModule module = existing(organisationId, moduleId);
        org.gouvernail.domain.training.ModuleQuiz quiz = quizOf(module);
        module.requireActive();
        org.gouvernail.domain.training.ModuleQuiz.Result result = quiz.score(answers);
        QuizAttemptId attemptId = new QuizAttemptId(ids.next());
        Optional<TrainingRecord> record = Optional.empty();
        if (result.passed()) {
            RecordDraft draft = new RecordDraft(
                    member.id(),
                    moduleId,
                    LocalDate.now(clock),
                    TrainingMethod.ATTESTED_SELF_STUDY,
                    new org.gouvernail.domain.training.Evidence(
                            org.gouvernail.domain.training.EvidenceKind.QUIZ,
                            "quiz attempt " + attemptId + " passed: " + result.score() + "% (pass mark "
                                    + quiz.passMark() + "%)"));
            record = Optional.of(written(caller, organisationId, draft, member));
        }
        QuizAttemptRecord attempt = QuizAttemptRecord.of(
                attemptId,
                module,
                member.id(),
                result,
                record.map(TrainingRecord::id).orElse(null),
                clock.instant());
        quizAttempts.add(attempt);
        return new QuizAttempt(result, record, attempt);
    }

    @Override
    @Transactional
    public Page<QuizAttemptRecord> myQuizAttempts(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, PageRequest page) {
        Membership member = access.member(caller, organisationId);
        existing(organisationId, moduleId);
        return quizAttempts.list(organisationId, Optional.of(member.id()), Optional.of(moduleId), page);
    }

    @Override
    @Transactional
    public Page<QuizAttemptRecord> quizAttempts(
            Caller caller,
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<TrainingModuleId> module,
            PageRequest page) {
        access.withRole(caller, organisationId, NAME_READERS, "read-quiz-attempts");
        return quizAttempts.list(organisationId, member, module, page);
    }

    private static org.gouvernail.domain.training.ModuleQuiz quizOf(TrainingModule module) {
        if (module.quiz() == null) {
            throw new NotFound("training-module-quiz", module.id());
        }
        return module.quiz();
    }

    private TrainingRecord written(
            Caller caller, OrganisationId organisationId, RecordDraft draft, Membership coordinator) {
        if (draft.method() == TrainingMethod.SESSION) {
            throw new RuleViolation("session-records-on-close", "session records are written by closing the session");
        }
        requireMembers(organisationId, Set.of(draft.memberId()));
        TrainingModule module = existing(organisationId, draft.moduleId());
        TrainingRecord record = TrainingRecord.of(
                new TrainingRecordId(ids.next()),
                module,
                draft.memberId(),
                draft.completedOn(),
                draft.method(),
                draft.evidence(),
                null,
                coordinator.id(),
                clock.instant());
        records.add(record);
        auditor.record(caller, new RecordRecorded(record));
        return record;
    }

    @Override
    @Transactional
    public Page<RecordView> records(
            Caller caller,
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<TrainingModuleId> module,
            PageRequest page) {
        Optional<MemberId> whose = whose(access.member(caller, organisationId), member, "read-training-records");
        return viewed(organisationId, records.list(organisationId, whose, module, page));
    }

    @Override
    @Transactional
    public RecordView trainingRecord(Caller caller, OrganisationId organisationId, TrainingRecordId recordId) {
        Membership reader = access.member(caller, organisationId);
        TrainingRecord record = existing(organisationId, recordId);
        if (!reader.holdsAny(COORDINATORS) && !record.memberId().equals(reader.id())) {
            throw new Forbidden("read-training-records");
        }
        return viewed(organisationId, new Page<>(List.of(record), Optional.empty()))
                .items()
                .get(0);
    }

    @Override
    @Transactional
    public Voided voidRecord(
            Caller caller,
            OrganisationId organisationId,
            TrainingRecordId recordId,
            String reason,
            Optional<RecordDraft> replacement) {
        Membership coordinator = access.withRole(caller, organisationId, COORDINATORS, "manage-training");
        TrainingRecord current = existing(organisationId, recordId);
        if (current.voidedBy().isPresent()) {
            throw new RuleViolation("record-voided", "the record is already voided");
        }
        Optional<TrainingRecord> replaced =
                replacement.map(draft -> written(caller, organisationId, draft, coordinator));
        RecordVoid correction = new RecordVoid(
                reason,
                coordinator.id(),
                clock.instant(),
                replaced.map(TrainingRecord::id).orElse(null));
        TrainingRecord voided = current.voided(correction);
        records.addVoid(organisationId, recordId, correction);
        auditor.record(caller, new RecordVoided(voided));
        return new Voided(voided, replaced);
    }

    @Override
    @Transactional
    public LiteracyDossier dossier(Caller caller, OrganisationId organisationId, LocalDate asOf) {
        Membership reader = access.withRole(caller, organisationId, DOSSIER_READERS, "read-training-dossier");
        boolean names = reader.holdsAny(NAME_READERS);
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<TrainingModule> all = new ArrayList<>();
        Page<TrainingModule> page =
                modules.list(organisationId, Optional.empty(), PageRequest.first(PageRequest.MAX_LIMIT));
        all.addAll(page.items());
        while (page.continueAfter().isPresent() && all.size() < DOSSIER_MAX) {
            page = modules.list(
                    organisationId, Optional.empty(), new PageRequest(PageRequest.MAX_LIMIT, page.continueAfter()));
            all.addAll(page.items());
        }
        Map<MemberId, Person> people = memberships.active(organisationId).stream()
                .collect(Collectors.toMap(
                        Membership::id,
                        member -> new Person(
                                member.id(),
                                member.details().displayName(),
                                member.details().personType())));
        return LiteracyDossier.asOf(
                organisationId,
                asOf,
                clock.instant(),
                names,
                requirements.inForceAt(organisationId, endOfDay, DOSSIER_MAX),
                all,
                sessions.onOrBefore(organisationId, asOf, DOSSIER_MAX),
                records.writtenBy(organisationId, endOfDay, DOSSIER_MAX),
                people);
    }

    @Override
    @Transactional
    public ToolUse recordToolUse(
            Caller caller, OrganisationId organisationId, Optional<MemberId> member, ToolId toolId) {
        Membership recorder = access.member(caller, organisationId);
        MemberId user = member.orElse(recorder.id());
        boolean self = user.equals(recorder.id());
        if (!self && !recorder.holdsAny(COORDINATORS)) {
            throw new Forbidden("record-tool-use");
        }
        requireMembers(organisationId, Set.of(user));
        tools.find(organisationId, toolId).orElseThrow(() -> new NotFound("tool", toolId));
        if (toolUses.exists(organisationId, user, toolId)) {
            throw new RuleViolation("tool-use-exists", "this person's use of this tool is already recorded");
        }
        ToolUse use = new ToolUse(
                new ToolUseId(ids.next()),
                organisationId,
                user,
                toolId,
                self ? ToolUseSource.SELF_DECLARED : ToolUseSource.RECORDED_BY_COORDINATOR,
                recorder.id(),
                clock.instant());
        toolUses.add(use);
        auditor.record(caller, new ToolUseRecorded(use));
        return use;
    }

    @Override
    @Transactional
    public Page<ToolUse> toolUses(
            Caller caller,
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<ToolId> tool,
            PageRequest page) {
        Optional<MemberId> whose = whose(access.member(caller, organisationId), member, "read-tool-uses");
        return toolUses.list(organisationId, whose, tool, page);
    }

    @Override
    @Transactional
    public void removeToolUse(Caller caller, OrganisationId organisationId, ToolUseId useId) {
        Membership remover = access.member(caller, organisationId);
        ToolUse use = toolUses.find(organisationId, useId).orElseThrow(() -> new NotFound("tool-use", useId));
        if (!use.memberId().equals(remover.id()) && !remover.holdsAny(COORDINATORS)) {
            throw new Forbidden("record-tool-use");
        }
        toolUses.remove(organisationId, useId);
        auditor.record(caller, new ToolUseRemoved(use));
    }

    @Override
    @Transactional
    public Exposure exposureGap(Caller caller, OrganisationId organisationId) {
        Membership reader = access.withRole(caller, organisationId, COORDINATORS, "read-exposure-gap");
        List<AiTool> inventory = new ArrayList<>();
        Page<AiTool> page = tools.list(organisationId, ToolFilter.none(), PageRequest.first(PageRequest.MAX_LIMIT));
        inventory.addAll(page.items());
        while (page.continueAfter().isPresent() && inventory.size() < DOSSIER_MAX) {
            page = tools.list(
                    organisationId, ToolFilter.none(), new PageRequest(PageRequest.MAX_LIMIT, page.continueAfter()));
            inventory.addAll(page.items());
        }
        List<TrainingRecord> written =
                records.writtenBy(organisationId, clock.instant().plusSeconds(1), DOSSIER_MAX);
        List<TrainingModule> named = modules.findAll(
                organisationId, written.stream().map(TrainingRecord::moduleId).collect(Collectors.toSet()));
        ExposureGap gap = ExposureGap.on(
                LocalDate.now(clock), toolUses.all(organisationId, DOSSIER_MAX), inventory, written, named);
        Map<MemberId, String> names = new HashMap<>();
        if (reader.holdsAny(NAME_READERS)) {
            memberships
                    .active(organisationId)
                    .forEach(member -> names.put(member.id(), member.details().displayName()));
        }
        return new Exposure(gap, names);
    }

    /** The records of a page with their status today: two more queries whatever the page holds. */
    private Page<RecordView> viewed(OrganisationId organisationId, Page<TrainingRecord> page) {
        LocalDate today = LocalDate.now(clock);
        Set<TrainingRecordId> superseded = records.supersededAmong(
                organisationId, page.items().stream().map(TrainingRecord::id).toList());
        Map<TrainingModuleId, TrainingModule> byId = modules
                .findAll(
                        organisationId,
                        page.items().stream().map(TrainingRecord::moduleId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        return page.map(record -> {
            if (record.voidedBy().isPresent()) {
                return new RecordView(record, null);
            }
            TrainingModule module = byId.get(record.moduleId());
            boolean outdated = superseded.contains(record.id())
                    || (module != null && !module.stillCounts(record.moduleRevision()));
            return new RecordView(record, record.statusOn(today, outdated));
        });
    }

    /** Every person named must be a member of the organisation who has not been removed. */
    private void requireMembers(OrganisationId organisationId, Set<MemberId> people) {
        Set<MemberId> active =
                memberships.active(organisationId).stream().map(Membership::id).collect(Collectors.toSet());
        for (MemberId person : people) {
            if (active.contains(person)) {
                continue;
            }
            Membership member =
                    memberships.find(organisationId, person).orElseThrow(() -> new NotFound("member", person));
            if (member.status() == MembershipStatus.REVOKED) {
                throw new RuleViolation("member-revoked", "member " + person + " was removed from the organisation");
            }
        }
    }

    private void requireActiveModules(OrganisationId organisationId, Set<TrainingModuleId> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        Map<TrainingModuleId, TrainingModule> found = modules.findAll(organisationId, wanted).stream()
                .collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        for (TrainingModuleId id : wanted) {
            TrainingModule module = found.get(id);
            if (module == null) {
                throw new NotFound("training-module", id);
            }
            module.requireActive();
        }
    }

    private void requirePolicy(OrganisationId organisationId, ModuleContent content) {
        if (content.policyId() != null
                && policies.find(organisationId, content.policyId()).isEmpty()) {
            throw new NotFound("policy", content.policyId());
        }
    }

    private TrainingModule coordinated(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, long expectedVersion) {
        access.withRole(caller, organisationId, COORDINATORS, "manage-training");
        TrainingModule module = existing(organisationId, moduleId);
        StaleVersion.check("training module", module.version(), expectedVersion);
        return module;
    }

    private TrainingSession coordinated(
            Caller caller, OrganisationId organisationId, TrainingSessionId sessionId, long expectedVersion) {
        access.withRole(caller, organisationId, COORDINATORS, "manage-training");
        TrainingSession session = existing(organisationId, sessionId);
        StaleVersion.check("training session", session.version(), expectedVersion);
        return session;
    }

    private TrainingModule existing(OrganisationId organisationId, TrainingModuleId moduleId) {
        return modules.find(organisationId, moduleId).orElseThrow(() -> new NotFound("training-module", moduleId));
    }

    private TrainingSession existing(OrganisationId organisationId, TrainingSessionId sessionId) {
        return sessions.find(organisationId, sessionId).orElseThrow(() -> new NotFound("training-session", sessionId));
    }

    private TrainingRecord existing(OrganisationId organisationId, TrainingRecordId recordId) {
        return records.find(organisationId, recordId).orElseThrow(() -> new NotFound("training-record", recordId));
    }

    /** A name as people write it on paper: case, accents and extra spaces ignored. */
    static String folded(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** Whose rows a reader may list: anyone's for a coordinator, only their own for everyone else. */
    private static Optional<MemberId> whose(Membership reader, Optional<MemberId> asked, String action) {
        if (reader.holdsAny(COORDINATORS)) {
            return asked;
        }
        if (asked.isPresent() && !asked.get().equals(reader.id())) {
            throw new Forbidden(action);
        }
        return Optional.of(reader.id());
    }
}
