package org.gouvernail.app.inventory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.AiToolBuilder;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/** Fake out-port: the AI tools in memory, inside one organisation and versioned like the MariaDB adapter (ToolsContract proves it). */
public final class InMemoryTools implements Tools {

    private final Map<ToolId, AiTool> rows = new LinkedHashMap<>();

    @Override
    public void add(AiTool tool) {
        if (rows.putIfAbsent(tool.id(), tool) != null) {
            throw new IllegalStateException("duplicate tool id " + tool.id());
        }
    }

    @Override
    public Optional<AiTool> find(OrganisationId organisationId, ToolId id) {
        return Optional.ofNullable(rows.get(id)).filter(t -> t.organisationId().equals(organisationId));
    }

    @Override
    public AiTool update(AiTool tool) {
        AiTool stored = find(tool.organisationId(), tool.id()).orElseThrow(() -> new NotFound("tool", tool.id()));
        StaleVersion.check("tool", stored.version(), tool.version());
        if (stored.equals(tool)) {
            return stored; // like Hibernate: nothing changed, nothing written, the version stays
        }
        AiTool saved = AiToolBuilder.from(tool).withVersion(tool.version() + 1).build();
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public void remove(OrganisationId organisationId, ToolId id, long expectedVersion) {
        AiTool stored = find(organisationId, id).orElseThrow(() -> new NotFound("tool", id));
        StaleVersion.check("tool", stored.version(), expectedVersion);
        rows.remove(id);
    }

    @Override
    public Page<AiTool> list(OrganisationId organisationId, ToolFilter filter, PageRequest page) {
        Stream<AiTool> matching = rows.values().stream()
                .filter(t -> t.organisationId().equals(organisationId))
                .filter(t -> filter.status().map(s -> t.status() == s).orElse(true))
                .filter(t ->
                        filter.category().map(c -> t.details().category() == c).orElse(true))
                .filter(t -> filter.dataCategory()
                        .map(d -> t.details().dataCategories().contains(d))
                        .orElse(true))
                .filter(t -> filter.text().map(text -> mentions(t, text)).orElse(true));
        return InMemoryPages.keyset(matching, page, t -> t.id().value(), false);
    }

    private static boolean mentions(AiTool tool, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return Stream.of(
                        tool.details().name(),
                        tool.details().vendor(),
                        tool.details().description())
                .anyMatch(
                        value -> value != null && value.toLowerCase(Locale.ROOT).contains(wanted));
    }

    @Override
    public List<AiTool> findAll(Collection<OrganisationId> organisationIds, Collection<ToolId> ids) {
        return rows.values().stream()
                .filter(t -> organisationIds.contains(t.organisationId()) && ids.contains(t.id()))
                .toList();
    }
}
