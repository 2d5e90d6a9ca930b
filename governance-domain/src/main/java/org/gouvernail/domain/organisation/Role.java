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
    VIEWER;

    /** Everyone who may add to the registers: every role but the read-only one. */
    public static final Set<Role> CONTRIBUTORS = EnumSet.of(ADMIN, COMMITTEE, DATA_REFERENT, CONTRIBUTOR);

    public static final Set<Role> GOVERNORS = EnumSet.of(ADMIN, COMMITTEE);
    /** Who may correct any tool record: the governors and the data protection referent. */
    public static final Set<Role> REVIEWERS = EnumSet.of(ADMIN, COMMITTEE, DATA_REFERENT);

    public static final Set<Role> AUDIT_READERS = EnumSet.of(ADMIN, VIEWER);
    public static final Set<Role> ADMINS = EnumSet.of(ADMIN);
}
