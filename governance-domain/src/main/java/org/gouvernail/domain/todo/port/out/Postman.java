package org.gouvernail.domain.todo.port.out;

import java.util.Map;
import java.util.Objects;

/** Out-port: sends one e-mail through the operator's SMTP server. */
public interface Postman {

    /** A mail with its plain-text and HTML bodies and extra headers (List-Unsubscribe…). */
    record Mail(String to, String subject, String text, String html, Map<String, String> headers) {
        public Mail {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(html, "html");
            headers = Map.copyOf(headers);
        }
    }

    /** Sends the mail; throws if the server refused it, so that the notice is tried again. */
    void send(Mail mail);
}
