package org.gouvernail.domain.training.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.RecordVoid;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;

/**
 * Out-port: the append-only training records of one organisation. Records are added, never
 * changed nor deleted; a void is written beside its record.
 */
public interface TrainingRecords {

    void add(TrainingRecord record);

    /** Writes the void of a record; RuleViolation record-voided if it already has one. */
    void addVoid(OrganisationId organisationId, TrainingRecordId id, RecordVoid correction);

    Optional<TrainingRecord> find(OrganisationId organisationId, TrainingRecordId id);

    /** Newest first, with their voids. */
    Page<TrainingRecord> list(
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<TrainingModuleId> module,
            PageRequest page);

    /**
     * Those of {@code ids} for which the same person has a later record of the same module that is
     * not voided, in one query: they are SUPERSEDED.
     */
    Set<TrainingRecordId> supersededAmong(OrganisationId organisationId, Collection<TrainingRecordId> ids);

    /** Every record written by {@code by}, with its void whenever written, oldest first, at most {@code max}. */
    java.util.List<TrainingRecord> writtenBy(OrganisationId organisationId, java.time.Instant by, int max);

    /**
     * Every record of these members, whatever their organisations, with its void, oldest written first,
     * at most {@code max}: two queries.
     */
    List<TrainingRecord> ofMembers(Collection<MemberId> memberIds, int max);
}
