package org.gouvernail.domain.training.port.out;

import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.QuizAttemptRecord;
import org.gouvernail.domain.training.TrainingModuleId;

/** Out-port: the quiz attempts of one organisation, append-only (added, never changed nor deleted). */
public interface QuizAttempts {

    void add(QuizAttemptRecord attempt);

    /** Newest first, keyset-paginated by id, in one statement; member and module filter. */
    Page<QuizAttemptRecord> list(
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<TrainingModuleId> module,
            PageRequest page);
}
