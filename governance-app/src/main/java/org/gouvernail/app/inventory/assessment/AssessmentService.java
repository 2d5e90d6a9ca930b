package org.gouvernail.app.inventory.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessedTool;
import org.gouvernail.domain.inventory.assessment.AssessmentEvent.AssessmentCreated;
import org.gouvernail.domain.inventory.assessment.AssessmentEvent.AssessmentMoved;
import org.gouvernail.domain.inventory.assessment.AssessmentEvent.AssessmentUpdated;
import org.gouvernail.domain.inventory.assessment.AssessmentId;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.LatestAssessment;
import org.gouvernail.domain.inventory.assessment.ValidatedAssessment;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.in.AssessmentRegister;
import org.gouvernail.domain.inventory.assessment.port.out.Assessments;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/** Use case service: vendor security assessments of the inventory's tools, one transaction per call. */
@ApplicationScoped
public class AssessmentService implements AssessmentRegister {

    private final Assessments assessments;
    private final Tools tools;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public AssessmentService(
            Assessments assessments, Tools tools, MemberAccess access, Auditor auditor, IdGenerator ids, Clock clock) {
        this.assessments = assessments;
        this.tools = tools;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public VendorAssessment start(Caller caller, OrganisationId organisationId, ToolId toolId, AssessmentInput input) {
        Membership author = access.withRole(caller, organisationId, Role.CONTRIBUTORS, "start-assessment");
        AiTool tool = existingTool(organisationId, toolId);
        VendorAssessment assessment =
                VendorAssessment.start(new AssessmentId(ids.next()), tool, input, author.id(), clock.instant());
        assessments.add(assessment);
        auditor.record(caller, new AssessmentCreated(assessment, tool.details().name()));
        return assessment;
    }

    @Override
    @Transactional
    public Page<VendorAssessment> assessmentsOf(
            Caller caller, OrganisationId organisationId, ToolId toolId, PageRequest page) {
        access.member(caller, organisationId);
        existingTool(organisationId, toolId);
        return assessments.ofTool(organisationId, toolId, page);
    }

    @Override
    @Transactional
    public VendorAssessment assessment(Caller caller, OrganisationId organisationId, AssessmentId id) {
        access.member(caller, organisationId);
        return existing(organisationId, id);
    }

    @Override
    @Transactional
    public VendorAssessment update(
            Caller caller,
            OrganisationId organisationId,
            AssessmentId id,
            long expectedVersion,
            AssessmentInput input) {
        Membership member = access.member(caller, organisationId);
        VendorAssessment current = existing(organisationId, id);
        requireEditor(member, current, "change-assessment");
        VendorAssessment updated =
                assessments.update(expectVersion(current, expectedVersion).withInput(input));
        auditor.record(caller, new AssessmentUpdated(current, updated));
        return updated;
    }

    @Override
    @Transactional
    public VendorAssessment submit(
            Caller caller, OrganisationId organisationId, AssessmentId id, long expectedVersion) {
        Membership member = access.member(caller, organisationId);
        VendorAssessment current = existing(organisationId, id);
        requireEditor(member, current, "submit-assessment");
        VendorAssessment submitted =
                assessments.update(expectVersion(current, expectedVersion).submit(clock.instant()));
        auditor.record(caller, new AssessmentMoved(current, submitted));
        return submitted;
    }

    @Override
    @Transactional
    public VendorAssessment validate(
            Caller caller, OrganisationId organisationId, AssessmentId id, long expectedVersion) {
        Membership member = access.member(caller, organisationId);
        VendorAssessment current = existing(organisationId, id);
        requireValidator(member, current, "validate-assessment");
        VendorAssessment validated =
                assessments.update(expectVersion(current, expectedVersion).validate(member.id(), clock.instant()));
        auditor.record(caller, new AssessmentMoved(current, validated));
        return validated;
    }

    @Override
    @Transactional
    public VendorAssessment sendBack(
            Caller caller, OrganisationId organisationId, AssessmentId id, long expectedVersion, String comment) {
        Membership member = access.member(caller, organisationId);
        VendorAssessment current = existing(organisationId, id);
        requireValidator(member, current, "return-assessment");
        VendorAssessment returned =
                assessments.update(expectVersion(current, expectedVersion).sendBack(comment));
        auditor.record(caller, new AssessmentMoved(current, returned));
        return returned;
    }

    @Override
    @Transactional
    public Map<ToolId, LatestAssessment> latestValidated(
            Caller caller, OrganisationId organisationId, Collection<ToolId> toolIds) {
        access.member(caller, organisationId);
        return latest(organisationId, toolIds);
    }

    @Override
    @Transactional
    public Page<AssessedTool> assessedTools(
            Caller caller, OrganisationId organisationId, ToolFilter filter, PageRequest page) {
        access.member(caller, organisationId);
        Page<AiTool> tools = this.tools.list(organisationId, filter, page);
        Map<ToolId, LatestAssessment> latest =
                latest(organisationId, tools.items().stream().map(AiTool::id).toList());
        return tools.map(tool -> new AssessedTool(tool, Optional.ofNullable(latest.get(tool.id()))));
    }

    @Override
    @Transactional
    public AssessedTool assessedTool(Caller caller, OrganisationId organisationId, ToolId toolId) {
        access.member(caller, organisationId);
        AiTool tool = existingTool(organisationId, toolId);
        return new AssessedTool(
                tool,
                Optional.ofNullable(latest(organisationId, List.of(toolId)).get(toolId)));
    }

    private Map<ToolId, LatestAssessment> latest(OrganisationId organisationId, Collection<ToolId> toolIds) {
        Check.size("toolIds", toolIds, MAX_TOOLS_PER_QUERY);
        Map<ToolId, LatestAssessment> latest = new LinkedHashMap<>();
        if (toolIds.isEmpty()) {
            return latest;
        }
        Instant now = clock.instant();
        for (ValidatedAssessment validated : assessments.latestValidated(organisationId, toolIds)) {
            latest.put(validated.toolId(), LatestAssessment.of(validated, now));
        }
        return latest;
    }

    /** The author while still a contributor, or a reviewer (ADMIN, COMMITTEE, DATA_REFERENT). */
    private static void requireEditor(Membership member, VendorAssessment assessment, String action) {
        if (!member.holdsAny(Role.REVIEWERS)
                && !(member.holdsAny(Role.CONTRIBUTORS) && assessment.isAuthor(member.id()))) {
            throw new Forbidden(action);
        }
    }

    private static void requireValidator(Membership member, VendorAssessment assessment, String action) {
        if (!member.holdsAny(assessment.validators())) {
            throw new Forbidden(action);
        }
    }

    private AiTool existingTool(OrganisationId organisationId, ToolId toolId) {
        return tools.find(organisationId, toolId).orElseThrow(() -> new NotFound("tool", toolId));
    }

    private VendorAssessment existing(OrganisationId organisationId, AssessmentId id) {
        return assessments.find(organisationId, id).orElseThrow(() -> new NotFound("assessment", id));
    }

    private static VendorAssessment expectVersion(VendorAssessment assessment, long expected) {
        StaleVersion.check("assessment", assessment.version(), expected);
        return assessment;
    }
}
