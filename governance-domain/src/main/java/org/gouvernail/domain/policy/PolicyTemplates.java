package org.gouvernail.domain.policy;

import static org.gouvernail.domain.shared.DataCategory.BENEFICIARY_VULNERABLE;
import static org.gouvernail.domain.shared.DataCategory.INTERNAL;
import static org.gouvernail.domain.shared.DataCategory.PERSONAL;
import static org.gouvernail.domain.shared.DataCategory.PUBLIC;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;
import org.gouvernail.domain.shared.TextBundle;

/**
 * Reference content: the three starter usage policies (a small local association, a mid-size
 * association, an international NGO). The rules live here; every text lives in resources next to
 * this class, one file per language: the full text and the easy-to-read summary as UTF-8 Markdown
 * ({@code templates/<id>.body.<language>.md}, {@code templates/<id>.summary.<language>.md}), the
 * name, audience, title, purpose and each rule's conditions and rationale in
 * {@code templates/policy-templates_<language>.properties} (a rule's key is
 * {@code <id>.<category|activity>.<subject>.<data ceiling>}). Rules name tool categories and
 * activities only, never a tool: an organisation adds rules for its own tools once it has copied a template.
 *
 * <p>Each subject's rules run from the least to the most sensitive data and never soften as the
 * data grows more sensitive. Every subject but the NGO's research ends with a rule covering all
 * data; above the last ceiling of a subject, the committee decides (no rule: NEEDS_APPROVAL). In no
 * template does sensitive or beneficiary data get more than NEEDS_APPROVAL.
 */
public final class PolicyTemplates {

    public static final String SMALL_LOCAL_ASSOCIATION = "small-local-association";
    public static final String MID_SIZE_ASSOCIATION = "mid-size-association";
    public static final String INTERNATIONAL_NGO = "international-ngo";

    private static final String RESOURCE_FOLDER = "templates/";
    private static final TextBundle TEXTS =
            TextBundle.load(PolicyTemplates.class, RESOURCE_FOLDER + "policy-templates");

    private static final RuleSubject CHATBOTS = RuleSubject.category(ToolCategory.CHATBOT);
    private static final RuleSubject TEXT_GENERATORS = RuleSubject.category(ToolCategory.TEXT_GENERATION);
    private static final RuleSubject WRITING = RuleSubject.activity(Activity.WRITING);
    private static final RuleSubject TRANSLATION = RuleSubject.activity(Activity.TRANSLATION);
    private static final RuleSubject SUMMARISING = RuleSubject.activity(Activity.SUMMARISING);
    private static final RuleSubject TRANSCRIPTION = RuleSubject.activity(Activity.TRANSCRIPTION);
    private static final RuleSubject IMAGE_CREATION = RuleSubject.activity(Activity.IMAGE_CREATION);
    private static final RuleSubject DATA_ANALYSIS = RuleSubject.activity(Activity.DATA_ANALYSIS);
    private static final RuleSubject RESEARCH = RuleSubject.activity(Activity.RESEARCH);
    private static final RuleSubject PUBLIC_CHATBOT = RuleSubject.activity(Activity.PUBLIC_CHATBOT);
    private static final RuleSubject DECISION_ABOUT_PEOPLE = RuleSubject.activity(Activity.DECISION_ABOUT_PEOPLE);

    private static final List<PolicyTemplate> TEMPLATES = List.of(
            template(
                    SMALL_LOCAL_ASSOCIATION,
                    withConditions(CHATBOTS, INTERNAL),
                    forbidden(CHATBOTS, BENEFICIARY_VULNERABLE),
                    withConditions(TEXT_GENERATORS, INTERNAL),
                    forbidden(TEXT_GENERATORS, BENEFICIARY_VULNERABLE),
                    withConditions(WRITING, INTERNAL),
                    needsApproval(WRITING, BENEFICIARY_VULNERABLE),
                    allowed(TRANSLATION, PUBLIC),
                    withConditions(TRANSLATION, INTERNAL),
                    needsApproval(TRANSLATION, BENEFICIARY_VULNERABLE),
                    withConditions(SUMMARISING, INTERNAL),
                    needsApproval(SUMMARISING, BENEFICIARY_VULNERABLE),
                    withConditions(TRANSCRIPTION, PERSONAL),
                    forbidden(TRANSCRIPTION, BENEFICIARY_VULNERABLE),
                    withConditions(IMAGE_CREATION, INTERNAL),
                    forbidden(IMAGE_CREATION, BENEFICIARY_VULNERABLE),
                    withConditions(DATA_ANALYSIS, INTERNAL),
                    needsApproval(DATA_ANALYSIS, BENEFICIARY_VULNERABLE),
                    forbidden(DECISION_ABOUT_PEOPLE, BENEFICIARY_VULNERABLE),
                    needsApproval(PUBLIC_CHATBOT, BENEFICIARY_VULNERABLE)),
            template(
                    MID_SIZE_ASSOCIATION,
                    withConditions(CHATBOTS, INTERNAL),
                    needsApproval(CHATBOTS, PERSONAL),
                    forbidden(CHATBOTS, BENEFICIARY_VULNERABLE),
                    withConditions(TEXT_GENERATORS, INTERNAL),
                    forbidden(TEXT_GENERATORS, BENEFICIARY_VULNERABLE),
                    withConditions(WRITING, INTERNAL),
                    needsApproval(WRITING, BENEFICIARY_VULNERABLE),
                    allowed(TRANSLATION, PUBLIC),
                    withConditions(TRANSLATION, INTERNAL),
                    needsApproval(TRANSLATION, BENEFICIARY_VULNERABLE),
                    withConditions(SUMMARISING, INTERNAL),
                    needsApproval(SUMMARISING, BENEFICIARY_VULNERABLE),
                    withConditions(TRANSCRIPTION, PERSONAL),
                    forbidden(TRANSCRIPTION, BENEFICIARY_VULNERABLE),
                    withConditions(IMAGE_CREATION, INTERNAL),
                    forbidden(IMAGE_CREATION, BENEFICIARY_VULNERABLE),
                    withConditions(DATA_ANALYSIS, INTERNAL),
                    needsApproval(DATA_ANALYSIS, BENEFICIARY_VULNERABLE),
                    forbidden(DECISION_ABOUT_PEOPLE, BENEFICIARY_VULNERABLE),
                    needsApproval(PUBLIC_CHATBOT, BENEFICIARY_VULNERABLE)),
            template(
                    INTERNATIONAL_NGO,
                    withConditions(CHATBOTS, INTERNAL),
                    forbidden(CHATBOTS, BENEFICIARY_VULNERABLE),
                    withConditions(TEXT_GENERATORS, INTERNAL),
                    forbidden(TEXT_GENERATORS, BENEFICIARY_VULNERABLE),
                    withConditions(WRITING, INTERNAL),
                    needsApproval(WRITING, BENEFICIARY_VULNERABLE),
                    allowed(TRANSLATION, PUBLIC),
                    withConditions(TRANSLATION, INTERNAL),
                    needsApproval(TRANSLATION, BENEFICIARY_VULNERABLE),
                    withConditions(SUMMARISING, INTERNAL),
                    needsApproval(SUMMARISING, BENEFICIARY_VULNERABLE),
                    withConditions(TRANSCRIPTION, PERSONAL),
                    needsApproval(TRANSCRIPTION, BENEFICIARY_VULNERABLE),
                    withConditions(IMAGE_CREATION, INTERNAL),
                    forbidden(IMAGE_CREATION, BENEFICIARY_VULNERABLE),
                    withConditions(DATA_ANALYSIS, INTERNAL),
                    needsApproval(DATA_ANALYSIS, BENEFICIARY_VULNERABLE),
                    needsApproval(DECISION_ABOUT_PEOPLE, BENEFICIARY_VULNERABLE),
                    needsApproval(PUBLIC_CHATBOT, BENEFICIARY_VULNERABLE),
                    withConditions(RESEARCH, INTERNAL)));

    private PolicyTemplates() {}

    public static List<PolicyTemplate> all() {
        return TEMPLATES;
    }

    public static Optional<PolicyTemplate> find(String id) {
        return TEMPLATES.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    private static PolicyTemplate template(String id, Rule... rules) {
        return new PolicyTemplate(
                id,
                TEXTS.text(id + ".name"),
                TEXTS.text(id + ".audience"),
                TEXTS.text(id + ".title"),
                TEXTS.text(id + ".purpose"),
                text(id, "summary"),
                text(id, "body"),
                Arrays.stream(rules).map(rule -> rule.of(id)).toList());
    }

    /**
     * The text {@code part} ("body" or "summary") of template {@code id} in every language it is
     * written in, read from the resources; fails fast when the French file is missing or blank.
     */
    static Localized text(String id, String part) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            resource(id, part, language.code()).ifPresent(text -> texts.put(language, text));
        }
        if (!texts.containsKey(Language.FALLBACK)) {
            throw new IllegalStateException("policy template text missing or blank: " + RESOURCE_FOLDER + id + "."
                    + part + "." + Language.FALLBACK.code() + ".md");
        }
        return Localized.of(texts);
    }

    private static Optional<String> resource(String id, String part, String language) {
        String name = RESOURCE_FOLDER + id + "." + part + "." + language + ".md";
        try (InputStream in = PolicyTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return content.isEmpty() ? Optional.empty() : Optional.of(content);
        } catch (IOException e) {
            throw new IllegalStateException("policy template text unreadable: " + name, e);
        }
    }

    /** A rule of the table above, whose texts are found under its key once the template is known. */
    private record Rule(RuleSubject subject, DataCategory upTo, Verdict verdict) {

        TemplateRule of(String templateId) {
            String key = templateId + "." + (subject.kind() == SubjectKind.TOOL_CATEGORY ? "category." : "activity.")
                    + subject.code() + "." + upTo;
            // Only a rule with conditions must have them; the committee's may be left to its judgement.
            Localized conditions = verdict == Verdict.ALLOWED_WITH_CONDITIONS
                    ? TEXTS.text(key + ".conditions")
                    : TEXTS.optional(key + ".conditions").orElse(null);
            return new TemplateRule(subject, upTo, verdict, conditions, TEXTS.text(key + ".rationale"));
        }
    }

    private static Rule allowed(RuleSubject subject, DataCategory upTo) {
        return new Rule(subject, upTo, Verdict.ALLOWED);
    }

    private static Rule withConditions(RuleSubject subject, DataCategory upTo) {
        return new Rule(subject, upTo, Verdict.ALLOWED_WITH_CONDITIONS);
    }

    /** Its conditions, when the text files give them, say what the committee will ask for before approving. */
    private static Rule needsApproval(RuleSubject subject, DataCategory upTo) {
        return new Rule(subject, upTo, Verdict.NEEDS_APPROVAL);
    }

    private static Rule forbidden(RuleSubject subject, DataCategory upTo) {
        return new Rule(subject, upTo, Verdict.FORBIDDEN);
    }
}
