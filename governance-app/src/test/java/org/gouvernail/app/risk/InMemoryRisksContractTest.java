package org.gouvernail.app.risk;

import org.gouvernail.app.inventory.InMemoryTools;
import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.risk.port.out.Risks;

/** The risks contract on the fakes of the service tests. */
class InMemoryRisksContractTest extends RisksContract {

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final Risks risks = new InMemoryRisks();
    private final Tools tools = new InMemoryTools();

    @Override
    protected Organisations organisations() {
        return organisations;
    }

    @Override
    protected Memberships memberships() {
        return memberships;
    }

    @Override
    protected Risks risks() {
        return risks;
    }

    @Override
    protected Tools tools() {
        return tools;
    }
}
