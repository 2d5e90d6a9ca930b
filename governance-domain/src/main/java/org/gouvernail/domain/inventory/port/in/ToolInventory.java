package org.gouvernail.domain.inventory.port.in;

import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ImportReport;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolSheet;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use cases: the AI tool inventory. Every member reads it; contributors declare tools; ADMIN or
 * COMMITTEE start a review or retire a tool.
 */
public interface ToolInventory {

    AiTool declare(Caller caller, OrganisationId organisationId, ToolDetails details);

    Page<AiTool> tools(Caller caller, OrganisationId organisationId, ToolFilter filter, PageRequest page);

    AiTool tool(Caller caller, OrganisationId organisationId, ToolId toolId);

    /** ADMIN, COMMITTEE or DATA_REFERENT; the declarer too while the tool is still DECLARED. */
    AiTool update(
            Caller caller, OrganisationId organisationId, ToolId toolId, long expectedVersion, ToolDetails details);

    /** ADMIN or COMMITTEE: DECLARED → UNDER_REVIEW, or any status → RETIRED. */
    AiTool changeStatus(
            Caller caller, OrganisationId organisationId, ToolId toolId, long expectedVersion, ToolStatus target);

    /** ADMIN; the declarer too while the tool is still DECLARED (a declaration made by mistake). */
    void remove(Caller caller, OrganisationId organisationId, ToolId toolId, long expectedVersion);

    /**
     * ADMIN, COMMITTEE or DATA_REFERENT: declares every row of a spreadsheet, or none when any
     * row has a problem; a dry run only reports.
     */
    ImportReport importTools(Caller caller, OrganisationId organisationId, ToolSheet sheet, boolean dryRun);
}
