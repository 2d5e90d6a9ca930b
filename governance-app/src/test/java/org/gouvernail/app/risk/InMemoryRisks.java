package org.gouvernail.app.risk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.risk.RatedRisk;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskBuilder;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/** Fake out-port: the risks in memory, one organisation at a time, versions checked and moved like the MariaDB adapter (RisksContract proves it). */
public final class InMemoryRisks implements Risks {

    private final Map<RiskId, Risk> rows = new LinkedHashMap<>();

    @Override
    public void add(Risk risk) {
        if (rows.putIfAbsent(risk.id(), risk) != null) {
            throw new IllegalStateException("duplicate risk id " + risk.id());
        }
    }

    @Override
    public Optional<Risk> find(OrganisationId organisationId, RiskId id) {
        return Optional.ofNullable(rows.get(id)).filter(r -> r.organisationId().equals(organisationId));
    }

    @Override
    public Risk update(Risk risk) {
        Risk stored = find(risk.organisationId(), risk.id()).orElseThrow(() -> new NotFound("risk", risk.id()));
        StaleVersion.check("risk", stored.version(), risk.version());
        if (stored.equals(risk)) {
            return stored; // like Hibernate: nothing changed, nothing written, the version stays
        }
        Risk saved = RiskBuilder.from(risk).withVersion(risk.version() + 1).build();
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public void remove(OrganisationId organisationId, RiskId id, long expectedVersion) {
        Risk stored = find(organisationId, id).orElseThrow(() -> new NotFound("risk", id));
        StaleVersion.check("risk", stored.version(), expectedVersion);
        rows.remove(id);
    }

    @Override
    public Page<Risk> list(OrganisationId organisationId, RiskFilter filter, LocalDate today, PageRequest page) {
        Stream<Risk> matching = rows.values().stream()
                .filter(r -> r.organisationId().equals(organisationId))
                .filter(r -> filter.status().map(s -> r.status() == s).orElse(true))
                .filter(r -> filter.level().map(l -> r.inherent().level() == l).orElse(true))
                .filter(r ->
                        filter.category().map(c -> r.details().category() == c).orElse(true))
                .filter(r -> filter.toolId()
                        .map(t -> r.details().toolIds().contains(t))
                        .orElse(true))
                .filter(r -> filter.overdue().map(o -> r.overdueOn(today) == o).orElse(true));
        return InMemoryPages.keyset(matching, page, r -> r.id().value(), false);
    }

    @Override
    public List<RatedRisk> openRatings(OrganisationId organisationId) {
        return rows.values().stream()
                .filter(r -> r.organisationId().equals(organisationId) && r.status() != RiskStatus.CLOSED)
                .sorted(InMemoryPages.byId((Risk r) -> r.id().value()))
                .map(r -> new RatedRisk(r.id(), r.inherent(), r.residual()))
                .toList();
    }
}
