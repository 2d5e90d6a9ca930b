package org.gouvernail.domain.policy.port.out;

import java.util.Collection;
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

    /**
     * The acknowledgements of these versions, whatever their organisations, in one query: by everyone
     * when {@code memberIds} is empty, else only by these members.
     */
    List<Acknowledgement> ofVersions(Collection<VersionId> versionIds, Optional<Collection<MemberId>> memberIds);
}
