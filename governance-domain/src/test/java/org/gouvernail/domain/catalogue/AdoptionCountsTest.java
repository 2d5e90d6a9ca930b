package org.gouvernail.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class AdoptionCountsTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final OrganisationId FEDERATION = new OrganisationId(UUID.randomUUID());

    private static CatalogueEntry entry() {
        return CatalogueEntry.draft(
                        new CatalogueEntryId(UUID.randomUUID()),
                        FEDERATION,
                        CatalogueEntryTest.content(DataCategory.INTERNAL, Recommendation.RECOMMENDED, null),
                        T0)
                .publish(T0);
    }

    private static CatalogueAdoption adoption(CatalogueEntry entry, OrganisationId member) {
        return CatalogueAdoption.adopt(entry, member, new ToolId(UUID.randomUUID()), Set.of(DataCategory.PUBLIC), T0);
    }

    @Test
    void eachDisclosedAdopterCountsOncePerEntryAndOthersNotAtAll() {
        CatalogueEntry deepl = entry();
        CatalogueEntry whisper = entry();
        OrganisationId a = new OrganisationId(UUID.randomUUID());
        OrganisationId b = new OrganisationId(UUID.randomUUID());
        OrganisationId ended = new OrganisationId(UUID.randomUUID());

        Map<CatalogueEntryId, Long> counts = AdoptionCounts.count(
                List.of(
                        adoption(deepl, a),
                        adoption(deepl, a),
                        adoption(deepl, b),
                        adoption(deepl, ended),
                        adoption(whisper, ended)),
                member -> !member.equals(ended));

        assertThat(counts).containsExactlyEntriesOf(Map.of(deepl.id(), 2L));
        assertThat(counts).doesNotContainKey(whisper.id());
    }
}
