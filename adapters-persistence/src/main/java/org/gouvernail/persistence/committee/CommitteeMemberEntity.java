package org.gouvernail.persistence.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.organisation.MemberId;

/** Row of table committee_member: a membership of the same organisation seated on its committee. */
@Entity
@Table(name = "committee_member")
@IdClass(CommitteeMemberEntity.Key.class)
public class CommitteeMemberEntity {

    @Id
    public UUID organisationId;
    @Id
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    public CommitteeRole committeeRole;
    public boolean voting;
    public LocalDate mandateStart;
    public LocalDate mandateEnd;

    static CommitteeMemberEntity of(UUID organisationId, CommitteeMember member) {
        CommitteeMemberEntity entity = new CommitteeMemberEntity();
        entity.organisationId = organisationId;
        entity.memberId = member.memberId().value();
        entity.committeeRole = member.role();
        entity.voting = member.voting();
        entity.mandateStart = member.mandateStart();
        entity.mandateEnd = member.mandateEnd();
        return entity;
    }

    CommitteeMember toDomain() {
        return new CommitteeMember(new MemberId(memberId), committeeRole, voting, mandateStart, mandateEnd);
    }

    /** Primary key: (organisation_id, member_id). */
    public static class Key implements Serializable {

        public UUID organisationId;
        public UUID memberId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organisationId, key.organisationId) && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, memberId);
        }
    }
}
