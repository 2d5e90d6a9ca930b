package org.gouvernail.app.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ImportReport;
import org.gouvernail.domain.inventory.ImportReport.RowProblem;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolEvent.ToolDeclared;
import org.gouvernail.domain.inventory.ToolEvent.ToolImported;
import org.gouvernail.domain.inventory.ToolEvent.ToolRemoved;
import org.gouvernail.domain.inventory.ToolEvent.ToolStatusChanged;
import org.gouvernail.domain.inventory.ToolEvent.ToolUpdated;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolRow;
import org.gouvernail.domain.inventory.ToolRows;
import org.gouvernail.domain.inventory.ToolSheet;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.in.ToolInventory;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/** Use case service: the AI tool inventory, one transaction per call. */
@ApplicationScoped
public class ToolInventoryService implements ToolInventory {

    private final Tools tools;
    private final PolicyVersions policyVersions;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public ToolInventoryService(
            Tools tools,
            PolicyVersions policyVersions,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.tools = tools;
        this.policyVersions = policyVersions;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AiTool declare(Caller caller, OrganisationId organisationId, ToolDetails details) {
        Membership declarer = access.withRole(caller, organisationId, Role.CONTRIBUTORS, "declare-tool");
        AiTool tool = AiTool.declare(new ToolId(ids.next()), organisationId, details, declarer.id(), clock.instant());
        tools.add(tool);
        auditor.record(caller, new ToolDeclared(organisationId, tool.id(), details));
        return tool;
    }

    @Override
    @Transactional
    public Page<AiTool> tools(Caller caller, OrganisationId organisationId, ToolFilter filter, PageRequest page) {
        access.member(caller, organisationId);
        return tools.list(organisationId, filter, page);
    }

    @Override
    @Transactional
    public AiTool tool(Caller caller, OrganisationId organisationId, ToolId toolId) {
        access.member(caller, organisationId);
        return existing(organisationId, toolId);
    }

    @Override
    @Transactional
    public AiTool update(
            Caller caller, OrganisationId organisationId, ToolId toolId, long expectedVersion, ToolDetails details) {
        Membership member = access.member(caller, organisationId);
        AiTool current = existing(organisationId, toolId);
        if (!member.holdsAny(Role.REVIEWERS)
                && !(member.holdsAny(Role.CONTRIBUTORS) && current.editableBy(member.id()))) {
            throw new Forbidden("change-tool");
        }
        AiTool updated = tools.update(expectVersion(current, expectedVersion).withDetails(details));
        auditor.record(caller, new ToolUpdated(organisationId, toolId, current.details(), details));
        return updated;
    }

    @Override
    @Transactional
    public AiTool changeStatus(
            Caller caller, OrganisationId organisationId, ToolId toolId, long expectedVersion, ToolStatus target) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "change-tool-status");
        AiTool current = expectVersion(existing(organisationId, toolId), expectedVersion);
        AiTool updated = tools.update(current.moveTo(target));
        auditor.record(caller, new ToolStatusChanged(organisationId, toolId, current.status(), target));
        return updated;
    }

    @Override
    @Transactional
    public void remove(Caller caller, OrganisationId organisationId, ToolId toolId, long expectedVersion) {
        Membership member = access.member(caller, organisationId);
        AiTool current = existing(organisationId, toolId);
        if (!member.holdsAny(Role.ADMINS) && !(member.holdsAny(Role.CONTRIBUTORS) && current.editableBy(member.id()))) {
            throw new Forbidden("remove-tool");
        }
        expectVersion(current, expectedVersion);
        long versions = policyVersions.namingTool(organisationId, toolId.value());
        if (versions > 0) {
            throw new RuleViolation(
                    "tool-named-by-policy",
                    "rules of " + versions + " policy versions name the tool: retire it instead",
                    versions);
        }
        tools.remove(organisationId, toolId, expectedVersion);
        auditor.record(
                caller,
                new ToolRemoved(organisationId, toolId, current.details().name(), current.status()));
    }

    @Override
    @Transactional
    public ImportReport importTools(Caller caller, OrganisationId organisationId, ToolSheet sheet, boolean dryRun) {
        Membership importer = access.withRole(caller, organisationId, Role.REVIEWERS, "import-tools");
        List<ToolRow> rows = sheet.rows();
        if (rows.size() > ImportReport.MAX_ROWS) {
            throw new InvalidInput(
                    "rows",
                    "too-many",
                    "an import holds at most " + ImportReport.MAX_ROWS + " rows",
                    "rows",
                    ImportReport.MAX_ROWS);
        }
        List<RowProblem> problems = new ArrayList<>(sheet.fileProblems());
        List<ToolDetails> valid = new ArrayList<>();
        for (ToolRow row : rows) {
            ToolRows.read(row, problems).ifPresent(valid::add);
        }
        if (dryRun || !problems.isEmpty()) {
            return new ImportReport(dryRun, rows.size(), problems, List.of());
        }
        List<AiTool> created = new ArrayList<>();
        for (ToolDetails details : valid) {
            AiTool tool =
                    AiTool.declare(new ToolId(ids.next()), organisationId, details, importer.id(), clock.instant());
            tools.add(tool);
            auditor.record(caller, new ToolImported(organisationId, tool.id(), details));
            created.add(tool);
        }
        return new ImportReport(false, rows.size(), problems, created);
    }

    private AiTool existing(OrganisationId organisationId, ToolId toolId) {
        return tools.find(organisationId, toolId).orElseThrow(() -> new NotFound("tool", toolId));
    }

    private static AiTool expectVersion(AiTool tool, long expected) {
        StaleVersion.check("tool", tool.version(), expected);
        return tool;
    }
}
