package org.gouvernail.persistence.policy;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.RuleSubject;
import org.gouvernail.domain.policy.SubjectKind;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.Verdict;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Row of table usage_rule, at its position in its policy version's list: one rule. Its version is the
 * policy version's; equality by value lets the version rewrite only the positions that changed. The
 * organisation is repeated for the composite foreign key to the version.
 */
@Embeddable
public class RuleRow {

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

    static RuleRow of(UUID organisationId, UsageRule rule) {
        RuleRow row = new RuleRow();
        row.organisationId = organisationId;
        row.subjectKind = rule.subject().kind();
        row.subjectCode = rule.subject().code();
        row.dataCeiling = rule.dataCeiling();
        row.verdict = rule.verdict();
        row.conditions = rule.conditions();
        row.rationale = rule.rationale();
        return row;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleRow row
                && Objects.equals(organisationId, row.organisationId)
                && subjectKind == row.subjectKind
                && Objects.equals(subjectCode, row.subjectCode)
                && dataCeiling == row.dataCeiling
                && verdict == row.verdict
                && Objects.equals(conditions, row.conditions)
                && Objects.equals(rationale, row.rationale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, subjectKind, subjectCode, dataCeiling, verdict, conditions, rationale);
    }
}
