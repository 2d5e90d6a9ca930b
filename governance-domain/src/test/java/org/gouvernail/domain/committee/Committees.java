package org.gouvernail.domain.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Test data: committees of n voting members, meetings attended by the first k of them. */
final class Committees {

    static final OrganisationId ORGANISATION =
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final MemberId RECORDER = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    private Committees() {}

    static MemberId member(int n) {
        return new MemberId(UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n + 1)));
    }

    static List<CommitteeMember> seats(int voting) {
        return IntStream.range(0, voting)
                .mapToObj(i -> new CommitteeMember(
                        member(i), i == 0 ? CommitteeRole.CHAIR : CommitteeRole.MEMBER, true, null, null))
                .toList();
    }

    static Committee of(int voting, Charter charter) {
        return new Committee(ORGANISATION, charter, seats(voting), 0);
    }

    static Committee of(int voting) {
        return of(voting, Charter.standard());
    }

    static Charter writtenProcedure() {
        return new Charter("Gouverner l'IA", MeetingFrequency.QUARTERLY, true, QuorumRule.MAJORITY, 3, 5);
    }

    static Meeting attendedBy(int present) {
        Set<MemberId> attendees = Set.copyOf(
                IntStream.range(0, present).mapToObj(Committees::member).toList());
        return MeetingBuilder.aMeeting()
                .of(ORGANISATION)
                .on(TODAY)
                .attendedBy(attendees)
                .createdAt(NOW)
                .build();
    }
}
