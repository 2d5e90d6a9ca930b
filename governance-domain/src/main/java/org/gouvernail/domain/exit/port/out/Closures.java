package org.gouvernail.domain.exit.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.exit.Closure;
import org.gouvernail.domain.exit.ClosureReceipt;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: closures under way and the receipts of deleted organisations. */
public interface Closures {

    Optional<Closure> find(OrganisationId organisationId);

    void add(Closure closure);

    void remove(OrganisationId organisationId);

    /** Closures whose grace period ended and that no other instance holds now, oldest first. */
    List<OrganisationId> due(Instant now, int limit);

    /**
     * Takes the deletion of one organisation for {@code instance} until {@code until}, unless another
     * instance holds it; true when taken. A holder that died lets go when its time passes.
     */
    boolean claim(OrganisationId organisationId, String instance, Instant now, Instant until);

    /** The row counts taken before the first row was deleted, kept for the receipt. */
    void recordCounts(OrganisationId organisationId, Map<String, Long> counts);

    Optional<Map<String, Long>> recordedCounts(OrganisationId organisationId);

    /** The SHA-256 of the organisation's last export, from its audit trail. */
    Optional<String> lastExportSha256(OrganisationId organisationId);

    String name(OrganisationId organisationId);

    void addReceipt(ClosureReceipt receipt);

    Optional<ClosureReceipt> receipt(UUID organisationId);
}
