package org.gouvernail.app.usecase;

import org.gouvernail.app.inventory.InMemoryTools;
import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.usecase.port.out.UseCases;

/** The use cases contract on the fakes of the service tests. */
class InMemoryUseCasesContractTest extends UseCasesContract {

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final UseCases useCases = new InMemoryUseCases();
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
    protected UseCases useCases() {
        return useCases;
    }

    @Override
    protected Tools tools() {
        return tools;
    }
}
