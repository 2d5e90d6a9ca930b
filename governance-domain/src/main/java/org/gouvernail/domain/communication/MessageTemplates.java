package org.gouvernail.domain.communication;

import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.shared.TextBundle;

/**
 * Reference data: the message templates. The texts ({@code <id>.title}, {@code <id>.message},
 * {@code <id>.easy}) live in {@code communication-templates_<language>.properties} next to this
 * class; {@code {subject}} in a text stands for the policy or tool it announces.
 */
public final class MessageTemplates {

    public static final String SUBJECT = "{subject}";

    private static final TextBundle TEXTS = TextBundle.load(MessageTemplates.class, "communication-templates");

    public static final List<MessageTemplate> ALL = List.of(
            template("consultation-be", ChangeStage.AWARENESS, null, LegalBasis.BE_CCT_39),
            template("consultation-fr", ChangeStage.AWARENESS, null, LegalBasis.FR_CSE),
            template("policy-announcement", ChangeStage.AWARENESS, null, null),
            template("tool-announcement", ChangeStage.AWARENESS, null, null),
            template("jobs", ChangeStage.DESIRE, Concern.JOBS, null),
            template("workload", ChangeStage.DESIRE, Concern.WORKLOAD, null),
            template("privacy", ChangeStage.KNOWLEDGE, Concern.PRIVACY, LegalBasis.GDPR_INFORMATION),
            template("surveillance", ChangeStage.DESIRE, Concern.SURVEILLANCE, null),
            template("quality", ChangeStage.ABILITY, Concern.QUALITY, null),
            template("ethics", ChangeStage.DESIRE, Concern.ETHICS, null),
            template("environment", ChangeStage.REINFORCEMENT, Concern.ENVIRONMENT, null));

    private MessageTemplates() {}

    public static MessageTemplate get(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("no message template " + id));
    }

    public static Optional<MessageTemplate> find(String id) {
        return ALL.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    private static MessageTemplate template(String id, ChangeStage stage, Concern concern, LegalBasis basis) {
        return new MessageTemplate(
                id,
                stage,
                concern,
                basis,
                TEXTS.text(id + ".title"),
                TEXTS.text(id + ".message"),
                TEXTS.text(id + ".easy"));
    }
}
