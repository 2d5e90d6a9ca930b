package org.gouvernail.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.privacy.PrivacyEvent.RetentionChanged;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PrivacyRulesTest {

    private final OrganisationId organisation = new OrganisationId(UUID.randomUUID());
    private final MemberId member = new MemberId(UUID.randomUUID());

    @Test
    void aPseudonymSaysTheRankAndTheDayAndFitsTheColumnsItIsWrittenIn() {
        Pseudonym pseudonym = new Pseudonym(7, LocalDate.parse("2026-11-30"));
        assertThat(pseudonym.text()).isEqualTo("member #7, erased on 2026-11-30");
        assertThat(new Pseudonym(Integer.MAX_VALUE, LocalDate.parse("2026-11-30")).text())
                .hasSizeLessThanOrEqualTo(Pseudonym.MAX_LENGTH);
        assertThatThrownBy(() -> new Pseudonym(0, LocalDate.parse("2026-11-30")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyLegalHoldRefusesTheWholeErasureNamingTheFirstRecord() {
        UUID incident = UUID.randomUUID();
        assertThatThrownBy(() -> Erasure.refuseIfHeld(
                        member,
                        List.of(
                                new ErasureHold("incident-pending-duty", "INCIDENT", incident),
                                new ErasureHold("incident-pending-duty", "INCIDENT", UUID.randomUUID()))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining(incident.toString())
                .extracting(e -> ((RuleViolation) e).code())
                .isEqualTo("erasure-held");
        Erasure.refuseIfHeld(member, List.of());
    }

    @Test
    void aPolicyKeepsTheDefaultsUntilChosenAndRefusesAPeriodOutsideItsBounds() {
        RetentionPolicy defaults = RetentionPolicy.defaults(organisation);
        assertThat(defaults.monthsOf(RetentionRule.AUDIT_EVENTS)).isEqualTo(60);
        assertThat(defaults.monthsOf(RetentionRule.CLOSED_INCIDENTS)).isEqualTo(60);
        assertThat(defaults.version()).isZero();

        RetentionPolicy longer = defaults.with(Map.of(RetentionRule.AUDIT_EVENTS, 120));
        assertThat(longer.monthsOf(RetentionRule.AUDIT_EVENTS)).isEqualTo(120);
        assertThat(longer.monthsOf(RetentionRule.SETTLED_FEEDBACK)).isEqualTo(36);

        assertThatThrownBy(() -> defaults.with(Map.of(RetentionRule.CLOSED_INCIDENTS, 35)))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("rules.CLOSED_INCIDENTS");
        assertThatThrownBy(() -> new RetentionPolicy(organisation, Map.of(RetentionRule.AUDIT_EVENTS, 121), 3))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theAuditSummaryOfAChangeListsOnlyWhatChanged() {
        RetentionPolicy before = RetentionPolicy.defaults(organisation);
        RetentionPolicy after = before.with(Map.of(RetentionRule.AUDIT_EVENTS, 84, RetentionRule.TRAINING_RECORDS, 60));
        assertThat(new RetentionChanged(before, after).summary()).isEqualTo("AUDIT_EVENTS: 60 → 84 months");
    }

    @Test
    void aCategoryRefusesARowThatDoesNotMatchItsColumns() {
        assertThatThrownBy(() -> new PersonalDataCategory(
                        "x.y", "purpose", "CONSENT", "1 day", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        PersonalDataCategory category = new PersonalDataCategory(
                "x.y", "purpose", "CONSENT", "1 day", List.of("a"), List.of(java.util.Arrays.asList((String) null)));
        assertThat(category.rows()).containsExactly(List.of(""));
    }
}
