package org.gouvernail.domain.usecase.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseFilter;
import org.gouvernail.domain.usecase.UseCaseId;

/** Out-port: the stored use cases of one organisation. */
public interface UseCases {

    void add(UseCase useCase);

    Optional<UseCase> find(OrganisationId organisationId, UseCaseId id);

    /** Saves a changed use case; fails with StaleVersion if it changed since it was read. */
    UseCase update(UseCase useCase);

    void remove(OrganisationId organisationId, UseCaseId id, long expectedVersion);

    Page<UseCase> list(OrganisationId organisationId, UseCaseFilter filter, PageRequest page);

    /** The use cases neither rejected nor retired, oldest first, at most {@code max}. */
    List<UseCase> portfolio(OrganisationId organisationId, int max);

    /** The use cases among {@code ids}, of these organisations, neither rejected nor retired, in one query. */
    List<UseCase> inPortfolio(Collection<OrganisationId> organisationIds, Collection<UseCaseId> ids);
}
