package org.gouvernail.domain.policy;

import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;
import static org.gouvernail.domain.shared.DataCategory.BENEFICIARY_VULNERABLE;
import static org.gouvernail.domain.shared.DataCategory.INTERNAL;
import static org.gouvernail.domain.shared.DataCategory.PERSONAL;
import static org.gouvernail.domain.shared.DataCategory.PUBLIC;
import static org.gouvernail.domain.shared.DataCategory.SENSITIVE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test data: the usage rules of a mid-size association (named so that a table can point at them),
 * its tools, and policy versions in any status.
 */
final class Policies {

    static final OrganisationId ORGANISATION =
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final MemberId AUTHOR = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final MemberId EDITOR = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000e2"));
    static final PolicyId POLICY = new PolicyId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    /** DeepL Pro: a translation tool with its own rules up to PERSONAL data. */
    static final UUID DEEPL = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    /** Le Chat (Mistral), enterprise account: a text tool with its own rules at three ceilings. */
    static final UUID MISTRAL = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    /** ChatGPT on personal free accounts: forbidden whatever the data. */
    static final UUID CHATGPT_FREE = UUID.fromString("00000000-0000-0000-0000-0000000000d3");
    /** A tool somebody just declared: no rule of its own. */
    static final UUID NEW_TOOL = UUID.fromString("00000000-0000-0000-0000-0000000000d4");

    static final Map<String, UUID> TOOLS =
            Map.of("DEEPL", DEEPL, "MISTRAL", MISTRAL, "CHATGPT_FREE", CHATGPT_FREE, "NEW_TOOL", NEW_TOOL);

    static final String PSEUDONYMISE = "Pseudonymiser les noms avant traduction";
    static final String PROOFREAD = "Relire avant tout envoi";
    static final String PRO_ACCOUNT = "Utiliser le compte professionnel de l'association";
    static final String LABEL_IMAGES = "Signaler l'image comme générée par IA";

    /**
     * The association's rules, by name. The order of the map is the order of the set; within a
     * subject the rules are deliberately not listed by ceiling, so that "the tightest ceiling" cannot
     * be confused with "the first rule".
     */
    static final Map<String, UsageRule> RULES = named(
            rule("mistral", RuleSubject.tool(MISTRAL), BENEFICIARY_VULNERABLE, Verdict.NEEDS_APPROVAL, null),
            rule("deepl≤PERSONAL", RuleSubject.tool(DEEPL), PERSONAL, Verdict.ALLOWED_WITH_CONDITIONS, PSEUDONYMISE),
            rule(
                    "translating",
                    RuleSubject.activity(Activity.TRANSLATION),
                    BENEFICIARY_VULNERABLE,
                    Verdict.NEEDS_APPROVAL,
                    null),
            rule(
                    "text-tools≤PERSONAL",
                    RuleSubject.category(ToolCategory.TEXT_GENERATION),
                    PERSONAL,
                    Verdict.NEEDS_APPROVAL,
                    null),
            rule("mistral≤PERSONAL", RuleSubject.tool(MISTRAL), PERSONAL, Verdict.ALLOWED_WITH_CONDITIONS, PROOFREAD),
            rule("deepl≤INTERNAL", RuleSubject.tool(DEEPL), INTERNAL, Verdict.ALLOWED, null),
            rule("chatgpt-free", RuleSubject.tool(CHATGPT_FREE), null, Verdict.FORBIDDEN, null),
            rule("translation-tools", RuleSubject.category(ToolCategory.TRANSLATION), null, Verdict.FORBIDDEN, null),
            rule(
                    "translation-tools≤PERSONAL",
                    RuleSubject.category(ToolCategory.TRANSLATION),
                    PERSONAL,
                    Verdict.ALLOWED_WITH_CONDITIONS,
                    PRO_ACCOUNT),
            rule(
                    "translation-tools≤PUBLIC",
                    RuleSubject.category(ToolCategory.TRANSLATION),
                    PUBLIC,
                    Verdict.ALLOWED,
                    null),
            rule(
                    "text-tools≤INTERNAL",
                    RuleSubject.category(ToolCategory.TEXT_GENERATION),
                    INTERNAL,
                    Verdict.ALLOWED_WITH_CONDITIONS,
                    PROOFREAD),
            rule(
                    "image-tools≤PUBLIC",
                    RuleSubject.category(ToolCategory.IMAGE_GENERATION),
                    PUBLIC,
                    Verdict.ALLOWED_WITH_CONDITIONS,
                    LABEL_IMAGES),
            rule("mistral≤PUBLIC", RuleSubject.tool(MISTRAL), PUBLIC, Verdict.ALLOWED, null),
            rule("decisions", RuleSubject.activity(Activity.DECISION_ABOUT_PEOPLE), null, Verdict.FORBIDDEN, null),
            rule(
                    "translating≤SENSITIVE",
                    RuleSubject.activity(Activity.TRANSLATION),
                    SENSITIVE,
                    Verdict.ALLOWED_WITH_CONDITIONS,
                    PSEUDONYMISE),
            rule("translating≤INTERNAL", RuleSubject.activity(Activity.TRANSLATION), INTERNAL, Verdict.ALLOWED, null),
            rule(
                    "summarising",
                    RuleSubject.activity(Activity.SUMMARISING),
                    BENEFICIARY_VULNERABLE,
                    Verdict.NEEDS_APPROVAL,
                    null),
            rule(
                    "summarising≤INTERNAL",
                    RuleSubject.activity(Activity.SUMMARISING),
                    INTERNAL,
                    Verdict.ALLOWED_WITH_CONDITIONS,
                    PROOFREAD),
            rule("writing≤PERSONAL", RuleSubject.activity(Activity.WRITING), PERSONAL, Verdict.ALLOWED, null),
            rule("chatbot", RuleSubject.activity(Activity.PUBLIC_CHATBOT), null, Verdict.FORBIDDEN, null),
            rule(
                    "chatbot≤PUBLIC",
                    RuleSubject.activity(Activity.PUBLIC_CHATBOT),
                    PUBLIC,
                    Verdict.NEEDS_APPROVAL,
                    null));

    private Policies() {}

    static Map.Entry<String, UsageRule> rule(
            String name, RuleSubject subject, DataCategory ceiling, Verdict verdict, String conditions) {
        return Map.entry(
                name,
                aRule().about(subject)
                        .upTo(ceiling)
                        .withVerdict(verdict)
                        .withConditions(conditions)
                        .because("Règle « " + name + " »")
                        .build());
    }

    @SafeVarargs
    private static Map<String, UsageRule> named(Map.Entry<String, UsageRule>... entries) {
        Map<String, UsageRule> rules = new LinkedHashMap<>();
        Arrays.stream(entries).forEach(entry -> {
            if (rules.put(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalStateException("two rules named " + entry.getKey());
            }
        });
        return rules;
    }

    /** The association's rules as one set, in the map's order. */
    static UsageRules associationRules() {
        return new UsageRules(List.copyOf(RULES.values()));
    }

    /** The same rules listed the other way round: the answers must not depend on the order. */
    static UsageRules associationRulesReversed() {
        List<UsageRule> reversed = new ArrayList<>(RULES.values());
        Collections.reverse(reversed);
        return new UsageRules(reversed);
    }

    static String nameOf(UsageRule rule) {
        return RULES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(rule))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("not one of the association's rules: " + rule));
    }

    static UsageRule ruleNamed(String name) {
        UsageRule rule = RULES.get(name);
        if (rule == null) {
            throw new IllegalArgumentException("no rule named " + name);
        }
        return rule;
    }

    static VersionContent complete(UsageRules rules) {
        return VersionContentBuilder.aPolicyText()
                .reviewedOn(TODAY.plusMonths(12))
                .withRules(rules)
                .build();
    }

    static PolicyVersion draft(VersionContent content) {
        return PolicyVersion.first(new VersionId(UUID.randomUUID()), POLICY, ORGANISATION, "fr", content, AUTHOR, NOW);
    }

    /** Version 3 of the policy in the given status, rebuilt as persistence would. */
    static PolicyVersion in(VersionStatus status) {
        return in(status, complete(associationRules()));
    }

    static PolicyVersion in(VersionStatus status, VersionContent content) {
        boolean published = status == VersionStatus.PUBLISHED || status == VersionStatus.SUPERSEDED;
        return PolicyVersionBuilder.aPolicyVersion()
                .of(POLICY)
                .in(ORGANISATION)
                .numbered(3)
                .in(status)
                .inLanguage("fr")
                .withContent(content)
                .basedOn(2)
                .publishedBy(published ? UUID.randomUUID() : null, published ? NOW.minusSeconds(86_400) : null)
                .supersededAt(status == VersionStatus.SUPERSEDED ? NOW.minusSeconds(3_600) : null)
                .createdBy(AUTHOR)
                .withVersion(4)
                .createdAt(NOW.minusSeconds(90 * 86_400))
                .build();
    }

    static PolicyVersion numbered(int number, UsageRules rules) {
        PolicyVersion base = in(VersionStatus.PUBLISHED, complete(rules));
        return PolicyVersionBuilder.from(base).numbered(number).build();
    }
}
