package org.gouvernail.domain.exit.port.out;

import java.util.List;
import java.util.Map;
import org.gouvernail.domain.exit.TableRows;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: every row that belongs to one organisation, whatever its table. The adapter finds the
 * tables from the schema itself (a column organisation_id, or a foreign key to such a table), so a
 * table added later is covered without a change here.
 */
public interface OrganisationData {

    /** The organisation's rows of every table, all read in one consistent, read-only snapshot. */
    List<TableRows> snapshot(OrganisationId organisationId);

    /** The version of the schema the rows follow (the last migration applied). */
    String schemaVersion();

    boolean exists(OrganisationId organisationId);

    /**
     * Writes the rows of an archive in foreign-key order, in the caller's transaction, and checks
     * that every reference they hold resolves inside the organisation; rows written per table.
     */
    Map<String, Long> write(OrganisationId organisationId, List<TableRows> tables);

    /** Rows per table (tables without rows left out). */
    Map<String, Long> count(OrganisationId organisationId);

    /**
     * Deletes at most {@code limit} rows of the organisation, children before parents, leaving the
     * organisation row and its closure for last; how many were deleted (0 when only those are left).
     */
    int deleteBatch(OrganisationId organisationId, int limit);

    /** The last step: the closure and the organisation row itself. */
    void deleteOrganisation(OrganisationId organisationId);
}
