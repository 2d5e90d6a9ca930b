package org.gouvernail.domain.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.Language;
import org.junit.jupiter.api.Test;

class TrainingCatalogueTest {

    @Test
    void theCatalogueHoldsTheEightModulesForAssociationsAndFreeExternalCourses() {
        Set<String> internal = TrainingCatalogue.ENTRIES.stream()
                .filter(entry -> !entry.external())
                .map(CatalogueModule::id)
                .collect(Collectors.toSet());
        assertThat(internal)
                .containsExactlyInAnyOrder(
                        "how-language-models-work",
                        "checking-ai-outputs",
                        "beneficiary-data-stays-out",
                        "bias-justice-human-rights",
                        "environmental-impact",
                        "our-charter-in-15-minutes",
                        "ai-and-work",
                        "tools-we-approved");
        assertThat(TrainingCatalogue.ENTRIES.stream().filter(CatalogueModule::external))
                .allSatisfy(entry -> {
                    assertThat(entry.provider().name()).isNotBlank();
                    assertThat(entry.provider().link()).startsWith("https://");
                })
                .anySatisfy(entry -> assertThat(entry.languages()).contains("fr", "nl"));
    }

    @Test
    void everyEntryIsWrittenInFrenchAndEnglishAndCoversEveryTopicBetweenThem() {
        for (CatalogueModule entry : TrainingCatalogue.ENTRIES) {
            assertThat(entry.title().written(Language.EN)).as(entry.id()).isPresent();
            assertThat(entry.outline().written(Language.EN)).as(entry.id()).isPresent();
            assertThat(entry.objectives(Language.FR)).as(entry.id()).isNotEmpty();
            assertThat(entry.objectives(Language.EN)).hasSameSizeAs(entry.objectives(Language.FR));
            assertThat(entry.content(Language.NL).title())
                    .isEqualTo(entry.title().in(Language.NL));
        }
        Set<Topic> covered = EnumSet.noneOf(Topic.class);
        TrainingCatalogue.ENTRIES.forEach(entry -> covered.addAll(entry.topics()));
        assertThat(covered).containsExactlyInAnyOrder(Topic.values());
    }

    @Test
    void theCharterModuleAsksForARefreshAtEachNewVersionOfThePolicy() {
        CatalogueModule charter =
                TrainingCatalogue.find("our-charter-in-15-minutes").orElseThrow();
        assertThat(charter.durationMinutes()).isEqualTo(15);
        assertThat(charter.newVersionRequiresRefresh()).isTrue();
        assertThat(charter.topics()).containsExactly(Topic.OUR_POLICY);
    }
}
