package org.gouvernail.domain.inventory;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Test data: a valid tool and its details, so that each test changes only what its rule is about. */
final class Tools {

    static final OrganisationId ORGANISATION =
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final MemberId DECLARER = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final MemberId SOMEONE_ELSE = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000d2"));
    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private Tools() {}

    static ToolDetails details() {
        return ToolDetailsBuilder.aTool().build();
    }

    static AiTool declared() {
        return AiTool.declare(
                new ToolId(UUID.fromString("00000000-0000-0000-0000-0000000000f1")),
                ORGANISATION,
                details(),
                DECLARER,
                NOW);
    }

    static AiTool in(ToolStatus status) {
        return AiToolBuilder.from(declared()).in(status).withVersion(3).build();
    }
}
