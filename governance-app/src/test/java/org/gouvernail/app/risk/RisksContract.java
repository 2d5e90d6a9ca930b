package org.gouvernail.app.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.risk.ActionDetailsBuilder.anAction;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.RatedRisk;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskBuilder;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskLevel;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link Risks} out-port does, the MariaDB adapter and
 * the fake of the service tests alike: a risk with its tool links and actions is one aggregate under
 * one version, found inside its organisation only, listed in keyset pages the filters narrow.
 */
public abstract class RisksContract extends PortContract {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-01");

    protected abstract Risks risks();

    /** The tools the risks name: the MariaDB adapter links them by foreign key. */
    protected abstract Tools tools();

    private ToolId aToolOf(OrganisationId in, MemberId by) {
        ToolId id = new ToolId(anyId());
        tools().add(anAiTool().withId(id).of(in).declaredBy(by).declaredAt(NOW).build());
        return id;
    }

    private RiskBuilder aRiskOf(OrganisationId in, MemberId by, UUID id) {
        return aStoredRisk().withId(new RiskId(id)).of(in).raisedBy(by).raisedAt(NOW);
    }

    private Risk added(RiskBuilder risk) {
        Risk built = risk.build();
        risks().add(built);
        return built;
    }

    private static MitigationAction action(String title, MemberId owner, LocalDate due, ActionStatus status) {
        return new MitigationAction(
                new ActionId(idStartingWith('0')),
                anAction(title).ownedBy(owner).due(due).in(status).build());
    }

    @Test
    void aRiskIsFoundAsItWasAddedWithItsToolsAndActions() {
        ToolId chatbot = aToolOf(organisation(), member());
        ToolId whisper = aToolOf(organisation(), member());
        Risk risk = added(aRiskOf(organisation(), member(), anyId())
                .fromCatalogue("R01")
                .withDetails(aRisk().titled("Données de bénéficiaires dans un chatbot")
                        .inCategory(RiskCategory.PRIVACY)
                        .rated(4, 5)
                        .about(Set.of(chatbot, whisper))
                        .ownedBy(member())
                        .reviewedOn(TODAY.plusMonths(6))
                        .build())
                .withActions(List.of(action("Former l'équipe", member(), TODAY.plusDays(30), ActionStatus.PLANNED))));

        assertThat(risks().find(organisation(), risk.id())).contains(risk);
    }

    @Test
    void aRiskOfAnotherOrganisationIsNotFoundUpdatedNorRemoved() {
        OrganisationId other = anOrganisation();
        Risk theirs = added(aRiskOf(other, aMemberOf(other), anyId()));

        assertThat(risks().find(organisation(), theirs.id())).isEmpty();
        assertThatThrownBy(() -> risks().update(
                                RiskBuilder.from(theirs).of(organisation()).build()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> risks().remove(organisation(), theirs.id(), 0)).isInstanceOf(NotFound.class);
        assertThat(risks().find(other, theirs.id())).contains(theirs);
    }

    @Test
    void anUpdateSavesTheRiskAndItsActionsUnderOneVersionAfterCheckingTheVersionRead() {
        Risk risk = added(aRiskOf(organisation(), member(), anyId())
                .withActions(List.of(action("Former l'équipe", member(), TODAY.plusDays(30), ActionStatus.PLANNED))));
        List<MitigationAction> actions = List.of(
                new MitigationAction(
                        risk.actions().get(0).id(),
                        anAction("Former l'équipe")
                                .ownedBy(member())
                                .due(TODAY.plusDays(30))
                                .in(ActionStatus.DONE)
                                .build()),
                action("Anonymiser les notes", null, null, ActionStatus.PLANNED));

        Risk saved = risks().update(RiskBuilder.from(risk)
                .in(RiskStatus.TREATING)
                .withActions(actions)
                .build());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(RiskStatus.TREATING);
        assertThat(risks().find(organisation(), risk.id())).contains(saved);
        assertThat(saved.actions()).containsExactlyInAnyOrderElementsOf(actions);
        assertThatThrownBy(() -> risks().update(
                                RiskBuilder.from(risk).in(RiskStatus.CLOSED).build()))
                .isInstanceOf(StaleVersion.class);
        assertThat(risks().find(organisation(), risk.id()).orElseThrow().status())
                .isEqualTo(RiskStatus.TREATING);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersionAndOneThatChangesOnlyAnActionMovesIt() {
        Risk risk = added(aRiskOf(organisation(), member(), anyId())
                .withActions(List.of(action("Former l'équipe", member(), TODAY.plusDays(30), ActionStatus.PLANNED))));

        assertThat(risks().update(risk)).isEqualTo(risk);
        MitigationAction done = new MitigationAction(
                risk.actions().get(0).id(),
                anAction("Former l'équipe")
                        .ownedBy(member())
                        .due(TODAY.plusDays(30))
                        .in(ActionStatus.DONE)
                        .build());
        Risk saved =
                risks().update(RiskBuilder.from(risk).withActions(List.of(done)).build());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(risks().find(organisation(), risk.id()).orElseThrow().actions())
                .containsExactly(done);
    }

    @Test
    void aRemovalChecksTheVersionReadAndTheRiskIsGone() {
        Risk risk = added(aRiskOf(organisation(), member(), anyId())
                .withActions(List.of(action("Former l'équipe", member(), TODAY.plusDays(30), ActionStatus.PLANNED))));
        risks().update(RiskBuilder.from(risk).in(RiskStatus.TREATING).build());

        assertThatThrownBy(() -> risks().remove(organisation(), risk.id(), 0)).isInstanceOf(StaleVersion.class);
        risks().remove(organisation(), risk.id(), 1);

        assertThat(risks().find(organisation(), risk.id())).isEmpty();
        assertThatThrownBy(() -> risks().remove(organisation(), risk.id(), 1)).isInstanceOf(NotFound.class);
    }

    @Test
    void aListIsAKeysetPageInTheOrderOfTheIdsText() {
        List<UUID> ids = List.of(
                idStartingWith('9'),
                idStartingWith('1'),
                idStartingWith('e'),
                idStartingWith('4'),
                idStartingWith('a'));
        ids.forEach(id -> added(aRiskOf(organisation(), member(), id)));
        List<UUID> byText = ids.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();

        Page<Risk> first = risks().list(organisation(), RiskFilter.none(), TODAY, PageRequest.first(2));
        Page<Risk> second =
                risks().list(organisation(), RiskFilter.none(), TODAY, new PageRequest(2, first.continueAfter()));
        Page<Risk> last =
                risks().list(organisation(), RiskFilter.none(), TODAY, new PageRequest(2, second.continueAfter()));

        List<UUID> listed = new ArrayList<>();
        for (Page<Risk> page : List.of(first, second, last)) {
            page.items().forEach(risk -> listed.add(risk.id().value()));
        }
        assertThat(listed).containsExactlyElementsOf(byText);
        assertThat(first.continueAfter()).contains(byText.get(1));
        assertThat(last.continueAfter()).isEmpty();
    }

    @Test
    void theFiltersSelectTheSameRisks() {
        ToolId chatbot = aToolOf(organisation(), member());
        OrganisationId other = anOrganisation();
        added(aRiskOf(other, aMemberOf(other), idStartingWith('0')));
        Risk critical = added(aRiskOf(organisation(), member(), idStartingWith('1'))
                .withDetails(aRisk().inCategory(RiskCategory.SECURITY)
                        .rated(5, 5)
                        .about(Set.of(chatbot))
                        .build()));
        Risk reviewOverdue = added(aRiskOf(organisation(), member(), idStartingWith('2'))
                .in(RiskStatus.TREATING)
                .withDetails(aRisk().rated(1, 2).reviewedOn(TODAY.minusDays(1)).build()));
        Risk actionOverdue = added(aRiskOf(organisation(), member(), idStartingWith('3'))
                .withActions(List.of(action("Vérifier", member(), TODAY.minusDays(1), ActionStatus.PLANNED))));
        Risk closed = added(aRiskOf(organisation(), member(), idStartingWith('4'))
                .in(RiskStatus.CLOSED)
                .withDetails(aRisk().reviewedOn(TODAY.minusDays(1)).build()));

        assertThat(listed(RiskFilter.none())).containsExactly(critical, reviewOverdue, actionOverdue, closed);
        assertThat(listed(new RiskFilter(Optional.of(RiskStatus.TREATING), null, null, null, null)))
                .containsExactly(reviewOverdue);
        assertThat(listed(new RiskFilter(null, Optional.of(RiskLevel.CRITICAL), null, null, null)))
                .containsExactly(critical);
        assertThat(listed(new RiskFilter(null, Optional.of(RiskLevel.LOW), null, null, null)))
                .containsExactly(reviewOverdue);
        assertThat(listed(new RiskFilter(null, null, Optional.of(RiskCategory.SECURITY), null, null)))
                .containsExactly(critical);
        assertThat(listed(new RiskFilter(null, null, null, Optional.of(chatbot), null)))
                .containsExactly(critical);
        assertThat(listed(new RiskFilter(null, null, null, null, Optional.of(true))))
                .as("a closed risk is never overdue")
                .containsExactly(reviewOverdue, actionOverdue);
        assertThat(listed(new RiskFilter(null, null, null, null, Optional.of(false))))
                .containsExactly(critical, closed);
    }

    @Test
    void theOpenRatingsLeaveClosedRisksOut() {
        Risk open = added(aRiskOf(organisation(), member(), idStartingWith('1'))
                .withDetails(aRisk().rated(4, 5).build()));
        added(aRiskOf(organisation(), member(), idStartingWith('2')).in(RiskStatus.CLOSED));
        Risk treating =
                added(aRiskOf(organisation(), member(), idStartingWith('3')).in(RiskStatus.TREATING));
        OrganisationId other = anOrganisation();
        added(aRiskOf(other, aMemberOf(other), idStartingWith('4')));

        assertThat(risks().openRatings(organisation()))
                .extracting(RatedRisk::id, RatedRisk::inherent)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(open.id(), open.inherent()),
                        org.assertj.core.groups.Tuple.tuple(treating.id(), treating.inherent()));
    }

    private List<Risk> listed(RiskFilter filter) {
        return risks().list(organisation(), filter, TODAY, PageRequest.first(10))
                .items();
    }
}
