package org.gouvernail.domain.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * Test-data builder: the text of a policy version, complete unless told (body, summary, a review date
 * a year ahead, no rules): {@code aPolicyText().withRules(rules).build()}, or {@code anEmptyPolicyText()}.
 */
public final class VersionContentBuilder {

    private String body = "# Charte IA\n\nNous utilisons l'IA avec prudence.";
    private String summary = "L'IA nous aide. Nous relisons toujours.";
    private LocalDate nextReviewDate = LocalDate.parse("2027-11-28");
    private UsageRules rules = UsageRules.NONE;

    private VersionContentBuilder() {}

    /** A text complete enough to be submitted for review. */
    public static VersionContentBuilder aPolicyText() {
        return new VersionContentBuilder();
    }

    /** A text with nothing written yet. */
    public static VersionContentBuilder anEmptyPolicyText() {
        return aPolicyText().withBody(null).withSummary(null).reviewedOn(null).withRules((UsageRules) null);
    }

    public static VersionContentBuilder from(VersionContent content) {
        return aPolicyText()
                .withBody(content.body())
                .withSummary(content.summary())
                .reviewedOn(content.nextReviewDate())
                .withRules(content.rules());
    }

    public VersionContentBuilder withBody(String body) {
        this.body = body;
        return this;
    }

    public VersionContentBuilder withSummary(String summary) {
        this.summary = summary;
        return this;
    }

    public VersionContentBuilder reviewedOn(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
        return this;
    }

    public VersionContentBuilder withRules(UsageRules rules) {
        this.rules = rules;
        return this;
    }

    public VersionContentBuilder withRules(List<UsageRule> rules) {
        return withRules(new UsageRules(rules));
    }

    public VersionContent build() {
        return new VersionContent(body, summary, nextReviewDate, rules);
    }
}
