package org.gouvernail.rest.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyAnswer;
import org.gouvernail.domain.policy.PolicyTemplate;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.RuleSubject;
import org.gouvernail.domain.policy.RulesInForce;
import org.gouvernail.domain.policy.SubjectKind;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.UsageRules;
import org.gouvernail.domain.policy.Verdict;
import org.gouvernail.domain.policy.VersionChanges;
import org.gouvernail.domain.policy.VersionContent;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.in.UsagePolicies.Checked;
import org.gouvernail.domain.policy.port.in.UsagePolicies.Coverage;
import org.gouvernail.domain.policy.port.in.UsagePolicies.NewPolicy;
import org.gouvernail.domain.policy.port.in.UsagePolicies.PolicyView;
import org.gouvernail.domain.policy.port.in.UsagePolicies.VersionView;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.rest.shared.LocalizedText;
import org.gouvernail.rest.shared.Messages;

/** JSON shapes of the usage-policy resources. */
final class PolicyJson {

    static final int BODY_LENGTH = 50_000;
    static final int TEMPLATE_ID_LENGTH = 60;

    private PolicyJson() {}

    @Schema(
            name = "UsageRule",
            description = "One rule: for its subject (a tool, a tool category or an activity) and data up to its "
                    + "ceiling, the verdict. Subject and ceiling identify the rule in its version.")
    record Rule(
            @NotNull @Schema(examples = "TOOL_CATEGORY") SubjectKind subject,

            @Schema(nullable = true, maxLength = 36, description = "With subject TOOL: a tool of the organisation")
            UUID toolId,

            @Schema(nullable = true, maxLength = 30, description = "With subject TOOL_CATEGORY", examples = "CHATBOT")
            ToolCategory category,

            @Schema(nullable = true, maxLength = 30, description = "With subject ACTIVITY", examples = "TRANSLATION")
            Activity activity,

            @Schema(
                    nullable = true,
                    maxLength = 30,
                    description =
                            "The most sensitive data the rule speaks for; default BENEFICIARY_VULNERABLE (all data)",
                    examples = "INTERNAL")
            DataCategory dataCeiling,

            @NotNull @Schema(examples = "ALLOWED_WITH_CONDITIONS")
            Verdict verdict,

            @Size(max = 2000)
            @Schema(
                    nullable = true,
                    description = "Required with ALLOWED_WITH_CONDITIONS",
                    examples = "Relire avant toute publication")
            String conditions,

            @Size(max = 2000)
            @Schema(nullable = true, examples = "Les outils grand public réutilisent les conversations")
            String rationale) {

        static Rule from(UsageRule rule) {
            RuleSubject subject = rule.subject();
            return new Rule(
                    subject.kind(),
                    subject.toolId(),
                    subject.category(),
                    subject.activity(),
                    rule.dataCeiling(),
                    rule.verdict(),
                    rule.conditions(),
                    rule.rationale());
        }

        UsageRule toDomain() {
            return new UsageRule(
                    new RuleSubject(subject, toolId, category, activity), dataCeiling, verdict, conditions, rationale);
        }

        static List<Rule> all(UsageRules rules) {
            return rules.rules().stream().map(Rule::from).toList();
        }

        static UsageRules toDomain(List<Rule> rules) {
            return rules == null
                    ? UsageRules.NONE
                    : new UsageRules(rules.stream().map(Rule::toDomain).toList());
        }
    }

    @Schema(
            name = "NewPolicy",
            description = "A policy to create. With fromTemplate (an id of GET /api/v1/reference/policy-templates) "
                    + "version 1 is the template in the chosen language and the text fields are ignored; title and purpose, when given, "
                    + "replace the template's. Without a template, title is required.")
    record Creation(
            @Size(max = TEMPLATE_ID_LENGTH) @Schema(nullable = true, examples = "small-local-association")
            String fromTemplate,

            @Size(max = 200) @Schema(nullable = true, examples = "Charte d'utilisation de l'IA")
            String title,

            @Size(max = 2000) @Schema(nullable = true) String purpose,

            @Size(max = 5)
            @Schema(
                    nullable = true,
                    description = "fr, en or nl; default: the organisation's language",
                    examples = "fr")
            String language,

            @Size(max = BODY_LENGTH) @Schema(nullable = true, description = "Markdown")
            String body,

            @Size(max = VersionContent.SUMMARY_LENGTH) @Schema(nullable = true)
            String summary,

            @Schema(nullable = true, maxLength = 10, description = "Default: in twelve months")
            LocalDate nextReviewDate,

            @Size(max = UsageRules.MAX_RULES) List<@NotNull @Valid Rule> rules) {

        NewPolicy toDomain() {
            VersionContent content = new VersionContent(body, summary, nextReviewDate, Rule.toDomain(rules));
            return new NewPolicy(title, purpose, fromTemplate, language, content);
        }
    }

    @Schema(name = "PolicyDetails", description = "The editable part of a policy (PATCH with a JSON merge patch).")
    record Details(
            @NotBlank @Size(max = 200) @Schema(examples = "Charte d'utilisation de l'IA")
            String title,

            @Size(max = 2000) @Schema(nullable = true) String purpose) {

        static Details from(Policy policy) {
            return new Details(policy.title(), policy.purpose());
        }
    }

    @Schema(name = "PolicyVersionSummary", description = "A version in a list: its number, status and dates.")
    record VersionSummary(
            @Schema(minimum = "1", maximum = "100000") int number,
            VersionStatus status,
            @Schema(maxLength = 2, examples = "fr") String language,
            @Schema(nullable = true, maxLength = 10) LocalDate nextReviewDate,
            @Schema(minimum = "0", maximum = "200") int rules,

            @Schema(nullable = true, minimum = "1", maximum = "100000")
            Integer basedOn,

            @Schema(nullable = true, maxLength = 35) Instant publishedAt,
            @Schema(nullable = true, maxLength = 35) Instant supersededAt) {

        static VersionSummary from(PolicyVersion version) {
            return new VersionSummary(
                    version.number(),
                    version.status(),
                    version.language(),
                    version.content().nextReviewDate(),
                    version.content().rules().rules().size(),
                    version.basedOn(),
                    version.publishedAt(),
                    version.supersededAt());
        }
    }

    @Schema(name = "Policy", description = "A usage policy with its versions, newest first.")
    record PolicyBody(
            UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(nullable = true, maxLength = 2000) String purpose,

            @Schema(nullable = true, maxLength = 60, description = "The starter template it was copied from")
            String template,

            @Schema(
                    nullable = true,
                    minimum = "1",
                    maximum = "100000",
                    description = "Number of the version in force (PUBLISHED)")
            Integer inForce,

            @Schema(
                    nullable = true,
                    minimum = "1",
                    maximum = "100000",
                    description = "Number of the version being written or reviewed")
            Integer openVersion,

            @Schema(maxItems = 1000) List<VersionSummary> versions,
            UUID createdBy,
            Instant createdAt) {

        static PolicyBody from(PolicyView view) {
            Policy policy = view.policy();
            return new PolicyBody(
                    policy.id().value(),
                    policy.title(),
                    policy.purpose(),
                    policy.template(),
                    view.inForce().map(PolicyVersion::number).orElse(null),
                    view.open().map(PolicyVersion::number).orElse(null),
                    view.versions().stream().map(VersionSummary::from).toList(),
                    policy.createdBy().value(),
                    policy.createdAt());
        }
    }

    @Schema(
            name = "PolicySummary",
            description = "A policy in a list; GET …/policies/{policyId} gives its versions and the one in force.")
    record PolicySummary(
            UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(nullable = true, maxLength = 2000) String purpose,
            @Schema(nullable = true, maxLength = 60) String template,
            UUID createdBy,
            Instant createdAt) {

        static PolicySummary from(Policy policy) {
            return new PolicySummary(
                    policy.id().value(),
                    policy.title(),
                    policy.purpose(),
                    policy.template(),
                    policy.createdBy().value(),
                    policy.createdAt());
        }
    }

    @Schema(
            name = "PolicyVersionDetails",
            description = "The editable part of a version, DRAFT only (PATCH with a JSON merge patch; "
                    + "rules is replaced as a whole).")
    record VersionDetails(
            @NotNull @Size(max = 5) @Schema(examples = "fr") String language,

            @Size(max = BODY_LENGTH) @Schema(nullable = true, description = "Markdown")
            String body,

            @Size(max = VersionContent.SUMMARY_LENGTH)
            @Schema(nullable = true, description = "Easy-to-read summary for volunteers")
            String summary,

            @Schema(nullable = true, maxLength = 10) LocalDate nextReviewDate,
            @NotNull @Size(max = UsageRules.MAX_RULES) List<@NotNull @Valid Rule> rules) {

        static VersionDetails from(PolicyVersion version) {
            VersionContent content = version.content();
            return new VersionDetails(
                    version.language(),
                    content.body(),
                    content.summary(),
                    content.nextReviewDate(),
                    Rule.all(content.rules()));
        }

        VersionContent toDomain() {
            return new VersionContent(body, summary, nextReviewDate, Rule.toDomain(rules));
        }
    }

    @Schema(name = "PolicyVersion", description = "One version of a policy: its text, summary, review date and rules.")
    record VersionBody(
            UUID id,
            UUID policyId,
            @Schema(maxLength = 200) String policyTitle,
            @Schema(minimum = "1", maximum = "100000") int number,
            VersionStatus status,
            @Schema(maxLength = 2) String language,

            @Schema(nullable = true, maxLength = BODY_LENGTH)
            String body,

            @Schema(nullable = true, maxLength = VersionContent.SUMMARY_LENGTH)
            String summary,

            @Schema(nullable = true, maxLength = 10) LocalDate nextReviewDate,
            @Schema(maxItems = UsageRules.MAX_RULES) List<Rule> rules,

            @Schema(maxItems = UsageRules.MAX_RULES, description = "The tools the TOOL rules name, with their names")
            List<ToolName> toolNames,

            @Schema(
                    nullable = true,
                    minimum = "1",
                    maximum = "100000",
                    description = "The version this draft was copied from")
            Integer basedOn,

            @Schema(nullable = true, maxLength = 36, description = "The committee decision that published it")
            UUID publishedBy,

            @Schema(nullable = true, maxLength = 35) Instant publishedAt,
            @Schema(nullable = true, maxLength = 35) Instant supersededAt,
            UUID createdBy,
            Instant createdAt) {

        static VersionBody from(VersionView view) {
            PolicyVersion version = view.version();
            VersionContent content = version.content();
            return new VersionBody(
                    version.id().value(),
                    version.policyId().value(),
                    view.policy().title(),
                    version.number(),
                    version.status(),
                    version.language(),
                    content.body(),
                    content.summary(),
                    content.nextReviewDate(),
                    Rule.all(content.rules()),
                    view.toolNames().entrySet().stream()
                            .map(tool -> new ToolName(tool.getKey(), tool.getValue()))
                            .toList(),
                    version.basedOn(),
                    version.publishedBy(),
                    version.publishedAt(),
                    version.supersededAt(),
                    version.createdBy().value(),
                    version.createdAt());
        }
    }

    @Schema(name = "PolicyToRead", description = "A version in force the caller has not acknowledged yet.")
    record ToRead(
            UUID policyId,
            @Schema(maxLength = 200) String title,
            @Schema(minimum = "1", maximum = "100000") int number,
            @Schema(maxLength = 2) String language,

            @Schema(
                    nullable = true,
                    maxLength = VersionContent.SUMMARY_LENGTH,
                    description = "The easy-to-read summary")
            String summary,

            @Schema(nullable = true, maxLength = 35) Instant publishedAt) {

        static ToRead from(VersionView view) {
            PolicyVersion version = view.version();
            return new ToRead(
                    version.policyId().value(),
                    view.policy().title(),
                    version.number(),
                    version.language(),
                    version.content().summary(),
                    version.publishedAt());
        }
    }

    @Schema(name = "PolicyToolName", description = "A tool a rule names, with its name in the inventory.")
    record ToolName(UUID id, @Schema(maxLength = 200) String name) {}

    @Schema(name = "VerdictChange", description = "A rule kept (same subject and ceiling) with another verdict.")
    record VerdictChangeBody(Rule before, Rule after) {}

    @Schema(name = "PolicyVersionChanges", description = "What changed from version `from` to version `to`.")
    record ChangesBody(
            @Schema(minimum = "1", maximum = "100000") int from,
            @Schema(minimum = "1", maximum = "100000") int to,
            @Schema(maxItems = UsageRules.MAX_RULES) List<Rule> added,
            @Schema(maxItems = UsageRules.MAX_RULES) List<Rule> removed,
            @Schema(maxItems = UsageRules.MAX_RULES) List<VerdictChangeBody> verdictChanged,

            @Schema(maxItems = UsageRules.MAX_RULES, description = "Same verdict, other conditions or rationale")
            List<Rule> reworded,

            boolean bodyChanged,
            boolean summaryChanged,
            boolean reviewDateChanged) {

        static ChangesBody from(VersionChanges changes) {
            return new ChangesBody(
                    changes.from(),
                    changes.to(),
                    changes.added().stream().map(Rule::from).toList(),
                    changes.removed().stream().map(Rule::from).toList(),
                    changes.verdictChanged().stream()
                            .map(c -> new VerdictChangeBody(Rule.from(c.before()), Rule.from(c.after())))
                            .toList(),
                    changes.reworded().stream().map(Rule::from).toList(),
                    changes.bodyChanged(),
                    changes.summaryChanged(),
                    changes.reviewDateChanged());
        }
    }

    @Schema(
            name = "AcknowledgementRequest",
            description = "Empty to confirm one's own reading; memberId to record it for another "
                    + "member (ADMIN or COMMITTEE), for instance a volunteer who signed on paper.")
    record AcknowledgementRequest(@Schema(nullable = true) UUID memberId) {}

    @Schema(name = "Acknowledgement", description = "A member confirmed having read a published version.")
    record AcknowledgementBody(
            UUID memberId,
            @Schema(nullable = true, maxLength = 254) String name,
            @Schema(minimum = "1", maximum = "100000") int number,
            Instant acknowledgedAt,
            UUID recordedBy,

            @Schema(description = "Recorded by someone else on the member's behalf")
            boolean onBehalf) {

        static AcknowledgementBody from(Acknowledgement acknowledgement, int number, String name) {
            return new AcknowledgementBody(
                    acknowledgement.memberId().value(),
                    name,
                    number,
                    acknowledgement.acknowledgedAt(),
                    acknowledgement.recordedBy().value(),
                    acknowledgement.onBehalf());
        }
    }

    @Schema(name = "PendingReader", description = "An active member who has not acknowledged the version yet.")
    record PendingBody(
            UUID memberId,
            @Schema(nullable = true, maxLength = 254) String name,

            @Schema(description = "Whether they can sign in; " + "if not, a governor records their reading")
            boolean hasAccount) {}

    @Schema(
            name = "AcknowledgementCoverage",
            description = "Who has read the version and who has not, over the organisation's active members.")
    record CoverageBody(
            @Schema(minimum = "1", maximum = "100000") int number,
            VersionStatus status,
            @Schema(minimum = "0", maximum = "100000") int activeMembers,
            @Schema(minimum = "0", maximum = "100000") int acknowledgedCount,

            @Schema(
                    description = "acknowledgedCount / activeMembers, 0 to 1 (1 with no active member)",
                    examples = "0.75")
            double coverage,

            @Schema(maxItems = 100000) List<AcknowledgementBody> acknowledged,
            @Schema(maxItems = 100000) List<PendingBody> pending) {

        static CoverageBody from(Coverage coverage) {
            Map<MemberId, String> names = coverage.names();
            int number = coverage.version().number();
            return new CoverageBody(
                    number,
                    coverage.version().status(),
                    coverage.activeMembers(),
                    coverage.acknowledged().size(),
                    Math.round(coverage.rate() * 1000) / 1000.0,
                    coverage.acknowledged().stream()
                            .map(ack -> AcknowledgementBody.from(ack, number, names.get(ack.memberId())))
                            .toList(),
                    coverage.pending().stream().map(PolicyJson::pending).toList());
        }
    }

    private static PendingBody pending(Membership member) {
        return new PendingBody(
                member.id().value(),
                member.details().displayName() != null
                        ? member.details().displayName()
                        : member.details().email(),
                member.subject() != null || member.details().email() != null);
    }

    @Schema(
            name = "CheckedRule",
            description = "A rule that took part in the answer, with the policy version it belongs to.")
    record CheckedRule(
            Rule rule,
            UUID policyId,
            @Schema(maxLength = 200) String policyTitle,
            @Schema(minimum = "1", maximum = "100000") int version) {

        static CheckedRule from(UsageRule rule, Checked checked) {
            RulesInForce source = checked.sources().get(rule.key());
            return new CheckedRule(Rule.from(rule), source.policyId().value(), source.policyTitle(), source.number());
        }
    }

    @Schema(name = "CheckedTool", description = "The tool asked about, with its own governance status.")
    record CheckedTool(UUID id, @Schema(maxLength = 200) String name, ToolCategory category, ToolStatus status) {

        static CheckedTool from(AiTool tool) {
            return tool == null
                    ? null
                    : new CheckedTool(
                            tool.id().value(),
                            tool.details().name(),
                            tool.details().category(),
                            tool.status());
        }
    }

    @Schema(
            name = "PolicyCheck",
            description = "The answer of the published policies to a question: the verdict, what decided it, the "
                    + "conditions to respect, and a sentence for people.")
    record CheckBody(
            Verdict verdict,

            @Schema(
                    description =
                            "RULE: a published rule decided; TOOL_STATUS: the tool's own status is stricter; NO_RULE: nothing "
                                    + "published speaks for the question, ask the committee")
            PolicyAnswer.Basis basis,

            @Schema(maxLength = 2000) String explanation,
            @Schema(nullable = true) CheckedRule decidedBy,

            @Schema(maxItems = 2, description = "The rule kept on the tool side and on the activity side")
            List<CheckedRule> applied,

            @Schema(maxItems = 2) List<@Size(max = 2000) String> conditions,
            @Schema(nullable = true) CheckedTool tool,
            @Schema(nullable = true) ToolCategory category,
            @Schema(nullable = true) Activity activity,
            DataCategory dataCategory) {

        static CheckBody from(
                Checked checked, ToolCategory category, Activity activity, DataCategory data, Locale locale) {
            PolicyAnswer answer = checked.answer();
            return new CheckBody(
                    answer.verdict(),
                    answer.basis(),
                    PolicyTexts.explanation(locale, checked),
                    answer.decidedBy() == null ? null : CheckedRule.from(answer.decidedBy(), checked),
                    answer.applied().stream()
                            .map(rule -> CheckedRule.from(rule, checked))
                            .toList(),
                    answer.conditions(),
                    CheckedTool.from(checked.tool()),
                    checked.tool() != null ? checked.tool().details().category() : category,
                    activity,
                    data);
        }
    }

    @Schema(
            name = "PolicyTemplateSummary",
            description = "A starter template, named in every language of the platform.")
    record TemplateSummary(
            @Schema(maxLength = 60) String id,
            LocalizedText name,
            LocalizedText audience,
            LocalizedText title,
            LocalizedText purpose,
            @Schema(minimum = "0", maximum = "200") int rules) {

        static TemplateSummary from(PolicyTemplate template) {
            return new TemplateSummary(
                    template.id(),
                    LocalizedText.of(template.name()),
                    LocalizedText.of(template.audience()),
                    LocalizedText.of(template.title()),
                    LocalizedText.of(template.purpose()),
                    template.rules().size());
        }
    }

    @Schema(
            name = "PolicyTemplate",
            description = "A starter template in one language: what version 1 of a policy created from it holds.")
    record TemplateBody(
            @Schema(maxLength = 60) String id,
            @Schema(maxLength = 2) String language,
            @Schema(maxLength = 200) String name,
            @Schema(maxLength = 2000) String audience,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 2000) String purpose,

            @Schema(maxLength = VersionContent.SUMMARY_LENGTH)
            String summary,

            @Schema(maxLength = BODY_LENGTH) String body,
            @Schema(maxItems = UsageRules.MAX_RULES) List<Rule> rules) {

        /** The template for a reader of {@code language}; {@code language} says the one its text is really in (French until translated). */
        static TemplateBody from(PolicyTemplate template, String language) {
            Locale locale = Language.of(language).locale();
            VersionContent draft = template.draft(language, LocalDate.now());
            Stream.concat(
                            Stream.of(template.body(), template.summary()),
                            template.rules().stream()
                                    .flatMap(rule -> Stream.of(rule.conditions(), rule.rationale()))
                                    .filter(Objects::nonNull))
                    .forEach(text -> Messages.in(text, locale));
            return new TemplateBody(
                    template.id(),
                    template.writtenIn(language),
                    Messages.in(template.name(), locale),
                    Messages.in(template.audience(), locale),
                    Messages.in(template.title(), locale),
                    Messages.in(template.purpose(), locale),
                    draft.summary(),
                    draft.body(),
                    Rule.all(draft.rules()));
        }
    }
}
