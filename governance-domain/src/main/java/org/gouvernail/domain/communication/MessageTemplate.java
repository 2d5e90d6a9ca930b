package org.gouvernail.domain.communication;

import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: a message to start from, honest rather than reassuring at all costs: it says what
 * changes, what does not, what is not known yet and whom to ask.
 *
 * @param concern the worry it answers, {@code null} for an announcement
 * @param legalBasis the rule it serves, when one does
 */
public record MessageTemplate(
        String id,
        ChangeStage stage,
        Concern concern,
        LegalBasis legalBasis,
        Localized title,
        Localized message,
        Localized easyToRead) {}
