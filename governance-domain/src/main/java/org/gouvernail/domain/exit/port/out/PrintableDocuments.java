package org.gouvernail.domain.exit.port.out;

import java.util.List;
import org.gouvernail.domain.exit.TableRows;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: the printable documents of an organisation (e.g. every version of its policies as the
 * page a member prints), for its archive; {@code snapshot} tells which exist.
 */
public interface PrintableDocuments {

    /** One document: its path inside the archive ("documents/...") and its bytes. */
    record Document(String path, byte[] content) {}

    List<Document> of(Caller caller, OrganisationId organisationId, List<TableRows> snapshot);
}
