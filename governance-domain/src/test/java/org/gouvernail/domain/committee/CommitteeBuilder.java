package org.gouvernail.domain.committee;

import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: an organisation's committee, by default under the standard charter and without
 * members: {@code from(committee).withVersion(committee.version() + 1).build()}.
 */
public final class CommitteeBuilder {

    private OrganisationId organisationId = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private Charter charter = Charter.standard();
    private List<CommitteeMember> members = List.of();
    private long version;

    private CommitteeBuilder() {}

    public static CommitteeBuilder aCommittee() {
        return new CommitteeBuilder();
    }

    public static CommitteeBuilder from(Committee committee) {
        return aCommittee()
                .of(committee.organisationId())
                .under(committee.charter())
                .seating(committee.members())
                .withVersion(committee.version());
    }

    public CommitteeBuilder of(OrganisationId organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    public CommitteeBuilder under(Charter charter) {
        this.charter = charter;
        return this;
    }

    public CommitteeBuilder seating(List<CommitteeMember> members) {
        this.members = members;
        return this;
    }

    public CommitteeBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public Committee build() {
        return new Committee(organisationId, charter, members, version);
    }
}
