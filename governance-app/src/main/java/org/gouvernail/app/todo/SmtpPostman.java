package org.gouvernail.app.todo;

import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.gouvernail.domain.todo.port.out.Postman;

/**
 * Mail adapter: sends through quarkus-mailer to the SMTP server of GOUVERNAIL_MAIL_HOST, from the
 * configured sender, in plain text and HTML (multipart/alternative). Blocking: the runs that send
 * are background jobs, never a request's thread.
 */
@ApplicationScoped
public class SmtpPostman implements Postman {

    private final Mailer mailer;

    public SmtpPostman(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(Mail mail) {
        io.quarkus.mailer.Mail message = io.quarkus.mailer.Mail.withText(mail.to(), mail.subject(), mail.text())
                .setHtml(mail.html());
        mail.headers().forEach(message::addHeader);
        mailer.send(message);
    }
}
