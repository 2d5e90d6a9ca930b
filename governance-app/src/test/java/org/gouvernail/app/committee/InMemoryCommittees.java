package org.gouvernail.app.committee;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeBuilder;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Fake out-port: one committee per organisation in memory. Like the MariaDB adapter, the first
 * configuration (read as the empty committee's version 0) is version 1, and a later save checks the
 * version read and moves it only when the charter or the seats change, whatever their order. The
 * save returns the seats in the order given; a find reads them by role name, then member id.
 */
public final class InMemoryCommittees implements Committees {

    /** The order the adapter reads the seats in: by role name, then member id. */
    private static final Comparator<CommitteeMember> SEAT_ORDER = Comparator.<CommitteeMember, String>comparing(
                    member -> member.role().name())
            .thenComparing(member -> member.memberId().value().toString());

    private final Map<OrganisationId, Committee> rows = new HashMap<>();

    @Override
    public Optional<Committee> find(OrganisationId organisationId) {
        return Optional.ofNullable(rows.get(organisationId));
    }

    @Override
    public Committee save(Committee committee) {
        Committee stored = rows.get(committee.organisationId());
        StaleVersion.check("committee", stored == null ? 0 : stored.version(), committee.version());
        boolean changed = stored == null
                || !stored.charter().equals(committee.charter())
                || !new HashSet<>(stored.members()).equals(new HashSet<>(committee.members()));
        long version = changed ? committee.version() + 1 : committee.version();
        rows.put(
                committee.organisationId(),
                CommitteeBuilder.from(committee)
                        .seating(committee.members().stream().sorted(SEAT_ORDER).toList())
                        .withVersion(version)
                        .build());
        return CommitteeBuilder.from(committee).withVersion(version).build();
    }
}
