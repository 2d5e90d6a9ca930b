package org.gouvernail.app.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationBuilder;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/** Fake out-port: the organisations in memory, versioned like the MariaDB adapter (OrganisationsContract proves it). */
public final class InMemoryOrganisations implements Organisations {

    private final Map<OrganisationId, Organisation> rows = new LinkedHashMap<>();
    private final Memberships memberships;

    /** Needs the memberships to answer "where is this person an active member", as the SQL join does. */
    public InMemoryOrganisations(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public void add(Organisation organisation) {
        if (rows.putIfAbsent(organisation.id(), organisation) != null) {
            throw new IllegalStateException("duplicate organisation id " + organisation.id());
        }
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Organisation> findAll(Collection<OrganisationId> ids) {
        return ids.stream().distinct().map(rows::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Organisation update(Organisation organisation) {
        Organisation stored =
                find(organisation.id()).orElseThrow(() -> new NotFound("organisation", organisation.id()));
        StaleVersion.check("organisation", stored.version(), organisation.version());
        if (stored.equals(organisation)) {
            return stored; // like Hibernate: nothing changed, nothing written, the version stays
        }
        Organisation saved = OrganisationBuilder.from(organisation)
                .withVersion(organisation.version() + 1)
                .build();
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public boolean slugTaken(String slug, OrganisationId except) {
        return rows.values().stream().anyMatch(o -> o.profile().slug().equals(slug) && !o.id().equals(except));
    }

    @Override
    public java.util.Optional<Organisation> findBySlug(String slug) {
        return rows.values().stream()
                .filter(o -> o.profile().slug().equals(slug))
                .findFirst();
    }

    @Override
    public void lockForMembershipChange(OrganisationId id) {
        // one thread per test: nothing to wait for
    }

    @Override
    public Page<Organisation> withActiveMember(String subject, PageRequest page) {
        Predicate<Organisation> member =
                o -> memberships.findActive(o.id(), subject).isPresent();
        return InMemoryPages.keyset(rows.values().stream().filter(member), page, o -> o.id().value(), false);
    }

    /** How many organisations are stored: for assertions only. */
    public int count() {
        return rows.size();
    }
}
