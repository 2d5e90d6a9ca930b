package org.gouvernail.persistence.inventory.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessmentId;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.inventory.assessment.AssessmentStatus;
import org.gouvernail.domain.inventory.assessment.ValidatedAssessment;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.out.Assessments;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the vendor security assessments in MariaDB. */
@ApplicationScoped
public class PanacheAssessments implements Assessments {

    private final Repository repository;

    PanacheAssessments(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(VendorAssessment assessment) {
        repository.persist(VendorAssessmentEntity.from(assessment));
    }

    @Override
    public Optional<VendorAssessment> find(OrganisationId organisationId, AssessmentId id) {
        return entity(organisationId, id).map(VendorAssessmentEntity::toDomain);
    }

    @Override
    public VendorAssessment update(VendorAssessment assessment) {
        VendorAssessmentEntity entity = entity(assessment.organisationId(), assessment.id())
                .orElseThrow(() -> new NotFound("assessment", assessment.id()));
        Versions.expect("assessment", entity.version, assessment.version());
        entity.apply(assessment);
        Versions.flush(repository.getEntityManager(), "assessment", assessment.version());
        return entity.toDomain();
    }

    @Override
    public Page<VendorAssessment> ofTool(OrganisationId organisationId, ToolId toolId, PageRequest page) {
        Parameters parameters =
                Parameters.with("organisation", organisationId.value()).and("tool", toolId.value());
        String query = Keyset.after("organisationId = :organisation and toolId = :tool", page, parameters, true);
        return Keyset.page(
                repository
                        .find(query + " order by id desc", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                VendorAssessmentEntity::toDomain,
                assessment -> assessment.id().value());
    }

    /** One query for all the tools: the validated rows whose date is the latest of their tool. */
    @Override
    public List<ValidatedAssessment> latestValidated(OrganisationId organisationId, Collection<ToolId> toolIds) {
        if (toolIds.isEmpty()) {
            return List.of();
        }
        InList tools =
                InList.of("tool", toolIds.stream().map(ToolId::value).distinct().toList());
        List<Object[]> rows = tools.bind(
                        repository.getEntityManager().createQuery("""
                select a.id, a.toolId, a.validatedAt, a.level, a.score from VendorAssessmentEntity a
                where a.organisationId = :organisation and a.toolId in %s and a.status = :validated
                  and a.validatedAt = (select max(b.validatedAt) from VendorAssessmentEntity b
                      where b.organisationId = a.organisationId and b.toolId = a.toolId and b.status = :validated)
                order by a.id""".formatted(tools.parameters()), Object[].class))
                .setParameter("organisation", organisationId.value())
                .setParameter("validated", AssessmentStatus.VALIDATED)
                .getResultList();
        Map<UUID, ValidatedAssessment> latest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ValidatedAssessment validated = new ValidatedAssessment(
                    new AssessmentId((UUID) row[0]),
                    new ToolId((UUID) row[1]),
                    (Instant) row[2],
                    (AssessmentLevel) row[3],
                    (Integer) row[4]);
            latest.put(validated.toolId().value(), validated);
        }
        return List.copyOf(latest.values());
    }

    private Optional<VendorAssessmentEntity> entity(OrganisationId organisationId, AssessmentId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<VendorAssessmentEntity, UUID> {}
}
