package org.gouvernail.rest.policy;

import java.util.Locale;
import org.gouvernail.domain.policy.PolicyAnswer;
import org.gouvernail.domain.policy.RuleSubject;
import org.gouvernail.domain.policy.RulesInForce;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.port.in.UsagePolicies.Checked;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.rest.shared.Messages;

/** Words of the usage-policy resources for people, in the platform's languages (French by default): labels, check explanations, document headings. */
final class PolicyTexts {

    private static final String BUNDLE = "org.gouvernail.rest.policies";

    private PolicyTexts() {}

    static String text(Locale locale, String key, Object... arguments) {
        String text = Messages.fromBundle(BUNDLE, locale, key, arguments);
        return text == null ? key : text;
    }

    /** A label of an enum value: "verdict.FORBIDDEN" → "Interdit". */
    static String label(Locale locale, Enum<?> value) {
        return text(locale, value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static Locale locale(String language) {
        return Language.of(language).locale();
    }

    /** The subject in words; a tool is named when its name is known. */
    static String subject(Locale locale, RuleSubject subject, String toolName) {
        return switch (subject.kind()) {
            case TOOL ->
                text(
                        locale,
                        "subject.tool",
                        toolName != null ? toolName : subject.toolId().toString());
            case TOOL_CATEGORY -> text(locale, "subject.category", label(locale, subject.category()));
            case ACTIVITY -> text(locale, "subject.activity", label(locale, subject.activity()));
        };
    }

    /** One sentence that says why the answer is what it is. */
    static String explanation(Locale locale, Checked checked) {
        PolicyAnswer answer = checked.answer();
        String verdict = label(locale, answer.verdict());
        return switch (answer.basis()) {
            case NO_RULE -> text(locale, "check.no-rule", verdict);
            case TOOL_STATUS ->
                text(
                        locale,
                        "check.tool-status",
                        verdict,
                        checked.tool().details().name(),
                        label(locale, checked.tool().status()));
            case RULE -> {
                UsageRule rule = answer.decidedBy();
                RulesInForce source = checked.sources().get(rule.key());
                String toolName =
                        checked.tool() != null ? checked.tool().details().name() : null;
                yield text(
                        locale,
                        "check.rule",
                        verdict,
                        subject(locale, rule.subject(), toolName),
                        label(locale, rule.dataCeiling()),
                        source.policyTitle(),
                        source.number());
            }
        };
    }
}
