package org.gouvernail.app.inventory.assessment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessmentId;
import org.gouvernail.domain.inventory.assessment.AssessmentStatus;
import org.gouvernail.domain.inventory.assessment.ValidatedAssessment;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.out.Assessments;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/** Fake out-port: the vendor assessments in memory, behaving like the MariaDB adapter: tenant-scoped, versioned, newest first. */
public final class InMemoryAssessments implements Assessments {

    private final Map<AssessmentId, VendorAssessment> rows = new LinkedHashMap<>();

    @Override
    public void add(VendorAssessment assessment) {
        if (rows.putIfAbsent(assessment.id(), assessment) != null) {
            throw new IllegalStateException("duplicate assessment id " + assessment.id());
        }
    }

    @Override
    public Optional<VendorAssessment> find(OrganisationId organisationId, AssessmentId id) {
        return Optional.ofNullable(rows.get(id)).filter(a -> a.organisationId().equals(organisationId));
    }

    @Override
    public VendorAssessment update(VendorAssessment assessment) {
        VendorAssessment stored = find(assessment.organisationId(), assessment.id())
                .orElseThrow(() -> new NotFound("assessment", assessment.id()));
        StaleVersion.check("assessment", stored.version(), assessment.version());
        VendorAssessment saved = new VendorAssessment(
                assessment.id(),
                assessment.organisationId(),
                assessment.toolId(),
                assessment.tool(),
                assessment.input(),
                assessment.status(),
                assessment.author(),
                assessment.createdAt(),
                assessment.submittedAt(),
                assessment.validatedBy(),
                assessment.validatedAt(),
                assessment.returnComment(),
                assessment.version() + 1);
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Page<VendorAssessment> ofTool(OrganisationId organisationId, ToolId toolId, PageRequest page) {
        Stream<VendorAssessment> matching = rows.values().stream()
                .filter(a ->
                        a.organisationId().equals(organisationId) && a.toolId().equals(toolId))
                .sorted(InMemoryPages.byId((VendorAssessment a) -> a.id().value())
                        .reversed());
        if (page.after().isPresent()) {
            matching = matching.filter(a ->
                    InMemoryPages.ID_ORDER.compare(a.id().value(), page.after().get()) < 0);
        }
        return Page.fromSlice(matching.limit(page.limit() + 1L).toList(), page, a -> a.id().value());
    }

    @Override
    public List<ValidatedAssessment> latestValidated(OrganisationId organisationId, Collection<ToolId> toolIds) {
        Map<ToolId, VendorAssessment> latest = new LinkedHashMap<>();
        rows.values().stream()
                .filter(a -> a.organisationId().equals(organisationId)
                        && toolIds.contains(a.toolId())
                        && a.status() == AssessmentStatus.VALIDATED)
                .forEach(a ->
                        latest.merge(a.toolId(), a, (x, y) -> y.validatedAt().isAfter(x.validatedAt()) ? y : x));
        return latest.values().stream()
                .map(a -> new ValidatedAssessment(
                        a.id(),
                        a.toolId(),
                        a.validatedAt(),
                        a.result().level(),
                        a.result().score()))
                .toList();
    }
}
