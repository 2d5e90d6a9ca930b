package org.gouvernail.domain.training.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.AttendanceImport;
import org.gouvernail.domain.training.AttendanceLine;
import org.gouvernail.domain.training.AttendanceStatus;
import org.gouvernail.domain.training.CatalogueModule;
import org.gouvernail.domain.training.ModuleContent;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.RecordDraft;
import org.gouvernail.domain.training.RecordView;
import org.gouvernail.domain.training.SessionDetails;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.TrainingSessionId;

/**
 * Use cases: AI literacy (art. 4 AI Act). Every active member reads the modules and sessions and
 * their own records; ADMIN, COMMITTEE and DATA_REFERENT (the training coordinators) manage modules
 * and sessions, write and void records and read everyone's.
 */
public interface TrainingProgramme {

    /** The starter catalogue, for anyone signed in. */
    List<CatalogueModule> catalogue();

    TrainingModule createModule(Caller caller, OrganisationId organisationId, String code, ModuleContent content);

    /** A DRAFT copy of a catalogue entry in {@code language} (default the organisation's), under its code unless another is given. */
    TrainingModule copyFromCatalogue(
            Caller caller, OrganisationId organisationId, String entryId, String code, Optional<Language> language);

    Page<TrainingModule> modules(
            Caller caller, OrganisationId organisationId, Optional<ModuleStatus> status, PageRequest page);

    TrainingModule module(Caller caller, OrganisationId organisationId, TrainingModuleId moduleId);

    TrainingModule updateModule(
            Caller caller,
            OrganisationId organisationId,
            TrainingModuleId moduleId,
            long expectedVersion,
            ModuleContent content);

    TrainingModule publishModule(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, long expectedVersion);

    TrainingModule reviseModule(
            Caller caller,
            OrganisationId organisationId,
            TrainingModuleId moduleId,
            long expectedVersion,
            ModuleContent content);

    TrainingModule retireModule(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, long expectedVersion);

    /** Only a DRAFT: a published module may be named by records and is retired instead. */
    void removeModule(Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, long expectedVersion);

    TrainingSession planSession(Caller caller, OrganisationId organisationId, SessionDetails details);

    Page<TrainingSession> sessions(Caller caller, OrganisationId organisationId, PageRequest page);

    TrainingSession session(Caller caller, OrganisationId organisationId, TrainingSessionId sessionId);

    TrainingSession updateSession(
            Caller caller,
            OrganisationId organisationId,
            TrainingSessionId sessionId,
            long expectedVersion,
            SessionDetails details);

    TrainingSession recordAttendance(
            Caller caller,
            OrganisationId organisationId,
            TrainingSessionId sessionId,
            long expectedVersion,
            Map<MemberId, AttendanceStatus> marks);

    /** The lines of a paper sheet, matched to members by e-mail, else by name; unmatched lines are reported, not guessed. */
    AttendanceImport importAttendance(
            Caller caller,
            OrganisationId organisationId,
            TrainingSessionId sessionId,
            long expectedVersion,
            List<AttendanceLine> lines);

    TrainingSession markHeld(
            Caller caller, OrganisationId organisationId, TrainingSessionId sessionId, long expectedVersion);

    /** Freezes the attendance and writes one record per person present and module, in the same transaction. */
    Closed closeSession(
            Caller caller, OrganisationId organisationId, TrainingSessionId sessionId, long expectedVersion);

    TrainingSession cancelSession(
            Caller caller, OrganisationId organisationId, TrainingSessionId sessionId, long expectedVersion);

    TrainingRecord record(Caller caller, OrganisationId organisationId, RecordDraft draft);

    /** Everyone's records for the coordinators; a member without that role sees only their own. */
    Page<RecordView> records(
            Caller caller,
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<TrainingModuleId> module,
            PageRequest page);

    RecordView trainingRecord(Caller caller, OrganisationId organisationId, TrainingRecordId recordId);

    /** Voids a wrong record with a reason and, when {@code replacement} is given, writes the right one. */
    Voided voidRecord(
            Caller caller,
            OrganisationId organisationId,
            TrainingRecordId recordId,
            String reason,
            Optional<RecordDraft> replacement);

    /**
     * The evidence dossier as of the end of {@code asOf}: ADMIN, COMMITTEE, DATA_REFERENT and VIEWER read it;
     * names only for ADMIN and DATA_REFERENT.
     */
    org.gouvernail.domain.training.LiteracyDossier dossier(
            Caller caller, OrganisationId organisationId, java.time.LocalDate asOf);

    /**
     * Records that a person uses a tool of the inventory: any member for themselves
     * ({@code member} empty), a coordinator for anyone (a volunteer without an account).
     */
    org.gouvernail.domain.training.ToolUse recordToolUse(
            Caller caller,
            OrganisationId organisationId,
            Optional<MemberId> member,
            org.gouvernail.domain.inventory.ToolId toolId);

    /** Everyone's tool uses for the coordinators; a member without that role sees only their own. */
    Page<org.gouvernail.domain.training.ToolUse> toolUses(
            Caller caller,
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<org.gouvernail.domain.inventory.ToolId> tool,
            PageRequest page);

    /** The person themselves, or a coordinator. */
    void removeToolUse(Caller caller, OrganisationId organisationId, org.gouvernail.domain.training.ToolUseId useId);

    /** The exposure gap today, for the coordinators; names only for ADMIN and DATA_REFERENT. */
    Exposure exposureGap(Caller caller, OrganisationId organisationId);

    /** Read model: the gap and, when the caller may see them, the names of the people in it. */
    record Exposure(org.gouvernail.domain.training.ExposureGap gap, Map<MemberId, String> names) {}

    /** Sets ({@code quiz}) or removes ({@code null}) the module's quiz: the coordinators, with the module's version. */
    TrainingModule setQuiz(
            Caller caller,
            OrganisationId organisationId,
            TrainingModuleId moduleId,
            long expectedVersion,
            org.gouvernail.domain.training.ModuleQuiz quiz);

    /** The module's quiz for any active member (the caller hides the correct choices); 404 when the module has none. */
    org.gouvernail.domain.training.ModuleQuiz quiz(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId);

    /**
     * Scores the caller's attempt at an ACTIVE module's quiz and keeps the attempt (append-only); a passing
     * attempt writes a training record (ATTESTED_SELF_STUDY, evidence QUIZ naming the attempt) for the caller.
     */
    QuizAttempt attemptQuiz(
            Caller caller,
            OrganisationId organisationId,
            TrainingModuleId moduleId,
            List<java.util.Set<Integer>> answers);

    /** Read model: the score of an attempt, the record a pass wrote, and the attempt as it is kept. */
    record QuizAttempt(
            org.gouvernail.domain.training.ModuleQuiz.Result result,
            Optional<TrainingRecord> record,
            org.gouvernail.domain.training.QuizAttemptRecord attempt) {}

    /** The caller's own attempts at the module's quiz, newest first: any active member. */
    Page<org.gouvernail.domain.training.QuizAttemptRecord> myQuizAttempts(
            Caller caller, OrganisationId organisationId, TrainingModuleId moduleId, PageRequest page);

    /**
     * The organisation's quiz attempts, newest first, for ADMIN and DATA_REFERENT (attempts are personal
     * data); member and module filter.
     */
    Page<org.gouvernail.domain.training.QuizAttemptRecord> quizAttempts(
            Caller caller,
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<TrainingModuleId> module,
            PageRequest page);

    /** Read model: a closed session and the records its closing wrote. */
    record Closed(TrainingSession session, List<TrainingRecord> records) {}

    /** Read model: the voided record and its replacement, if any. */
    record Voided(TrainingRecord voided, Optional<TrainingRecord> replacement) {}
}
