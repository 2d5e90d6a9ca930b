package org.gouvernail.domain.feedback;

import java.util.Objects;
import org.gouvernail.domain.shared.Check;

/** Command: what a member writes. The identity mode is chosen by the way in (anonymous items have their own). */
public record FeedbackDraft(FeedbackKind kind, About about, String text, Channel channel) {

    public FeedbackDraft {
        Check.present("kind", kind);
        about = about == null ? About.nothing() : about;
        text = Check.text("text", Check.present("text", text), Check.SHORT_TEXT_LENGTH);
        channel = channel == null ? Channel.APP : channel;
        Objects.requireNonNull(about, "about");
    }
}
