package org.gouvernail.domain.training.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.LiteracyCoverage;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.LiteracyRequirementId;
import org.gouvernail.domain.training.LiteracyStanding.Obligation;
import org.gouvernail.domain.training.RequirementStatus;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;

/**
 * Use cases: the literacy requirements (who must follow which modules, by when, and why) and what
 * they ask of people. Every active member reads the requirements and their own learning; ADMIN,
 * COMMITTEE and DATA_REFERENT manage requirements and read the coverage.
 */
public interface LiteracyPlanning {

    LiteracyRequirement createRequirement(Caller caller, OrganisationId organisationId, RequirementTerms terms);

    Page<LiteracyRequirement> requirements(
            Caller caller, OrganisationId organisationId, Optional<RequirementStatus> status, PageRequest page);

    LiteracyRequirement requirement(Caller caller, OrganisationId organisationId, LiteracyRequirementId id);

    /** New terms: a new revision. */
    LiteracyRequirement reviseRequirement(
            Caller caller,
            OrganisationId organisationId,
            LiteracyRequirementId id,
            long expectedVersion,
            RequirementTerms terms);

    LiteracyRequirement retireRequirement(
            Caller caller, OrganisationId organisationId, LiteracyRequirementId id, long expectedVersion);

    /** The coverage today, for the coordinators and VIEWER; counts only, no names. */
    LiteracyCoverage coverage(Caller caller, OrganisationId organisationId);

    /** What the caller must follow in each of their organisations, and by when. */
    List<Learning> myLearning(Caller caller);

    /** Read model: one organisation's obligations of the caller, with the modules they name. */
    record Learning(
            OrganisationId organisationId,
            MemberId memberId,
            List<Obligation> obligations,
            Map<TrainingModuleId, TrainingModule> modules) {}
}
