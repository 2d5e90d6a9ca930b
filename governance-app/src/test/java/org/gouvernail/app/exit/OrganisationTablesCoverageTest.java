package org.gouvernail.app.exit;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gouvernail.persistence.exit.OrganisationSchema;
import org.junit.jupiter.api.Test;

/**
 * Every table of the schema either belongs to an organisation (exported, imported and deleted with it,
 * found by its organisation_id column or a foreign key to such a table) or is on the explicit list of
 * platform tables, each with its reason. A new table that is neither fails here: decide which it is.
 */
@QuarkusTest
class OrganisationTablesCoverageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyTableIsAnOrganisationsOrDeclaredPlatformLevel() throws Exception {
        OrganisationSchema schema;
        try (Connection connection = dataSource.getConnection()) {
            schema = OrganisationSchema.read(connection);
        }
        Set<String> uncovered = schema.tables().stream()
                .filter(table -> !schema.scoped(table))
                .filter(table -> !OrganisationSchema.PLATFORM_TABLES.containsKey(table))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(uncovered)
                .as("tables neither of an organisation nor on OrganisationSchema.PLATFORM_TABLES")
                .isEmpty();
        assertThat(OrganisationSchema.PLATFORM_TABLES.keySet())
                .as("platform tables that no longer exist")
                .allMatch(table -> schema.tables().contains(table));
        assertThat(schema.scoped("membership_role"))
                .as("a child table without organisation_id")
                .isTrue();
        assertThat(schema.condition("membership_role"))
                .isEqualTo("membership_id IN (SELECT id FROM membership WHERE organisation_id = ?)");
        List<String> order = schema.insertOrder();
        assertThat(order.get(0)).isEqualTo("organisation");
        assertThat(order.indexOf("membership")).isLessThan(order.indexOf("membership_role"));
        assertThat(schema.exported("organisation_closure")).isFalse();
        assertThat(schema.scoped("organisation_closure")).isTrue();
    }
}
