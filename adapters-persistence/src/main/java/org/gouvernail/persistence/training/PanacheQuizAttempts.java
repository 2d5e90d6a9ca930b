package org.gouvernail.persistence.training;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.QuizAttemptRecord;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.out.QuizAttempts;

/** Persistence adapter: the quiz attempts in MariaDB, append-only (no update, no delete). */
@ApplicationScoped
public class PanacheQuizAttempts implements QuizAttempts {

    private final Repository repository;

    PanacheQuizAttempts(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(QuizAttemptRecord attempt) {
        repository.persist(QuizAttemptEntity.from(attempt));
    }

    @Override
    public Page<QuizAttemptRecord> list(
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<TrainingModuleId> module,
            PageRequest page) {
        StringBuilder query = new StringBuilder("from QuizAttemptEntity a where a.organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        member.ifPresent(wanted -> {
            query.append(" and a.memberId = :member");
            parameters.and("member", wanted.value());
        });
        module.ifPresent(wanted -> {
            query.append(" and a.moduleId = :module");
            parameters.and("module", wanted.value());
        });
        if (page.after().isPresent()) {
            query.append(" and a.id < :cursor");
            parameters.and("cursor", page.after().get());
        }
        List<QuizAttemptRecord> slice =
                repository.find(query + " order by a.id desc", parameters).page(0, page.limit() + 1).list().stream()
                        .map(QuizAttemptEntity::toDomain)
                        .toList();
        return Page.fromSlice(slice, page, attempt -> attempt.id().value());
    }

    /** The Panache repository of quiz attempts, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<QuizAttemptEntity, UUID> {}
}
