package org.gouvernail.persistence.committee;

import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * Row of table meeting_attendee: a membership that attended the meeting. The organisation is
 * repeated so that both composite foreign keys (to the meeting, to the membership) stay inside it.
 */
@Embeddable
public class AttendeeLink {

    public UUID organisationId;
    public UUID memberId;

    public AttendeeLink() {}

    AttendeeLink(UUID organisationId, UUID memberId) {
        this.organisationId = organisationId;
        this.memberId = memberId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttendeeLink link
                && Objects.equals(organisationId, link.organisationId)
                && Objects.equals(memberId, link.memberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, memberId);
    }
}
