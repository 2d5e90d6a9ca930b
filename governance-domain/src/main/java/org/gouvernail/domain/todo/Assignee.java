package org.gouvernail.domain.todo;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;

/** Value: who must act on a due item, one named member or whoever holds one of some roles. */
public sealed interface Assignee {

    boolean includes(Membership member);

    static Assignee member(MemberId memberId) {
        return new Person(memberId);
    }

    static Assignee anyOf(Set<Role> roles) {
        return new AnyOf(roles);
    }

    /** One person: the owner of a risk, an attendee, the member who must acknowledge. */
    record Person(MemberId memberId) implements Assignee {

        public Person {
            Objects.requireNonNull(memberId, "memberId");
        }

        @Override
        public boolean includes(Membership member) {
            return member.id().equals(memberId);
        }
    }

    /** A role: any committee member may decide an approval request. */
    record AnyOf(Set<Role> roles) implements Assignee {

        public AnyOf {
            if (roles == null || roles.isEmpty()) {
                throw new IllegalArgumentException("an assignee by role needs at least one role");
            }
            roles = Set.copyOf(EnumSet.copyOf(roles));
        }

        @Override
        public boolean includes(Membership member) {
            return member.holdsAny(roles);
        }
    }
}
