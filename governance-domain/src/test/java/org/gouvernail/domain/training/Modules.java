package org.gouvernail.domain.training;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Test data: module content and modules with sensible defaults. */
public final class Modules {

    public static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");
    public static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    public static final MemberId AUTHOR = new MemberId(UUID.randomUUID());

    private Modules() {}

    public static ModuleContent content(String title, Integer validityMonths, boolean refresh) {
        return new ModuleContent(
                title,
                "Relire avant d'envoyer",
                null,
                Set.of(Topic.CHECKING_OUTPUTS),
                ModuleLevel.INTRODUCTION,
                List.of("Appliquer la grille"),
                null,
                60,
                Set.of(TrainingFormat.IN_PERSON),
                Set.of("fr"),
                null,
                validityMonths,
                null,
                Set.of(ToolCategory.CHATBOT),
                refresh);
    }

    public static TrainingModule active(Integer validityMonths) {
        return TrainingModule.draft(
                        new TrainingModuleId(UUID.randomUUID()),
                        ORGANISATION,
                        "IA-102",
                        content("Vérifier", validityMonths, true),
                        null,
                        AUTHOR,
                        NOW)
                .publish();
    }
}
