package org.gouvernail.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class CatalogueEntryTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final LocalDate REVIEWED = LocalDate.parse("2026-10-15");
    private static final OrganisationId FEDERATION = new OrganisationId(UUID.randomUUID());

    static EntryContent content(DataCategory ceiling, Recommendation recommendation, String conditions) {
        return new EntryContent(
                " DeepL ",
                "DeepL SE",
                ToolCategory.TRANSLATION,
                AccountType.PROFESSIONAL,
                "Team",
                HostingRegion.EU,
                AssessmentLevel.GOOD,
                ceiling,
                recommendation,
                conditions,
                "EU hosting, processor agreement signed, no training on inputs.",
                "https://federation.example/dpa-deepl.pdf",
                null,
                REVIEWED,
                REVIEWED.plusYears(1));
    }

    private static CatalogueEntry draft() {
        return CatalogueEntry.draft(
                new CatalogueEntryId(UUID.randomUUID()),
                FEDERATION,
                content(DataCategory.INTERNAL, Recommendation.RECOMMENDED, null),
                T0);
    }

    @Test
    void aDraftIsPublishedAtRevisionOneThenDeprecatedWhichRaisesTheRevision() {
        CatalogueEntry draft = draft();
        assertThat(draft.status()).isEqualTo(CatalogueStatus.DRAFT);
        assertThat(draft.adoptable()).isFalse();
        assertThat(draft.content().name()).isEqualTo("DeepL");

        CatalogueEntry published = draft.publish(T0.plusSeconds(60));
        assertThat(published.status()).isEqualTo(CatalogueStatus.PUBLISHED);
        assertThat(published.revision()).isEqualTo(1);
        assertThat(published.publishedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(published.adoptable()).isTrue();

        CatalogueEntry deprecated = published.deprecate(T0.plusSeconds(120));
        assertThat(deprecated.status()).isEqualTo(CatalogueStatus.DEPRECATED);
        assertThat(deprecated.revision()).isEqualTo(2);
        assertThat(deprecated.adoptable()).isFalse();
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        CatalogueEntry draft = draft();
        assertThatThrownBy(() -> draft.deprecate(T0))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "catalogue-entry-transition");
        CatalogueEntry published = draft.publish(T0);
        assertThatThrownBy(() -> published.publish(T0)).isInstanceOf(RuleViolation.class);
        CatalogueEntry deprecated = published.deprecate(T0);
        assertThatThrownBy(() -> deprecated.revise(draft.content(), T0)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aRevisionOfAPublishedEntryThatChangesTheAssessmentIsAReassessment() {
        CatalogueEntry published = draft().publish(T0);

        CatalogueEntry.Revised wording = published.revise(
                new EntryContent(
                        "DeepL Pro",
                        "DeepL SE",
                        ToolCategory.TRANSLATION,
                        AccountType.PROFESSIONAL,
                        "Team",
                        HostingRegion.EU,
                        AssessmentLevel.GOOD,
                        DataCategory.INTERNAL,
                        Recommendation.RECOMMENDED,
                        null,
                        "Reworded rationale.",
                        null,
                        null,
                        REVIEWED,
                        null),
                T0.plusSeconds(10));
        assertThat(wording.reassessment()).isFalse();
        assertThat(wording.entry().revision()).isEqualTo(1);

        CatalogueEntry.Revised downgraded = wording.entry()
                .revise(
                        content(DataCategory.PUBLIC, Recommendation.ALLOWED_WITH_CONDITIONS, "Public texts only."),
                        T0.plusSeconds(20));
        assertThat(downgraded.reassessment()).isTrue();
        assertThat(downgraded.entry().revision()).isEqualTo(2);
    }

    @Test
    void aDraftRevisionIsNeverAReassessment() {
        CatalogueEntry.Revised revised =
                draft().revise(content(DataCategory.PERSONAL, Recommendation.NOT_RECOMMENDED, null), T0);
        assertThat(revised.reassessment()).isFalse();
        assertThat(revised.entry().revision()).isZero();
    }

    @Test
    void contentIsValidated() {
        assertThatThrownBy(() -> content(DataCategory.INTERNAL, Recommendation.ALLOWED_WITH_CONDITIONS, " "))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "catalogue-conditions-required");
        assertThatThrownBy(() -> new EntryContent(
                        "X",
                        "V",
                        ToolCategory.OTHER,
                        AccountType.PERSONAL_FREE,
                        null,
                        HostingRegion.UNKNOWN,
                        AssessmentLevel.POOR,
                        DataCategory.PUBLIC,
                        Recommendation.RECOMMENDED,
                        null,
                        "r",
                        "ftp://nope",
                        null,
                        REVIEWED,
                        null))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "catalogue-link-invalid");
        assertThatThrownBy(() -> new EntryContent(
                        "X",
                        "V",
                        ToolCategory.OTHER,
                        AccountType.PERSONAL_FREE,
                        null,
                        HostingRegion.UNKNOWN,
                        AssessmentLevel.POOR,
                        DataCategory.PUBLIC,
                        Recommendation.RECOMMENDED,
                        null,
                        "r",
                        null,
                        null,
                        REVIEWED,
                        REVIEWED))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "catalogue-review-order");
    }

    @Test
    void memberDataAboveTheCeilingFiresTheBlockingRuleLocally() {
        EntryContent entry = content(DataCategory.INTERNAL, Recommendation.RECOMMENDED, null);

        List<AdoptionFinding> withinCeiling =
                LocalReevaluation.evaluate(entry, Set.of(DataCategory.PUBLIC, DataCategory.INTERNAL));
        assertThat(withinCeiling).isEmpty();
        assertThat(LocalReevaluation.blocks(withinCeiling)).isFalse();

        List<AdoptionFinding> personal = LocalReevaluation.evaluate(
                entry, Set.of(DataCategory.SENSITIVE, DataCategory.INTERNAL, DataCategory.PERSONAL));
        assertThat(personal)
                .containsExactly(
                        new AdoptionFinding(
                                AdoptionFinding.Code.DATA_ABOVE_CEILING,
                                true,
                                DataCategory.PERSONAL,
                                DataCategory.INTERNAL),
                        new AdoptionFinding(
                                AdoptionFinding.Code.DATA_ABOVE_CEILING,
                                true,
                                DataCategory.SENSITIVE,
                                DataCategory.INTERNAL));
        assertThat(LocalReevaluation.blocks(personal)).isTrue();
    }

    @Test
    void theRecommendationInformsWithoutBlockingAndABlockedAssessmentBlocks() {
        List<AdoptionFinding> notRecommended = LocalReevaluation.evaluate(
                content(DataCategory.PERSONAL, Recommendation.NOT_RECOMMENDED, null), Set.of(DataCategory.PERSONAL));
        assertThat(notRecommended)
                .extracting(AdoptionFinding::code)
                .containsExactly(AdoptionFinding.Code.NOT_RECOMMENDED);
        assertThat(LocalReevaluation.blocks(notRecommended)).isFalse();

        EntryContent blocked = new EntryContent(
                "X",
                "V",
                ToolCategory.OTHER,
                AccountType.PERSONAL_FREE,
                null,
                HostingRegion.UNITED_STATES,
                AssessmentLevel.BLOCKED,
                DataCategory.PUBLIC,
                Recommendation.ALLOWED_WITH_CONDITIONS,
                "Never with personal data.",
                "r",
                null,
                null,
                REVIEWED,
                null);
        List<AdoptionFinding> findings = LocalReevaluation.evaluate(blocked, Set.of(DataCategory.PUBLIC));
        assertThat(findings)
                .extracting(AdoptionFinding::code)
                .containsExactly(AdoptionFinding.Code.ASSESSMENT_BLOCKED, AdoptionFinding.Code.CONDITIONS_APPLY);
        assertThat(LocalReevaluation.blocks(findings)).isTrue();
    }

    @Test
    void theMemberMustDeclareItsDataCategories() {
        assertThatThrownBy(() -> LocalReevaluation.evaluate(
                        content(DataCategory.INTERNAL, Recommendation.RECOMMENDED, null), Set.of()))
                .isInstanceOf(InvalidInput.class);
    }
}
