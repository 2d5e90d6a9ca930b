package org.gouvernail.domain.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class DueItemTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private final OrganisationId organisation = new OrganisationId(UUID.randomUUID());

    @Test
    void anItemDueWithinADayIsUrgentAndOneDueNextWeekIsNot() {
        assertThat(item(NOW.plusSeconds(23 * 3600)).urgentAt(NOW)).isTrue();
        assertThat(item(NOW.minusSeconds(60)).urgentAt(NOW)).isTrue();
        assertThat(item(NOW.plusSeconds(7 * 24 * 3600)).urgentAt(NOW)).isFalse();
    }

    @Test
    void anItemWithoutDeadlineIsNeverOverdueNorUrgent() {
        DueItem open = item(null);
        assertThat(open.deadline()).isEmpty();
        assertThat(open.overdueAt(NOW.plusSeconds(365L * 24 * 3600))).isFalse();
        assertThat(open.urgentAt(NOW)).isFalse();
    }

    @Test
    void anAssigneeByRoleIncludesEveryHolderOfOneOfTheRoles() {
        Assignee committee = Assignee.anyOf(Set.of(Role.COMMITTEE, Role.ADMIN));
        assertThat(committee.includes(member(Role.COMMITTEE))).isTrue();
        assertThat(committee.includes(member(Role.CONTRIBUTOR))).isFalse();
    }

    @Test
    void aNamedAssigneeIncludesThatMemberOnly() {
        Membership owner = member(Role.CONTRIBUTOR);
        assertThat(Assignee.member(owner.id()).includes(owner)).isTrue();
        assertThat(Assignee.member(owner.id()).includes(member(Role.CONTRIBUTOR)))
                .isFalse();
    }

    @Test
    void anAssigneeByRoleNeedsARole() {
        assertThatThrownBy(() -> Assignee.anyOf(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private DueItem item(Instant dueAt) {
        return new DueItem(
                organisation,
                "policy-version.acknowledge",
                "POLICY_VERSION",
                UUID.randomUUID(),
                "Charte IA",
                dueAt,
                Assignee.anyOf(Set.of(Role.CONTRIBUTOR)),
                "/api/v1/organisations/" + organisation.value() + "/policies");
    }

    private Membership member(Role role) {
        MemberDetails details = new MemberDetails(null, "Léa", PersonType.VOLUNTEER, Set.of(role));
        return Membership.invite(new MemberId(UUID.randomUUID()), organisation, details, NOW);
    }
}
