package org.gouvernail.app.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Fake out-port: who confirmed having read which version, in memory, oldest first like the MariaDB
 * adapter: by time, then by the text of the member's id.
 */
public final class InMemoryAcknowledgements implements Acknowledgements {

    private final List<Acknowledgement> rows = new ArrayList<>();

    @Override
    public void add(Acknowledgement acknowledgement) {
        rows.add(acknowledgement);
    }

    @Override
    public Optional<Acknowledgement> find(OrganisationId organisationId, VersionId versionId, MemberId memberId) {
        return list(organisationId, versionId).stream()
                .filter(ack -> ack.memberId().equals(memberId))
                .findFirst();
    }

    @Override
    public List<Acknowledgement> list(OrganisationId organisationId, VersionId versionId) {
        return rows.stream()
                .filter(ack -> ack.organisationId().equals(organisationId)
                        && ack.versionId().equals(versionId))
                .sorted(Comparator.comparing(Acknowledgement::acknowledgedAt)
                        .thenComparing(ack -> ack.memberId().value(), InMemoryPages.ID_ORDER))
                .toList();
    }

    @Override
    public List<Acknowledgement> ofVersions(
            Collection<VersionId> versionIds, Optional<Collection<MemberId>> memberIds) {
        return rows.stream()
                .filter(ack -> versionIds.contains(ack.versionId())
                        && memberIds
                                .map(members -> members.contains(ack.memberId()))
                                .orElse(true))
                .toList();
    }
}
