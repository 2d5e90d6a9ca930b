package org.gouvernail.domain.usecase;

import java.time.Instant;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: a use case as persistence would rebuild it, in any status and version, for the
 * tests (and fake repositories) that cannot reach that state through {@link UseCase#propose}:
 * {@code UseCaseBuilder.from(idea).in(UseCaseStatus.PILOT).build()}.
 */
public final class UseCaseBuilder {

    private UseCaseId id;
    private OrganisationId organisationId;
    private UseCaseDetails details;
    private UseCaseStatus status;
    private AiActAnswers aiActAnswers;
    private DpiaAnswers dpiaAnswers;
    private ValuesCheck valuesCheck;
    private FootprintInputs footprintInputs;
    private String catalogueEntry;
    private MemberId createdBy;
    private long version;
    private Instant createdAt;

    private UseCaseBuilder() {}

    public static UseCaseBuilder from(UseCase useCase) {
        UseCaseBuilder builder = new UseCaseBuilder();
        builder.id = useCase.id();
        builder.organisationId = useCase.organisationId();
        builder.details = useCase.details();
        builder.status = useCase.status();
        builder.aiActAnswers = useCase.aiActAnswers();
        builder.dpiaAnswers = useCase.dpiaAnswers();
        builder.valuesCheck = useCase.valuesCheck();
        builder.footprintInputs = useCase.footprintInputs();
        builder.catalogueEntry = useCase.catalogueEntry();
        builder.createdBy = useCase.createdBy();
        builder.version = useCase.version();
        builder.createdAt = useCase.createdAt();
        return builder;
    }

    /** The same use case claimed by another organisation: what a contract of the stores tries to reach. */
    public UseCaseBuilder of(OrganisationId organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    public UseCaseBuilder in(UseCaseStatus status) {
        this.status = status;
        return this;
    }

    public UseCaseBuilder withAiActAnswers(AiActAnswers aiActAnswers) {
        this.aiActAnswers = aiActAnswers;
        return this;
    }

    public UseCaseBuilder withDpiaAnswers(DpiaAnswers dpiaAnswers) {
        this.dpiaAnswers = dpiaAnswers;
        return this;
    }

    public UseCaseBuilder fromCatalogue(String catalogueEntry) {
        this.catalogueEntry = catalogueEntry;
        return this;
    }

    public UseCaseBuilder createdBy(MemberId createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    public UseCaseBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public UseCaseBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public UseCase build() {
        return new UseCase(
                id,
                organisationId,
                details,
                status,
                aiActAnswers,
                dpiaAnswers,
                valuesCheck,
                footprintInputs,
                catalogueEntry,
                createdBy,
                version,
                createdAt);
    }
}
