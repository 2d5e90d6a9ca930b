package org.gouvernail.app.usecase;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseBuilder;
import org.gouvernail.domain.usecase.UseCaseFilter;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;

/** Fake out-port: the use cases in memory, inside one organisation, versions checked and incremented like the MariaDB adapter (UseCasesContract proves it). */
public final class InMemoryUseCases implements UseCases {

    private final Map<UseCaseId, UseCase> rows = new LinkedHashMap<>();

    @Override
    public void add(UseCase useCase) {
        if (rows.putIfAbsent(useCase.id(), useCase) != null) {
            throw new IllegalStateException("duplicate use case id " + useCase.id());
        }
    }

    @Override
    public Optional<UseCase> find(OrganisationId organisationId, UseCaseId id) {
        return Optional.ofNullable(rows.get(id)).filter(u -> u.organisationId().equals(organisationId));
    }

    @Override
    public UseCase update(UseCase u) {
        UseCase stored = find(u.organisationId(), u.id()).orElseThrow(() -> new NotFound("use-case", u.id()));
        StaleVersion.check("use-case", stored.version(), u.version());
        if (stored.equals(u)) {
            return stored; // like Hibernate: nothing changed, nothing written, the version stays
        }
        UseCase saved = UseCaseBuilder.from(u).withVersion(u.version() + 1).build();
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public void remove(OrganisationId organisationId, UseCaseId id, long expectedVersion) {
        UseCase stored = find(organisationId, id).orElseThrow(() -> new NotFound("use-case", id));
        StaleVersion.check("use-case", stored.version(), expectedVersion);
        rows.remove(id);
    }

    @Override
    public Page<UseCase> list(OrganisationId organisationId, UseCaseFilter filter, PageRequest page) {
        Stream<UseCase> matching = rows.values().stream()
                .filter(u -> u.organisationId().equals(organisationId))
                .filter(u -> filter.status().map(s -> u.status() == s).orElse(true))
                .filter(u -> filter.peopleAffected()
                        .map(p -> u.details().peopleAffected() == p)
                        .orElse(true));
        return InMemoryPages.keyset(matching, page, u -> u.id().value(), false);
    }

    @Override
    public List<UseCase> portfolio(OrganisationId organisationId, int max) {
        return rows.values().stream()
                .filter(u -> u.organisationId().equals(organisationId))
                .filter(u -> u.status() != UseCaseStatus.REJECTED && u.status() != UseCaseStatus.RETIRED)
                .sorted(InMemoryPages.byId((UseCase u) -> u.id().value()))
                .limit(max)
                .toList();
    }

    @Override
    public List<UseCase> inPortfolio(Collection<OrganisationId> organisationIds, Collection<UseCaseId> ids) {
        return rows.values().stream()
                .filter(u -> organisationIds.contains(u.organisationId()) && ids.contains(u.id()))
                .filter(u -> u.status() != UseCaseStatus.REJECTED && u.status() != UseCaseStatus.RETIRED)
                .toList();
    }
}
