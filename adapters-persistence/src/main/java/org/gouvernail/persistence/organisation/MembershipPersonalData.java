package org.gouvernail.persistence.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the organisation: the membership itself, its roles and their history. */
@ApplicationScoped
public class MembershipPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    MembershipPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of(
                "membership.id",
                "membership.subject",
                "membership.email",
                "membership.live_email",
                "membership.display_name",
                "membership_role.membership_id",
                "organisation_closure.requested_by");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "organisation.membership",
                        "Who is a member, with which roles: access rights and the governance roles the AI Act and the"
                                + " GDPR accountability ask the organisation to assign (art. 5(2), art. 24 GDPR)",
                        "LEGITIMATE_INTEREST",
                        "While a member; then kept revoked, as the audit trail refers to it, until erased on request",
                        List.of("memberId", "displayName", "email", "personType", "status", "roles", "createdAt"),
                        """
                        select m.id, m.display_name, m.email, m.person_type, m.status,
                               (select group_concat(r.role order by r.role separator ' ') from membership_role r
                                where r.membership_id = m.id),
                               m.created_at
                        from membership m where m.organisation_id = :org and m.id = :member"""),
                rows.category(
                        "organisation.membership-history",
                        "The history of the membership: invitation, roles given and withdrawn, revocation",
                        "LEGITIMATE_INTEREST",
                        "As the audit trail (see audit.actions)",
                        List.of("occurredAt", "action", "summary"),
                        """
                        select a.occurred_at, a.action, a.summary from audit_event a
                        where a.organisation_id = :org and a.subject_type = 'MEMBER' and a.subject_id = :member
                        order by a.occurred_at, a.id"""),
                rows.category(
                        "organisation.closure-requested",
                        "The closure of the organisation the person asked for, while its grace period runs",
                        "LEGITIMATE_INTEREST",
                        "Until the organisation is deleted or the closure cancelled",
                        List.of("requestedAt", "deleteAfter"),
                        """
                        select c.requested_at, c.delete_after from organisation_closure c
                        where c.organisation_id = :org and c.requested_by = :subject"""));
    }
}
