package org.gouvernail.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.usecase.UseCaseDetailsBuilder.aUseCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.usecase.FootprintInputs;
import org.gouvernail.domain.usecase.FootprintModel;
import org.gouvernail.domain.usecase.GridRegion;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseBuilder;
import org.gouvernail.domain.usecase.UseCaseDetailsBuilder;
import org.gouvernail.domain.usecase.UseCaseFilter;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.ValuesCheck;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link UseCases} out-port does, the MariaDB adapter and
 * the fake of the service tests alike: a use case is found inside its organisation only, listed in
 * keyset pages the filters narrow, versioned; the portfolio leaves rejected and retired ones out.
 */
public abstract class UseCasesContract extends PortContract {

    protected abstract UseCases useCases();

    /** The tools the use cases name: the MariaDB adapter links them by foreign key. */
    protected abstract Tools tools();

    private UseCase added(
            OrganisationId in, MemberId by, UUID id, UseCaseDetailsBuilder details, UseCaseStatus status) {
        UseCase useCase = UseCaseBuilder.from(UseCase.propose(
                        new UseCaseId(id), in, details.ownedBy(by).build(), null, by, NOW))
                .in(status)
                .build();
        useCases().add(useCase);
        return useCase;
    }

    private UseCase added(UUID id, UseCaseStatus status) {
        return added(organisation(), member(), id, aUseCase(), status);
    }

    @Test
    void theValuesCheckAndTheDeclaredUsageAreSavedWithTheUseCaseAsTheyWere() {
        UseCase useCase = added(anyId(), UseCaseStatus.IDEA);
        UseCase checked = useCase.withValuesAnswers(ValuesCheck.of(java.util.Map.of(
                        "WO_CHANGE", "JOBS",
                        "WO_TOLD", "NOT_YET",
                        "AU_RECOURSE", false,
                        "MI_PURPOSE", "Accueillir & orienter ; « vite » = bien ? 100 % oui\nligne 2")))
                .withValuesResponses(
                        java.util.Map.of("work.jobs-without-consultation", "CE consulté le 12/01 & PV signé"))
                .withFootprintInputs(new FootprintInputs(
                        1000,
                        300,
                        400,
                        FootprintInputs.LengthUnit.WORDS,
                        FootprintModel.MIXTRAL_8X7B,
                        GridRegion.EUROPE,
                        12,
                        "Deux bénévoles, le mardi & le jeudi"));

        UseCase saved = useCases().update(checked);

        UseCase found = useCases().find(organisation(), useCase.id()).orElseThrow();
        assertThat(found.valuesCheck()).isEqualTo(checked.valuesCheck());
        assertThat(found.footprintInputs()).isEqualTo(checked.footprintInputs());
        assertThat(found.version()).isEqualTo(saved.version()).isGreaterThan(useCase.version());
        assertThat(found.valuesAssessment().blocking()).isFalse();
    }

    @Test
    void aUseCaseIsFoundAsItWasAddedWithItsTools() {
        ToolId tool = new ToolId(anyId());
        tools().add(anAiTool()
                .withId(tool)
                .of(organisation())
                .declaredBy(member())
                .declaredAt(NOW)
                .build());
        UseCase useCase = added(
                organisation(),
                member(),
                anyId(),
                aUseCase()
                        .titled("Résumer les réunions")
                        .withTools(Set.of(tool))
                        .withData(Set.of(DataCategory.PERSONAL, DataCategory.INTERNAL))
                        .affecting(PeopleAffected.BENEFICIARIES),
                UseCaseStatus.IDEA);

        assertThat(useCases().find(organisation(), useCase.id())).contains(useCase);
    }

    @Test
    void aUseCaseOfAnotherOrganisationIsNotFoundUpdatedNorRemoved() {
        OrganisationId other = anOrganisation();
        UseCase theirs = added(other, aMemberOf(other), anyId(), aUseCase(), UseCaseStatus.IDEA);

        assertThat(useCases().find(organisation(), theirs.id())).isEmpty();
        assertThatThrownBy(() -> useCases()
                        .update(UseCaseBuilder.from(theirs).of(organisation()).build()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> useCases().remove(organisation(), theirs.id(), 0))
                .isInstanceOf(NotFound.class);
        assertThat(useCases().find(other, theirs.id())).contains(theirs);
    }

    @Test
    void anUpdateChecksTheVersionReadAndIncrementsIt() {
        UseCase useCase = added(anyId(), UseCaseStatus.IDEA);

        UseCase saved = useCases()
                .update(UseCaseBuilder.from(useCase).in(UseCaseStatus.SUBMITTED).build());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(useCases().find(organisation(), useCase.id())).contains(saved);
        assertThatThrownBy(() -> useCases()
                        .update(UseCaseBuilder.from(useCase)
                                .in(UseCaseStatus.RETIRED)
                                .build()))
                .isInstanceOf(StaleVersion.class);
        assertThat(useCases().find(organisation(), useCase.id()).orElseThrow().status())
                .isEqualTo(UseCaseStatus.SUBMITTED);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        UseCase useCase = added(anyId(), UseCaseStatus.IDEA);

        assertThat(useCases().update(useCase)).isEqualTo(useCase);
        assertThat(useCases().find(organisation(), useCase.id()).orElseThrow().version())
                .isZero();
    }

    @Test
    void aRemovalChecksTheVersionReadAndTheUseCaseIsGone() {
        UseCase useCase = added(anyId(), UseCaseStatus.IDEA);
        useCases()
                .update(UseCaseBuilder.from(useCase).in(UseCaseStatus.SUBMITTED).build());

        assertThatThrownBy(() -> useCases().remove(organisation(), useCase.id(), 0))
                .isInstanceOf(StaleVersion.class);
        useCases().remove(organisation(), useCase.id(), 1);

        assertThat(useCases().find(organisation(), useCase.id())).isEmpty();
    }

    @Test
    void aListIsAKeysetPageInTheOrderOfTheIdsText() {
        List<UUID> ids = List.of(
                idStartingWith('b'),
                idStartingWith('2'),
                idStartingWith('d'),
                idStartingWith('7'),
                idStartingWith('8'));
        ids.forEach(id -> added(id, UseCaseStatus.IDEA));
        List<UUID> byText = ids.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();

        Page<UseCase> first = useCases().list(organisation(), UseCaseFilter.none(), PageRequest.first(2));
        Page<UseCase> second =
                useCases().list(organisation(), UseCaseFilter.none(), new PageRequest(2, first.continueAfter()));
        Page<UseCase> last =
                useCases().list(organisation(), UseCaseFilter.none(), new PageRequest(2, second.continueAfter()));

        List<UUID> listed = new ArrayList<>();
        for (Page<UseCase> page : List.of(first, second, last)) {
            page.items().forEach(useCase -> listed.add(useCase.id().value()));
        }
        assertThat(listed).containsExactlyElementsOf(byText);
        assertThat(last.continueAfter()).isEmpty();
    }

    @Test
    void theFiltersSelectTheSameUseCases() {
        UseCase internal = added(
                organisation(),
                member(),
                idStartingWith('1'),
                aUseCase().affecting(PeopleAffected.INTERNAL_ONLY),
                UseCaseStatus.IDEA);
        UseCase beneficiaries = added(
                organisation(),
                member(),
                idStartingWith('2'),
                aUseCase().affecting(PeopleAffected.BENEFICIARIES),
                UseCaseStatus.SUBMITTED);
        OrganisationId other = anOrganisation();
        added(
                other,
                aMemberOf(other),
                idStartingWith('3'),
                aUseCase().affecting(PeopleAffected.BENEFICIARIES),
                UseCaseStatus.SUBMITTED);

        assertThat(listed(UseCaseFilter.none())).containsExactly(internal, beneficiaries);
        assertThat(listed(new UseCaseFilter(Optional.of(UseCaseStatus.SUBMITTED), null)))
                .containsExactly(beneficiaries);
        assertThat(listed(new UseCaseFilter(null, Optional.of(PeopleAffected.BENEFICIARIES))))
                .containsExactly(beneficiaries);
        assertThat(listed(
                        new UseCaseFilter(Optional.of(UseCaseStatus.IDEA), Optional.of(PeopleAffected.BENEFICIARIES))))
                .isEmpty();
    }

    @Test
    void thePortfolioLeavesRejectedAndRetiredUseCasesOutOldestFirstUpToItsSize() {
        UseCase idea = added(idStartingWith('1'), UseCaseStatus.IDEA);
        added(idStartingWith('2'), UseCaseStatus.REJECTED);
        UseCase inUse = added(idStartingWith('3'), UseCaseStatus.IN_USE);
        added(idStartingWith('4'), UseCaseStatus.RETIRED);
        UseCase pilot = added(idStartingWith('5'), UseCaseStatus.PILOT);

        assertThat(useCases().portfolio(organisation(), 10)).containsExactly(idea, inUse, pilot);
        assertThat(useCases().portfolio(organisation(), 2)).containsExactly(idea, inUse);
    }

    private List<UseCase> listed(UseCaseFilter filter) {
        return useCases().list(organisation(), filter, PageRequest.first(10)).items();
    }
}
