package org.gouvernail.app.committee;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeBuilder;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Fake out-port: one committee per organisation in memory. Like the MariaDB adapter, the first
 * configuration (read as the empty committee's version 0) is version 1, and a later save checks the
 * version read and moves it only when the charter or the seats change.
 */
public final class InMemoryCommittees implements Committees {

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
                || !stored.members().equals(committee.members());
        Committee saved = CommitteeBuilder.from(committee)
                .withVersion(changed ? committee.version() + 1 : committee.version())
                .build();
        rows.put(committee.organisationId(), saved);
        return saved;
    }
}
