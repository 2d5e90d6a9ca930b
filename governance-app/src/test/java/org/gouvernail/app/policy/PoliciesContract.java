package org.gouvernail.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link Policies} out-port does: a policy is found inside
 * its organisation only; an update checks the version read and writes the title and the purpose,
 * moving the version only when one of them changes; a list is a keyset page in id order.
 */
public abstract class PoliciesContract extends PortContract {

    protected abstract Policies policies();

    private Policy added(OrganisationId owner, MemberId by, UUID id) {
        Policy policy =
                new Policy(new PolicyId(id), owner, "Charte IA", "Encadrer l'usage de l'IA", "association", by, 0, NOW);
        policies().add(policy);
        return policy;
    }

    @Test
    void aPolicyIsFoundInItsOrganisationOnly() {
        Policy policy = added(organisation(), member(), anyId());
        OrganisationId other = anOrganisation();

        assertThat(policies().find(organisation(), policy.id())).contains(policy);
        assertThat(policies().find(other, policy.id())).isEmpty();
        Policy claimed = new Policy(policy.id(), other, "Autre", null, null, policy.createdBy(), 0, NOW);
        assertThatThrownBy(() -> policies().update(claimed)).isInstanceOf(NotFound.class);
    }

    @Test
    void anUpdateChecksTheVersionReadAndMovesIt() {
        Policy policy = added(organisation(), member(), anyId());

        Policy saved = policies().update(policy.withDetails("Charte d'utilisation de l'IA", null));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.title()).isEqualTo("Charte d'utilisation de l'IA");
        assertThat(saved.purpose()).isNull();
        assertThat(policies().find(organisation(), policy.id())).contains(saved);
        assertThatThrownBy(() -> policies().update(policy.withDetails("Autre", null)))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void anUpdateWritesTheTitleAndPurposeOnlyAndKeepsTheVersionWhenTheyAreUnchanged() {
        Policy policy = added(organisation(), member(), anyId());

        assertThat(policies().update(policy)).isEqualTo(policy);
        Policy otherTemplate = new Policy(
                policy.id(),
                policy.organisationId(),
                policy.title(),
                policy.purpose(),
                "autre-modele",
                policy.createdBy(),
                policy.version(),
                NOW.plusSeconds(60));
        assertThat(policies().update(otherTemplate)).isEqualTo(policy);
        assertThat(policies().find(organisation(), policy.id())).contains(policy);
    }

    @Test
    void aListIsAKeysetPageOfItsOrganisationInTheOrderOfTheIdsText() {
        List<UUID> ids = List.of(idStartingWith('d'), idStartingWith('6'), idStartingWith('0'));
        ids.forEach(id -> added(organisation(), member(), id));
        OrganisationId other = anOrganisation();
        added(other, aMemberOf(other), idStartingWith('3'));
        List<UUID> byText = ids.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();

        Page<Policy> first = policies().list(organisation(), PageRequest.first(2));
        Page<Policy> last = policies().list(organisation(), new PageRequest(2, first.continueAfter()));

        List<UUID> listed = new ArrayList<>();
        first.items().forEach(p -> listed.add(p.id().value()));
        last.items().forEach(p -> listed.add(p.id().value()));
        assertThat(listed).containsExactlyElementsOf(byText);
        assertThat(first.continueAfter()).contains(byText.get(1));
        assertThat(last.continueAfter()).isEmpty();
    }
}
