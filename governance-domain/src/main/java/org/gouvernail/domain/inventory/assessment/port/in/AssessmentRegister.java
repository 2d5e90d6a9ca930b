package org.gouvernail.domain.inventory.assessment.port.in;

import java.util.Collection;
import java.util.Map;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessedTool;
import org.gouvernail.domain.inventory.assessment.AssessmentId;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.LatestAssessment;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use cases: vendor security assessments of the inventory's tools. Every member reads them;
 * CONTRIBUTOR and up start one; its author, ADMIN, COMMITTEE or DATA_REFERENT edit and submit a
 * DRAFT; the DATA_REFERENT validates or returns it when the tool touches personal data, ADMIN,
 * COMMITTEE or DATA_REFERENT otherwise.
 */
public interface AssessmentRegister {

    int MAX_TOOLS_PER_QUERY = 200;

    /** CONTRIBUTOR and up: a new DRAFT for a tool that is not retired. */
    VendorAssessment start(Caller caller, OrganisationId organisationId, ToolId toolId, AssessmentInput input);

    /** Any member: the tool's assessments, newest first. */
    Page<VendorAssessment> assessmentsOf(Caller caller, OrganisationId organisationId, ToolId toolId, PageRequest page);

    /** Any member. */
    VendorAssessment assessment(Caller caller, OrganisationId organisationId, AssessmentId id);

    /** The author (CONTRIBUTOR and up), ADMIN, COMMITTEE or DATA_REFERENT, while DRAFT. */
    VendorAssessment update(
            Caller caller, OrganisationId organisationId, AssessmentId id, long expectedVersion, AssessmentInput input);

    /** Same people as update: DRAFT → SUBMITTED. */
    VendorAssessment submit(Caller caller, OrganisationId organisationId, AssessmentId id, long expectedVersion);

    /** See {@link VendorAssessment#validate}: DATA_REFERENT (not the author) with personal data, else ADMIN, COMMITTEE or DATA_REFERENT. */
    VendorAssessment validate(Caller caller, OrganisationId organisationId, AssessmentId id, long expectedVersion);

    /** The validators: SUBMITTED → DRAFT with a required comment. */
    VendorAssessment sendBack(
            Caller caller, OrganisationId organisationId, AssessmentId id, long expectedVersion, String comment);

    /** Any member: the latest validated assessment of each of these tools that has one (at most 200 tools, one query). */
    Map<ToolId, LatestAssessment> latestValidated(
            Caller caller, OrganisationId organisationId, Collection<ToolId> toolIds);

    /**
     * Any member: a page of the inventory, each tool with its latest validated assessment. One
     * transaction and one look-up of the caller's membership for both, where the page and then
     * {@link #latestValidated} cost two of each.
     */
    Page<AssessedTool> assessedTools(Caller caller, OrganisationId organisationId, ToolFilter filter, PageRequest page);

    /** Any member: one tool with its latest validated assessment (one transaction). */
    AssessedTool assessedTool(Caller caller, OrganisationId organisationId, ToolId toolId);
}
