package org.gouvernail.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Localized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyTemplatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<String> LANGUAGES = List.of("fr", "en");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?i)\\b(TODO|TBD|FIXME|XXX|lorem ipsum)\\b|\\{\\{|\\[\\.\\.\\.\\]");
    private static final Pattern JARGON =
            Pattern.compile("RGPD|GDPR|AI Act|AIPD|DPIA|DPO|\\bart\\.|\\bArt\\.|article", Pattern.CASE_INSENSITIVE);

    static Stream<PolicyTemplate> templates() {
        return PolicyTemplates.all().stream();
    }

    static Stream<Arguments> templatesInBothLanguages() {
        return templates().flatMap(template -> LANGUAGES.stream().map(language -> Arguments.of(template, language)));
    }

    @Test
    void theThreeStarterTemplatesAreFoundByTheirIds() {
        assertThat(PolicyTemplates.all())
                .extracting(PolicyTemplate::id)
                .containsExactly("small-local-association", "mid-size-association", "international-ngo");
        for (PolicyTemplate template : PolicyTemplates.all()) {
            assertThat(PolicyTemplates.find(template.id())).containsSame(template);
        }
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(PolicyTemplates.find("large-federation")).isEmpty();
        assertThat(PolicyTemplates.find("")).isEmpty();
        assertThat(PolicyTemplates.find(null)).isEmpty();
    }

    @Test
    void theTemplatesAreBuiltOnceAndCannotBeChanged() {
        assertThat(PolicyTemplates.all()).isSameAs(PolicyTemplates.all());
        assertThatThrownBy(() -> PolicyTemplates.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PolicyTemplates.all().get(0).rules().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingTextFailsFast() {
        assertThatThrownBy(() -> PolicyTemplates.text("no-such-template", "body"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("templates/no-such-template.body.fr.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTextIsWrittenInFrenchAndInEnglish(PolicyTemplate template) {
        for (Localized text : List.of(
                template.name(),
                template.audience(),
                template.title(),
                template.purpose(),
                template.summary(),
                template.body())) {
            assertThat(text.fr()).as(template.id()).isNotBlank().isNotEqualTo(text.en());
            assertThat(text.en()).as(template.id()).isNotBlank();
        }
        assertThat(List.of(
                        template.title().fr(),
                        template.title().en(),
                        template.name().fr(),
                        template.name().en()))
                .allMatch(text -> text.length() <= Check.NAME_LENGTH);
        assertThat(List.of(
                        template.purpose().fr(),
                        template.purpose().en(),
                        template.audience().fr(),
                        template.audience().en()))
                .allMatch(text -> text.length() <= Check.SHORT_TEXT_LENGTH);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templatesInBothLanguages")
    void theBodyIsAFullPolicyOfReasonableLength(PolicyTemplate template, String language) {
        String body = template.body().in(language);

        assertThat(body).startsWith("# ");
        assertThat(words(body)).as("words in " + template.id()).isBetween(600, 1600);
        assertThat(body)
                .as("AI literacy, transparency, special categories, the platform")
                .containsPattern("(?i)(art\\.|article) 4\\b")
                .containsPattern("(?i)(art\\.|article) 50\\b")
                .containsPattern("(?i)(art\\.|article) 9\\b")
                .contains("Gouvernail");
        // Transfers: chapter V of the GDPR applies outside the European Economic Area, not the EU.
        assertThat(body)
                .contains(
                        language.equals("fr")
                                ? "hors de l'Espace économique européen"
                                : "outside the European Economic Area")
                .doesNotContain(language.equals("fr") ? "hors de l'Union européenne" : "outside the European Union");
        // The AI Act prohibitions (art. 5) are in the forbidden section.
        String forbidden = body.substring(body.indexOf(language.equals("fr") ? "**Interdit**" : "**Forbidden**"));
        assertThat(forbidden.substring(0, forbidden.indexOf("\n## "))).containsPattern("(?i)(art\\.|article) 5\\b");
    }

    /**
     * GDPR duties an association meets without a DPO: a breach is documented even when not notified
     * (art. 33(5)) and the people are told when the risk to them is high (art. 34), in the small and
     * mid-size templates; the small one also names the record of processing (art. 30, whose 30(5)
     * exemption does not cover regular processing of beneficiaries' data) and informing people
     * (art. 13 and 14).
     */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "small-local-association, fr",
        "small-local-association, en",
        "mid-size-association, fr",
        "mid-size-association, en"
    })
    void theAssociationTemplatesNameTheBreachAndInformationDuties(String id, String language) {
        String body = PolicyTemplates.find(id).orElseThrow().body().in(language);

        assertThat(body)
                .containsPattern("(?i)(art\\.|article) 33(, § 5|\\(5\\))")
                .containsPattern("(?i)(art\\.|article) 34\\b");
        if (id.startsWith("small")) {
            assertThat(body)
                    .containsPattern("(?i)(art\\.|article) 30\\b")
                    .containsPattern("(?i)(articles?) 13 (et|and) 14");
        }
    }

    @Test
    void theSmallAssociationReadsShorterThanTheNgo() {
        PolicyTemplate small = PolicyTemplates.find("small-local-association").orElseThrow();
        PolicyTemplate ngo = PolicyTemplates.find("international-ngo").orElseThrow();

        for (String language : LANGUAGES) {
            assertThat(words(small.body().in(language)))
                    .isLessThan(words(ngo.body().in(language)));
        }
        assertThat(small.rules().size()).isLessThanOrEqualTo(ngo.rules().size());
        assertThat(ngo.body().fr()).contains("Ne pas nuire", "bureaux de terrain", "langue");
        assertThat(ngo.body().en()).contains("Do no harm", "field offices", "language");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templatesInBothLanguages")
    void theSummaryIsAnEasyToReadListForVolunteers(PolicyTemplate template, String language) {
        String summary = template.summary().in(language);
        List<String> bullets = summary.lines()
                .filter(line -> line.startsWith("- "))
                .map(line -> line.substring(2))
                .toList();

        assertThat(summary.length()).isLessThanOrEqualTo(VersionContent.SUMMARY_LENGTH);
        assertThat(bullets).hasSizeBetween(8, 15);
        assertThat(bullets).allMatch(bullet -> words(bullet) <= 20, "at most 20 words a bullet");
        assertThat(summary).as("no legal jargon in the summary").doesNotContainPattern(JARGON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void noTextHoldsAPlaceholder(PolicyTemplate template) {
        for (String text : allTexts(template)) {
            assertThat(text).as(template.id()).doesNotContainPattern(PLACEHOLDER);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void draftsInBothLanguagesPassTheRuleCheckWithTheSameRules(PolicyTemplate template) {
        VersionContent french = template.draft("fr", TODAY);
        VersionContent english = template.draft("en", TODAY);

        assertThat(french.rules().rules()).hasSizeBetween(10, 20);
        assertThat(keys(french)).doesNotHaveDuplicates().isEqualTo(keys(english));
        assertThat(french.rules().rules())
                .extracting(UsageRule::verdict)
                .isEqualTo(
                        english.rules().rules().stream().map(UsageRule::verdict).toList());
        assertThat(french.nextReviewDate()).isEqualTo(TODAY.plusMonths(PolicyTemplate.REVIEW_AFTER_MONTHS));
        assertThat(french.body()).isEqualTo(template.body().fr());
        assertThat(english.summary()).isEqualTo(template.summary().en());
        assertThat(UsageRules.firstConflict(french.rules().rules())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void rulesNameToolCategoriesOrActivitiesNeverATool(PolicyTemplate template) {
        assertThat(template.rules())
                .extracting(rule -> rule.subject().kind())
                .doesNotContain(SubjectKind.TOOL)
                .contains(SubjectKind.TOOL_CATEGORY, SubjectKind.ACTIVITY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyRuleExplainsItselfAndStatesItsConditionsInBothLanguages(PolicyTemplate template) {
        for (TemplateRule rule : template.rules()) {
            String what = template.id() + ": " + rule.subject() + " up to " + rule.dataCeiling();
            assertThat(rule.dataCeiling()).as(what).isNotNull();
            assertThat(rule.rationale().fr())
                    .as(what)
                    .isNotBlank()
                    .isNotEqualTo(rule.rationale().en());
            assertThat(rule.rationale().en()).as(what).isNotBlank();
            if (rule.verdict() == Verdict.ALLOWED_WITH_CONDITIONS) {
                assertThat(rule.conditions()).as(what).isNotNull();
            }
            if (rule.conditions() != null) {
                assertThat(rule.conditions().fr())
                        .as(what)
                        .isNotBlank()
                        .isNotEqualTo(rule.conditions().en());
                assertThat(rule.conditions().en()).as(what).isNotBlank();
            }
            if (rule.verdict() == Verdict.ALLOWED || rule.verdict() == Verdict.FORBIDDEN) {
                assertThat(rule.conditions())
                        .as(what + ": conditions of a plain verdict would never be read")
                        .isNull();
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templatesInBothLanguages")
    void beneficiaryDataIsForbiddenInChatbotsWhateverTheActivity(PolicyTemplate template, String language) {
        UsageRules rules = template.draft(language, TODAY).rules();

        assertThat(verdict(rules, ToolCategory.CHATBOT, null, DataCategory.BENEFICIARY_VULNERABLE))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(verdict(rules, ToolCategory.TEXT_GENERATION, null, DataCategory.BENEFICIARY_VULNERABLE))
                .isEqualTo(Verdict.FORBIDDEN);
        for (Activity activity : Activity.values()) {
            assertThat(verdict(rules, ToolCategory.CHATBOT, activity, DataCategory.BENEFICIARY_VULNERABLE))
                    .as(activity.name())
                    .isEqualTo(Verdict.FORBIDDEN);
            assertThat(verdict(rules, ToolCategory.CHATBOT, activity, DataCategory.SENSITIVE))
                    .as(activity.name())
                    .isEqualTo(Verdict.FORBIDDEN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void sensitiveAndBeneficiaryDataNeverGoAnywhereWithoutTheCommittee(PolicyTemplate template) {
        UsageRules rules = template.draft("fr", TODAY).rules();
        List<ToolCategory> categories = new ArrayList<>(Arrays.asList(ToolCategory.values()));
        categories.add(null);
        List<Activity> activities = new ArrayList<>(Arrays.asList(Activity.values()));
        activities.add(null);

        for (ToolCategory category : categories) {
            for (Activity activity : activities) {
                if (category == null && activity == null) {
                    continue;
                }
                for (DataCategory data : List.of(DataCategory.SENSITIVE, DataCategory.BENEFICIARY_VULNERABLE)) {
                    assertThat(verdict(rules, category, activity, data))
                            .as(category + " / " + activity + " / " + data)
                            .isIn(Verdict.NEEDS_APPROVAL, Verdict.FORBIDDEN);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void verdictsNeverSoftenAsTheDataGetsMoreSensitive(PolicyTemplate template) {
        UsageRules rules = template.draft("en", TODAY).rules();

        for (TemplateRule rule : template.rules()) {
            Verdict previous = Verdict.ALLOWED;
            for (DataCategory data : DataCategory.values()) {
                ToolCategory category = rule.subject().kind() == SubjectKind.TOOL_CATEGORY
                        ? rule.subject().category()
                        : null;
                Verdict verdict = verdict(rules, category, rule.subject().activity(), data);
                assertThat(verdict).as(rule.subject() + " with " + data).isGreaterThanOrEqualTo(previous);
                previous = verdict;
            }
        }
    }

    /** What a volunteer asking the policy check about an activity alone (no tool named yet) is told. */
    @ParameterizedTest(name = "{0}: {1} with {2} → {3}")
    @CsvSource({
        "small-local-association, WRITING,               INTERNAL,               ALLOWED_WITH_CONDITIONS",
        "small-local-association, WRITING,               PERSONAL,               NEEDS_APPROVAL",
        "small-local-association, TRANSLATION,           PUBLIC,                 ALLOWED",
        "small-local-association, TRANSLATION,           INTERNAL,               ALLOWED_WITH_CONDITIONS",
        "small-local-association, SUMMARISING,           INTERNAL,               ALLOWED_WITH_CONDITIONS",
        "small-local-association, TRANSCRIPTION,         PERSONAL,               ALLOWED_WITH_CONDITIONS",
        "small-local-association, TRANSCRIPTION,         BENEFICIARY_VULNERABLE, FORBIDDEN",
        "small-local-association, IMAGE_CREATION,        PUBLIC,                 ALLOWED_WITH_CONDITIONS",
        "small-local-association, IMAGE_CREATION,        PERSONAL,               FORBIDDEN",
        "small-local-association, DATA_ANALYSIS,         PERSONAL,               NEEDS_APPROVAL",
        "small-local-association, DECISION_ABOUT_PEOPLE, PUBLIC,                 FORBIDDEN",
        "small-local-association, PUBLIC_CHATBOT,        PUBLIC,                 NEEDS_APPROVAL",
        "mid-size-association,    WRITING,               PUBLIC,                 ALLOWED_WITH_CONDITIONS",
        "mid-size-association,    TRANSLATION,           PUBLIC,                 ALLOWED",
        "mid-size-association,    TRANSLATION,           PERSONAL,               NEEDS_APPROVAL",
        "mid-size-association,    SUMMARISING,           INTERNAL,               ALLOWED_WITH_CONDITIONS",
        "mid-size-association,    TRANSCRIPTION,         PERSONAL,               ALLOWED_WITH_CONDITIONS",
        "mid-size-association,    TRANSCRIPTION,         SENSITIVE,              FORBIDDEN",
        "mid-size-association,    IMAGE_CREATION,        INTERNAL,               ALLOWED_WITH_CONDITIONS",
        "mid-size-association,    DATA_ANALYSIS,         PERSONAL,               NEEDS_APPROVAL",
        "mid-size-association,    DECISION_ABOUT_PEOPLE, BENEFICIARY_VULNERABLE, FORBIDDEN",
        "mid-size-association,    PUBLIC_CHATBOT,        PUBLIC,                 NEEDS_APPROVAL",
        "international-ngo,       WRITING,               INTERNAL,               ALLOWED_WITH_CONDITIONS",
        "international-ngo,       TRANSLATION,           PUBLIC,                 ALLOWED",
        "international-ngo,       TRANSLATION,           BENEFICIARY_VULNERABLE, NEEDS_APPROVAL",
        "international-ngo,       SUMMARISING,           INTERNAL,               ALLOWED_WITH_CONDITIONS",
        "international-ngo,       TRANSCRIPTION,         PERSONAL,               ALLOWED_WITH_CONDITIONS",
        "international-ngo,       TRANSCRIPTION,         BENEFICIARY_VULNERABLE, NEEDS_APPROVAL",
        "international-ngo,       IMAGE_CREATION,        PERSONAL,               FORBIDDEN",
        "international-ngo,       DATA_ANALYSIS,         PERSONAL,               NEEDS_APPROVAL",
        "international-ngo,       DECISION_ABOUT_PEOPLE, BENEFICIARY_VULNERABLE, NEEDS_APPROVAL",
        "international-ngo,       PUBLIC_CHATBOT,        PUBLIC,                 NEEDS_APPROVAL",
        "international-ngo,       RESEARCH,              INTERNAL,               ALLOWED_WITH_CONDITIONS"
    })
    void thePolicyCheckAnswersTheTypicalQuestions(String id, Activity activity, DataCategory data, Verdict expected) {
        UsageRules rules =
                PolicyTemplates.find(id).orElseThrow().draft("fr", TODAY).rules();

        PolicyAnswer answer = rules.answer(PolicyQuestion.about(null, null, null, activity, data));

        assertThat(answer.verdict()).isEqualTo(expected);
        assertThat(answer.basis()).isEqualTo(PolicyAnswer.Basis.RULE);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templatesInBothLanguages")
    void theConditionsSayWhatTheyMustSay(PolicyTemplate template, String language) {
        UsageRules rules = template.draft(language, TODAY).rules();
        boolean french = language.equals("fr");

        assertThat(conditions(rules, Activity.WRITING, DataCategory.INTERNAL))
                .containsPattern(french ? "(?i)relecture|relit" : "(?i)review");
        assertThat(conditions(rules, Activity.TRANSCRIPTION, DataCategory.PERSONAL))
                .containsPattern(french ? "(?i)accord|consentement" : "(?i)agree|consent");
        assertThat(conditions(rules, Activity.IMAGE_CREATION, DataCategory.PUBLIC))
                .containsPattern(french ? "IA" : "AI");

        PolicyAnswer writingInAChatbot = rules.answer(
                PolicyQuestion.about(null, ToolCategory.CHATBOT, null, Activity.WRITING, DataCategory.INTERNAL));
        assertThat(writingInAChatbot.verdict()).isEqualTo(Verdict.ALLOWED_WITH_CONDITIONS);
        assertThat(writingInAChatbot.conditions())
                .as("the tool's and the activity's conditions both apply")
                .hasSize(2);
    }

    private static Verdict verdict(UsageRules rules, ToolCategory category, Activity activity, DataCategory data) {
        return rules.answer(PolicyQuestion.about(null, category, null, activity, data))
                .verdict();
    }

    private static String conditions(UsageRules rules, Activity activity, DataCategory data) {
        PolicyAnswer answer = rules.answer(PolicyQuestion.about(null, null, null, activity, data));
        assertThat(answer.verdict()).as(activity + " with " + data).isEqualTo(Verdict.ALLOWED_WITH_CONDITIONS);
        return String.join(" ", answer.conditions());
    }

    private static List<UsageRule.Key> keys(VersionContent content) {
        return content.rules().rules().stream().map(UsageRule::key).toList();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static List<String> allTexts(PolicyTemplate template) {
        List<String> texts = new ArrayList<>();
        for (Localized text : List.of(
                template.name(),
                template.audience(),
                template.title(),
                template.purpose(),
                template.summary(),
                template.body())) {
            texts.add(text.fr());
            texts.add(text.en());
        }
        for (TemplateRule rule : template.rules()) {
            texts.add(rule.rationale().fr());
            texts.add(rule.rationale().en());
            if (rule.conditions() != null) {
                texts.add(rule.conditions().fr());
                texts.add(rule.conditions().en());
            }
        }
        return texts;
    }
}
