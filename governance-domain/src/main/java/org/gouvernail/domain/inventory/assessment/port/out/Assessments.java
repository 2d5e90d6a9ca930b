package org.gouvernail.domain.inventory.assessment.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessmentId;
import org.gouvernail.domain.inventory.assessment.ValidatedAssessment;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored vendor assessments of one organisation. */
public interface Assessments {

    void add(VendorAssessment assessment);

    Optional<VendorAssessment> find(OrganisationId organisationId, AssessmentId id);

    /** Saves a changed assessment; fails with StaleVersion if it changed since it was read. */
    VendorAssessment update(VendorAssessment assessment);

    /** Newest first. */
    Page<VendorAssessment> ofTool(OrganisationId organisationId, ToolId toolId, PageRequest page);

    /** For each of these tools that has one, its most recently validated assessment. */
    List<ValidatedAssessment> latestValidated(OrganisationId organisationId, Collection<ToolId> toolIds);
}
