package org.gouvernail.persistence.federation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.federation.ConsentChange;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.FederationLinkId;
import org.gouvernail.domain.federation.Granularity;
import org.gouvernail.domain.federation.LinkStatus;
import org.gouvernail.domain.federation.port.out.FederationLinks;
import org.gouvernail.domain.federation.port.out.FederationMembers;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Persistence adapter: federation links in federation_link, their consent history in sharing_consent
 * (rows only ever inserted). A link is read with its history in two statements; a page of links in
 * two as well, whatever its length.
 */
@ApplicationScoped
public class PanacheFederationLinks implements FederationLinks, FederationMembers {

    private static final String LIVE_PAIR_KEY = "uk_federation_link_live_pair";

    private final Repository repository;

    PanacheFederationLinks(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(FederationLink link) {
        repository.persist(FederationLinkEntity.from(link));
        try {
            repository.getEntityManager().flush();
        } catch (PersistenceException e) {
            // the unique key of V170: a concurrent invitation of the same pair got there first
            if (!livePairTaken(e)) {
                throw e;
            }
            throw new RuleViolation(
                    "federation-already-linked",
                    "this association is already invited or a member",
                    link.associationId());
        }
        insertHistory(link, 0);
    }

    /** Whether the database refused the insert on uk_federation_link_live_pair (whatever wraps its error). */
    private static boolean livePairTaken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message =
                    cause instanceof ConstraintViolationException violation && violation.getSQLException() != null
                            ? violation.getSQLException().getMessage()
                            : cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(LIVE_PAIR_KEY)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public FederationLink update(FederationLink link) {
        FederationLinkEntity entity = repository
                .find(
                        "federationId = ?1 and id = ?2",
                        link.federationId().value(),
                        link.id().value())
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("federation-link", link.id()));
        Versions.expect("federation-link", entity.version, link.version());
        int stored = entity.consentChanges;
        entity.apply(link);
        Versions.flush(repository.getEntityManager(), "federation-link", link.version());
        insertHistory(link, stored);
        return entity.toDomain(link.history());
    }

    @Override
    public Optional<FederationLink> ofFederation(OrganisationId federationId, FederationLinkId id) {
        return one(repository
                .find("federationId = ?1 and id = ?2", federationId.value(), id.value())
                .firstResultOptional());
    }

    @Override
    public Optional<FederationLink> ofMember(OrganisationId associationId, FederationLinkId id) {
        return one(repository
                .find("associationId = ?1 and id = ?2", associationId.value(), id.value())
                .firstResultOptional());
    }

    @Override
    public Optional<FederationLink> current(OrganisationId federationId, OrganisationId associationId) {
        return one(repository
                .find(
                        "federationId = ?1 and associationId = ?2 and status <> ?3",
                        federationId.value(),
                        associationId.value(),
                        LinkStatus.ENDED)
                .firstResultOptional());
    }

    @Override
    public Page<FederationLink> listOfFederation(OrganisationId federationId, PageRequest page) {
        return page("federationId", federationId, page);
    }

    @Override
    public Page<FederationLink> listOfMember(OrganisationId associationId, PageRequest page) {
        return page("associationId", associationId, page);
    }

    @Override
    public List<FederationLink> activeWithoutSnapshot(LocalDate period, int limit) {
        List<?> ids = repository
                .getEntityManager()
                .createNativeQuery("select l.id from federation_link l where l.status = 'ACTIVE' and not exists ("
                        + "select 1 from federation_snapshot s where s.link_id = l.id and s.period = ?1)"
                        + " order by l.id")
                .setParameter(1, period)
                .setMaxResults(Math.max(1, limit))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        InList values = InList.anyLength(
                "id", ids.stream().map(id -> UUID.fromString(id.toString())).toList());
        List<FederationLinkEntity> due = values.bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from FederationLinkEntity where id in " + values.parameters() + " order by id",
                                FederationLinkEntity.class))
                .getResultList();
        return withHistory(due);
    }

    @Override
    public List<FederationLink> active(OrganisationId federationId) {
        return withHistory(repository
                .find("federationId = ?1 and status = ?2 order by id", federationId.value(), LinkStatus.ACTIVE)
                .list());
    }

    @Override
    public boolean isActiveMember(OrganisationId federationId, OrganisationId organisationId) {
        return repository.count(
                        "federationId = ?1 and associationId = ?2 and status = ?3",
                        federationId.value(),
                        organisationId.value(),
                        LinkStatus.ACTIVE)
                > 0;
    }

    @Override
    public boolean anyActiveMember(OrganisationId federationId, Collection<OrganisationId> organisationIds) {
        if (organisationIds.isEmpty()) {
            return false;
        }
        InList associations = InList.anyLength(
                "association",
                organisationIds.stream().map(OrganisationId::value).toList());
        return associations
                        .bind(repository
                                .getEntityManager()
                                .createQuery(
                                        "select count(*) from FederationLinkEntity where federationId = :federation"
                                                + " and associationId in " + associations.parameters()
                                                + " and status = :active",
                                        Long.class))
                        .setParameter("federation", federationId.value())
                        .setParameter("active", LinkStatus.ACTIVE)
                        .getSingleResult()
                > 0;
    }

    @Override
    public java.util.Set<OrganisationId> activeMembers(OrganisationId federationId) {
        return repository
                .getEntityManager()
                .createQuery(
                        "select l.associationId from FederationLinkEntity l where l.federationId = ?1 and l.status = ?2",
                        UUID.class)
                .setParameter(1, federationId.value())
                .setParameter(2, LinkStatus.ACTIVE)
                .getResultStream()
                .map(OrganisationId::new)
                .collect(java.util.stream.Collectors.toSet());
    }

    private Page<FederationLink> page(String side, OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after(
                "from FederationLinkEntity l where l." + side + " = :organisation", page, parameters, false, "l.id");
        List<FederationLinkEntity> slice = repository
                .find(query + " order by l.id", parameters)
                .page(0, page.limit() + 1)
                .list();
        return Page.fromSlice(withHistory(slice), page, link -> link.id().value());
    }

    private Optional<FederationLink> one(Optional<FederationLinkEntity> entity) {
        return entity.map(found -> withHistory(List.of(found)).get(0));
    }

    /** The links with their histories: one statement for all of them. */
    private List<FederationLink> withHistory(List<FederationLinkEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ConsentChange>> histories = histories(entities.stream()
                .filter(entity -> entity.consentChanges > 0)
                .map(entity -> entity.id)
                .toList());
        return entities.stream()
                .map(entity -> entity.toDomain(histories.getOrDefault(entity.id, List.of())))
                .toList();
    }

    private Map<UUID, List<ConsentChange>> histories(Collection<UUID> linkIds) {
        Map<UUID, List<ConsentChange>> histories = new HashMap<>();
        if (linkIds.isEmpty()) {
            return histories;
        }
        List<?> rows = repository
                .getEntityManager()
                .createNativeQuery("select link_id, sequence_number, indicator_code, change_kind, granularity,"
                        + " decision_id, changed_at from sharing_consent where link_id in (?1)"
                        + " order by link_id, sequence_number")
                .setParameter(1, linkIds.stream().map(UUID::toString).toList())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            histories
                    .computeIfAbsent(UUID.fromString(columns[0].toString()), id -> new ArrayList<>())
                    .add(new ConsentChange(
                            ((Number) columns[1]).intValue(),
                            columns[2].toString(),
                            ConsentChange.Kind.valueOf(columns[3].toString()),
                            columns[4] == null ? null : Granularity.valueOf(columns[4].toString()),
                            columns[5] == null ? null : new DecisionId(UUID.fromString(columns[5].toString())),
                            instant(columns[6])));
        }
        return histories;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }

    /** Inserts the history entries beyond the first {@code stored}: the history is append-only. */
    private void insertHistory(FederationLink link, int stored) {
        EntityManager em = repository.getEntityManager();
        for (ConsentChange change :
                link.history().subList(stored, link.history().size())) {
            em.createNativeQuery("insert into sharing_consent (link_id, sequence_number, indicator_code, change_kind,"
                            + " granularity, decision_id, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, link.id().value().toString())
                    .setParameter(2, change.sequence())
                    .setParameter(3, change.indicator())
                    .setParameter(4, change.kind().name())
                    .setParameter(
                            5,
                            change.granularity() == null
                                    ? null
                                    : change.granularity().name())
                    .setParameter(
                            6,
                            change.decisionId() == null
                                    ? null
                                    : change.decisionId().value().toString())
                    .setParameter(7, change.at())
                    .executeUpdate();
        }
    }

    /** The Panache repository of federation links, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<FederationLinkEntity, UUID> {}
}
