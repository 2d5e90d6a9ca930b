package org.gouvernail.persistence.training;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.training.RecordVoid;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.gouvernail.persistence.shared.InList;

/**
 * Persistence adapter: the append-only training records in MariaDB. It inserts records and voids and
 * offers no update nor delete; a page of records costs one query for the records and one for their voids.
 */
@ApplicationScoped
public class PanacheTrainingRecords implements TrainingRecords {

    private static final String LIVE = "not exists (select 1 from TrainingRecordVoidEntity v where v.recordId = %s.id)";

    private final Repository repository;
    private final VoidRepository voids;

    PanacheTrainingRecords(Repository repository, VoidRepository voids) {
        this.repository = repository;
        this.voids = voids;
    }

    @Override
    public void add(TrainingRecord record) {
        repository.persist(TrainingRecordEntity.from(record));
    }

    @Override
    public void addVoid(OrganisationId organisationId, TrainingRecordId id, RecordVoid correction) {
        if (voids.findByIdOptional(id.value()).isPresent()) {
            throw new RuleViolation("record-voided", "the record is already voided");
        }
        voids.persist(TrainingRecordVoidEntity.of(organisationId.value(), id.value(), correction));
        voids.flush();
    }

    @Override
    public Optional<TrainingRecord> find(OrganisationId organisationId, TrainingRecordId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional()
                .map(entity -> withVoids(List.of(entity)).get(0));
    }

    @Override
    public Page<TrainingRecord> list(
            OrganisationId organisationId,
            Optional<MemberId> member,
            Optional<TrainingModuleId> module,
            PageRequest page) {
        StringBuilder query = new StringBuilder("from TrainingRecordEntity r where r.organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        member.ifPresent(wanted -> {
            query.append(" and r.memberId = :member");
            parameters.and("member", wanted.value());
        });
        module.ifPresent(wanted -> {
            query.append(" and r.moduleId = :module");
            parameters.and("module", wanted.value());
        });
        if (page.after().isPresent()) {
            query.append(" and r.id < :cursor");
            parameters.and("cursor", page.after().get());
        }
        List<TrainingRecordEntity> slice = repository
                .find(query + " order by r.id desc", parameters)
                .page(0, page.limit() + 1)
                .list();
        return Page.fromSlice(withVoids(slice), page, record -> record.id().value());
    }

    @Override
    public Set<TrainingRecordId> supersededAmong(OrganisationId organisationId, Collection<TrainingRecordId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        InList values =
                InList.anyLength("id", ids.stream().map(TrainingRecordId::value).toList());
        List<UUID> superseded = values.bind(repository
                        .getEntityManager()
                        .createQuery(
                                "select r.id from TrainingRecordEntity r where r.organisationId = :organisation and r.id in "
                                        + values.parameters()
                                        + " and exists (select 1 from TrainingRecordEntity o where o.organisationId = r.organisationId"
                                        + " and o.memberId = r.memberId and o.moduleId = r.moduleId and o.id <> r.id"
                                        + " and (o.completedOn > r.completedOn or (o.completedOn = r.completedOn and o.recordedAt > r.recordedAt))"
                                        + " and " + LIVE.formatted("o") + ")",
                                UUID.class))
                .setParameter("organisation", organisationId.value())
                .getResultList();
        return superseded.stream().map(TrainingRecordId::new).collect(Collectors.toCollection(HashSet::new));
    }

    @Override
    public List<TrainingRecord> writtenBy(OrganisationId organisationId, java.time.Instant by, int max) {
        return withVoids(repository
                .find("organisationId = ?1 and recordedAt < ?2 order by recordedAt, id", organisationId.value(), by)
                .page(0, max)
                .list());
    }

    /** The records with their voids, read in one query for all of them. */
    private List<TrainingRecord> withVoids(List<TrainingRecordEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        // a page, or a dossier of up to TrainingProgrammeService.DOSSIER_MAX records (then one list parameter)
        InList records = InList.anyLength(
                "record", entities.stream().map(entity -> entity.id).toList());
        Map<UUID, TrainingRecordVoidEntity> byRecord = records
                .bind(voids.getEntityManager()
                        .createQuery(
                                "from TrainingRecordVoidEntity where recordId in " + records.parameters(),
                                TrainingRecordVoidEntity.class))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(entity -> entity.recordId, Function.identity()));
        return entities.stream()
                .map(entity -> {
                    TrainingRecordVoidEntity correction = byRecord.get(entity.id);
                    return entity.toDomain(correction == null ? null : correction.toDomain());
                })
                .toList();
    }

    @Override
    public List<TrainingRecord> ofMembers(Collection<MemberId> memberIds, int max) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        InList members = InList.anyLength(
                "member", memberIds.stream().map(MemberId::value).toList());
        return withVoids(members.bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from TrainingRecordEntity where memberId in " + members.parameters()
                                        + " order by recordedAt, id",
                                TrainingRecordEntity.class))
                .setMaxResults(max)
                .getResultList());
    }

    /** The Panache repository of training records, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<TrainingRecordEntity, UUID> {}

    /** The Panache repository of record voids, kept inside the adapter. */
    @ApplicationScoped
    static class VoidRepository implements PanacheRepositoryBase<TrainingRecordVoidEntity, UUID> {}
}
