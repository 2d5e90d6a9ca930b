package org.gouvernail.domain.communication;

import java.time.LocalDate;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: what a communication plan is for.
 *
 * @param initiative the change it accompanies ("Déploiement d'un assistant"); {@code null} for the
 *     organisation-wide plan
 * @param goLive the day the change starts being implemented, pilots included; the consultation clock
 *     counts back from it
 * @param changesWork the change alters how people work (employment, work organisation or working
 *     conditions): what triggers the consultation of worker representatives
 * @param touchesAutomation the change automates tasks people do: the plan must then speak about jobs
 */
public record PlanDetails(
        String title,
        String objective,
        String initiative,
        LocalDate periodStart,
        LocalDate periodEnd,
        MemberId ownerId,
        LocalDate goLive,
        boolean changesWork,
        boolean touchesAutomation) {

    public PlanDetails {
        title = Check.name("title", title);
        objective = Check.text("objective", Check.present("objective", objective), Check.SHORT_TEXT_LENGTH);
        initiative = Check.text("initiative", initiative, Check.NAME_LENGTH);
        Check.present("periodStart", periodStart);
        Check.present("periodEnd", periodEnd);
        Check.present("ownerId", ownerId);
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidInput("periodEnd", "invalid", "the period ends before it starts", "periodEnd");
        }
    }

    public Optional<LocalDate> goLiveDate() {
        return Optional.ofNullable(goLive);
    }

    public boolean organisationWide() {
        return initiative == null;
    }
}
