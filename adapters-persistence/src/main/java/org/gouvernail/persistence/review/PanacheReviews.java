package org.gouvernail.persistence.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.review.DueSubject.SubjectKey;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewId;
import org.gouvernail.domain.review.ReviewSettings;
import org.gouvernail.domain.review.port.out.Reviews;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the reviews (the ledger) and the review settings in MariaDB. */
@ApplicationScoped
public class PanacheReviews implements Reviews {

    private final Repository repository;
    private final SettingsRepository settings;

    PanacheReviews(Repository repository, SettingsRepository settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public void add(Review review) {
        repository.persist(ReviewEntity.from(review));
    }

    @Override
    public Review update(Review review) {
        ReviewEntity entity =
                entity(review.organisationId(), review.id()).orElseThrow(() -> new NotFound("review", review.id()));
        Versions.expect("review", entity.version, review.version());
        entity.apply(review);
        Versions.flush(repository.getEntityManager(), "review", review.version());
        return entity.toDomain();
    }

    @Override
    public Optional<Review> find(OrganisationId organisationId, ReviewId id) {
        return entity(organisationId, id).map(ReviewEntity::toDomain);
    }

    /** One statement: every review of these subject ids, the latest (by time-ordered id) kept per subject. */
    @Override
    public List<Review> latestOf(OrganisationId organisationId, Collection<SubjectKey> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "subject",
                subjects.stream().map(SubjectKey::subjectId).distinct().toList());
        Map<SubjectKey, Review> latest = new LinkedHashMap<>();
        ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from ReviewEntity where organisationId = :organisation and subjectId in "
                                        + ids.parameters() + " order by id desc",
                                ReviewEntity.class))
                .setParameter("organisation", organisationId.value())
                .getResultList()
                .stream()
                .map(ReviewEntity::toDomain)
                .filter(review -> subjects.contains(review.subject().key()))
                .forEach(review -> latest.putIfAbsent(review.subject().key(), review));
        return latest.values().stream()
                .sorted(Comparator.comparing(review -> review.id().value()))
                .toList();
    }

    @Override
    public Page<Review> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after(
                "from ReviewEntity r where r.organisationId = :organisation", page, parameters, false, "r.id");
        return Keyset.page(
                repository
                        .find(query + " order by r.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                ReviewEntity::toDomain,
                review -> review.id().value());
    }

    @Override
    public Optional<ReviewSettings> settings(OrganisationId organisationId) {
        return settings.findByIdOptional(organisationId.value()).map(ReviewSettingsEntity::toDomain);
    }

    @Override
    public ReviewSettings saveSettings(OrganisationId organisationId, ReviewSettings chosen) {
        ReviewSettingsEntity entity = settings.findById(organisationId.value());
        if (entity == null) {
            // version 0 is the defaults': the first choice is version 1
            StaleVersion.check("review-settings", 0, chosen.version());
            entity = new ReviewSettingsEntity();
            entity.organisationId = organisationId.value();
            entity.cadence = chosen.cadence();
            entity.leadTimeDays = chosen.leadTimeDays();
            entity.version = 1;
            settings.persist(entity);
        } else {
            Versions.expect("review-settings", entity.version, chosen.version());
            entity.cadence = chosen.cadence();
            entity.leadTimeDays = chosen.leadTimeDays();
        }
        Versions.flush(settings.getEntityManager(), "review-settings", chosen.version());
        return new ReviewSettings(entity.cadence, entity.leadTimeDays, true, entity.version);
    }

    private Optional<ReviewEntity> entity(OrganisationId organisationId, ReviewId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of reviews, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ReviewEntity, UUID> {}

    /** The Panache repository of review settings, kept inside the adapter. */
    @ApplicationScoped
    static class SettingsRepository implements PanacheRepositoryBase<ReviewSettingsEntity, UUID> {}
}
