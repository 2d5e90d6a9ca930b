package org.gouvernail.domain.training.port.out;

import java.util.Optional;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.TrainingSessionId;

/** Out-port: the training sessions of one organisation, each with its modules and attendance. */
public interface TrainingSessions {

    void add(TrainingSession session);

    Optional<TrainingSession> find(OrganisationId organisationId, TrainingSessionId id);

    /**
     * The same, its row held until the transaction ends: a concurrent close waits for this one and
     * then reads the session as this one left it. Without a database to lock, a plain read.
     */
    default Optional<TrainingSession> findForUpdate(OrganisationId organisationId, TrainingSessionId id) {
        return find(organisationId, id);
    }

    /** Saves a changed session and its attendance as one aggregate; StaleVersion if it changed since it was read. */
    TrainingSession update(TrainingSession session);

    /** The sessions of the day {@code day} or before, oldest first, at most {@code max}. */
    java.util.List<TrainingSession> onOrBefore(OrganisationId organisationId, java.time.LocalDate day, int max);

    /** Oldest first. */
    Page<TrainingSession> list(OrganisationId organisationId, PageRequest page);
}
