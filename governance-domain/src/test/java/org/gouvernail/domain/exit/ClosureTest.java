package org.gouvernail.domain.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ClosureTest {

    private static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-11-30T05:00:00Z");

    @Test
    void theDeletionIsDueOnceTheGracePeriodEnded() {
        Closure closure = Closure.request(ORGANISATION, "ada", NOW, Duration.ofDays(30));
        assertThat(closure.deleteAfter()).isEqualTo(Instant.parse("2026-12-30T05:00:00Z"));
        assertThat(closure.due(NOW.plus(Duration.ofDays(29)))).isFalse();
        assertThat(closure.due(closure.deleteAfter())).isTrue();
    }

    @Test
    void itIsCancellableOnlyDuringTheGracePeriod() {
        Closure closure = Closure.request(ORGANISATION, "ada", NOW, Duration.ofDays(30));
        closure.requireCancellable(NOW.plus(Duration.ofDays(29)));
        assertThatThrownBy(() -> closure.requireCancellable(closure.deleteAfter()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("grace period ended");
    }

    @Test
    void aGracePeriodBelowZeroIsRefused() {
        assertThatThrownBy(() -> Closure.request(ORGANISATION, "ada", NOW, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReceiptTotalsItsRows() {
        ClosureReceipt receipt = new ClosureReceipt(
                ORGANISATION.value(), "Entraide", NOW, NOW, Map.of("organisation", 1L, "membership", 6L), null);
        assertThat(receipt.totalRows()).isEqualTo(7);
    }
}
