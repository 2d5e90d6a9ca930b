package org.gouvernail.persistence.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.Pseudonym;
import org.gouvernail.domain.privacy.port.out.PersonalDataEraser;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Persistence adapter: erasure by rewriting. The membership loses its e-mail and subject and takes the
 * pseudonym as its name; then every text column (read from information_schema, so that a table added
 * later is covered without a change here) of every row of the organisation that contains the name,
 * the e-mail or the subject gets the pseudonym in their place: a row belongs to the organisation by
 * its {@code organisation_id}, or, for a child table without one, through its foreign key to a parent
 * that has it. The idempotency records (keyed by subject, not by organisation) are rewritten for the
 * requests sent to this organisation's paths only. The per-person settings shared by all the person's
 * organisations (notification preferences, calendar link, notices sent) are deleted only when no other
 * membership of the same subject remains, since another organisation still serves them.
 */
@ApplicationScoped
public class SqlPersonalDataEraser implements PersonalDataEraser {

    /** Shorter needles would rewrite ordinary words: a name of one or two letters is left as it is. */
    static final int SHORTEST_NEEDLE = 3;

    private final EntityManager entityManager;

    SqlPersonalDataEraser(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<String> formerSubject(OrganisationId organisationId, MemberId memberId) {
        List<?> subjects = entityManager
                .createNativeQuery("""
                        select a.actor_subject from audit_event a where a.organisation_id = ?1
                        and a.subject_type = 'MEMBER' and a.subject_id = ?2
                        and a.action in ('member.invitation-accepted', 'organisation.registered')
                        order by a.occurred_at desc, a.id desc""")
                .setParameter(1, organisationId.toString())
                .setParameter(2, memberId.toString())
                .setMaxResults(1)
                .getResultList();
        return subjects.stream().map(Object::toString).findFirst();
    }

    @Override
    public boolean erased(OrganisationId organisationId, MemberId memberId) {
        return !entityManager
                .createNativeQuery("""
                        select 1 from audit_event a where a.organisation_id = ?1 and a.subject_type = 'MEMBER'
                        and a.subject_id = ?2 and a.action = 'member.erased'""")
                .setParameter(1, organisationId.toString())
                .setParameter(2, memberId.toString())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public int memberNumber(DataSubject person) {
        Number rank = (Number) entityManager
                .createNativeQuery("""
                        select count(*) from membership m join membership me on me.organisation_id = m.organisation_id
                        where me.organisation_id = ?1 and me.id = ?2
                        and (m.created_at < me.created_at or (m.created_at = me.created_at and m.id <= me.id))""")
                .setParameter(1, person.organisationId().toString())
                .setParameter(2, person.memberId().toString())
                .getSingleResult();
        return rank.intValue();
    }

    @Override
    public long erase(DataSubject person, Pseudonym pseudonym) {
        String organisation = person.organisationId().toString();
        long rewritten = entityManager
                .createNativeQuery("""
                        update membership set display_name = ?1, email = null, subject = null, status = 'REVOKED',
                        version = version + 1 where organisation_id = ?2 and id = ?3""")
                .setParameter(1, pseudonym.text())
                .setParameter(2, organisation)
                .setParameter(3, person.memberId().toString())
                .executeUpdate();
        List<String> needles = needles(person);
        for (TextColumn column : textColumns()) {
            for (String needle : needles) {
                rewritten += rewrite(column, needle, pseudonym.text(), organisation);
            }
        }
        for (String needle : needles) {
            rewritten += rewriteIdempotencyRecords(needle, pseudonym.text(), organisation);
        }
        Optional<String> subject = person.signedInAs();
        if (subject.isPresent() && !memberElsewhere(subject.get())) {
            for (String table : List.of("notification_preference", "calendar_token", "sent_notice")) {
                rewritten += entityManager
                        .createNativeQuery("delete from " + table + " where subject = ?1")
                        .setParameter(1, subject.get())
                        .executeUpdate();
            }
        }
        return rewritten;
    }

    /** The longest first, so that an e-mail is replaced whole before a name inside it. */
    private static List<String> needles(DataSubject person) {
        Set<String> needles = new LinkedHashSet<>();
        person.signedInAs().ifPresent(needles::add);
        Optional.ofNullable(person.email()).ifPresent(needles::add);
        needles.add(person.displayName());
        List<String> sorted = new ArrayList<>(needles);
        sorted.removeIf(needle -> needle == null || needle.isBlank() || needle.length() < SHORTEST_NEEDLE);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return sorted;
    }

    private long rewrite(TextColumn column, String needle, String pseudonym, String organisation) {
        String set = "`" + column.column() + "` = replace(`" + column.column() + "`, ?1, ?2)";
        String like = "`" + column.column() + "` like concat('%', ?3, '%') escape '!'";
        String sql = column.parentTable() == null
                ? "update `" + column.table() + "` set " + set + " where organisation_id = ?4 and " + like
                : "update `" + column.table() + "` set " + set + " where `" + column.parentKey()
                        + "` in (select id from `" + column.parentTable() + "` where organisation_id = ?4) and " + like;
        return entityManager
                .createNativeQuery(sql)
                .setParameter(1, needle)
                .setParameter(2, pseudonym)
                .setParameter(3, likeEscaped(needle))
                .setParameter(4, organisation)
                .executeUpdate();
    }

    private long rewriteIdempotencyRecords(String needle, String pseudonym, String organisation) {
        String prefix = "/api/v1/organisations/" + organisation + "/%";
        long rewritten = 0;
        for (String column :
                List.of("subject", "request_path", "response_location", "response_etag", "response_body")) {
            rewritten += entityManager
                    .createNativeQuery("update idempotency_record set `" + column + "` = replace(`" + column
                            + "`, ?1, ?2) where request_path like ?3 and `" + column
                            + "` like concat('%', ?4, '%') escape '!'")
                    .setParameter(1, needle)
                    .setParameter(2, pseudonym)
                    .setParameter(3, prefix)
                    .setParameter(4, likeEscaped(needle))
                    .executeUpdate();
        }
        return rewritten;
    }

    private boolean memberElsewhere(String subject) {
        return !entityManager
                .createNativeQuery("select 1 from membership where subject = ?1")
                .setParameter(1, subject)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * The text columns wide enough for a pseudonym, of the tables that carry {@code organisation_id}
     * or point, by a one-column foreign key to {@code id}, at a table that does. Not the ascii ones
     * (ids, codes: no name fits there, and a name with an accent could not even be compared), nor the
     * memberships: the person's own was rewritten first, and another member whose name contains
     * this one ("Marie" in "Marie-Claire") keeps theirs.
     */
    @SuppressWarnings("unchecked")
    private List<TextColumn> textColumns() {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select c.table_name, c.column_name, null, null from information_schema.columns c
                        where c.table_schema = database() and c.data_type in ('char', 'varchar', 'text', 'mediumtext', 'longtext')
                        and c.character_maximum_length >= ?1 and c.extra not like '%GENERATED%'
                        and c.character_set_name <> 'ascii' and c.table_name <> 'membership'
                        and c.column_name <> 'organisation_id'
                        and exists (select 1 from information_schema.columns o where o.table_schema = c.table_schema
                                    and o.table_name = c.table_name and o.column_name = 'organisation_id')
                        union all
                        select c.table_name, c.column_name, k.referenced_table_name, k.column_name
                        from information_schema.columns c
                        join information_schema.key_column_usage k on k.table_schema = c.table_schema
                             and k.table_name = c.table_name and k.referenced_column_name = 'id'
                        where c.table_schema = database() and c.data_type in ('char', 'varchar', 'text', 'mediumtext', 'longtext')
                        and c.character_maximum_length >= ?1 and c.extra not like '%GENERATED%'
                        and c.character_set_name <> 'ascii' and c.table_name <> 'membership'
                        and not exists (select 1 from information_schema.columns o where o.table_schema = c.table_schema
                                        and o.table_name = c.table_name and o.column_name = 'organisation_id')
                        and exists (select 1 from information_schema.columns p where p.table_schema = c.table_schema
                                    and p.table_name = k.referenced_table_name and p.column_name = 'organisation_id')
                        and k.constraint_name in (select k2.constraint_name from information_schema.key_column_usage k2
                                    where k2.table_schema = k.table_schema and k2.table_name = k.table_name
                                    group by k2.constraint_name having count(*) = 1)
                        order by 1, 2""")
                .setParameter(1, Pseudonym.MAX_LENGTH)
                .getResultList();
        List<TextColumn> columns = new ArrayList<>();
        for (Object[] row : rows) {
            columns.add(new TextColumn(
                    row[0].toString(),
                    row[1].toString(),
                    row[2] == null ? null : row[2].toString(),
                    row[3] == null ? null : row[3].toString()));
        }
        return columns;
    }

    private static String likeEscaped(String needle) {
        return needle.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A text column, with the parent table and key that give its rows' organisation when it has none. */
    private record TextColumn(String table, String column, String parentTable, String parentKey) {}
}
