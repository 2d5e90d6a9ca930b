package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo federation's catalogue: one published entry, adopted by the Maison des Jeunes with a blocking finding. */
@QuarkusTest
class DemoCatalogueTest {

    @Inject
    DemoData demo;

    @Inject
    EntityManager entityManager;

    @Test
    void theDemoFederationPublishesOneEntryThatAnAssociationAdopted() {
        demo.seed();
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select e.status, e.revision, a.revision_seen, a.findings, t.status"
                                + " from catalogue_entry e"
                                + " join organisation f on f.id = e.organisation_id and f.slug = 'federation-quartiers'"
                                + " join catalogue_adoption a on a.entry_id = e.id"
                                + " join organisation m on m.id = a.organisation_id and m.slug = 'mj-namur'"
                                + " join ai_tool t on t.id = a.tool_id")
                        .getResultList());
        assertThat(rows).hasSize(1);
        Object[] row = (Object[]) rows.get(0);
        assertThat(row[0]).hasToString("PUBLISHED");
        assertThat(((Number) row[1]).intValue()).isEqualTo(1);
        assertThat(((Number) row[2]).intValue()).isEqualTo(1);
        assertThat(row[3].toString()).startsWith("DATA_ABOVE_CEILING:true:PERSONAL:INTERNAL");
        assertThat(row[4]).hasToString("DECLARED");
    }
}
