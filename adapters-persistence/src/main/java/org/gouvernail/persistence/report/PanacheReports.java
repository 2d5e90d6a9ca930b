package org.gouvernail.persistence.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportStatus;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.report.port.out.Reports;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the organisations' reports in MariaDB, newest first. */
@ApplicationScoped
public class PanacheReports implements Reports {

    private final Repository repository;

    PanacheReports(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Report report) {
        repository.persist(ReportEntity.from(report));
    }

    @Override
    public Optional<Report> find(OrganisationId organisationId, UUID id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id)
                .firstResultOptional()
                .map(ReportEntity::toDomain);
    }

    @Override
    public Report update(Report report) {
        ReportEntity entity = repository
                .find("organisationId = ?1 and id = ?2", report.organisationId().value(), report.id())
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("report", report.id()));
        Versions.expect("report", entity.version, report.version());
        entity.apply(report);
        Versions.flush(repository.getEntityManager(), "report", report.version());
        return entity.toDomain();
    }

    @Override
    public Page<Report> list(OrganisationId organisationId, ReportType type, PageRequest page) {
        StringBuilder query = new StringBuilder("organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        if (type != null) {
            query.append(" and type = :type");
            parameters.and("type", type);
        }
        String paged = Keyset.after(query.toString(), page, parameters, true);
        return Keyset.page(
                repository
                        .find(paged + " order by id desc", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                ReportEntity::toDomain,
                Report::id);
    }

    @Override
    public Optional<Report> lastFinal(OrganisationId organisationId, ReportType type) {
        return repository
                .find(
                        "organisationId = :organisation and type = :type and status = :final order by finalisedAt desc, id desc",
                        Parameters.with("organisation", organisationId.value())
                                .and("type", type)
                                .and("final", ReportStatus.FINAL))
                .page(0, 1)
                .firstResultOptional()
                .map(ReportEntity::toDomain);
    }

    /** The Panache repository, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ReportEntity, UUID> {}
}
