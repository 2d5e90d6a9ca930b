package org.gouvernail.persistence.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
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
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.shared.Versions;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Persistence adapter: policy versions with their usage rules, saved together under the version's
 * one version number (a change to the rules alone still moves it). Whatever the number of versions
 * read, their rules come in one more query: {@link #published} is read on every policy check.
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
        writeRules(entity, version.content().rules().rules());
        try {
            // now, so that a version number taken meanwhile surfaces as a rule, not as a failed commit
            em.flush();
        } catch (ConstraintViolationException e) {
            if (!violates(e, NUMBER_KEY)) {
                throw e;
            }
            throw new RuleViolation("policy-draft-exists",
                    "policy " + version.policyId() + " already has a version " + version.number(), version.number());
        }
    }

    @Override
    public Optional<PolicyVersion> find(OrganisationId organisationId, PolicyId policyId, int number) {
        Parameters parameters = Parameters.with("organisation", organisationId.value()).and("policy", policyId.value()).and("number", number);
        return repository.find("from PolicyVersionEntity v where v.organisationId = :organisation"
                + " and v.policyId = :policy and v.number = :number", parameters).firstResultOptional().map(this::assemble);
    }

    @Override
    public Optional<PolicyVersion> find(OrganisationId organisationId, VersionId id) {
        return entity(organisationId, id).map(this::assemble);
    }

    @Override
    public PolicyVersion update(PolicyVersion version) {
        EntityManager em = repository.getEntityManager();
        PolicyVersionEntity entity = entity(version.organisationId(), version.id())
                .orElseThrow(() -> new NotFound("policy-version", version.id()));
        Versions.expect("policy-version", entity.version, version.version());
        // rules first: their query then finds nothing dirty to flush before Versions.flush can watch for a stale version
        boolean rulesChanged = syncRules(entity, version.content().rules().rules());
        boolean ownChanged = entity.apply(version);
        if (!ownChanged && rulesChanged) {
            try {
                em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            } catch (OptimisticLockException | StaleStateException e) {
                throw new StaleVersion("policy-version", version.version(), version.version() + 1);
            }
        }
        Versions.flush(em, "policy-version", version.version());
        return entity.toDomain(version.content().rules().rules());
    }

    @Override
    public List<PolicyVersion> list(OrganisationId organisationId, PolicyId policyId) {
        Parameters parameters = Parameters.with("organisation", organisationId.value()).and("policy", policyId.value());
        return assemble(repository.find("from PolicyVersionEntity v where v.organisationId = :organisation"
                + " and v.policyId = :policy order by v.number desc", parameters).list());
    }

    @Override
    public long namingTool(OrganisationId organisationId, UUID toolId) {
        return repository.getEntityManager()
                .createQuery("select count(distinct r.versionId) from UsageRuleEntity r where r.organisationId = :organisation"
                        + " and r.subjectKind = :tool and r.subjectCode = :code", Long.class)
                .setParameter("organisation", organisationId.value())
                .setParameter("tool", SubjectKind.TOOL)
                .setParameter("code", toolId.toString())
                .getSingleResult();
    }

    @Override
    public List<PolicyVersion> inReview(OrganisationId organisationId) {
        Parameters parameters = Parameters.with("organisation", organisationId.value()).and("review", VersionStatus.IN_REVIEW);
        return assemble(repository.find("from PolicyVersionEntity v where v.organisationId = :organisation"
                + " and v.status = :review order by v.id", parameters).list());
    }

    /** Two queries at most: the PUBLISHED versions (index organisation_id, status), then all their rules at once. */
    @Override
    public List<PolicyVersion> published(OrganisationId organisationId) {
        Parameters parameters = Parameters.with("organisation", organisationId.value()).and("published", VersionStatus.PUBLISHED);
        return assemble(repository.find("from PolicyVersionEntity v where v.organisationId = :organisation"
                + " and v.status = :published order by v.policyId", parameters).list());
    }

    /** Two queries: the versions in force with their policies' titles (no texts), then their rules at once. */
    @Override
    public List<RulesInForce> rulesInForce(OrganisationId organisationId) {
        List<Object[]> rows = repository.getEntityManager()
                .createQuery("select v.id, v.policyId, p.title, v.number from PolicyVersionEntity v "
                        + "join PolicyEntity p on p.id = v.policyId and p.organisationId = v.organisationId "
                        + "where v.organisationId = :organisation and v.status = :published order by v.policyId", Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("published", VersionStatus.PUBLISHED)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UsageRule>> rules = new HashMap<>();
        for (UsageRuleEntity row : ruleRows(organisationId.value(), rows.stream().map(row -> (UUID) row[0]).toList())) {
            rules.computeIfAbsent(row.versionId, k -> new ArrayList<>()).add(row.toDomain());
        }
        return rows.stream().map(row -> new RulesInForce(new VersionId((UUID) row[0]), new PolicyId((UUID) row[1]), (String) row[2],
                (Integer) row[3], new UsageRules(rules.getOrDefault((UUID) row[0], List.of())))).toList();
    }

    private PolicyVersion assemble(PolicyVersionEntity entity) {
        return assemble(List.of(entity)).get(0);
    }

    /** The versions of these rows with their rules in list order, in one query whatever the number of rows. */
    private List<PolicyVersion> assemble(List<PolicyVersionEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        UUID organisation = entities.get(0).organisationId;
        Map<UUID, List<UsageRule>> rules = new HashMap<>();
        for (UsageRuleEntity row : ruleRows(organisation, entities.stream().map(entity -> entity.id).toList())) {
            rules.computeIfAbsent(row.versionId, k -> new ArrayList<>()).add(row.toDomain());
        }
        return entities.stream().map(entity -> entity.toDomain(rules.getOrDefault(entity.id, List.of()))).toList();
    }

    private List<UsageRuleEntity> ruleRows(UUID organisation, List<UUID> versionIds) {
        return repository.getEntityManager().createQuery("""
                        from UsageRuleEntity r where r.organisationId = :organisation and r.versionId in :ids
                        order by r.versionId, r.position""", UsageRuleEntity.class)
                .setParameter("organisation", organisation)
                .setParameter("ids", versionIds)
                .getResultList();
    }

    private void writeRules(PolicyVersionEntity entity, List<UsageRule> rules) {
        EntityManager em = repository.getEntityManager();
        for (int position = 0; position < rules.size(); position++) {
            em.persist(UsageRuleEntity.of(entity.organisationId, entity.id, position, rules.get(position)));
        }
    }

    /**
     * Rewrites the stored rules position by position: a row kept at its position is updated only if
     * its rule changed, rows beyond the new list are deleted, new positions inserted. Tells whether
     * anything changed.
     */
    private boolean syncRules(PolicyVersionEntity entity, List<UsageRule> wanted) {
        EntityManager em = repository.getEntityManager();
        Map<Integer, UsageRuleEntity> stored = new HashMap<>();
        ruleRows(entity.organisationId, List.of(entity.id)).forEach(row -> stored.put(row.position, row));
        boolean changed = false;
        for (int position = 0; position < wanted.size(); position++) {
            UsageRule rule = wanted.get(position);
            UsageRuleEntity row = stored.remove(position);
            if (row == null) {
                em.persist(UsageRuleEntity.of(entity.organisationId, entity.id, position, rule));
                changed = true;
            } else if (!row.toDomain().equals(rule)) {
                row.apply(rule);
                changed = true;
            }
        }
        for (UsageRuleEntity gone : stored.values()) {
            em.remove(gone);
            changed = true;
        }
        return changed;
    }

    private Optional<PolicyVersionEntity> entity(OrganisationId organisationId, VersionId id) {
        return repository.find("organisationId = ?1 and id = ?2", organisationId.value(), id.value()).firstResultOptional();
    }

    private static boolean violates(ConstraintViolationException e, String constraint) {
        String name = e.getConstraintName();
        String message = e.getSQLException() == null ? null : e.getSQLException().getMessage();
        return name != null && name.toLowerCase(Locale.ROOT).contains(constraint)
                || message != null && message.toLowerCase(Locale.ROOT).contains(constraint);
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<PolicyVersionEntity, UUID> {
    }
}
