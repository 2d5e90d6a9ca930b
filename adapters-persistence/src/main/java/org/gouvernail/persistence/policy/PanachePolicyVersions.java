package org.gouvernail.persistence.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.RulesInForce;
import org.gouvernail.domain.policy.SubjectKind;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.UsageRules;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Versions;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Persistence adapter: policy versions with their usage rules, saved together under the version's
 * one version number (a change to the rules alone still moves it). The rules are a collection of the
 * version's entity: Hibernate writes the changed positions, and loads the rules of the versions a
 * query returned in one more query per 64 of them: {@link #published} is read on every policy check.
 */
@ApplicationScoped
public class PanachePolicyVersions implements PolicyVersions {

    private final Repository repository;

    PanachePolicyVersions(Repository repository) {
        this.repository = repository;
    }

    /** The unique key (policy_id, number) of V81: the backstop against two drafts numbered alike. */
    private static final String NUMBER_KEY = "uk_policy_version_number";

    @Override
    public void add(PolicyVersion version) {
        EntityManager em = repository.getEntityManager();
        PolicyVersionEntity entity = PolicyVersionEntity.from(version);
        repository.persist(entity);
        try {
            // now, so that a version number taken meanwhile surfaces as a rule, not as a failed commit
            em.flush();
        } catch (ConstraintViolationException e) {
            if (!violates(e, NUMBER_KEY)) {
                throw e;
            }
            throw new RuleViolation(
                    "policy-draft-exists",
                    "policy " + version.policyId() + " already has a version " + version.number(),
                    version.number());
        }
    }

    @Override
    public Optional<PolicyVersion> find(OrganisationId organisationId, PolicyId policyId, int number) {
        Parameters parameters = Parameters.with("organisation", organisationId.value())
                .and("policy", policyId.value())
                .and("number", number);
        return repository
                .find(
                        "from PolicyVersionEntity v where v.organisationId = :organisation"
                                + " and v.policyId = :policy and v.number = :number",
                        parameters)
                .firstResultOptional()
                .map(PolicyVersionEntity::toDomain);
    }

    @Override
    public Optional<PolicyVersion> find(OrganisationId organisationId, VersionId id) {
        return entity(organisationId, id).map(PolicyVersionEntity::toDomain);
    }

    @Override
    public PolicyVersion update(PolicyVersion version) {
        PolicyVersionEntity entity = entity(version.organisationId(), version.id())
                .orElseThrow(() -> new NotFound("policy-version", version.id()));
        Versions.expect("policy-version", entity.version, version.version());
        entity.apply(version);
        Versions.flush(repository.getEntityManager(), "policy-version", version.version());
        return entity.toDomain();
    }

    @Override
    public List<PolicyVersion> list(OrganisationId organisationId, PolicyId policyId) {
        Parameters parameters =
                Parameters.with("organisation", organisationId.value()).and("policy", policyId.value());
        return toDomain(repository
                .find(
                        "from PolicyVersionEntity v where v.organisationId = :organisation"
                                + " and v.policyId = :policy order by v.number desc",
                        parameters)
                .list());
    }

    @Override
    public long namingTool(OrganisationId organisationId, UUID toolId) {
        return repository
                .getEntityManager()
                .createQuery(
                        "select count(distinct v.id) from PolicyVersionEntity v join v.rules r where v.organisationId = :organisation"
                                + " and r.organisationId = :organisation and r.subjectKind = :tool and r.subjectCode = :code",
                        Long.class)
                .setParameter("organisation", organisationId.value())
                .setParameter("tool", SubjectKind.TOOL)
                .setParameter("code", toolId.toString())
                .getSingleResult();
    }

    @Override
    public List<PolicyVersion> inReview(OrganisationId organisationId) {
        Parameters parameters =
                Parameters.with("organisation", organisationId.value()).and("review", VersionStatus.IN_REVIEW);
        return toDomain(repository
                .find(
                        "from PolicyVersionEntity v where v.organisationId = :organisation"
                                + " and v.status = :review order by v.id",
                        parameters)
                .list());
    }

    /** Two queries up to 64 policies in force: the PUBLISHED versions (index organisation_id, status), then their rules at once. */
    @Override
    public List<PolicyVersion> published(OrganisationId organisationId) {
        Parameters parameters =
                Parameters.with("organisation", organisationId.value()).and("published", VersionStatus.PUBLISHED);
        return toDomain(repository
                .find(
                        "from PolicyVersionEntity v where v.organisationId = :organisation"
                                + " and v.status = :published order by v.policyId",
                        parameters)
                .list());
    }

    /** Two queries: the versions in force with their policies' titles (no texts), then their rules at once. */
    @Override
    public List<RulesInForce> rulesInForce(OrganisationId organisationId) {
        List<Object[]> rows = repository
                .getEntityManager()
                .createQuery(
                        "select v.id, v.policyId, p.title, v.number from PolicyVersionEntity v "
                                + "join PolicyEntity p on p.id = v.policyId and p.organisationId = v.organisationId "
                                + "where v.organisationId = :organisation and v.status = :published order by v.policyId",
                        Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("published", VersionStatus.PUBLISHED)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UsageRule>> rules = new HashMap<>();
        InList published =
                InList.of("id", rows.stream().map(row -> (UUID) row[0]).toList());
        for (Object[] rule : published
                .bind(repository.getEntityManager().createQuery("""
                        select v.id, r from PolicyVersionEntity v join v.rules r
                        where v.organisationId = :organisation and v.id in %s order by v.id, index(r)""".formatted(published.parameters()), Object[].class))
                .setParameter("organisation", organisationId.value())
                .getResultList()) {
            rules.computeIfAbsent((UUID) rule[0], k -> new ArrayList<>()).add(((RuleRow) rule[1]).toDomain());
        }
        return rows.stream()
                .map(row -> new RulesInForce(
                        new VersionId((UUID) row[0]),
                        new PolicyId((UUID) row[1]),
                        (String) row[2],
                        (Integer) row[3],
                        new UsageRules(rules.getOrDefault((UUID) row[0], List.of()))))
                .toList();
    }

    private static List<PolicyVersion> toDomain(List<PolicyVersionEntity> entities) {
        return entities.stream().map(PolicyVersionEntity::toDomain).toList();
    }

    private Optional<PolicyVersionEntity> entity(OrganisationId organisationId, VersionId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    private static boolean violates(ConstraintViolationException e, String constraint) {
        String name = e.getConstraintName();
        String message =
                e.getSQLException() == null ? null : e.getSQLException().getMessage();
        return name != null && name.toLowerCase(Locale.ROOT).contains(constraint)
                || message != null && message.toLowerCase(Locale.ROOT).contains(constraint);
    }

    @Override
    public List<PolicyVersion> published(Collection<OrganisationId> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        InList organisations = InList.anyLength(
                "organisation",
                organisationIds.stream().map(OrganisationId::value).toList());
        return toDomain(organisations
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "select v from PolicyVersionEntity v left join fetch v.rules where v.organisationId in "
                                        + organisations.parameters()
                                        + " and v.status = :published order by v.organisationId, v.policyId",
                                PolicyVersionEntity.class))
                .setParameter("published", VersionStatus.PUBLISHED)
                .getResultList());
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<PolicyVersionEntity, UUID> {}
}
