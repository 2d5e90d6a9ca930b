package org.gouvernail.domain.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class TransparencyStatementTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final List<String> MEMBERS = List.of("Alice Dubois", "Grâce Lemaire", "Jo Li");

    private static StatementContent content(String contact, String oversight) {
        return new StatementContent(
                "Solidarité Emploi asbl",
                "Nous utilisons l'IA pour aider, jamais pour décider à la place d'une personne.",
                contact,
                "Écrivez-nous ; une personne vous répond.",
                List.of(new StatementEntry(
                        UUID.randomUUID(),
                        "Traduction des courriers",
                        "IN_USE",
                        "Traduit les courriers aux familles ; ne décide de rien.",
                        List.of("DeepL (DeepL SE, EU)"),
                        List.of("PERSONAL"),
                        oversight,
                        "MINIMAL",
                        List.of(),
                        "NOT_REQUIRED",
                        LocalDate.parse("2026-06-01"))));
    }

    private static TransparencyStatement draft() {
        return TransparencyStatement.draft(
                UUID.randomUUID(),
                new OrganisationId(UUID.randomUUID()),
                1,
                content("ia@solidarite.be", "Une conseillère relit avant tout envoi."));
    }

    @Test
    void aStatementIsPublishedOnlyByADecisionAfterReviewAndThenFrozen() {
        UUID decision = UUID.randomUUID();
        TransparencyStatement published = draft().submit().publishByDecision(decision, NOW);

        assertThat(published.status()).isEqualTo(StatementStatus.PUBLISHED);
        assertThat(published.publishedByDecision()).isEqualTo(decision);
        assertThatThrownBy(() -> published.withContent(content("ia@solidarite.be", "Autre")))
                .hasFieldOrPropertyWithValue("code", "statement-frozen");
        assertThatThrownBy(() -> draft().publishByDecision(decision, NOW))
                .as("a draft is reviewed first")
                .hasFieldOrPropertyWithValue("code", "statement-transition-refused");
        assertThat(published.supersede(NOW).status()).isEqualTo(StatementStatus.SUPERSEDED);
        assertThat(draft().submit().reopen().status()).isEqualTo(StatementStatus.DRAFT);
    }

    private static StatementContent withRegisters(String riskTitle, String safeguard, String vendor, String lesson) {
        StatementContent base = content("ia@solidarite.be", "Relu.");
        StatementEntry entry = base.entries().get(0);
        StatementEntry full = new StatementEntry(
                entry.useCaseId(),
                entry.name(),
                entry.stage(),
                entry.whatItDoes(),
                entry.tools(),
                entry.dataCategories(),
                entry.humanOversight(),
                entry.aiActTier(),
                entry.disclosures(),
                entry.dpiaResult(),
                entry.since(),
                List.of(new StatementTool("DeepL", vendor, "EU", ProcessorAgreement.IN_PLACE)),
                List.of(new StatementRisk(riskTitle, "PRIVACY", "MEDIUM", List.of(safeguard))),
                "OFFERED");
        return new StatementContent(
                        base.organisationName(),
                        base.principles(),
                        base.contactAddress(),
                        base.howToRaiseAConcern(),
                        List.of(full),
                        List.of())
                .withFacts(new StatementFacts(80, 2, List.of(lesson)));
    }

    @Test
    void theRedactionCheckAlsoReadsVendorsRisksSafeguardsAndLessons() {
        RedactionCheck.require(
                withRegisters("Fuite de données", "Relecture", "DeepL SE", "Nous relisons tout."), MEMBERS);

        assertThat(RedactionCheck.namesIn(withRegisters("Erreurs de Jo Li", "Relecture", "DeepL SE", "Ok."), MEMBERS))
                .as("a risk title")
                .containsExactly("Jo Li");
        assertThat(RedactionCheck.namesIn(withRegisters("Fuite", "Alice Dubois relit", "DeepL SE", "Ok."), MEMBERS))
                .as("a safeguard")
                .containsExactly("Alice Dubois");
        assertThat(RedactionCheck.namesIn(withRegisters("Fuite", "Relecture", "Grâce Lemaire SRL", "Ok."), MEMBERS))
                .as("a vendor")
                .containsExactly("Grâce Lemaire");
        assertThat(RedactionCheck.namesIn(
                        withRegisters("Fuite", "Relecture", "DeepL SE", "Alice Dubois a formé l'équipe."), MEMBERS))
                .as("a lesson learned")
                .containsExactly("Alice Dubois");
        assertThat(RedactionCheck.namesAnyone("grace lemaire a relu", MEMBERS)).isTrue();
        assertThat(RedactionCheck.namesAnyone("Une conseillère a relu", MEMBERS))
                .isFalse();
    }

    @Test
    void factsWithNothingChosenAreNoFacts() {
        assertThat(content("ia@solidarite.be", "Relu.")
                        .withFacts(new StatementFacts(null, null, List.of()))
                        .facts())
                .isNull();
        assertThat(content("ia@solidarite.be", "Relu.")
                        .withFacts(new StatementFacts(75, null, null))
                        .facts()
                        .lessonsLearned())
                .isEmpty();
    }

    @Test
    void theRedactionCheckRefusesMembersNamesAnywhereButNotRoles() {
        RedactionCheck.require(content("ia@solidarite.be", "Une conseillère relit avant tout envoi."), MEMBERS);

        assertThat(RedactionCheck.namesIn(
                        content("ia@solidarite.be", "Grace LEMAIRE relit avant tout envoi."), MEMBERS))
                .as("without case nor accents")
                .containsExactly("Grâce Lemaire");
        assertThat(RedactionCheck.namesIn(content("alice.dubois@solidarite.be", "Relu."), MEMBERS))
                .as("a person's address")
                .containsExactly("Alice Dubois");
        assertThat(RedactionCheck.namesIn(content("ia@solidarite.be", "Relu par M. Duboisier."), MEMBERS))
                .as("whole words only")
                .isEmpty();
        assertThatThrownBy(() -> RedactionCheck.require(content("ia@solidarite.be", "Alice Dubois relit."), MEMBERS))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "personal-name-in-statement");
    }

    @Test
    void theContactIsAnAddress() {
        assertThatThrownBy(() -> content("Alice", "Relu.")).isInstanceOf(InvalidInput.class);
    }
}
