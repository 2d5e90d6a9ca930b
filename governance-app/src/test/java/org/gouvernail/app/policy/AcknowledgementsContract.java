package org.gouvernail.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.PolicyVersionBuilder;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link Acknowledgements} out-port does: an
 * acknowledgement is found by version and member inside its organisation only, and a version's are
 * listed by time, then member id.
 */
public abstract class AcknowledgementsContract extends PortContract {

    protected abstract Acknowledgements acknowledgements();

    protected abstract Policies policies();

    protected abstract PolicyVersions versions();

    private PolicyVersion aVersion(OrganisationId owner, MemberId by) {
        Policy policy = new Policy(new PolicyId(UUID.randomUUID()), owner, "Charte IA", null, null, by, 0, NOW);
        policies().add(policy);
        PolicyVersion version = PolicyVersionBuilder.aPolicyVersion()
                .of(policy.id())
                .in(owner)
                .createdBy(by)
                .createdAt(NOW)
                .build();
        versions().add(version);
        return version;
    }

    private Acknowledgement acknowledged(PolicyVersion version, MemberId member, MemberId by, long secondsLater) {
        Acknowledgement acknowledgement =
                new Acknowledgement(version.organisationId(), version.id(), member, NOW.plusSeconds(secondsLater), by);
        acknowledgements().add(acknowledgement);
        return acknowledgement;
    }

    @Test
    void anAcknowledgementIsFoundByVersionAndMemberAsItWasRecorded() {
        PolicyVersion version = aVersion(organisation(), member());
        MemberId onPaper = aMemberOf(organisation());
        Acknowledgement mine = acknowledged(version, member(), member(), 0);
        Acknowledgement theirs = acknowledged(version, onPaper, member(), 5);

        assertThat(acknowledgements().find(organisation(), version.id(), member()))
                .contains(mine);
        assertThat(acknowledgements().find(organisation(), version.id(), onPaper))
                .contains(theirs);
        assertThat(acknowledgements().find(organisation(), version.id(), aMemberOf(organisation())))
                .isEmpty();
    }

    @Test
    void anAcknowledgementIsFoundAndListedInItsOrganisationOnly() {
        OrganisationId other = anOrganisation();
        MemberId theirMember = aMemberOf(other);
        PolicyVersion theirs = aVersion(other, theirMember);
        acknowledged(theirs, theirMember, theirMember, 0);

        assertThat(acknowledgements().find(organisation(), theirs.id(), theirMember))
                .isEmpty();
        assertThat(acknowledgements().list(organisation(), theirs.id())).isEmpty();
        assertThat(acknowledgements().list(other, theirs.id())).hasSize(1);
    }

    @Test
    void theAcknowledgementsOfAVersionAreListedByTimeThenMemberIdText() {
        PolicyVersion version = aVersion(organisation(), member());
        PolicyVersion another = aVersion(organisation(), member());
        MemberId one = aMemberOf(organisation());
        MemberId two = aMemberOf(organisation());
        MemberId late = aMemberOf(organisation());
        boolean oneFirst = one.value().toString().compareTo(two.value().toString()) < 0;
        Acknowledgement last = acknowledged(version, late, late, 60);
        Acknowledgement a = acknowledged(version, one, one, 10);
        Acknowledgement b = acknowledged(version, two, two, 10);
        Acknowledgement first = acknowledged(version, member(), member(), 0);
        acknowledged(another, member(), member(), 30);

        assertThat(acknowledgements().list(organisation(), version.id()))
                .containsExactly(first, oneFirst ? a : b, oneFirst ? b : a, last);
    }
}
