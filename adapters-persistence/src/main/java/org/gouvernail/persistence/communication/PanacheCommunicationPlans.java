package org.gouvernail.persistence.communication;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.communication.Audience;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.CommunicationStatus;
import org.gouvernail.domain.communication.LegalBasis;
import org.gouvernail.domain.communication.port.out.CommunicationPlans;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: communication plans in MariaDB. */
@ApplicationScoped
public class PanacheCommunicationPlans implements CommunicationPlans {

    private final Repository repository;

    PanacheCommunicationPlans(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(CommunicationPlan plan, LocalDate consultationDue) {
        repository.persist(CommunicationPlanEntity.from(plan, consultationDue));
    }

    @Override
    public Optional<CommunicationPlan> find(OrganisationId organisationId, CommunicationPlanId id) {
        return entity(organisationId, id).map(CommunicationPlanEntity::toDomain);
    }

    @Override
    public CommunicationPlan update(CommunicationPlan plan, LocalDate consultationDue) {
        CommunicationPlanEntity entity = entity(plan.organisationId(), plan.id())
                .orElseThrow(() -> new NotFound("communication-plan", plan.id()));
        Versions.expect("communication-plan", entity.version, plan.version());
        entity.apply(plan, consultationDue);
        Versions.flush(repository.getEntityManager(), "communication-plan", plan.version());
        return entity.toDomain();
    }

    @Override
    public void changeConsultationDue(
            OrganisationId organisationId, CommunicationPlanId id, LocalDate consultationDue) {
        repository.update(
                "consultationDue = ?1 where organisationId = ?2 and id = ?3",
                consultationDue,
                organisationId.value(),
                id.value());
    }

    @Override
    public Page<CommunicationPlan> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after("organisationId = :organisation", page, parameters, false);
        return Keyset.page(
                repository
                        .find(query + " order by id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                CommunicationPlanEntity::toDomain,
                plan -> plan.id().value());
    }

    @Override
    public List<ConsultationDue> consultationsDue(List<OrganisationId> organisationIds, LocalDate until, int limit) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "organisation",
                organisationIds.stream().map(OrganisationId::value).toList());
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery("""
                        from CommunicationPlanEntity p
                        where p.organisationId in %s and p.consultationDue is not null
                        and p.consultationDue < :until
                        and not exists (select 1 from CommunicationActionEntity a
                            where a.organisationId = p.organisationId and a.planId = p.id and a.status = :done
                            and a.audience = :representatives and a.legalBasis in (:cct39, :cse))
                        order by p.consultationDue, p.id""".formatted(ids.parameters()), CommunicationPlanEntity.class))
                .setParameter("until", until)
                .setParameter("done", CommunicationStatus.DONE)
                .setParameter("representatives", Audience.WORKER_REPRESENTATIVES)
                .setParameter("cct39", LegalBasis.BE_CCT_39)
                .setParameter("cse", LegalBasis.FR_CSE)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(entity -> new ConsultationDue(entity.toDomain(), entity.consultationDue))
                .toList();
    }

    private Optional<CommunicationPlanEntity> entity(OrganisationId organisationId, CommunicationPlanId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of communication plans, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<CommunicationPlanEntity, UUID> {}
}
