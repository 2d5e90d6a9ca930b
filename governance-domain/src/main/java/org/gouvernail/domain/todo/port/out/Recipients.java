package org.gouvernail.domain.todo.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Out-port: the people who may receive mail: signed-in subjects with an active membership and an e-mail. */
public interface Recipients {

    /** A person, the e-mail of one of their active memberships, their name and the language of that organisation. */
    record Recipient(String subject, String email, String name, String organisationLocale) {
        public Recipient {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(email, "email");
        }
    }

    /** The next {@code limit} people after {@code afterSubject} (null: from the first), by subject. */
    List<Recipient> after(String afterSubject, int limit);

    /** The person, if they still have an active membership with an e-mail. */
    Optional<Recipient> find(String subject);
}
