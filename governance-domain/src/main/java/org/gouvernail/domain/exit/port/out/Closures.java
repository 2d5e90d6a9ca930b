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

    /**
     * Before the first row is deleted: the row counts and the SHA-256 of the last export (read from
     * the audit trail, which the deletion removes), kept on the closure for the receipt.
     */
    void recordTally(OrganisationId organisationId, Map<String, Long> counts);

    /** The counts recorded by {@link #recordTally}, empty before. */
    Optional<Map<String, Long>> recordedCounts(OrganisationId organisationId);

    /** The SHA-256 recorded by {@link #recordTally}, empty when the organisation never exported. */
    Optional<String> recordedExportSha256(OrganisationId organisationId);

    String name(OrganisationId organisationId);

    void addReceipt(ClosureReceipt receipt);

    Optional<ClosureReceipt> receipt(UUID organisationId);
}
