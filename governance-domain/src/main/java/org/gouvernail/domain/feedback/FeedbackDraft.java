package org.gouvernail.domain.feedback;

import java.util.Objects;
import org.gouvernail.domain.shared.Check;

/**
 * Command: what a member writes. The identity mode is chosen by the way in (anonymous items have
 * their own). {@code quoteConsent}: the text may be quoted, without identity, in the members' digest.
 */
public record FeedbackDraft(FeedbackKind kind, About about, String text, Channel channel, boolean quoteConsent) {

    /** A draft whose reporter gave no consent to be quoted. */
    public FeedbackDraft(FeedbackKind kind, About about, String text, Channel channel) {
        this(kind, about, text, channel, false);
    }

    public FeedbackDraft {
        Check.present("kind", kind);
        about = about == null ? About.nothing() : about;
        text = Check.text("text", Check.present("text", text), Check.SHORT_TEXT_LENGTH);
        channel = channel == null ? Channel.APP : channel;
        Objects.requireNonNull(about, "about");
    }
}
