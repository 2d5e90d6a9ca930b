package org.gouvernail.app.committee;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Fake out-port: the committee's decisions in memory, append-only, inside one organisation, oldest first like the MariaDB adapter. */
public final class InMemoryDecisions implements Decisions {

    private final Map<DecisionId, Decision> rows = new LinkedHashMap<>();

    @Override
    public void add(Decision decision) {
        if (rows.putIfAbsent(decision.id(), decision) != null) {
            throw new IllegalStateException("duplicate decision id " + decision.id());
        }
    }

    @Override
    public Optional<Decision> find(OrganisationId organisationId, DecisionId id) {
        return Optional.ofNullable(rows.get(id)).filter(d -> d.organisationId().equals(organisationId));
    }

    @Override
    public Page<Decision> list(OrganisationId organisationId, MeetingId meetingId, PageRequest page) {
        return InMemoryPages.keyset(
                rows.values().stream()
                        .filter(d -> d.organisationId().equals(organisationId))
                        .filter(d -> meetingId == null || meetingId.equals(d.meetingId())),
                page,
                d -> d.id().value(),
                false);
    }

    /** How many decisions are stored, whatever the organisation: for assertions only. */
    public int count() {
        return rows.size();
    }
}
