package org.gouvernail.persistence.federation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.federation.Contribution;
import org.gouvernail.domain.federation.FederationReport;
import org.gouvernail.domain.federation.FederationReportContent;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.federation.port.out.FederationReports;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter: federation reports in federation_report, their contributors in
 * federation_report_contributor. A report's marks are computed at read time, for a whole page in one
 * statement: a contributor withdrew if its organisation is gone, its link ended after the report, or
 * it revoked the indicator after the report.
 */
@ApplicationScoped
public class SqlFederationReports implements FederationReports {

    private static final int ROWS_PER_INSERT = 500;
    private static final String COLUMNS = "id, organisation_id, title, indicators, segmentation, finalised_at, sha256";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    SqlFederationReports(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    public String document(FederationReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("federation report not writable", e);
        }
    }

    @Override
    public void add(FederationReport report, String document, List<Contribution> contributions) {
        entityManager
                .createNativeQuery("insert into federation_report (" + COLUMNS
                        + ", document) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, report.id().toString())
                .setParameter(2, report.federationId().value().toString())
                .setParameter(3, report.title())
                .setParameter(4, String.join(",", report.indicators()))
                .setParameter(
                        5,
                        report.segmentation() == null
                                ? null
                                : report.segmentation().name())
                .setParameter(6, report.finalisedAt())
                .setParameter(7, report.sha256())
                .setParameter(8, document)
                .executeUpdate();
        for (int from = 0; from < contributions.size(); from += ROWS_PER_INSERT) {
            List<Contribution> batch =
                    contributions.subList(from, Math.min(contributions.size(), from + ROWS_PER_INSERT));
            var insert = entityManager.createNativeQuery("insert into federation_report_contributor"
                    + " (report_id, sequence_number, association_id, indicator_code) values "
                    + batch.stream().map(row -> "(?, ?, ?, ?)").collect(Collectors.joining(", ")));
            int position = 1;
            int sequence = from;
            for (Contribution contribution : batch) {
                insert.setParameter(position++, report.id().toString());
                insert.setParameter(position++, sequence++);
                insert.setParameter(
                        position++, contribution.associationId().value().toString());
                insert.setParameter(position++, contribution.indicator());
            }
            insert.executeUpdate();
        }
    }

    @Override
    public Page<FederationReport> list(OrganisationId federationId, PageRequest page) {
        // newest first: "after" is the last id of the previous page, ids are time-ordered
        var query = entityManager
                .createNativeQuery("select " + COLUMNS + " from federation_report where organisation_id = ?1"
                        + (page.after().isPresent() ? " and id < ?2" : "") + " order by id desc limit "
                        + (page.limit() + 1))
                .setParameter(1, federationId.value().toString());
        page.after().ifPresent(after -> query.setParameter(2, after.toString()));
        List<?> rows = query.getResultList();
        List<Object[]> reports = rows.stream().map(row -> (Object[]) row).toList();
        Map<UUID, Set<String>> withdrawn =
                withdrawn(reports.stream().map(row -> row[0].toString()).toList());
        List<FederationReport> items =
                reports.stream().map(row -> report(row, withdrawn)).toList();
        return Page.fromSlice(items, page, FederationReport::id);
    }

    @Override
    public Optional<FederationReport> find(OrganisationId federationId, UUID reportId) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select " + COLUMNS + " from federation_report where organisation_id = ?1 and id = ?2")
                .setParameter(1, federationId.value().toString())
                .setParameter(2, reportId.toString())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(report(row, withdrawn(List.of(row[0].toString()))));
    }

    @Override
    public Optional<String> stored(OrganisationId federationId, UUID reportId) {
        List<?> rows = entityManager
                .createNativeQuery("select document from federation_report where organisation_id = ?1 and id = ?2")
                .setParameter(1, federationId.value().toString())
                .setParameter(2, reportId.toString())
                .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    private Map<UUID, Set<String>> withdrawn(List<String> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows =
                entityManager.createNativeQuery("""
                        select distinct c.report_id, c.indicator_code
                        from federation_report_contributor c
                        join federation_report r on r.id = c.report_id
                        where c.report_id in (?1)
                          and (c.association_id is null
                            or exists (select 1 from federation_link l
                                       where l.federation_id = r.organisation_id and l.association_id = c.association_id
                                         and l.ended_at > r.finalised_at)
                            or exists (select 1 from federation_link l join sharing_consent s on s.link_id = l.id
                                       where l.federation_id = r.organisation_id and l.association_id = c.association_id
                                         and s.indicator_code = c.indicator_code and s.change_kind = 'REVOKED'
                                         and s.changed_at > r.finalised_at))""").setParameter(1, reportIds).getResultList();
        Map<UUID, Set<String>> withdrawn = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            withdrawn
                    .computeIfAbsent(UUID.fromString(columns[0].toString()), id -> new HashSet<>())
                    .add(columns[1].toString());
        }
        return withdrawn;
    }

    private static FederationReport report(Object[] row, Map<UUID, Set<String>> withdrawn) {
        UUID id = UUID.fromString(row[0].toString());
        return new FederationReport(
                id,
                new OrganisationId(UUID.fromString(row[1].toString())),
                row[2].toString(),
                new ArrayList<>(Arrays.asList(row[3].toString().split(","))),
                row[4] == null ? null : Segmentation.valueOf(row[4].toString()),
                DueItemQuery.instant(row[5]),
                row[6].toString(),
                withdrawn.getOrDefault(id, Set.of()));
    }
}
