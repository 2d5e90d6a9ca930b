package org.gouvernail.domain.organisation;

import java.util.EnumSet;
import java.util.Set;

/** What a member may do in an organisation's AI governance. A member may hold several roles. */
public enum Role {
    /** Runs the organisation's Gouvernail space: members, profile, everything else. */
    ADMIN,
    /** Sits on the AI governance committee: reviews tools, decides. */
    COMMITTEE,
    /** Data protection referent (or DPO): validates what touches personal data. */
    DATA_REFERENT,
    /** Staff or volunteer who declares tools, proposes uses, gives feedback. */
    CONTRIBUTOR,
    /** Reads everything, changes nothing: a board member or an auditor. */
    VIEWER,
    /**
     * Person of trust (personne de confiance): handles feedback items, the confidential and
     * anonymous ones included, and nothing else beyond what any member reads. A role rather than
     * a flag so that designating one is the audited members API an ADMIN already uses.
     */
    PERSON_OF_TRUST,
    /**
     * In a federation: reads the roll-up dashboards (aggregates of the members' consented snapshots
     * under disclosure control) and nothing else: no member's register, no list of members.
     */
    ANALYST;

    /** Everyone who may add to the registers: every role but the read-only one. */
    public static final Set<Role> CONTRIBUTORS = EnumSet.of(ADMIN, COMMITTEE, DATA_REFERENT, CONTRIBUTOR);

    public static final Set<Role> GOVERNORS = EnumSet.of(ADMIN, COMMITTEE);
    /** Who may correct any tool record: the governors and the data protection referent. */
    public static final Set<Role> REVIEWERS = EnumSet.of(ADMIN, COMMITTEE, DATA_REFERENT);

    public static final Set<Role> AUDIT_READERS = EnumSet.of(ADMIN, VIEWER);
    public static final Set<Role> ADMINS = EnumSet.of(ADMIN);

    /**
     * Who handles feedback: a designated person of trust or the data protection referent, never an
     * ADMIN or the committee as such (the whistleblowing law asks for an impartial handler, and a
     * concern may be about them).
     */
    public static final Set<Role> FEEDBACK_HANDLERS = EnumSet.of(DATA_REFERENT, PERSON_OF_TRUST);
}
