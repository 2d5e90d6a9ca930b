package org.gouvernail.persistence.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.RuleSubject;
import org.gouvernail.domain.policy.SubjectKind;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.Verdict;
import org.gouvernail.domain.shared.DataCategory;

/** Row of table usage_rule: one rule of a policy version, at its position; its version is the policy version's. */
@Entity
@Table(name = "usage_rule")
@IdClass(UsageRuleEntity.Key.class)
public class UsageRuleEntity {

    @Id
    public UUID versionId;
    @Id
    public int position;
    public UUID organisationId;
    @Enumerated(EnumType.STRING)
    public SubjectKind subjectKind;
    /** The tool id, the category or the activity, as subjectKind says. */
    public String subjectCode;
    @Enumerated(EnumType.STRING)
    public DataCategory dataCeiling;
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    public String conditions;
    public String rationale;

    static UsageRuleEntity of(UUID organisationId, UUID versionId, int position, UsageRule rule) {
        UsageRuleEntity entity = new UsageRuleEntity();
        entity.organisationId = organisationId;
        entity.versionId = versionId;
        entity.position = position;
        entity.apply(rule);
        return entity;
    }

    void apply(UsageRule rule) {
        subjectKind = rule.subject().kind();
        subjectCode = rule.subject().code();
        dataCeiling = rule.dataCeiling();
        verdict = rule.verdict();
        conditions = rule.conditions();
        rationale = rule.rationale();
    }

    UsageRule toDomain() {
        return new UsageRule(subject(), dataCeiling, verdict, conditions, rationale);
    }

    private RuleSubject subject() {
        return switch (subjectKind) {
            case TOOL -> RuleSubject.tool(UUID.fromString(subjectCode));
            case TOOL_CATEGORY -> RuleSubject.category(ToolCategory.valueOf(subjectCode));
            case ACTIVITY -> RuleSubject.activity(Activity.valueOf(subjectCode));
        };
    }

    /** Primary key: (version_id, position). */
    public static class Key implements Serializable {

        public UUID versionId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(versionId, key.versionId) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, position);
        }
    }
}
