package org.gouvernail.persistence.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the training dossier: records, attendance, sessions and modules. */
@ApplicationScoped
public class TrainingPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    TrainingPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of(
                "training_record.member_id",
                "training_record.recorded_by",
                "training_attendance.member_id",
                "training_session.planned_by",
                "training_module.created_by",
                "training_record_void.voided_by",
                "literacy_requirement.owner_id",
                "literacy_requirement.created_by",
                "literacy_requirement_revision.owner_id",
                "quiz_attempt.member_id");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "training.records",
                        "Training the person completed: proof of the AI literacy measures (AI Act art. 4)",
                        "LEGAL_OBLIGATION",
                        "Membership end + 5 years by default (organisation retention rule training-records)",
                        List.of(
                                "recordId",
                                "moduleCode",
                                "moduleRevision",
                                "completedOn",
                                "method",
                                "validUntil",
                                "voided"),
                        """
                        select r.id, m.code, r.module_revision, r.completed_on, r.method, r.valid_until,
                               exists (select 1 from training_record_void x where x.record_id = r.id)
                        from training_record r join training_module m on m.organisation_id = r.organisation_id and m.id = r.module_id
                        where r.organisation_id = :org and r.member_id = :member order by r.completed_on, r.id"""),
                rows.category(
                        "training.quiz-attempts",
                        "The person's attempts at training quizzes: the score and whether it passed (a pass is the"
                                + " evidence of a training record); the choices are not kept",
                        "LEGITIMATE_INTEREST",
                        "As the training records",
                        List.of("attemptId", "moduleCode", "moduleRevision", "score", "passMark", "passed", "at"),
                        """
                        select a.id, m.code, a.module_revision, a.score, a.pass_mark, a.passed, a.attempted_at
                        from quiz_attempt a join training_module m on m.organisation_id = a.organisation_id and m.id = a.module_id
                        where a.organisation_id = :org and a.member_id = :member order by a.attempted_at, a.id"""),
                rows.category(
                        "training.attendance",
                        "Training sessions the person was registered for, and their attendance",
                        "LEGAL_OBLIGATION",
                        "As the training records",
                        List.of("sessionId", "title", "date", "attendance"),
                        """
                        select s.id, s.title, s.date, a.attendance from training_attendance a
                        join training_session s on s.organisation_id = a.organisation_id and s.id = a.session_id
                        where a.organisation_id = :org and a.member_id = :member order by s.date, s.id"""),
                rows.category(
                        "training.organised",
                        "Training the person organised: sessions planned, modules written, records entered or voided",
                        "LEGITIMATE_INTEREST",
                        "For the life of the training dossier",
                        List.of("kind", "id", "at"),
                        """
                        select 'SESSION_PLANNED', s.id, s.date from training_session s where s.organisation_id = :org and s.planned_by = :member
                        union all
                        select 'MODULE_CREATED', m.id, m.created_at from training_module m where m.organisation_id = :org and m.created_by = :member
                        union all
                        select 'RECORD_ENTERED', r.id, r.recorded_at from training_record r
                        where r.organisation_id = :org and r.recorded_by = :member and r.member_id <> :member
                        union all
                        select 'RECORD_VOIDED', v.record_id, v.voided_at from training_record_void v where v.organisation_id = :org and v.voided_by = :member
                        order by 3, 2"""),
                rows.category(
                        "training.requirements",
                        "Literacy requirements the person owns or wrote (AI Act art. 4 measures)",
                        "LEGITIMATE_INTEREST",
                        "For the life of the requirement",
                        List.of("requirementId", "title", "revision", "role"),
                        """
                        select q.id, q.title, q.revision, 'OWNER' from literacy_requirement q
                        where q.organisation_id = :org and q.owner_id = :member
                        union all
                        select q.id, q.title, q.revision, 'WRITER' from literacy_requirement q
                        where q.organisation_id = :org and q.created_by = :member
                        union all
                        select r.requirement_id, r.title, r.revision, concat('OWNER_OF_', r.status) from literacy_requirement_revision r
                        where r.organisation_id = :org and r.owner_id = :member
                        order by 2, 1, 3, 4"""));
    }
}
