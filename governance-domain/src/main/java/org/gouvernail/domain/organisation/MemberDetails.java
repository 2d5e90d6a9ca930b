package org.gouvernail.domain.organisation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.Emails;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * What an administrator says of a member. The e-mail is optional: a volunteer without an
 * account is listed (for training records) but never signs in. The e-mail is kept in the form
 * of {@link Emails#normalised}, the form invitations and duplicates are compared in.
 */
public record MemberDetails(String email, String displayName, PersonType personType, Set<Role> roles) {

    public static final int EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public MemberDetails {
        email = Check.text("email", Emails.normalised(email), EMAIL_LENGTH);
        if (email != null) {
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidInput("email", "email", "email is not an e-mail address", "email");
            }
        }
        displayName = Check.name("displayName", displayName);
        Check.present("personType", personType);
        Check.present("roles", roles);
        if (roles.isEmpty()) {
            throw new InvalidInput("roles", "required", "roles must name at least one role", "roles");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
