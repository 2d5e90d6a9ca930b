package org.gouvernail.domain.inventory;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: a tool as persistence would rebuild it, in any status and version, for the tests
 * that cannot reach that state through {@link AiTool#declare}: {@code anAiTool().in(ToolStatus.APPROVED).build()}.
 */
public final class AiToolBuilder {

    private ToolId id = new ToolId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    private OrganisationId organisationId = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private ToolDetails details = ToolDetailsBuilder.aTool().build();
    private ToolStatus status = ToolStatus.DECLARED;
    private MemberId declaredBy = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    private long version;
    private Instant declaredAt = Instant.parse("2025-03-01T09:00:00Z");

    private AiToolBuilder() {}

    public static AiToolBuilder anAiTool() {
        return new AiToolBuilder();
    }

    public static AiToolBuilder from(AiTool tool) {
        return new AiToolBuilder()
                .withId(tool.id())
                .of(tool.organisationId())
                .withDetails(tool.details())
                .in(tool.status())
                .declaredBy(tool.declaredBy())
                .withVersion(tool.version())
                .declaredAt(tool.declaredAt());
    }

    public AiToolBuilder withId(ToolId id) {
        this.id = id;
        return this;
    }

    public AiToolBuilder of(OrganisationId organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    public AiToolBuilder withDetails(ToolDetails details) {
        this.details = details;
        return this;
    }

    public AiToolBuilder in(ToolStatus status) {
        this.status = status;
        return this;
    }

    public AiToolBuilder declaredBy(MemberId declaredBy) {
        this.declaredBy = declaredBy;
        return this;
    }

    public AiToolBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public AiToolBuilder declaredAt(Instant declaredAt) {
        this.declaredAt = declaredAt;
        return this;
    }

    public AiTool build() {
        return new AiTool(id, organisationId, details, status, declaredBy, version, declaredAt);
    }
}
