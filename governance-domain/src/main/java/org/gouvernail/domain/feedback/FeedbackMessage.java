package org.gouvernail.domain.feedback;

import java.time.LocalDate;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;

/**
 * Value: one message between the reporter and the handlers, kept to the day. A handler's message
 * names its handler; a reporter's names nobody (an anonymous reporter writes through the receipt).
 */
public record FeedbackMessage(MessageAuthor author, MemberId handler, String text, LocalDate writtenOn) {

    public FeedbackMessage {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenOn, "writtenOn");
        text = Check.text("text", Check.present("text", text), Check.SHORT_TEXT_LENGTH);
        if (author == MessageAuthor.REPORTER) {
            handler = null;
        } else {
            Objects.requireNonNull(handler, "handler");
        }
    }
}
