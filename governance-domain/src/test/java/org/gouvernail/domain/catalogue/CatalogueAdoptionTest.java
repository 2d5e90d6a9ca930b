package org.gouvernail.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.todo.Kinds;
import org.junit.jupiter.api.Test;

class CatalogueAdoptionTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final OrganisationId FEDERATION = new OrganisationId(UUID.randomUUID());
    private static final OrganisationId MEMBER = new OrganisationId(UUID.randomUUID());

    private static CatalogueEntry published() {
        return CatalogueEntry.draft(
                        new CatalogueEntryId(UUID.randomUUID()),
                        FEDERATION,
                        CatalogueEntryTest.content(DataCategory.INTERNAL, Recommendation.RECOMMENDED, null),
                        T0)
                .publish(T0);
    }

    private static CatalogueAdoption adopt(CatalogueEntry entry, DataCategory... categories) {
        return CatalogueAdoption.adopt(entry, MEMBER, new ToolId(UUID.randomUUID()), Set.of(categories), T0);
    }

    @Test
    void aMemberUsingPersonalDataOnAnEntryAssessedUpToInternalIsBlockedLocally() {
        CatalogueAdoption adoption = adopt(published(), DataCategory.PERSONAL);
        assertThat(adoption.blocksApproval()).isTrue();
        assertThat(adoption.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(AdoptionFinding.Code.DATA_ABOVE_CEILING);
            assertThat(finding.declared()).isEqualTo(DataCategory.PERSONAL);
            assertThat(finding.ceiling()).isEqualTo(DataCategory.INTERNAL);
        });
        assertThat(adoption.revisionSeen()).isEqualTo(1);
        assertThat(adoption.federationId()).isEqualTo(FEDERATION);
    }

    @Test
    void aBlockedAdoptionCannotBeApprovedUntilTheMembersOwnAssessmentCoversIt() {
        CatalogueAdoption adoption = adopt(published(), DataCategory.PERSONAL);
        assertThatThrownBy(() -> adoption.checkDecision(ToolStatus.APPROVED, null))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "catalogue-adoption-blocked");
        assertThatThrownBy(() -> adoption.checkDecision(ToolStatus.APPROVED_WITH_CONDITIONS, T0.minusSeconds(1)))
                .as("an assessment older than the adoption does not cover it")
                .isInstanceOf(RuleViolation.class);
        adoption.checkDecision(ToolStatus.RESTRICTED, null);
        adoption.checkDecision(ToolStatus.FORBIDDEN, null);
        adoption.checkDecision(ToolStatus.APPROVED, T0.plusSeconds(3600));
        adopt(published(), DataCategory.INTERNAL).checkDecision(ToolStatus.APPROVED, null);
    }

    @Test
    void aMemberWithinTheCeilingIsNotBlocked() {
        assertThat(adopt(published(), DataCategory.INTERNAL).blocksApproval()).isFalse();
    }

    @Test
    void onlyAPublishedEntryIsAdoptable() {
        CatalogueEntry draft = CatalogueEntry.draft(
                new CatalogueEntryId(UUID.randomUUID()),
                FEDERATION,
                CatalogueEntryTest.content(DataCategory.INTERNAL, Recommendation.RECOMMENDED, null),
                T0);
        assertThatThrownBy(() -> adopt(draft, DataCategory.PUBLIC))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "catalogue-entry-not-adoptable");
        CatalogueEntry deprecated = published().deprecate(T0);
        assertThatThrownBy(() -> adopt(deprecated, DataCategory.PUBLIC)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aFederationDoesNotAdoptItsOwnEntry() {
        assertThatThrownBy(() -> CatalogueAdoption.adopt(
                        published(), FEDERATION, new ToolId(UUID.randomUUID()), Set.of(DataCategory.PUBLIC), T0))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "catalogue-self-adoption");
    }

    @Test
    void anUpstreamReassessmentOrDeprecationMakesTheAdoptionDueForReviewAndTheReviewReevaluates() {
        CatalogueEntry entry = published();
        CatalogueAdoption adoption = adopt(entry, DataCategory.PERSONAL);
        assertThat(adoption.dueForReview(entry)).isFalse();

        CatalogueEntry.Revised raised =
                entry.revise(CatalogueEntryTest.content(DataCategory.PERSONAL, Recommendation.RECOMMENDED, null), T0);
        assertThat(raised.reassessment()).isTrue();
        assertThat(adoption.dueForReview(raised.entry())).isTrue();

        assertThat(adoption.reviewItem(entry, "DeepL")).isEmpty();
        assertThat(adoption.reviewItem(raised.entry(), "DeepL")).hasValueSatisfying(item -> {
            assertThat(item.kind()).isEqualTo(CatalogueAdoption.REVIEW_KIND);
            assertThat(item.organisationId()).isEqualTo(MEMBER);
            assertThat(item.subjectType()).isEqualTo("TOOL");
            assertThat(item.subjectId()).isEqualTo(adoption.toolId().value());
            assertThat(item.title()).isEqualTo("DeepL");
            assertThat(item.dueAt()).isNull();
            assertThat(item.link()).isEqualTo("/api/v1/organisations/" + MEMBER + "/tools/" + adoption.toolId());
            assertThat(Kinds.describe(item, Language.FR))
                    .isEqualTo("Revoir l’outil adopté du catalogue de la fédération « DeepL »");
            assertThat(Kinds.asked(item.kind(), Language.EN))
                    .isEqualTo("Review the tool adopted from the federation catalogue");
            assertThat(Kinds.asked(item.kind(), Language.NL)).startsWith("Het uit de federatiecatalogus");
        });

        CatalogueAdoption reviewed = adoption.reviewed(raised.entry());
        assertThat(reviewed.reviewItem(raised.entry(), "DeepL")).isEmpty();
        assertThat(reviewed.dueForReview(raised.entry())).isFalse();
        assertThat(reviewed.blocksApproval()).isFalse();
        assertThat(reviewed.revisionSeen()).isEqualTo(2);

        CatalogueEntry deprecated = raised.entry().deprecate(T0);
        assertThat(reviewed.dueForReview(deprecated)).isTrue();
    }
}
