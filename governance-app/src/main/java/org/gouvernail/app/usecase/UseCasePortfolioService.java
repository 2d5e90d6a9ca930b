package org.gouvernail.app.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.usecase.AiActAnswers;
import org.gouvernail.domain.usecase.CatalogueEntry;
import org.gouvernail.domain.usecase.ConcernLevel;
import org.gouvernail.domain.usecase.DpiaAnswers;
import org.gouvernail.domain.usecase.DpiaScreening;
import org.gouvernail.domain.usecase.FootprintInputs;
import org.gouvernail.domain.usecase.Matrix;
import org.gouvernail.domain.usecase.NewUseCase;
import org.gouvernail.domain.usecase.OrganisationFootprint;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseCatalogue;
import org.gouvernail.domain.usecase.UseCaseDetails;
import org.gouvernail.domain.usecase.UseCaseEvent.AiActProfiled;
import org.gouvernail.domain.usecase.UseCaseEvent.DpiaScreened;
import org.gouvernail.domain.usecase.UseCaseEvent.FootprintDeclared;
import org.gouvernail.domain.usecase.UseCaseEvent.UseCaseMoved;
import org.gouvernail.domain.usecase.UseCaseEvent.UseCaseProposed;
import org.gouvernail.domain.usecase.UseCaseEvent.UseCaseRemoved;
import org.gouvernail.domain.usecase.UseCaseEvent.UseCaseSuspended;
import org.gouvernail.domain.usecase.UseCaseEvent.UseCaseUpdated;
import org.gouvernail.domain.usecase.UseCaseEvent.ValuesChecked;
import org.gouvernail.domain.usecase.UseCaseFilter;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.ValuesCheck;
import org.gouvernail.domain.usecase.port.in.UseCasePortfolio;
import org.gouvernail.domain.usecase.port.out.UseCases;

/**
 * Use case service: the use-case portfolio, one transaction per call. Who may do what:
 * reading, any member; proposing, CONTRIBUTOR and up; editing, deleting and submitting, the owner
 * (while they hold a contributing role) or ADMIN, COMMITTEE, DATA_REFERENT; pilot, use and
 * retirement, the owner, ADMIN or COMMITTEE; the AI Act profile and the DPIA screening, ADMIN,
 * COMMITTEE, DATA_REFERENT, and the owner while the use case is still an IDEA.
 */
@ApplicationScoped
public class UseCasePortfolioService implements UseCasePortfolio {

    private final UseCases useCases;
    private final Tools tools;
    private final Memberships memberships;
    private final Organisations organisations;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public UseCasePortfolioService(
            UseCases useCases,
            Tools tools,
            Memberships memberships,
            Organisations organisations,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.useCases = useCases;
        this.tools = tools;
        this.memberships = memberships;
        this.organisations = organisations;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UseCase propose(Caller caller, OrganisationId organisationId, NewUseCase command) {
        Membership creator = access.withRole(caller, organisationId, Role.CONTRIBUTORS, "propose-use-case");
        Optional<CatalogueEntry> entry = command.fromCatalogue()
                .map(id -> UseCaseCatalogue.find(id)
                        .orElseThrow(() -> new InvalidInput(
                                "fromCatalogue",
                                "unknown-catalogue-entry",
                                "no catalogue entry " + id,
                                "fromCatalogue",
                                id)));
        String locale = organisations
                .find(organisationId)
                .map(o -> o.profile().locale())
                .orElse("fr");
        UseCaseDetails details = checked(organisationId, command.details(entry, locale, creator.id()), null);
        UseCase useCase = UseCase.propose(
                new UseCaseId(ids.next()),
                organisationId,
                details,
                entry.map(CatalogueEntry::id).orElse(null),
                creator.id(),
                clock.instant());
        useCases.add(useCase);
        auditor.record(
                caller,
                new UseCaseProposed(
                        organisationId,
                        useCase.id(),
                        details,
                        entry.map(CatalogueEntry::id).orElse(null)));
        return useCase;
    }

    @Override
    @Transactional
    public Page<UseCase> useCases(
            Caller caller, OrganisationId organisationId, UseCaseFilter filter, PageRequest page) {
        access.member(caller, organisationId);
        return useCases.list(organisationId, filter, page);
    }

    @Override
    @Transactional
    public UseCase useCase(Caller caller, OrganisationId organisationId, UseCaseId id) {
        access.member(caller, organisationId);
        return existing(organisationId, id);
    }

    @Override
    @Transactional
    public Matrix matrix(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        List<UseCase> portfolio = useCases.portfolio(organisationId, Matrix.MAX_USE_CASES + 1);
        boolean truncated = portfolio.size() > Matrix.MAX_USE_CASES;
        return Matrix.of(truncated ? portfolio.subList(0, Matrix.MAX_USE_CASES) : portfolio, truncated);
    }

    @Override
    @Transactional
    public UseCase update(
            Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion, UseCaseDetails details) {
        Membership member = access.member(caller, organisationId);
        UseCase current = existing(organisationId, id);
        requireEditor(member, current, "change-use-case");
        UseCaseDetails changed =
                checked(organisationId, details, current.details().owner());
        UseCase updated =
                useCases.update(expectVersion(current, expectedVersion).withDetails(changed));
        auditor.record(caller, new UseCaseUpdated(organisationId, id, current.details(), changed));
        return updated;
    }

    @Override
    @Transactional
    public void remove(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion) {
        Membership member = access.member(caller, organisationId);
        UseCase current = existing(organisationId, id);
        requireEditor(member, current, "remove-use-case");
        expectVersion(current, expectedVersion).requireRemovable();
        useCases.remove(organisationId, id, expectedVersion);
        auditor.record(
                caller, new UseCaseRemoved(organisationId, id, current.details().title(), current.status()));
    }

    @Override
    @Transactional
    public UseCase submit(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion) {
        return move(caller, organisationId, id, expectedVersion, Role.REVIEWERS, "submit-use-case", UseCase::submit);
    }

    @Override
    @Transactional
    public UseCase startPilot(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion) {
        return move(
                caller,
                organisationId,
                id,
                expectedVersion,
                Role.GOVERNORS,
                "start-use-case-pilot",
                UseCase::startPilot);
    }

    @Override
    @Transactional
    public UseCase putInUse(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion) {
        return move(
                caller, organisationId, id, expectedVersion, Role.GOVERNORS, "put-use-case-in-use", UseCase::putInUse);
    }

    @Override
    @Transactional
    public UseCase retire(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion) {
        return move(caller, organisationId, id, expectedVersion, Role.GOVERNORS, "retire-use-case", UseCase::retire);
    }

    @Override
    @Transactional
    public UseCase profileAiAct(
            Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion, AiActAnswers answers) {
        Membership member = access.member(caller, organisationId);
        UseCase current = existing(organisationId, id);
        requireAssessor(member, current, "profile-use-case");
        UseCase updated =
                useCases.update(expectVersion(current, expectedVersion).withAiActAnswers(answers));
        auditor.record(
                caller, new AiActProfiled(organisationId, id, current.tier().orElse(null), answers));
        if (updated.status() == UseCaseStatus.SUSPENDED && current.status() != UseCaseStatus.SUSPENDED) {
            auditor.record(caller, new UseCaseSuspended(organisationId, id, current.status()));
        }
        return updated;
    }

    @Override
    @Transactional
    public UseCase screenDpia(
            Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion, DpiaAnswers answers) {
        Membership member = access.member(caller, organisationId);
        UseCase current = existing(organisationId, id);
        requireAssessor(member, current, "screen-use-case-dpia");
        String country = organisations
                .find(organisationId)
                .map(o -> o.profile().country())
                .orElse(null);
        DpiaAnswers located = answers.in(country);
        UseCase updated =
                useCases.update(expectVersion(current, expectedVersion).withDpiaAnswers(located));
        auditor.record(
                caller,
                new DpiaScreened(
                        organisationId,
                        id,
                        current.dpiaScreening().map(DpiaScreening::outcome).orElse(null),
                        located));
        return updated;
    }

    @Override
    @Transactional
    public UseCase checkValues(
            Caller caller,
            OrganisationId organisationId,
            UseCaseId id,
            long expectedVersion,
            ValuesCheck answers,
            Map<String, String> responses) {
        Membership member = access.member(caller, organisationId);
        UseCase current = existing(organisationId, id);
        requireAssessor(member, current, "check-use-case-values");
        ConcernLevel before = current.valuesCheck() == null
                ? null
                : current.valuesAssessment().level();
        UseCase checked = expectVersion(current, expectedVersion)
                .withValuesAnswers(answers)
                .withValuesResponses(responses == null ? Map.of() : responses);
        UseCase updated = useCases.update(checked);
        auditor.record(
                caller,
                new ValuesChecked(organisationId, id, before, updated.valuesAssessment(), updated.valuesCheck()));
        return updated;
    }

    @Override
    @Transactional
    public UseCase declareFootprint(
            Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion, FootprintInputs inputs) {
        Membership member = access.member(caller, organisationId);
        UseCase current = existing(organisationId, id);
        requireAssessor(member, current, "declare-use-case-footprint");
        UseCase updated =
                useCases.update(expectVersion(current, expectedVersion).withFootprintInputs(inputs));
        auditor.record(caller, new FootprintDeclared(organisationId, id, inputs));
        return updated;
    }

    @Override
    @Transactional
    public OrganisationFootprint footprint(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        List<UseCase> portfolio = useCases.portfolio(organisationId, Matrix.MAX_USE_CASES + 1);
        boolean truncated = portfolio.size() > Matrix.MAX_USE_CASES;
        return OrganisationFootprint.of(truncated ? portfolio.subList(0, Matrix.MAX_USE_CASES) : portfolio, truncated);
    }

    @Override
    public List<CatalogueEntry> catalogue() {
        return UseCaseCatalogue.entries();
    }

    private UseCase move(
            Caller caller,
            OrganisationId organisationId,
            UseCaseId id,
            long expectedVersion,
            Set<Role> roles,
            String action,
            UnaryOperator<UseCase> transition) {
        Membership member = access.member(caller, organisationId);
        UseCase current = existing(organisationId, id);
        if (!member.holdsAny(roles) && !(member.holdsAny(Role.CONTRIBUTORS) && current.ownedBy(member.id()))) {
            throw new Forbidden(action);
        }
        UseCase moved = useCases.update(transition.apply(expectVersion(current, expectedVersion)));
        auditor.record(caller, new UseCaseMoved(organisationId, id, current.status(), moved.status()));
        return moved;
    }

    private static void requireEditor(Membership member, UseCase useCase, String action) {
        if (!member.holdsAny(Role.REVIEWERS) && !(member.holdsAny(Role.CONTRIBUTORS) && useCase.ownedBy(member.id()))) {
            throw new Forbidden(action);
        }
    }

    private static void requireAssessor(Membership member, UseCase useCase, String action) {
        boolean ownerOfAnIdea = member.holdsAny(Role.CONTRIBUTORS)
                && useCase.ownedBy(member.id())
                && useCase.status() == UseCaseStatus.IDEA;
        if (!member.holdsAny(Role.REVIEWERS) && !ownerOfAnIdea) {
            throw new Forbidden(action);
        }
    }

    /**
     * A new owner and the tools must belong to the organisation (another organisation's ids are
     * unknown here); an owner who left since they were named is kept until someone changes it.
     */
    private UseCaseDetails checked(OrganisationId organisationId, UseCaseDetails details, MemberId previousOwner) {
        MemberId owner = details.owner();
        boolean ownerKnown = owner.equals(previousOwner)
                || memberships
                        .find(organisationId, owner)
                        .filter(m -> m.status() != MembershipStatus.REVOKED)
                        .isPresent();
        if (!ownerKnown) {
            throw new InvalidInput(
                    "ownerId", "unknown-member", "no member " + owner + " in this organisation", "ownerId", owner);
        }
        for (ToolId tool : details.toolIds()) {
            if (tools.find(organisationId, tool).isEmpty()) {
                throw new InvalidInput(
                        "toolIds", "unknown-tool", "no tool " + tool + " in this organisation", "toolIds", tool);
            }
        }
        return details;
    }

    private UseCase existing(OrganisationId organisationId, UseCaseId id) {
        return useCases.find(organisationId, id).orElseThrow(() -> new NotFound("use-case", id));
    }

    private static UseCase expectVersion(UseCase useCase, long expected) {
        StaleVersion.check("use-case", useCase.version(), expected);
        return useCase;
    }
}
