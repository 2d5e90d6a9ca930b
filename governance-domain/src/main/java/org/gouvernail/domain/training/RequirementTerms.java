package org.gouvernail.domain.training;

import java.util.LinkedHashSet;
import java.util.List;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: what a literacy requirement says, the editable part checked as a whole: who (audience),
 * which modules, what starts the clock, within how many days, how often again, how binding, why
 * (the art. 4 reasoning the dossier shows) and who answers for it.
 *
 * @param dueWithinDays days after the trigger by which the modules are due
 * @param refreshMonths months after which a record no longer satisfies the requirement, whatever the
 *     module's own validity; {@code null}: the module's validity alone
 */
public record RequirementTerms(
        String title,
        Audience audience,
        List<TrainingModuleId> moduleIds,
        RequirementTrigger trigger,
        int dueWithinDays,
        Integer refreshMonths,
        RequirementLevel level,
        String rationale,
        MemberId ownerId) {

    public static final int MAX_MODULES = 20;
    public static final int MAX_DUE_WITHIN_DAYS = 730;
    public static final int MAX_REFRESH_MONTHS = 120;

    public RequirementTerms {
        title = Check.name("title", title);
        audience = audience == null ? Audience.everyone() : audience;
        Check.present("moduleIds", moduleIds);
        Check.size("moduleIds", moduleIds, MAX_MODULES);
        if (moduleIds.isEmpty()) {
            throw new InvalidInput("moduleIds", "required", "a requirement names at least one module", "moduleIds");
        }
        moduleIds = List.copyOf(new LinkedHashSet<>(moduleIds));
        Check.present("trigger", trigger);
        Check.range("dueWithinDays", dueWithinDays, 0, MAX_DUE_WITHIN_DAYS);
        Check.range("refreshMonths", refreshMonths, 1, MAX_REFRESH_MONTHS);
        if (trigger == RequirementTrigger.PERIODIC && refreshMonths == null) {
            throw new InvalidInput(
                    "refreshMonths",
                    "required",
                    "a PERIODIC requirement says after how many months it comes back",
                    "refreshMonths");
        }
        Check.present("level", level);
        rationale = Check.text("rationale", Check.present("rationale", rationale), Check.SHORT_TEXT_LENGTH);
        if (rationale.isBlank()) {
            throw new InvalidInput("rationale", "required", "rationale is required", "rationale");
        }
        Check.present("ownerId", ownerId);
    }
}
