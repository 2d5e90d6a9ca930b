package org.gouvernail.persistence.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table policy: the name and purpose of a usage policy; its versions are rows of policy_version. */
@Entity
@Table(name = "policy")
public class PolicyEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String title;
    public String purpose;
    public String template;
    public UUID createdBy;
    public Instant createdAt;

    @Version
    public long version;

    static PolicyEntity from(Policy policy) {
        PolicyEntity entity = new PolicyEntity();
        entity.id = policy.id().value();
        entity.organisationId = policy.organisationId().value();
        entity.template = policy.template();
        entity.createdBy = policy.createdBy().value();
        entity.createdAt = policy.createdAt();
        entity.version = policy.version();
        entity.apply(policy);
        return entity;
    }

    /** Copies what may change: the title and the purpose (template and author stay as created). */
    void apply(Policy policy) {
        title = policy.title();
        purpose = policy.purpose();
    }

    Policy toDomain() {
        return new Policy(
                new PolicyId(id),
                new OrganisationId(organisationId),
                title,
                purpose,
                template,
                new MemberId(createdBy),
                version,
                createdAt);
    }
}
