package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.federation.FederationDashboard;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/** The demo federation: seven consenting members, and bob (ANALYST) reads a dashboard with numbers and hidden cells. */
@QuarkusTest
class DemoFederationTest {

    @Inject
    DemoData demo;

    @Inject
    EntityManager entityManager;

    @Inject
    FederationGovernance federations;

    @Inject
    OrganisationManagement organisations;

    @Test
    void theDemoFederationShowsItsMembersInventoriesToItsAnalyst() {
        demo.seed();
        OrganisationId federation = QuarkusTransaction.requiringNew()
                .call(() -> new OrganisationId(UUID.fromString(entityManager
                        .createNativeQuery("select id from organisation where slug = 'federation-quartiers'")
                        .getSingleResult()
                        .toString())));
        // another test of the suite may have signed bob in through the real Keycloak first: his memberships
        // then carry Keycloak's subject, which is the one to call with
        String subject = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select coalesce(max(subject), 'bob') from membership"
                                + " where organisation_id = ?1 and email = 'bob@demo.gouvernail.org'")
                        .setParameter(1, federation.value().toString())
                        .getSingleResult()
                        .toString());
        Caller bob = new Caller(subject, "bob@demo.gouvernail.org", true, "Bob Lambert", false);
        organisations.me(bob);
        FederationDashboard dashboard = federations.dashboard(
                bob, federation, List.of(IndicatorCatalogue.TOOLS_IN_INVENTORY), Segmentation.REGION);
        var table = dashboard.indicators().get(0).table();
        assertThat(table.total().shown()).isTrue();
        assertThat(table.total().contributors()).isEqualTo(7);
        // five in Brussels shown; two in Wallonia below k, and the total minus Brussels is those two: hidden too
        assertThat(table.cells(Segmentation.REGION)).anyMatch(cell -> !cell.shown());
    }
}
