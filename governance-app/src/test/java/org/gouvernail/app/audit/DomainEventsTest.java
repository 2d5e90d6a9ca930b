package org.gouvernail.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.CommitteeEvent.RequestSubmitted;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.shared.DomainEvent;
import org.junit.jupiter.api.Test;

/** The audit trail's domain events reach CDI observers too: where notifications and the outbox will subscribe. */
@QuarkusTest
class DomainEventsTest {

    @Inject
    World world;

    @Inject
    CommitteeGovernance governance;

    @Inject
    Subscriber subscriber;

    @Test
    void anObserverReceivesTheTypedEventOfAChange() {
        World.Scene scene = world.scene();

        ApprovalRequest request = governance.request(
                World.caller(World.ADMIN),
                scene.organisation(),
                RequestKind.NEW_USE,
                null,
                "Résumer nos comptes rendus",
                null);

        assertThat(subscriber.received)
                .filteredOn(RequestSubmitted.class::isInstance)
                .map(RequestSubmitted.class::cast)
                .extracting(RequestSubmitted::request)
                .contains(request);
    }

    /** A subscriber as a later area would declare one; a singleton, so the test reads its field rather than a proxy's. */
    @Singleton
    static class Subscriber {

        final List<DomainEvent> received = new CopyOnWriteArrayList<>();

        void on(@Observes DomainEvent event) {
            received.add(event);
        }
    }
}
