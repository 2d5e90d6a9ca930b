package org.gouvernail.app.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gouvernail.app.federation.FederationSettings;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.catalogue.AdoptionCounts;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.catalogue.CatalogueEvent.EntryChanged;
import org.gouvernail.domain.catalogue.CatalogueEvent.ToolAdopted;
import org.gouvernail.domain.catalogue.CatalogueStatus;
import org.gouvernail.domain.catalogue.EntryContent;
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue;
import org.gouvernail.domain.catalogue.port.out.CatalogueAdoptions;
import org.gouvernail.domain.catalogue.port.out.CatalogueEntries;
import org.gouvernail.domain.federation.port.out.FederationMembers;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolEvent.ToolDeclared;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Use case service: the shared tool catalogue (ADR 0028). The federation's ADMIN writes; a caller
 * reading is either a member of the federation itself (its ADMIN sees drafts too) or holds an active
 * membership of an ACTIVE member organisation (published entries only); anyone else gets 404, as
 * does a federation-side call on an organisation that is not a FEDERATION. Entry changes are audited
 * in the federation's trail, adoptions in the member's.
 */
@ApplicationScoped
public class CatalogueService implements SharedCatalogue {

    private final CatalogueEntries entries;
    private final CatalogueAdoptions adoptions;
    private final FederationMembers federationMembers;
    private final Tools tools;
    private final Organisations organisations;
    private final Memberships memberships;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;
    private final FederationSettings settings;

    public CatalogueService(
            CatalogueEntries entries,
            CatalogueAdoptions adoptions,
            FederationMembers federationMembers,
            Tools tools,
            Organisations organisations,
            Memberships memberships,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock,
            FederationSettings settings) {
        this.entries = entries;
        this.adoptions = adoptions;
        this.federationMembers = federationMembers;
        this.tools = tools;
        this.organisations = organisations;
        this.memberships = memberships;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    // --- the federation writes ------------------------------------------------------------------

    @Override
    @Transactional
    public CatalogueEntry create(Caller caller, OrganisationId federationId, EntryContent content) {
        editor(caller, federationId, "write-catalogue");
        CatalogueEntry entry =
                CatalogueEntry.draft(new CatalogueEntryId(ids.next()), federationId, content, clock.instant());
        entries.add(entry);
        auditor.record(caller, new EntryChanged(entry, "created"));
        return entry;
    }

    @Override
    @Transactional
    public CatalogueEntry revise(
            Caller caller,
            OrganisationId federationId,
            CatalogueEntryId entryId,
            long expectedVersion,
            EntryContent content) {
        editor(caller, federationId, "write-catalogue");
        CatalogueEntry current = current(ofFederation(federationId, entryId), expectedVersion);
        CatalogueEntry.Revised revised = current.revise(content, clock.instant());
        CatalogueEntry saved = entries.update(revised.entry());
        auditor.record(caller, new EntryChanged(saved, revised.reassessment() ? "reassessed" : "revised"));
        return saved;
    }

    @Override
    @Transactional
    public CatalogueEntry publish(
            Caller caller, OrganisationId federationId, CatalogueEntryId entryId, long expectedVersion) {
        editor(caller, federationId, "publish-catalogue-entry");
        CatalogueEntry current = current(ofFederation(federationId, entryId), expectedVersion);
        CatalogueEntry saved = entries.update(current.publish(clock.instant()));
        auditor.record(caller, new EntryChanged(saved, "published"));
        return saved;
    }

    @Override
    @Transactional
    public CatalogueEntry deprecate(
            Caller caller, OrganisationId federationId, CatalogueEntryId entryId, long expectedVersion) {
        editor(caller, federationId, "publish-catalogue-entry");
        CatalogueEntry current = current(ofFederation(federationId, entryId), expectedVersion);
        CatalogueEntry saved = entries.update(current.deprecate(clock.instant()));
        auditor.record(caller, new EntryChanged(saved, "deprecated"));
        return saved;
    }

    // --- reading ------------------------------------------------------------------------------------

    @Override
    @Transactional
    public Page<CatalogueEntry> entries(Caller caller, OrganisationId federationId, PageRequest page) {
        boolean editor = reader(caller, federationId);
        return entries.list(federationId, !editor, page);
    }

    @Override
    @Transactional
    public CatalogueEntry entry(Caller caller, OrganisationId federationId, CatalogueEntryId entryId) {
        boolean editor = reader(caller, federationId);
        return entries.find(federationId, entryId)
                .filter(entry -> editor || entry.status() == CatalogueStatus.PUBLISHED)
                .orElseThrow(() -> new NotFound("catalogue-entry", entryId));
    }

    @Override
    @Transactional
    public CatalogueEntry editable(Caller caller, OrganisationId federationId, CatalogueEntryId entryId) {
        editor(caller, federationId, "write-catalogue");
        return ofFederation(federationId, entryId);
    }

    @Override
    @Transactional
    public List<AdoptionCount> adoptionCounts(Caller caller, OrganisationId federationId) {
        editor(caller, federationId, "read-catalogue-adoptions");
        Set<OrganisationId> active = federationMembers.activeMembers(federationId);
        Map<CatalogueEntryId, Long> counted =
                AdoptionCounts.count(adoptions.ofFederation(federationId), active::contains);
        int k = settings.rules().minContributors();
        List<AdoptionCount> counts = new ArrayList<>();
        counted.forEach((entryId, adopters) -> counts.add(
                adopters < k ? new AdoptionCount(entryId, null, true) : new AdoptionCount(entryId, adopters, false)));
        return counts;
    }

    // --- the member adopts ---------------------------------------------------------------------------

    @Override
    @Transactional
    public Adopted adopt(Caller caller, OrganisationId organisationId, AdoptionRequest request) {
        Membership declarer = access.withRole(caller, organisationId, Role.CONTRIBUTORS, "declare-tool");
        CatalogueEntry entry = entries.find(request.entryId())
                .filter(found -> federationMembers.isActiveMember(found.federationId(), organisationId))
                .filter(found -> found.status() != CatalogueStatus.DRAFT)
                .orElseThrow(() -> new NotFound("catalogue-entry", request.entryId()));
        Instant now = clock.instant();
        ToolId toolId = new ToolId(ids.next());
        CatalogueAdoption adoption =
                CatalogueAdoption.adopt(entry, organisationId, toolId, request.dataCategories(), now);
        EntryContent content = entry.content();
        ToolDetails details = new ToolDetails(
                content.name(),
                content.vendor(),
                request.description(),
                content.category(),
                content.accountType(),
                content.hostingRegion(),
                request.dataCategories(),
                request.teams(),
                request.estimatedUsers(),
                request.yearlyCostEur());
        AiTool tool = AiTool.declare(toolId, organisationId, details, declarer.id(), now);
        tools.add(tool);
        adoptions.add(adoption);
        auditor.record(caller, new ToolDeclared(organisationId, toolId, details));
        auditor.record(caller, new ToolAdopted(adoption));
        return new Adopted(tool, adoption, entry);
    }

    @Override
    @Transactional
    public AdoptionView adoption(Caller caller, OrganisationId organisationId, ToolId toolId) {
        access.member(caller, organisationId);
        return view(organisationId, toolId);
    }

    @Override
    @Transactional
    public AdoptionView review(Caller caller, OrganisationId organisationId, ToolId toolId, long expectedVersion) {
        access.withRole(caller, organisationId, CatalogueAdoption.REVIEWERS, "review-adopted-tool");
        AdoptionView view = view(organisationId, toolId);
        StaleVersion.check("catalogue-adoption", view.version(), expectedVersion);
        if (view.entry() == null) {
            throw new NotFound("catalogue-entry", view.adoption().entryId());
        }
        CatalogueAdoptions.Stored saved = adoptions.update(view.adoption().reviewed(view.entry()), expectedVersion);
        return new AdoptionView(saved.adoption(), saved.version(), view.entry(), view.toolName(), view.toolStatus());
    }

    // --- helpers -----------------------------------------------------------------------------------

    private AdoptionView view(OrganisationId organisationId, ToolId toolId) {
        AiTool tool = tools.find(organisationId, toolId).orElseThrow(() -> new NotFound("tool", toolId));
        CatalogueAdoptions.Stored stored =
                adoptions.ofTool(organisationId, toolId).orElseThrow(() -> new NotFound("catalogue-adoption", toolId));
        CatalogueAdoption adoption = stored.adoption();
        CatalogueEntry entry =
                entries.find(adoption.federationId(), adoption.entryId()).orElse(null);
        return new AdoptionView(
                adoption, stored.version(), entry, tool.details().name(), tool.status());
    }

    /** The federation's ADMIN; 404 for a stranger or an organisation that is not a FEDERATION, 403 without the role. */
    private void editor(Caller caller, OrganisationId federationId, String action) {
        access.withRole(caller, federationId, EDITORS, action);
        requireFederation(federationId);
    }

    /**
     * Whether the caller reads as the federation's ADMIN (every entry) rather than as a member (the
     * published ones); NotFound when it is neither a member of the federation nor of one of its ACTIVE
     * members.
     */
    private boolean reader(Caller caller, OrganisationId federationId) {
        requireFederation(federationId);
        List<Membership> mine = memberships.ofPerson(caller.subject(), caller.verifiedEmail()).stream()
                .filter(Membership::isActive)
                .toList();
        for (Membership membership : mine) {
            if (membership.organisationId().equals(federationId)) {
                return membership.holdsAny(EDITORS);
            }
        }
        List<OrganisationId> organisationIds =
                mine.stream().map(Membership::organisationId).toList();
        if (!federationMembers.anyActiveMember(federationId, organisationIds)) {
            throw new NotFound("federation", federationId);
        }
        return false;
    }

    private void requireFederation(OrganisationId federationId) {
        organisations.requireFederation(federationId);
    }

    private CatalogueEntry ofFederation(OrganisationId federationId, CatalogueEntryId entryId) {
        return entries.find(federationId, entryId).orElseThrow(() -> new NotFound("catalogue-entry", entryId));
    }

    private static CatalogueEntry current(CatalogueEntry entry, long expectedVersion) {
        StaleVersion.check("catalogue-entry", entry.version(), expectedVersion);
        return entry;
    }
}
