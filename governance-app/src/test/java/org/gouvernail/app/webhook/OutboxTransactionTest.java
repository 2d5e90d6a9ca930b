package org.gouvernail.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.port.in.ToolInventory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.webhook.OutboxEntry;
import org.gouvernail.domain.webhook.port.out.Outbox;
import org.junit.jupiter.api.Test;

/**
 * The outbox row is part of the change: it commits with the change and its audit row, and a
 * change rolled back leaves neither its audit row nor its event.
 */
@QuarkusTest
class OutboxTransactionTest {

    @Inject
    World world;

    @Inject
    ToolInventory inventory;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    private List<OutboxEntry> events(OrganisationId organisation, Instant from) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.between(organisation, from, Instant.now().plusSeconds(5), 100));
    }

    private long auditRows(OrganisationId organisation, String action) {
        return QuarkusTransaction.requiringNew()
                .call(() -> audit.list(organisation, PageRequest.first(200)).items().stream()
                        .filter(event -> event.action().equals(action))
                        .count());
    }

    @Test
    void aCommittedChangeHasExactlyOneEventOfEachOfItsTypes() {
        OrganisationId organisation = world.association(World.ADMIN);
        Instant from = Instant.now().minusSeconds(1);
        AiTool tool = inventory.declare(World.caller(World.ADMIN), organisation, World.chatGpt());

        List<OutboxEntry> events = events(organisation, from);
        assertThat(events)
                .filteredOn(entry -> entry.event().subjectId().equals(tool.id().value()))
                .extracting(entry -> entry.event().type())
                .containsExactly("tool.declared");
        assertThat(auditRows(organisation, "tool.declared")).isEqualTo(1);
    }

    @Test
    void aChangeRolledBackLeavesNeitherItsAuditRowNorItsEvent() {
        OrganisationId organisation = world.association(World.ADMIN);
        Instant from = Instant.now().minusSeconds(1);
        QuarkusTransaction.begin();
        AiTool tool = inventory.declare(World.caller(World.ADMIN), organisation, World.chatGpt());
        assertThat(outbox.between(organisation, from, Instant.now().plusSeconds(5), 100))
                .as("inside the transaction the event is there")
                .anyMatch(entry -> entry.event().subjectId().equals(tool.id().value()));
        QuarkusTransaction.rollback();

        assertThat(events(organisation, from))
                .noneMatch(entry -> entry.event().subjectId().equals(tool.id().value()));
        assertThat(auditRows(organisation, "tool.declared")).isZero();
    }
}
