package org.gouvernail.domain.transparency.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.transparency.StatementStatus;
import org.gouvernail.domain.transparency.TransparencyStatement;

/** Out-port: the versions of the organisations' transparency statements. */
public interface TransparencyStatements {

    void add(TransparencyStatement statement);

    Optional<TransparencyStatement> find(OrganisationId organisationId, UUID id);

    /** Saves a changed version; StaleVersion if it changed since it was read. */
    TransparencyStatement update(TransparencyStatement statement);

    /** The highest version number of the organisation, 0 when it has none. */
    int lastNumber(OrganisationId organisationId);

    /** The versions in force (PUBLISHED) of these organisations, in one read. */
    List<TransparencyStatement> published(List<OrganisationId> organisationIds);

    /** The versions in these statuses, newest first, at most {@code max}. */
    List<TransparencyStatement> inStatus(OrganisationId organisationId, List<StatementStatus> statuses, int max);
}
