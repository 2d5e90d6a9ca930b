package org.gouvernail.domain.shared;

import java.util.Locale;

/**
 * Rule: how two e-mail addresses are compared, for invitations and for the members of one
 * organisation. An address is stripped of surrounding white space and lower-cased as a whole
 * with {@link Locale#ROOT}; nothing else: accents, dots, "+tags" and Unicode forms are kept, and
 * the normalised strings are then compared exactly (the database too, in a binary collation).
 * Lower-casing is the one liberty taken because providers and people change case freely; an
 * accent makes another mailbox, so an invitation to érin@ never opens to the account erin@.
 */
public final class Emails {

    private Emails() {}

    /** The comparable form of an address; null stays null. */
    public static String normalised(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}
