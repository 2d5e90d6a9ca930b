package org.gouvernail.domain.training;

import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Domain events of AI literacy: modules, sessions and records. Summaries hold codes, counts and
 * ids, never a person's name: the audit trail is read by more people than the training records.
 */
public sealed interface TrainingEvent extends DomainEvent {

    /** Events about one training module. */
    sealed interface ModuleEvent extends TrainingEvent {

        TrainingModule module();

        @Override
        default OrganisationId organisationId() {
            return module().organisationId();
        }

        @Override
        default String subjectType() {
            return "TRAINING_MODULE";
        }

        @Override
        default UUID subjectId() {
            return module().id().value();
        }
    }

    /** Created blank or copied from the starter catalogue entry {@code module().catalogueEntry()}. */
    record ModuleCreated(TrainingModule module) implements ModuleEvent {

        @Override
        public String action() {
            return "training-module.created";
        }

        @Override
        public String summary() {
            return "code: " + module.code() + "; title: " + module.content().title()
                    + (module.catalogueEntry() == null ? "" : "; fromCatalogue: " + module.catalogueEntry());
        }
    }

    record ModuleUpdated(TrainingModule module, ModuleContent before) implements ModuleEvent {

        @Override
        public String action() {
            return "training-module.updated";
        }

        @Override
        public String summary() {
            return Changes.between(before, module.content());
        }
    }

    record ModulePublished(TrainingModule module) implements ModuleEvent {

        @Override
        public String action() {
            return "training-module.published";
        }

        @Override
        public String summary() {
            return "code: " + module.code() + "; status: DRAFT → ACTIVE; revision: " + module.revision();
        }
    }

    /** A new version of an active module; {@code refreshRequired}: the earlier versions' records are superseded. */
    record ModuleRevised(TrainingModule module, ModuleContent before) implements ModuleEvent {

        @Override
        public String action() {
            return "training-module.revised";
        }

        @Override
        public String summary() {
            return "revision: " + (module.revision() - 1) + " → " + module.revision() + "; refreshRequired: "
                    + (module.refreshFromRevision() == module.revision()) + "; "
                    + Changes.between(before, module.content());
        }
    }

    record ModuleRetired(TrainingModule module, ModuleStatus before) implements ModuleEvent {

        @Override
        public String action() {
            return "training-module.retired";
        }

        @Override
        public String summary() {
            return "code: " + module.code() + "; status: " + before + " → RETIRED";
        }
    }

    record ModuleRemoved(TrainingModule module) implements ModuleEvent {

        @Override
        public String action() {
            return "training-module.removed";
        }

        @Override
        public String summary() {
            return "code: " + module.code() + "; title: " + module.content().title();
        }
    }

    /** The module's quiz was set, changed or removed; the summary counts questions, never the answers. */
    record ModuleQuizSet(TrainingModule module) implements ModuleEvent {

        @Override
        public String action() {
            return "training-module.quiz-set";
        }

        @Override
        public String summary() {
            return "code: " + module.code() + "; "
                    + (module.quiz() == null
                            ? "quiz removed"
                            : "questions: " + module.quiz().questions().size() + "; pass mark: "
                                    + module.quiz().passMark() + "%");
        }
    }

    /** Events about one training session. */
    sealed interface SessionEvent extends TrainingEvent {

        TrainingSession session();

        @Override
        default OrganisationId organisationId() {
            return session().organisationId();
        }

        @Override
        default String subjectType() {
            return "TRAINING_SESSION";
        }

        @Override
        default UUID subjectId() {
            return session().id().value();
        }
    }

    record SessionPlanned(TrainingSession session) implements SessionEvent {

        @Override
        public String action() {
            return "training-session.planned";
        }

        @Override
        public String summary() {
            return Changes.of(session.details());
        }
    }

    record SessionUpdated(TrainingSession session, SessionDetails before) implements SessionEvent {

        @Override
        public String action() {
            return "training-session.updated";
        }

        @Override
        public String summary() {
            return Changes.between(before, session.details());
        }
    }

    /** Attendance marked for {@code marked} people, by hand or from a paper sheet ({@code fromSheet}). */
    record AttendanceRecorded(TrainingSession session, int marked, boolean fromSheet) implements SessionEvent {

        @Override
        public String action() {
            return "training-session.attendance-recorded";
        }

        @Override
        public String summary() {
            return "marked: " + marked + "; present: " + session.present().size()
                    + (fromSheet ? "; fromSheet: true" : "");
        }
    }

    record SessionHeld(TrainingSession session) implements SessionEvent {

        @Override
        public String action() {
            return "training-session.held";
        }

        @Override
        public String summary() {
            return "status: PLANNED → HELD";
        }
    }

    /** Closed: attendance frozen, {@code records} records written in the same transaction. */
    record SessionClosed(TrainingSession session, int records) implements SessionEvent {

        @Override
        public String action() {
            return "training-session.closed";
        }

        @Override
        public String summary() {
            return "status: HELD → CLOSED; present: " + session.present().size() + "; records: " + records;
        }
    }

    record SessionCancelled(TrainingSession session, SessionStatus before) implements SessionEvent {

        @Override
        public String action() {
            return "training-session.cancelled";
        }

        @Override
        public String summary() {
            return "status: " + before + " → CANCELLED";
        }
    }

    /** Events about one training record. */
    sealed interface RecordEvent extends TrainingEvent {

        TrainingRecord record();

        @Override
        default OrganisationId organisationId() {
            return record().organisationId();
        }

        @Override
        default String subjectType() {
            return "TRAINING_RECORD";
        }

        @Override
        default UUID subjectId() {
            return record().id().value();
        }
    }

    record RecordRecorded(TrainingRecord record) implements RecordEvent {

        @Override
        public String action() {
            return "training-record.recorded";
        }

        @Override
        public String summary() {
            return "member: " + record.memberId() + "; module: " + record.moduleId() + "; revision: "
                    + record.moduleRevision() + "; completedOn: " + record.completedOn() + "; method: "
                    + record.method() + (record.sessionId() == null ? "" : "; session: " + record.sessionId());
        }
    }

    record RecordVoided(TrainingRecord record) implements RecordEvent {

        @Override
        public String action() {
            return "training-record.voided";
        }

        @Override
        public String summary() {
            RecordVoid correction = record.voiding();
            return "reason: " + correction.reason()
                    + (correction.replacedBy() == null ? "" : "; replacedBy: " + correction.replacedBy());
        }
    }

    /** Events about who uses which tool. */
    sealed interface ToolUseEvent extends TrainingEvent {

        ToolUse use();

        @Override
        default OrganisationId organisationId() {
            return use().organisationId();
        }

        @Override
        default String subjectType() {
            return "TOOL_USE";
        }

        @Override
        default UUID subjectId() {
            return use().id().value();
        }

        @Override
        default String summary() {
            return "member: " + use().memberId() + "; tool: " + use().toolId() + "; source: " + use().source();
        }
    }

    record ToolUseRecorded(ToolUse use) implements ToolUseEvent {

        @Override
        public String action() {
            return "tool-use.recorded";
        }
    }

    record ToolUseRemoved(ToolUse use) implements ToolUseEvent {

        @Override
        public String action() {
            return "tool-use.removed";
        }
    }
}
