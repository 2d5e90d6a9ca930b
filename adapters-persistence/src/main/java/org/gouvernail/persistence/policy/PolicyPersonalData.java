package org.gouvernail.persistence.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the policies: acknowledgements and authorship. */
@ApplicationScoped
public class PolicyPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    PolicyPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of(
                "policy_acknowledgement.member_id",
                "policy_acknowledgement.recorded_by",
                "policy.created_by",
                "policy_version.created_by");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "policy.acknowledgements",
                        "Policy versions the person acknowledged (proof that the usage rules were made known)",
                        "LEGITIMATE_INTEREST",
                        "For the life of the policy version, as proof",
                        List.of("versionId", "policyTitle", "number", "acknowledgedAt", "recordedByThePerson"),
                        """
                        select a.version_id, p.title, v.number, a.acknowledged_at, a.recorded_by = a.member_id from policy_acknowledgement a
                        join policy_version v on v.organisation_id = a.organisation_id and v.id = a.version_id
                        join policy p on p.organisation_id = v.organisation_id and p.id = v.policy_id
                        where a.organisation_id = :org and (a.member_id = :member or a.recorded_by = :member) order by a.acknowledged_at, a.version_id"""),
                rows.category(
                        "policy.authored",
                        "Policies and policy versions the person drafted",
                        "LEGITIMATE_INTEREST",
                        "For the life of the policy",
                        List.of("policyId", "versionNumber", "title", "createdAt"),
                        """
                        select p.id, null, p.title, p.created_at from policy p where p.organisation_id = :org and p.created_by = :member
                        union all
                        select v.policy_id, v.number, p.title, v.created_at from policy_version v
                        join policy p on p.organisation_id = v.organisation_id and p.id = v.policy_id
                        where v.organisation_id = :org and v.created_by = :member
                        order by 4, 1"""));
    }
}
