package org.gouvernail.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gouvernail.domain.policy.Policies.AUTHOR;
import static org.gouvernail.domain.policy.Policies.EDITOR;
import static org.gouvernail.domain.policy.Policies.NOW;
import static org.gouvernail.domain.policy.Policies.ORGANISATION;
import static org.gouvernail.domain.policy.Policies.POLICY;
import static org.gouvernail.domain.policy.Policies.TODAY;
import static org.gouvernail.domain.policy.Policies.associationRules;
import static org.gouvernail.domain.policy.Policies.complete;
import static org.gouvernail.domain.policy.Policies.draft;
import static org.gouvernail.domain.policy.Policies.in;
import static org.gouvernail.domain.policy.VersionContentBuilder.aPolicyText;
import static org.gouvernail.domain.policy.VersionContentBuilder.anEmptyPolicyText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PolicyVersionTest {

    static final UUID DECISION = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final Instant LATER = NOW.plusSeconds(600);

    enum Move {
        EDIT(version -> version.edit("en", complete(UsageRules.NONE))),
        SUBMIT_FOR_REVIEW(version -> version.submitForReview(TODAY)),
        RETURN_TO_DRAFT(PolicyVersion::returnToDraft),
        PUBLISH(version -> version.publish(DECISION, LATER)),
        SUPERSEDE(version -> version.supersede(LATER)),
        ACKNOWLEDGE(version -> {
            version.requireAcknowledgeable();
            return version;
        });

        final UnaryOperator<PolicyVersion> apply;

        Move(UnaryOperator<PolicyVersion> apply) {
            this.apply = apply;
        }
    }

    /** Every move from every status: the status reached, or the code of the refusal. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # from     | EDIT              | SUBMIT_FOR_REVIEW | RETURN_TO_DRAFT       | PUBLISH               | SUPERSEDE             | ACKNOWLEDGE
            DRAFT      | DRAFT             | IN_REVIEW         | version-not-in-review | version-not-in-review | version-not-published | version-not-published
            IN_REVIEW  | version-not-draft | version-not-draft | DRAFT                 | PUBLISHED             | version-not-published | version-not-published
            PUBLISHED  | version-not-draft | version-not-draft | version-not-in-review | version-not-in-review | SUPERSEDED            | PUBLISHED
            SUPERSEDED | version-not-draft | version-not-draft | version-not-in-review | version-not-in-review | version-not-published | version-not-published
            """)
    void theLifecycleTable(
            VersionStatus from,
            String edit,
            String submit,
            String returnToDraft,
            String publish,
            String supersede,
            String acknowledge) {
        String[] expected = {edit, submit, returnToDraft, publish, supersede, acknowledge};
        Move[] moves = Move.values();
        assertThat(moves).hasSize(expected.length);
        for (int i = 0; i < moves.length; i++) {
            PolicyVersion version = in(from);
            Move move = moves[i];
            if (expected[i].contains("-")) {
                RuleViolation refused = catchThrowableOfType(() -> move.apply.apply(version), RuleViolation.class);
                assertThat(refused).as("%s from %s is refused", move, from).isNotNull();
                assertThat(refused.code()).as("%s from %s", move, from).isEqualTo(expected[i]);
                assertThat(refused.arguments()).as("%s from %s", move, from).containsExactly(3, from);
            } else {
                PolicyVersion after = move.apply.apply(version);
                assertThat(after.status()).as("%s from %s", move, from).isEqualTo(VersionStatus.valueOf(expected[i]));
                assertThat(after.id()).isEqualTo(version.id());
                assertThat(after.number()).isEqualTo(version.number());
                assertThat(after.basedOn()).isEqualTo(version.basedOn());
                assertThat(after.createdBy()).isEqualTo(version.createdBy());
                assertThat(after.version())
                        .as("the optimistic lock is the store's business")
                        .isEqualTo(version.version());
            }
        }
    }

    @Test
    void aFirstVersionIsDraftNumberOneInTheNormalisedLanguage() {
        PolicyVersion first = PolicyVersion.first(
                new VersionId(UUID.randomUUID()),
                POLICY,
                ORGANISATION,
                "fr-BE",
                complete(associationRules()),
                AUTHOR,
                NOW);

        assertThat(first.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.language()).isEqualTo("fr");
        assertThat(first.basedOn()).isNull();
        assertThat(first.publishedBy()).isNull();
        assertThat(first.publishedAt()).isNull();
        assertThat(first.supersededAt()).isNull();
        assertThat(first.createdBy()).isEqualTo(AUTHOR);
        assertThat(first.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aDraftIsEditedInContentAndLanguage() {
        VersionContent changed = aPolicyText()
                .withBody("Nouveau texte")
                .withSummary("Nouveau résumé")
                .reviewedOn(TODAY.plusMonths(6))
                .build();

        PolicyVersion edited = draft(complete(associationRules())).edit("EN-gb", changed);

        assertThat(edited.content()).isEqualTo(changed);
        assertThat(edited.language()).isEqualTo("en");
        assertThat(edited.status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void anEditInAnUnsupportedLanguageIsRefusedAndTheDraftKeepsItsOwn() {
        PolicyVersion draft = draft(complete(associationRules()));

        InvalidInput refused = catchThrowableOfType(() -> draft.edit("de", draft.content()), InvalidInput.class);

        assertThat(refused.code()).isEqualTo("unsupported-language");
        assertThat(draft.language()).isEqualTo("fr");
    }

    @Test
    void aDraftGoesThroughReviewAndIsPublishedByADecision() {
        PolicyVersion published =
                draft(complete(associationRules())).submitForReview(TODAY).publish(DECISION, LATER);

        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo(DECISION);
        assertThat(published.publishedAt()).isEqualTo(LATER);
        assertThat(published.supersededAt()).isNull();
        published.requireAcknowledgeable();
    }

    @Test
    void aVersionTakenBackFromReviewCanBeEditedAndSubmittedAgain() {
        PolicyVersion back =
                draft(complete(associationRules())).submitForReview(TODAY).returnToDraft();
        VersionContent changed = aPolicyText()
                .withBody("Texte revu")
                .withSummary("Résumé revu")
                .reviewedOn(TODAY.plusDays(1))
                .build();

        PolicyVersion resubmitted = back.edit("fr", changed).submitForReview(TODAY);

        assertThat(back.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(back.publishedBy()).isNull();
        assertThat(resubmitted.status()).isEqualTo(VersionStatus.IN_REVIEW);
        assertThat(resubmitted.content()).isEqualTo(changed);
    }

    @Test
    void supersedingKeepsWhenAndByWhichDecisionTheVersionWasPublished() {
        PolicyVersion published = in(VersionStatus.PUBLISHED);

        PolicyVersion superseded = published.supersede(LATER);

        assertThat(superseded.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(superseded.publishedBy()).isEqualTo(published.publishedBy()).isNotNull();
        assertThat(superseded.publishedAt()).isEqualTo(published.publishedAt()).isNotNull();
        assertThat(superseded.supersededAt()).isEqualTo(LATER);
        assertThat(superseded.content()).isEqualTo(published.content());
    }

    @Test
    void publishingNeedsTheDecision() {
        assertThatThrownBy(() -> in(VersionStatus.IN_REVIEW).publish(null, LATER))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # what is missing               | body  | summary | review date | refused field
            no text                         | -     | Résumé  | 2027-11-28  | body
            no summary                      | Texte | -       | 2027-11-28  | summary
            nothing at all: the text first  | -     | -       | -           | body
            no review date                  | Texte | Résumé  | -           | nextReviewDate
            a review date today             | Texte | Résumé  | 2026-11-28  | nextReviewDate
            a review date in the past       | Texte | Résumé  | 2026-01-01  | nextReviewDate
            """)
    void aVersionGoesToReviewOnlyWithItsTextSummaryAndAFutureReviewDate(
            String scenario, String body, String summary, LocalDate reviewDate, String field) {
        PolicyVersion incomplete = draft(aPolicyText()
                .withBody(body)
                .withSummary(summary)
                .reviewedOn(reviewDate)
                .withRules(associationRules())
                .build());

        RuleViolation refused = catchThrowableOfType(() -> incomplete.submitForReview(TODAY), RuleViolation.class);

        assertThat(refused.code()).isEqualTo("version-incomplete");
        assertThat(refused.arguments()).containsExactly(field);
    }

    @Test
    void aReviewDateTomorrowIsEnoughAndRulesAreNotRequired() {
        PolicyVersion inReview = draft(aPolicyText()
                        .withBody("Texte")
                        .withSummary("Résumé")
                        .reviewedOn(TODAY.plusDays(1))
                        .build())
                .submitForReview(TODAY);

        assertThat(inReview.status()).isEqualTo(VersionStatus.IN_REVIEW);
        assertThat(inReview.content().rules()).isEqualTo(UsageRules.NONE);
    }

    @Test
    void anIncompleteVersionThatIsNotADraftIsRefusedForItsStatusFirst() {
        PolicyVersion published =
                in(VersionStatus.PUBLISHED, anEmptyPolicyText().build());

        assertThatThrownBy(() -> published.submitForReview(TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("version-not-draft");
    }

    @ParameterizedTest
    @EnumSource(VersionStatus.class)
    void theNextDraftCopiesTheContentAndSaysWhichVersionItComesFrom(VersionStatus status) {
        PolicyVersion version = in(status);
        VersionId newId = new VersionId(UUID.randomUUID());

        PolicyVersion next = version.nextDraft(newId, 4, EDITOR, LATER);

        assertThat(next.id()).isEqualTo(newId);
        assertThat(next.number()).isEqualTo(4);
        assertThat(next.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(next.basedOn()).isEqualTo(3);
        assertThat(next.content()).isEqualTo(version.content());
        assertThat(next.language()).isEqualTo(version.language());
        assertThat(next.policyId()).isEqualTo(POLICY);
        assertThat(next.organisationId()).isEqualTo(ORGANISATION);
        assertThat(next.publishedBy()).isNull();
        assertThat(next.publishedAt()).isNull();
        assertThat(next.supersededAt()).isNull();
        assertThat(next.createdBy()).isEqualTo(EDITOR);
        assertThat(next.createdAt()).isEqualTo(LATER);
        assertThat(next.version()).isZero();
        assertThat(version.status()).as("the source is left as it was").isEqualTo(status);
    }

    @Test
    void theNextDraftIsEditableWhileTheVersionItComesFromStaysPublished() {
        PolicyVersion published = in(VersionStatus.PUBLISHED);
        PolicyVersion next = published.nextDraft(new VersionId(UUID.randomUUID()), 4, EDITOR, LATER);

        PolicyVersion edited = next.edit("fr", complete(UsageRules.NONE));

        assertThat(edited.content().rules()).isEqualTo(UsageRules.NONE);
        assertThat(published.content().rules()).isEqualTo(associationRules());
        assertThatThrownBy(() -> published.edit("fr", complete(UsageRules.NONE)))
                .isInstanceOf(RuleViolation.class);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr      | fr
            en      | en
            FR      | fr
            fr-BE   | fr
            fr_BE   | fr
            FR-be   | fr
            en-GB   | en
            en_us   | en
            ' en '  | en
            ' fr-CH'| fr
            """)
    void aRegionalVariantIsReducedToItsLanguage(String code, String language) {
        assertThat(PolicyVersion.language(code)).isEqualTo(language);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            de
            de-BE
            ''
            '   '
            fra
            french
            frBE
            f
            e-n
            """)
    void anotherLanguageIsRefusedAsUnsupported(String code) {
        InvalidInput refused = catchThrowableOfType(() -> PolicyVersion.language(code), InvalidInput.class);

        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("unsupported-language");
        assertThat(refused.field()).isEqualTo("language");
        assertThat(refused.arguments()).containsExactly("language", code);
    }

    @Test
    void aLanguageIsRequired() {
        InvalidInput refused = catchThrowableOfType(() -> PolicyVersion.language(null), InvalidInput.class);

        assertThat(refused.code()).isEqualTo("required");
        assertThat(refused.field()).isEqualTo("language");
        assertThatThrownBy(() -> PolicyVersion.first(
                        new VersionId(UUID.randomUUID()),
                        POLICY,
                        ORGANISATION,
                        "de",
                        complete(UsageRules.NONE),
                        AUTHOR,
                        NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theLanguagesOfTheVersionsAreThoseOfThePlatform() {
        assertThat(PolicyVersion.LANGUAGES).containsExactlyInAnyOrderElementsOf(List.of("fr", "en", "nl"));
    }

    @ParameterizedTest
    @EnumSource(VersionStatus.class)
    void onlyDraftAndInReviewAreOpen(VersionStatus status) {
        assertThat(status.open()).isEqualTo(status == VersionStatus.DRAFT || status == VersionStatus.IN_REVIEW);
    }
}
