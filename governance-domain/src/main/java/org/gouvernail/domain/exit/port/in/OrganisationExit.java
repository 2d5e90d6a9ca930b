package org.gouvernail.domain.exit.port.in;

import java.util.UUID;
import org.gouvernail.domain.exit.Closure;
import org.gouvernail.domain.exit.ClosureReceipt;
import org.gouvernail.domain.exit.ImportReport;
import org.gouvernail.domain.exit.OrganisationArchive;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/** Use case: an organisation leaves the platform, with its data, or closes and is deleted. */
public interface OrganisationExit {

    /**
     * ADMIN: the whole organisation as one archive, read in one consistent snapshot, with the
     * printable documents {@code documents} renders.
     */
    OrganisationArchive export(Caller caller, OrganisationId organisationId, PrintableDocuments documents);

    /**
     * Platform admin: an archive exported by another instance (or this one) becomes an organisation
     * here, in one transaction; refused when the organisation already exists or the archive was
     * altered.
     */
    ImportReport importArchive(Caller caller, byte[] archive);

    /** ADMIN: starts the grace period after which everything of the organisation is deleted. */
    Closure close(Caller caller, OrganisationId organisationId);

    /** Any member: the closure under way, if any. */
    Closure closure(Caller caller, OrganisationId organisationId);

    /** ADMIN, during the grace period only. */
    void cancelClosure(Caller caller, OrganisationId organisationId);

    /** Platform admin: what is kept of a deleted organisation. */
    ClosureReceipt receipt(Caller caller, UUID organisationId);

    /** The scheduler, on every instance: deletes the organisations whose grace period ended; how many. */
    int deleteDueOrganisations();
}
