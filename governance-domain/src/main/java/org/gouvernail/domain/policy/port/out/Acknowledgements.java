package org.gouvernail.domain.policy.port.out;

import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: who confirmed having read which published version. */
public interface Acknowledgements {

    void add(Acknowledgement acknowledgement);

    Optional<Acknowledgement> find(OrganisationId organisationId, VersionId versionId, MemberId memberId);

    /** Every acknowledgement of the version, oldest first. */
    List<Acknowledgement> list(OrganisationId organisationId, VersionId versionId);
}
