package org.gouvernail.domain.usecase;

import static org.gouvernail.domain.shared.DataCategory.BENEFICIARY_VULNERABLE;
import static org.gouvernail.domain.shared.DataCategory.INTERNAL;
import static org.gouvernail.domain.shared.DataCategory.PERSONAL;
import static org.gouvernail.domain.shared.DataCategory.PUBLIC;
import static org.gouvernail.domain.shared.DataCategory.SENSITIVE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.TextBundle;

/**
 * Reference content: the starter catalogue of typical uses of AI in associations, with suggested
 * sub-criteria: quick wins to begin with, and traps, each with the warning that says why. An
 * organisation starts a use case from an entry, then adapts it. The sub-criteria live here; the
 * texts ({@code <id>.title}, {@code .description}, {@code .benefit}, {@code .oversight} and, for a
 * trap, {@code .warning}) live in {@code use-case-catalogue_<language>.properties} next to this class.
 */
public final class UseCaseCatalogue {

    private static final TextBundle TEXTS = TextBundle.load(UseCaseCatalogue.class, "use-case-catalogue");

    private static final List<CatalogueEntry> ENTRIES = List.of(
            entry(
                    "social-media-posts",
                    Set.of(PUBLIC, INTERNAL),
                    PeopleAffected.PUBLIC,
                    new ImpactCriteria(4, 3, 3, 3),
                    new ComplexityCriteria(1, 1, 1, 1, 2)),
            entry(
                    "meeting-summaries",
                    Set.of(INTERNAL),
                    PeopleAffected.INTERNAL_ONLY,
                    new ImpactCriteria(4, 2, 3, 3),
                    new ComplexityCriteria(2, 1, 1, 1, 2)),
            entry(
                    "translation",
                    Set.of(PUBLIC, INTERNAL, PERSONAL),
                    PeopleAffected.BENEFICIARIES,
                    new ImpactCriteria(4, 4, 4, 4),
                    new ComplexityCriteria(2, 1, 1, 1, 1)),
            entry(
                    "grant-application-drafts",
                    Set.of(INTERNAL),
                    PeopleAffected.INTERNAL_ONLY,
                    new ImpactCriteria(5, 3, 3, 4),
                    new ComplexityCriteria(1, 1, 2, 1, 2)),
            entry(
                    "easy-to-read-texts",
                    Set.of(PUBLIC, INTERNAL),
                    PeopleAffected.BENEFICIARIES,
                    new ImpactCriteria(3, 4, 4, 4),
                    new ComplexityCriteria(1, 1, 2, 1, 1)),
            entry(
                    "event-visuals",
                    Set.of(PUBLIC),
                    PeopleAffected.PUBLIC,
                    new ImpactCriteria(2, 1, 2, 2),
                    new ComplexityCriteria(1, 1, 1, 1, 2)),
            entry(
                    "spreadsheet-help",
                    Set.of(INTERNAL),
                    PeopleAffected.INTERNAL_ONLY,
                    new ImpactCriteria(2, 1, 1, 2),
                    new ComplexityCriteria(1, 2, 2, 1, 1)),
            entry(
                    "activity-report-analysis",
                    Set.of(INTERNAL, PERSONAL),
                    PeopleAffected.INTERNAL_ONLY,
                    new ImpactCriteria(3, 3, 3, 4),
                    new ComplexityCriteria(3, 3, 3, 2, 3)),
            entry(
                    "internal-knowledge-assistant",
                    Set.of(INTERNAL),
                    PeopleAffected.INTERNAL_ONLY,
                    new ImpactCriteria(4, 3, 3, 3),
                    new ComplexityCriteria(3, 4, 4, 3, 3)),
            entry(
                    "automated-beneficiary-decisions",
                    Set.of(PERSONAL, BENEFICIARY_VULNERABLE),
                    PeopleAffected.BENEFICIARIES,
                    new ImpactCriteria(3, 1, 2, 2),
                    new ComplexityCriteria(5, 4, 4, 3, 4)),
            entry(
                    "public-chatbot-without-resources",
                    Set.of(PUBLIC, PERSONAL),
                    PeopleAffected.PUBLIC,
                    new ImpactCriteria(2, 2, 3, 2),
                    new ComplexityCriteria(3, 4, 4, 4, 4)),
            entry(
                    "case-notes-in-public-tool",
                    Set.of(PERSONAL, SENSITIVE, BENEFICIARY_VULNERABLE),
                    PeopleAffected.BENEFICIARIES,
                    new ImpactCriteria(3, 2, 1, 2),
                    new ComplexityCriteria(5, 2, 2, 1, 4)),
            entry(
                    "volunteer-cv-screening",
                    Set.of(PERSONAL),
                    PeopleAffected.PUBLIC,
                    new ImpactCriteria(3, 2, 2, 2),
                    new ComplexityCriteria(4, 3, 3, 2, 4)));

    private UseCaseCatalogue() {}

    public static List<CatalogueEntry> entries() {
        return ENTRIES;
    }

    public static Optional<CatalogueEntry> find(String id) {
        return ENTRIES.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** The entry with its texts; an entry whose French file has a warning is a trap. */
    private static CatalogueEntry entry(
            String id,
            Set<DataCategory> data,
            PeopleAffected people,
            ImpactCriteria impact,
            ComplexityCriteria complexity) {
        return new CatalogueEntry(
                id,
                TEXTS.text(id + ".title"),
                TEXTS.text(id + ".description"),
                TEXTS.text(id + ".benefit"),
                TEXTS.text(id + ".oversight"),
                TEXTS.optional(id + ".warning").orElse(null),
                data,
                people,
                impact,
                complexity);
    }
}
