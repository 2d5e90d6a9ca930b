package org.gouvernail.domain.communication;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;

/**
 * Value: what an action says, to whom, through which channel, from whom and when.
 *
 * @param keyMessage the message as it will be said
 * @param easyToRead the same message in plain, short sentences (FALC / easy-to-read), for everyone
 * @param senderId the member who speaks: a named person, not "the management"
 * @param legalBasis the rule that asks for this action, when one does
 * @param subjects the register entries it speaks about
 */
public record CommunicationDetails(
        Target target,
        ChangeStage stage,
        Set<Concern> concerns,
        String keyMessage,
        String easyToRead,
        CommunicationChannel channel,
        MemberId senderId,
        LocalDate plannedDate,
        LegalBasis legalBasis,
        List<LinkedSubject> subjects) {

    public static final int MAX_SUBJECTS = 20;

    public CommunicationDetails {
        Check.present("target", target);
        Check.present("stage", stage);
        concerns = concerns == null || concerns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(concerns));
        keyMessage = Check.text("keyMessage", Check.present("keyMessage", keyMessage), Check.SHORT_TEXT_LENGTH);
        easyToRead = Check.text("easyToRead", easyToRead, Check.SHORT_TEXT_LENGTH);
        Check.present("channel", channel);
        Check.present("senderId", senderId);
        Check.present("plannedDate", plannedDate);
        subjects = subjects == null
                ? List.of()
                : List.copyOf(Check.size("subjects", subjects, MAX_SUBJECTS).stream()
                        .distinct()
                        .toList());
    }

    public boolean addresses(Concern concern) {
        return concerns.contains(concern);
    }
}
