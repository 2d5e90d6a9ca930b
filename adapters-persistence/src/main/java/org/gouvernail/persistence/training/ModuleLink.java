package org.gouvernail.persistence.training;

import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * Row of table training_session_module: a module the session covers. The organisation is repeated
 * so that both composite foreign keys (to the session, to the module) stay inside it.
 */
@Embeddable
public class ModuleLink {

    public UUID organisationId;
    public UUID moduleId;

    public ModuleLink() {}

    ModuleLink(UUID organisationId, UUID moduleId) {
        this.organisationId = organisationId;
        this.moduleId = moduleId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModuleLink link
                && Objects.equals(organisationId, link.organisationId)
                && Objects.equals(moduleId, link.moduleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, moduleId);
    }
}
