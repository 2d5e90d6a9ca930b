package org.gouvernail.domain.policy;

import org.gouvernail.domain.shared.DataCategory;

/**
 * Test-data builder: one usage rule, by default "translation is allowed" for every kind of data:
 * {@code aRule().about(RuleSubject.tool(id)).upTo(DataCategory.INTERNAL).forbidden().build()}.
 */
public final class UsageRuleBuilder {

    private RuleSubject subject = RuleSubject.activity(Activity.TRANSLATION);
    private DataCategory dataCeiling;
    private Verdict verdict = Verdict.ALLOWED;
    private String conditions;
    private String rationale;

    private UsageRuleBuilder() {}

    public static UsageRuleBuilder aRule() {
        return new UsageRuleBuilder();
    }

    public static UsageRuleBuilder from(UsageRule rule) {
        return aRule().about(rule.subject())
                .upTo(rule.dataCeiling())
                .withVerdict(rule.verdict())
                .withConditions(rule.conditions())
                .because(rule.rationale());
    }

    public UsageRuleBuilder about(RuleSubject subject) {
        this.subject = subject;
        return this;
    }

    /** The highest data category the rule speaks for; null is every category. */
    public UsageRuleBuilder upTo(DataCategory dataCeiling) {
        this.dataCeiling = dataCeiling;
        return this;
    }

    public UsageRuleBuilder withVerdict(Verdict verdict) {
        this.verdict = verdict;
        return this;
    }

    public UsageRuleBuilder allowed() {
        return withVerdict(Verdict.ALLOWED);
    }

    public UsageRuleBuilder forbidden() {
        return withVerdict(Verdict.FORBIDDEN);
    }

    /** ALLOWED_WITH_CONDITIONS, with the conditions it states. */
    public UsageRuleBuilder allowedIf(String conditions) {
        return withVerdict(Verdict.ALLOWED_WITH_CONDITIONS).withConditions(conditions);
    }

    public UsageRuleBuilder withConditions(String conditions) {
        this.conditions = conditions;
        return this;
    }

    public UsageRuleBuilder because(String rationale) {
        this.rationale = rationale;
        return this;
    }

    public UsageRule build() {
        return new UsageRule(subject, dataCeiling, verdict, conditions, rationale);
    }
}
