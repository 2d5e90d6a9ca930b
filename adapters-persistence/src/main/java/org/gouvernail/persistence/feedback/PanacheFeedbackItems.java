package org.gouvernail.persistence.feedback;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.feedback.FeedbackDigest;
import org.gouvernail.domain.feedback.FeedbackFilter;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.FeedbackStatus;
import org.gouvernail.domain.feedback.FollowUp;
import org.gouvernail.domain.feedback.FollowUpKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.RunningDeadline;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the feedback items in MariaDB, each saved with its conversation under one version. */
@ApplicationScoped
public class PanacheFeedbackItems implements FeedbackItems {

    /** Released to the handlers: every item but the anonymous ones received today or later. */
    private static final String RELEASED = "(f.identityMode <> :anonymous or f.receivedOn < :today)";

    /** Most items a digest reads: far above a year of an association's feedback. */
    static final int DIGEST_LIMIT = 10_000;

    private final Repository repository;

    PanacheFeedbackItems(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(FeedbackItem item) {
        repository.persist(FeedbackItemEntity.from(item));
    }

    @Override
    public Optional<FeedbackItem> find(OrganisationId organisationId, FeedbackItemId id) {
        return entity(organisationId, id).map(FeedbackItemEntity::toDomain);
    }

    @Override
    public Optional<FeedbackItem> findByReceipt(OrganisationId organisationId, String receiptHash) {
        return repository
                .find("organisationId = ?1 and receiptHash = ?2", organisationId.value(), receiptHash)
                .firstResultOptional()
                .map(FeedbackItemEntity::toDomain);
    }

    @Override
    public FeedbackItem update(FeedbackItem item) {
        FeedbackItemEntity entity =
                entity(item.organisationId(), item.id()).orElseThrow(() -> new NotFound("feedback-item", item.id()));
        Versions.expect("feedback item", entity.version, item.version());
        entity.apply(item);
        Versions.flush(repository.getEntityManager(), "feedback item", item.version());
        return entity.toDomain();
    }

    @Override
    public Page<FeedbackItem> released(
            OrganisationId organisationId, FeedbackFilter filter, LocalDate today, PageRequest page) {
        StringBuilder query =
                new StringBuilder("from FeedbackItemEntity f where f.organisationId = :organisation and " + RELEASED);
        Parameters parameters = Parameters.with("organisation", organisationId.value())
                .and("anonymous", IdentityMode.ANONYMOUS)
                .and("today", today);
        filter.status().ifPresent(status -> {
            query.append(" and f.status = :status");
            parameters.and("status", status);
        });
        filter.kind().ifPresent(kind -> {
            query.append(" and f.kind = :kind");
            parameters.and("kind", kind);
        });
        return page(Keyset.after(query.toString(), page, parameters, false, "f.id"), parameters, page);
    }

    @Override
    public Page<FeedbackItem> writtenBy(OrganisationId organisationId, MemberId author, PageRequest page) {
        Parameters parameters =
                Parameters.with("organisation", organisationId.value()).and("author", author.value());
        String query = Keyset.after(
                "from FeedbackItemEntity f where f.organisationId = :organisation and f.authorId = :author",
                page,
                parameters,
                false,
                "f.id");
        return page(query, parameters, page);
    }

    @Override
    public List<RunningDeadline> deadlines(
            Collection<OrganisationId> organisations, LocalDate until, LocalDate today, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "organisation",
                organisations.stream().map(OrganisationId::value).toList());
        List<Object[]> rows = ids.bind(repository
                        .getEntityManager()
                        .createQuery(
                                "select f.organisationId, f.id, f.kind, f.status, f.dueOn from FeedbackItemEntity f"
                                        + " where f.organisationId in " + ids.parameters() + " and f.dueOn is not null"
                                        + " and f.dueOn <= :until and " + RELEASED + " order by f.dueOn, f.id",
                                Object[].class))
                .setParameter("until", until)
                .setParameter("anonymous", IdentityMode.ANONYMOUS)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(row -> new RunningDeadline(
                        new OrganisationId((UUID) row[0]),
                        new FeedbackItemId((UUID) row[1]),
                        (FeedbackKind) row[2],
                        (FeedbackStatus) row[3],
                        (LocalDate) row[4]))
                .toList();
    }

    @Override
    public List<FeedbackItem> linkedTo(
            OrganisationId organisationId, FollowUpKind kind, UUID targetId, Integer version, int limit) {
        Parameters parameters = Parameters.with("organisation", organisationId.value())
                .and("kind", kind)
                .and("target", targetId);
        String versionClause = "";
        if (version != null) {
            versionClause = " and u.policyVersion = :version";
            parameters.and("version", version);
        }
        return repository
                .find(
                        "from FeedbackItemEntity f where f.organisationId = :organisation and exists (select 1 from"
                                + " f.followUps u where u.kind = :kind and u.targetId = :target" + versionClause
                                + ") order by f.id",
                        parameters)
                .page(0, limit)
                .list()
                .stream()
                .map(FeedbackItemEntity::toDomain)
                .toList();
    }

    @Override
    public List<FeedbackDigest.Row> digestRows(
            OrganisationId organisationId, LocalDate from, LocalDate to, LocalDate today) {
        String where = " where f.organisationId = :organisation and f.receivedOn >= :from and f.receivedOn <= :to and "
                + RELEASED;
        var manager = repository.getEntityManager();
        List<Object[]> items = manager.createQuery(
                        "select f.id, f.kind, f.status, case when f.quoteConsent = true then f.text else null end"
                                + " from FeedbackItemEntity f" + where + " order by f.id",
                        Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("anonymous", IdentityMode.ANONYMOUS)
                .setParameter("today", today)
                .setMaxResults(DIGEST_LIMIT)
                .getResultList();
        if (items.isEmpty()) {
            return List.of();
        }
        List<Object[]> links = manager.createQuery(
                        "select f.id, u.kind, u.targetId, u.policyVersion, u.note, u.linkedOn, u.parentId"
                                + " from FeedbackItemEntity f join f.followUps u" + where,
                        Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("anonymous", IdentityMode.ANONYMOUS)
                .setParameter("today", today)
                .getResultList();
        Map<UUID, List<FollowUp>> followUps = new HashMap<>();
        for (Object[] link : links) {
            followUps
                    .computeIfAbsent((UUID) link[0], id -> new ArrayList<>())
                    .add(new FollowUp(
                            (FollowUpKind) link[1],
                            (UUID) link[2],
                            (Integer) link[3],
                            (String) link[4],
                            (LocalDate) link[5],
                            (UUID) link[6]));
        }
        return items.stream()
                .map(row -> new FeedbackDigest.Row(
                        new FeedbackItemId((UUID) row[0]),
                        (FeedbackKind) row[1],
                        (FeedbackStatus) row[2],
                        (String) row[3],
                        followUps.getOrDefault((UUID) row[0], List.of())))
                .toList();
    }

    private Page<FeedbackItem> page(String query, Parameters parameters, PageRequest page) {
        return Keyset.page(
                repository
                        .find(query + " order by f.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                FeedbackItemEntity::toDomain,
                item -> item.id().value());
    }

    private Optional<FeedbackItemEntity> entity(OrganisationId organisationId, FeedbackItemId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of feedback items, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<FeedbackItemEntity, UUID> {}
}
