package org.gouvernail.persistence.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportSection;
import org.gouvernail.domain.report.ReportStatus;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table governance_report; a final one holds its frozen JSON content and its SHA-256. */
@Entity
@Table(name = "governance_report")
public class ReportEntity {

    @Id
    public UUID id;

    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public ReportType type;

    public LocalDate periodFrom;
    public LocalDate periodTo;
    public String language;
    public String sections;
    public String scope;
    public String title;
    public String chairWords;
    public String summary;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    public String content;
    public String contentSha256;
    public UUID approvedByDecision;
    public Instant createdAt;
    public Instant finalisedAt;

    @Version
    public long version;

    static ReportEntity from(Report report) {
        ReportEntity entity = new ReportEntity();
        entity.id = report.id();
        entity.organisationId = report.organisationId().value();
        entity.type = report.type();
        entity.periodFrom = report.periodFrom();
        entity.periodTo = report.periodTo();
        entity.language = report.language().code();
        entity.scope = report.scope().stream().map(UUID::toString).collect(Collectors.joining(","));
        entity.createdAt = report.createdAt();
        entity.version = report.version();
        entity.apply(report);
        return entity;
    }

    void apply(Report report) {
        sections = report.sections().stream().map(Enum::name).collect(Collectors.joining(","));
        title = report.narrative().title();
        chairWords = report.narrative().chairWords();
        summary = report.narrative().summary();
        status = report.status();
        content = report.frozenContent();
        contentSha256 = report.sha256();
        approvedByDecision = report.approvedByDecision();
        finalisedAt = report.finalisedAt();
    }

    Report toDomain() {
        return new Report(
                id,
                new OrganisationId(organisationId),
                type,
                periodFrom,
                periodTo,
                Language.find(language).orElse(Language.FR),
                split(sections).stream().map(ReportSection::valueOf).toList(),
                split(scope).stream().map(UUID::fromString).toList(),
                new Report.Narrative(title, chairWords, summary),
                status,
                content,
                contentSha256,
                approvedByDecision,
                createdAt,
                finalisedAt,
                version);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
