package org.gouvernail.persistence.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.catalogue.CatalogueStatus;
import org.gouvernail.domain.catalogue.EntryContent;
import org.gouvernail.domain.catalogue.Recommendation;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table catalogue_entry: one entry of a federation's shared tool catalogue. */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntryEntity {

    @Id
    public UUID id;

    /** The federation. */
    public UUID organisationId;

    public String name;
    public String vendor;

    @Enumerated(EnumType.STRING)
    public ToolCategory category;

    @Enumerated(EnumType.STRING)
    public AccountType accountType;

    @Column(name = "vendor_plan")
    public String plan;

    @Enumerated(EnumType.STRING)
    public HostingRegion hostingRegion;

    @Enumerated(EnumType.STRING)
    public AssessmentLevel assessmentLevel;

    @Enumerated(EnumType.STRING)
    public DataCategory dataCeiling;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public String conditions;
    public String rationale;
    public String agreementUrl;
    public String offerUrl;
    public LocalDate reviewedOn;
    public LocalDate nextReviewOn;

    @Enumerated(EnumType.STRING)
    public CatalogueStatus status;

    public int revision;
    public Instant publishedAt;
    public Instant changedAt;

    @Version
    public long version;

    static CatalogueEntryEntity from(CatalogueEntry entry) {
        CatalogueEntryEntity entity = new CatalogueEntryEntity();
        entity.id = entry.id().value();
        entity.organisationId = entry.federationId().value();
        entity.version = entry.version();
        entity.apply(entry);
        return entity;
    }

    void apply(CatalogueEntry entry) {
        EntryContent content = entry.content();
        name = content.name();
        vendor = content.vendor();
        category = content.category();
        accountType = content.accountType();
        plan = content.plan();
        hostingRegion = content.hostingRegion();
        assessmentLevel = content.assessmentLevel();
        dataCeiling = content.dataCeiling();
        recommendation = content.recommendation();
        conditions = content.conditions();
        rationale = content.rationale();
        agreementUrl = content.agreementUrl();
        offerUrl = content.offerUrl();
        reviewedOn = content.reviewedOn();
        nextReviewOn = content.nextReviewOn();
        status = entry.status();
        revision = entry.revision();
        publishedAt = entry.publishedAt();
        changedAt = entry.changedAt();
    }

    CatalogueEntry toDomain() {
        return new CatalogueEntry(
                new CatalogueEntryId(id),
                new OrganisationId(organisationId),
                new EntryContent(
                        name,
                        vendor,
                        category,
                        accountType,
                        plan,
                        hostingRegion,
                        assessmentLevel,
                        dataCeiling,
                        recommendation,
                        conditions,
                        rationale,
                        agreementUrl,
                        offerUrl,
                        reviewedOn,
                        nextReviewOn),
                status,
                revision,
                publishedAt,
                changedAt,
                version);
    }
}
