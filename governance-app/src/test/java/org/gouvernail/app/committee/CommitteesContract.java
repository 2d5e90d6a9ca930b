package org.gouvernail.app.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeBuilder;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link Committees} out-port does: one committee per
 * organisation, found there only, its seats read back by role then member id; the first configuration
 * is version 1, a later save checks the version read and moves it only when the charter or a seat changes.
 */
public abstract class CommitteesContract extends PortContract {

    protected abstract Committees committees();

    private static final Charter CHARTER =
            new Charter("Gouverner l'IA", MeetingFrequency.MONTHLY, true, QuorumRule.TWO_THIRDS, 3, 5);

    private CommitteeMember seat(MemberId member, CommitteeRole role) {
        return new CommitteeMember(member, role, true, LocalDate.parse("2025-01-01"), LocalDate.parse("2027-12-31"));
    }

    private List<CommitteeMember> threeSeats() {
        return List.of(
                seat(aMemberOf(organisation()), CommitteeRole.MEMBER),
                new CommitteeMember(aMemberOf(organisation()), CommitteeRole.SECRETARY, false, null, null),
                seat(aMemberOf(organisation()), CommitteeRole.CHAIR));
    }

    private static List<CommitteeMember> byRoleThenId(List<CommitteeMember> seats) {
        return seats.stream()
                .sorted((a, b) -> a.role().name().equals(b.role().name())
                        ? a.memberId()
                                .value()
                                .toString()
                                .compareTo(b.memberId().value().toString())
                        : a.role().name().compareTo(b.role().name()))
                .toList();
    }

    @Test
    void theFirstConfigurationIsVersionOneAndIsFoundWithItsSeatsByRoleThenId() {
        List<CommitteeMember> seats = threeSeats();

        Committee saved = committees()
                .save(CommitteeBuilder.aCommittee()
                        .of(organisation())
                        .under(CHARTER)
                        .seating(seats)
                        .build());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.members()).as("as sent").containsExactlyElementsOf(seats);
        assertThat(committees().find(organisation()))
                .contains(new Committee(organisation(), CHARTER, byRoleThenId(seats), 1));
    }

    @Test
    void aCommitteeIsFoundInItsOrganisationOnly() {
        OrganisationId other = anOrganisation();
        committees().save(CommitteeBuilder.aCommittee().of(other).build());

        assertThat(committees().find(organisation())).isEmpty();
        assertThat(committees().find(other)).isPresent();
    }

    @Test
    void aSaveChecksTheVersionReadAndMovesItWhenTheCharterOrASeatChanges() {
        List<CommitteeMember> seats = threeSeats();
        Committee first = committees()
                .save(CommitteeBuilder.aCommittee()
                        .of(organisation())
                        .seating(seats)
                        .build());

        assertThatThrownBy(() -> committees()
                        .save(CommitteeBuilder.aCommittee().of(organisation()).build()))
                .as("configured since it was read empty")
                .isInstanceOf(StaleVersion.class);
        Committee charterChanged =
                committees().save(CommitteeBuilder.from(first).under(CHARTER).build());
        assertThat(charterChanged.version()).isEqualTo(2);
        List<CommitteeMember> oneSeatChanged =
                List.of(seats.get(0), seats.get(1), seat(seats.get(2).memberId(), CommitteeRole.MEMBER));
        Committee seatChanged = committees()
                .save(CommitteeBuilder.from(charterChanged)
                        .seating(oneSeatChanged)
                        .build());
        assertThat(seatChanged.version()).isEqualTo(3);
        Committee seatRemoved = committees()
                .save(CommitteeBuilder.from(seatChanged)
                        .seating(oneSeatChanged.subList(0, 2))
                        .build());
        assertThat(seatRemoved.version()).isEqualTo(4);
        assertThatThrownBy(() -> committees().save(seatChanged)).isInstanceOf(StaleVersion.class);
        assertThat(committees().find(organisation()))
                .contains(new Committee(organisation(), CHARTER, byRoleThenId(oneSeatChanged.subList(0, 2)), 4));
    }

    @Test
    void aSaveThatChangesNothingKeepsTheVersionWhateverTheOrderOfTheSeats() {
        List<CommitteeMember> seats = threeSeats();
        Committee first = committees()
                .save(CommitteeBuilder.aCommittee()
                        .of(organisation())
                        .under(CHARTER)
                        .seating(seats)
                        .build());

        Committee again = committees()
                .save(CommitteeBuilder.from(first)
                        .seating(List.of(seats.get(2), seats.get(0), seats.get(1)))
                        .build());

        assertThat(again.version()).isEqualTo(1);
        assertThat(committees().find(organisation()).orElseThrow().version()).isEqualTo(1);
    }
}
