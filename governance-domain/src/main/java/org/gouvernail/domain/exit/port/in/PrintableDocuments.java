package org.gouvernail.domain.exit.port.in;

import java.util.List;
import org.gouvernail.domain.exit.TableRows;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Given by the front end to the export (the renderer of documents belongs to it, as the pages it
 * serves do): the printable documents of an organisation (e.g. every version of its policies as the
 * page a member prints), for its archive; {@code snapshot} tells which exist.
 */
public interface PrintableDocuments {

    /** One document: its path inside the archive ("documents/...") and its bytes. */
    record Document(String path, byte[] content) {}

    /** None: an archive without documents (e.g. a front end that renders none). */
    PrintableDocuments NONE = (caller, organisationId, snapshot) -> List.of();

    List<Document> of(Caller caller, OrganisationId organisationId, List<TableRows> snapshot);
}
