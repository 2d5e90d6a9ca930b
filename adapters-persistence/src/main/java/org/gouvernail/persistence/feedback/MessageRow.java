package org.gouvernail.persistence.feedback;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.feedback.FeedbackMessage;
import org.gouvernail.domain.feedback.MessageAuthor;
import org.gouvernail.domain.organisation.MemberId;

/**
 * Row of table feedback_message, at its position in its item's conversation. Its version is the
 * item's; equality by value lets the item rewrite only the positions that changed. The
 * organisation is repeated for the composite foreign keys.
 */
@Embeddable
public class MessageRow {

    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public MessageAuthor author;

    public UUID handlerId;
    public String text;
    public LocalDate writtenOn;

    static MessageRow of(UUID organisationId, FeedbackMessage message) {
        MessageRow row = new MessageRow();
        row.organisationId = organisationId;
        row.author = message.author();
        row.handlerId = message.handler() == null ? null : message.handler().value();
        row.text = message.text();
        row.writtenOn = message.writtenOn();
        return row;
    }

    FeedbackMessage toDomain() {
        return new FeedbackMessage(author, handlerId == null ? null : new MemberId(handlerId), text, writtenOn);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageRow row
                && Objects.equals(organisationId, row.organisationId)
                && author == row.author
                && Objects.equals(handlerId, row.handlerId)
                && Objects.equals(text, row.text)
                && Objects.equals(writtenOn, row.writtenOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, author, handlerId, text, writtenOn);
    }
}
