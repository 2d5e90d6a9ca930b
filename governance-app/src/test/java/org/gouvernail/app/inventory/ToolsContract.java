package org.gouvernail.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.AiToolBuilder;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetailsBuilder;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link Tools} out-port does, the MariaDB adapter and
 * the fake of the service tests alike: a tool is found inside its organisation only, a list is a
 * keyset page in id order that the filters narrow, an update or a removal checks the version read.
 */
public abstract class ToolsContract extends PortContract {

    protected abstract Tools tools();

    private AiToolBuilder aToolOf(OrganisationId owner, MemberId by, UUID id) {
        return anAiTool().withId(new ToolId(id)).of(owner).declaredBy(by).declaredAt(NOW);
    }

    private AiTool added(AiToolBuilder tool) {
        AiTool built = tool.build();
        tools().add(built);
        return built;
    }

    @Test
    void aToolIsFoundAsItWasAdded() {
        AiTool tool = added(aToolOf(organisation(), member(), anyId())
                .withDetails(aTool().named("Whisper")
                        .withVendor("OpenAI")
                        .inCategory(ToolCategory.TRANSCRIPTION)
                        .withData(DataCategory.PERSONAL, DataCategory.INTERNAL)
                        .usedBy("Accueil", "Comptabilité")
                        .withEstimatedUsers(7)
                        .costing(new BigDecimal("120.50"))
                        .build())
                .in(ToolStatus.UNDER_REVIEW));

        assertThat(tools().find(organisation(), tool.id())).contains(tool);
    }

    @Test
    void aToolOfAnotherOrganisationIsNotFoundUpdatedNorRemoved() {
        OrganisationId other = anOrganisation();
        AiTool theirs = added(aToolOf(other, aMemberOf(other), anyId()));

        assertThat(tools().find(organisation(), theirs.id())).isEmpty();
        AiTool claimed = AiToolBuilder.from(theirs).of(organisation()).build();
        assertThatThrownBy(() -> tools().update(claimed)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tools().remove(organisation(), theirs.id(), 0)).isInstanceOf(NotFound.class);
        assertThat(tools().find(other, theirs.id())).contains(theirs);
    }

    @Test
    void anUpdateChecksTheVersionReadAndIncrementsIt() {
        AiTool tool = added(aToolOf(organisation(), member(), anyId()));

        AiTool saved =
                tools().update(AiToolBuilder.from(tool).in(ToolStatus.APPROVED).build());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(ToolStatus.APPROVED);
        assertThat(tools().find(organisation(), tool.id())).contains(saved);
        assertThatThrownBy(() -> tools().update(AiToolBuilder.from(tool)
                        .in(ToolStatus.FORBIDDEN)
                        .build()))
                .isInstanceOf(StaleVersion.class);
        assertThat(tools().find(organisation(), tool.id()).orElseThrow().status())
                .isEqualTo(ToolStatus.APPROVED);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        AiTool tool = added(aToolOf(organisation(), member(), anyId()));

        assertThat(tools().update(tool)).isEqualTo(tool);
        assertThat(tools().find(organisation(), tool.id()).orElseThrow().version())
                .isZero();
    }

    @Test
    void aRemovalChecksTheVersionReadAndTheToolIsGone() {
        AiTool tool = added(aToolOf(organisation(), member(), anyId()));
        tools().update(AiToolBuilder.from(tool).in(ToolStatus.UNDER_REVIEW).build());

        assertThatThrownBy(() -> tools().remove(organisation(), tool.id(), 0)).isInstanceOf(StaleVersion.class);
        tools().remove(organisation(), tool.id(), 1);

        assertThat(tools().find(organisation(), tool.id())).isEmpty();
        assertThatThrownBy(() -> tools().remove(organisation(), tool.id(), 1)).isInstanceOf(NotFound.class);
    }

    @Test
    void aListIsAKeysetPageInTheOrderOfTheIdsText() {
        List<UUID> ids = List.of(
                idStartingWith('8'),
                idStartingWith('0'),
                idStartingWith('f'),
                idStartingWith('3'),
                idStartingWith('c'));
        ids.forEach(id -> added(aToolOf(organisation(), member(), id)));
        List<UUID> byText = ids.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();

        Page<AiTool> first = tools().list(organisation(), ToolFilter.none(), PageRequest.first(2));
        Page<AiTool> second =
                tools().list(organisation(), ToolFilter.none(), new PageRequest(2, first.continueAfter()));
        Page<AiTool> last = tools().list(organisation(), ToolFilter.none(), new PageRequest(2, second.continueAfter()));

        List<UUID> listed = new ArrayList<>();
        for (Page<AiTool> page : List.of(first, second, last)) {
            page.items().forEach(tool -> listed.add(tool.id().value()));
        }
        assertThat(listed).containsExactlyElementsOf(byText);
        assertThat(first.continueAfter()).contains(byText.get(1));
        assertThat(last.items()).hasSize(1);
        assertThat(last.continueAfter()).isEmpty();
    }

    @Test
    void aListShowsTheToolsOfItsOrganisationOnly() {
        AiTool ours = added(aToolOf(organisation(), member(), anyId()));
        OrganisationId other = anOrganisation();
        added(aToolOf(other, aMemberOf(other), anyId()));

        assertThat(tools().list(organisation(), ToolFilter.none(), PageRequest.first(10))
                        .items())
                .containsExactly(ours);
    }

    @Test
    void theFiltersSelectTheSameTools() {
        AiTool whisper = added(aToolOf(organisation(), member(), idStartingWith('1'))
                .in(ToolStatus.APPROVED)
                .withDetails(aTool().named("Whisper local")
                        .withVendor("OpenAI")
                        .withDescription("Transcrit les réunions")
                        .inCategory(ToolCategory.TRANSCRIPTION)
                        .withData(DataCategory.SENSITIVE, DataCategory.PERSONAL)
                        .build()));
        AiTool posters = added(aToolOf(organisation(), member(), idStartingWith('2'))
                .withDetails(aTool().named("Affiches IA")
                        .withVendor("Canva")
                        .withDescription(null)
                        .inCategory(ToolCategory.IMAGE_GENERATION)
                        .withData(DataCategory.PUBLIC)
                        .build()));
        AiTool percent = added(aToolOf(organisation(), member(), idStartingWith('3'))
                .withDetails(ToolDetailsBuilder.aMinimalTool()
                        .named("Traduction 100%_sûre")
                        .build()));

        assertThat(listed(new ToolFilter(Optional.of(ToolStatus.APPROVED), null, null, null)))
                .containsExactly(whisper);
        assertThat(listed(new ToolFilter(Optional.of(ToolStatus.DECLARED), null, null, null)))
                .containsExactly(posters, percent);
        assertThat(listed(new ToolFilter(null, Optional.of(ToolCategory.IMAGE_GENERATION), null, null)))
                .containsExactly(posters);
        assertThat(listed(new ToolFilter(null, null, Optional.of(DataCategory.PERSONAL), null)))
                .containsExactly(whisper);
        assertThat(listed(new ToolFilter(null, null, Optional.of(DataCategory.BENEFICIARY_VULNERABLE), null)))
                .isEmpty();
        assertThat(listed(new ToolFilter(null, null, null, Optional.of("WHISPER"))))
                .as("name, any case")
                .containsExactly(whisper);
        assertThat(listed(new ToolFilter(null, null, null, Optional.of("canva"))))
                .as("vendor")
                .containsExactly(posters);
        assertThat(listed(new ToolFilter(null, null, null, Optional.of("réunions"))))
                .as("description")
                .containsExactly(whisper);
        assertThat(listed(new ToolFilter(null, null, null, Optional.of("100%_"))))
                .as("wildcards taken literally")
                .containsExactly(percent);
        assertThat(listed(new ToolFilter(null, null, null, Optional.of("0%s"))))
                .as("no wildcard")
                .isEmpty();
        assertThat(listed(new ToolFilter(
                        Optional.of(ToolStatus.DECLARED),
                        Optional.of(ToolCategory.IMAGE_GENERATION),
                        Optional.of(DataCategory.PUBLIC),
                        Optional.of("affiches"))))
                .as("all at once")
                .containsExactly(posters);
    }

    private List<AiTool> listed(ToolFilter filter) {
        return tools().list(organisation(), filter, PageRequest.first(10)).items();
    }

    @Test
    void theToolsAmongIdsAreFoundWithTheirCollectionsInTheOrganisationsAskedOnly() {
        OrganisationId other = anOrganisation();
        OrganisationId stranger = anOrganisation();
        AiTool mine = added(aToolOf(organisation(), member(), anyId())
                .withDetails(aTool().named("Whisper")
                        .withData(DataCategory.PERSONAL, DataCategory.INTERNAL)
                        .usedBy("Accueil", "Comptabilité")
                        .build()));
        AiTool unasked = added(aToolOf(organisation(), member(), anyId()));
        AiTool theirs = added(aToolOf(other, aMemberOf(other), anyId()));
        AiTool strangers = added(aToolOf(stranger, aMemberOf(stranger), anyId()));

        assertThat(tools().findAll(
                                List.of(organisation(), other),
                                List.of(mine.id(), theirs.id(), strangers.id(), new ToolId(anyId()))))
                .containsExactlyInAnyOrder(mine, theirs)
                .doesNotContain(unasked);
        assertThat(tools().findAll(List.of(organisation()), List.of())).isEmpty();
    }
}
