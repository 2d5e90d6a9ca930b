package org.gouvernail.domain.inventory.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class VendorAssessmentTest {

    private static final OrganisationId ORGANISATION =
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final MemberId AUTHOR = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final MemberId REFERENT = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private static AiTool tool(ToolStatus status, DataCategory... categories) {
        ToolDetails details = aTool().named("Le Chat")
                .withVendor("Mistral AI")
                .inCategory(ToolCategory.CHATBOT)
                .withData(categories)
                .build();
        return anAiTool()
                .of(ORGANISATION)
                .withDetails(details)
                .in(status)
                .declaredBy(AUTHOR)
                .declaredAt(NOW)
                .build();
    }

    private static VendorAssessment draft(DataCategory... categories) {
        return VendorAssessment.start(
                new AssessmentId(UUID.fromString("00000000-0000-0000-0000-0000000000e1")),
                tool(ToolStatus.UNDER_REVIEW, categories),
                Checklists.allYes(),
                AUTHOR,
                NOW);
    }

    @Test
    void anAssessmentStartsAsADraftOnASnapshotOfTheTool() {
        VendorAssessment assessment = draft(DataCategory.INTERNAL, DataCategory.PERSONAL);

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.tool())
                .isEqualTo(new ToolSnapshot(Set.of(DataCategory.INTERNAL, DataCategory.PERSONAL), HostingRegion.EU));
        assertThat(assessment.result().level()).isEqualTo(AssessmentLevel.GOOD);
        assertThat(assessment.result().score()).isEqualTo(100);
    }

    @Test
    void aRetiredToolIsNotAssessedAnyMore() {
        assertThatThrownBy(() -> VendorAssessment.start(
                        new AssessmentId(UUID.randomUUID()),
                        tool(ToolStatus.RETIRED),
                        Checklists.allYes(),
                        AUTHOR,
                        NOW))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "tool-retired");
    }

    @Test
    void personalDataNeedsTheDataReferentAfterSubmission() {
        VendorAssessment assessment = draft(DataCategory.PERSONAL);
        assertThat(assessment.needsDataReferent()).isTrue();
        assertThat(assessment.validators()).containsExactly(Role.DATA_REFERENT);

        assertThatThrownBy(() -> assessment.validate(REFERENT, NOW))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "assessment-not-submitted");

        VendorAssessment validated = assessment.submit(NOW).validate(REFERENT, NOW.plusSeconds(60));
        assertThat(validated.status()).isEqualTo(AssessmentStatus.VALIDATED);
        assertThat(validated.validatedBy()).isEqualTo(REFERENT);
        assertThat(validated.validatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void theAuthorNeverValidatesTheirOwnAssessmentOfPersonalData() {
        VendorAssessment submitted = draft(DataCategory.SENSITIVE).submit(NOW);

        assertThatThrownBy(() -> submitted.validate(AUTHOR, NOW))
                .isInstanceOf(Forbidden.class)
                .hasFieldOrPropertyWithValue("action", "validate-own-assessment");
    }

    @Test
    void withoutPersonalDataAReviewerValidatesDirectlyEvenTheirOwn() {
        VendorAssessment assessment = draft(DataCategory.INTERNAL, DataCategory.PUBLIC);
        assertThat(assessment.needsDataReferent()).isFalse();
        assertThat(assessment.validators()).containsExactlyInAnyOrder(Role.ADMIN, Role.COMMITTEE, Role.DATA_REFERENT);

        assertThat(assessment.validate(AUTHOR, NOW).status()).isEqualTo(AssessmentStatus.VALIDATED);
        assertThat(assessment.submit(NOW).validate(AUTHOR, NOW).status()).isEqualTo(AssessmentStatus.VALIDATED);
    }

    @Test
    void aReturnedAssessmentGoesBackToDraftWithItsComment() {
        VendorAssessment returned =
                draft(DataCategory.PERSONAL).submit(NOW).sendBack("  Joindre le contrat de sous-traitance (V01). ");

        assertThat(returned.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(returned.submittedAt()).isNull();
        assertThat(returned.returnComment()).isEqualTo("Joindre le contrat de sous-traitance (V01).");
        assertThat(returned.withInput(Checklists.counted(10, 0, 7)).result().score())
                .isEqualTo(58);
    }

    @Test
    void returningNeedsAComment() {
        VendorAssessment submitted = draft(DataCategory.PERSONAL).submit(NOW);

        assertThatThrownBy(() -> submitted.sendBack(null))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "comment");
        assertThatThrownBy(() -> submitted.sendBack("   ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> submitted.sendBack("x".repeat(2001)))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "too-long");
    }

    @Test
    void onlyASubmittedAssessmentIsReturnedAndOnlyADraftIsSubmitted() {
        VendorAssessment draft = draft(DataCategory.PERSONAL);

        assertThatThrownBy(() -> draft.sendBack("why"))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "assessment-transition-refused");
        assertThatThrownBy(() -> draft.submit(NOW).submit(NOW))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "assessment-transition-refused");
    }

    @Test
    void onlyADraftIsEdited() {
        VendorAssessment submitted = draft(DataCategory.PERSONAL).submit(NOW);

        assertThatThrownBy(() -> submitted.withInput(Checklists.allYes()))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "assessment-not-draft");
    }

    @Test
    void aValidatedAssessmentNeverChanges() {
        VendorAssessment validated = draft(DataCategory.PERSONAL).submit(NOW).validate(REFERENT, NOW);

        assertThatThrownBy(() -> validated.withInput(Checklists.allYes()))
                .hasFieldOrPropertyWithValue("code", "assessment-not-draft");
        assertThatThrownBy(() -> validated.validate(REFERENT, NOW))
                .hasFieldOrPropertyWithValue("code", "assessment-transition-refused");
        assertThatThrownBy(() -> validated.submit(NOW))
                .hasFieldOrPropertyWithValue("code", "assessment-transition-refused");
        assertThatThrownBy(() -> validated.sendBack("late"))
                .hasFieldOrPropertyWithValue("code", "assessment-transition-refused");
    }
}
