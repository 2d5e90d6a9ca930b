package org.gouvernail.domain.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.shared.Localized;
import org.gouvernail.domain.shared.TextBundle;

/**
 * Reference data: the starter catalogue of risks typical of associations that use AI, each with a
 * suggested rating and suggested mitigation actions. The ratings and sources live here; the texts
 * ({@code <id>.title}, {@code <id>.description}, {@code <id>.action.<n>}) live in
 * {@code risk-catalogue_<language>.properties} next to this class. Several entries adapt risks of the
 * FINOS AI Governance Framework risk catalogue (CC BY 4.0); their source says so.
 */
public final class RiskCatalogue {

    public static final String ATTRIBUTION =
            "Entries marked FINOS adapt the FINOS AI Governance Framework risk catalogue "
                    + "(https://air-governance-framework.finos.org/), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
                    + "the wording is Gouvernail's, for associations. / Les entrées marquées FINOS adaptent le catalogue de risques du "
                    + "FINOS AI Governance Framework, sous licence CC BY 4.0.";

    private static final TextBundle TEXTS = TextBundle.load(RiskCatalogue.class, "risk-catalogue");

    public static final List<CatalogueEntry> ENTRIES = List.of(
            entry(
                    "R01",
                    RiskCategory.PRIVACY,
                    new Rating(4, 5),
                    "FINOS AI Governance Framework (information leaked to hosted model); ANSSI R34; CCB CyberFundamentals; CNIL; APD/GBA"),
            entry(
                    "R02",
                    RiskCategory.RELIABILITY_HALLUCINATION,
                    new Rating(3, 4),
                    "FINOS AI Governance Framework AIR-OP-004 (hallucination and inaccurate outputs)"),
            entry(
                    "R03",
                    RiskCategory.BIAS_DISCRIMINATION,
                    new Rating(3, 4),
                    "FINOS AI Governance Framework AIR-OP-016 (bias and discrimination)"),
            entry(
                    "R04",
                    RiskCategory.DEPENDENCY_AVAILABILITY,
                    new Rating(3, 3),
                    "FINOS AI Governance Framework AIR-OP-007 (availability of foundational model); ANSSI R15; CCB CyberFundamentals"),
            entry("R05", RiskCategory.ENVIRONMENT, new Rating(4, 2), "Gouvernail"),
            entry("R06", RiskCategory.TRANSPARENCY, new Rating(3, 3), "Gouvernail; AI Act art. 50"),
            entry("R07", RiskCategory.LEGAL_COMPLIANCE, new Rating(3, 4), "Gouvernail; CNIL; APD/GBA"),
            entry(
                    "R08",
                    RiskCategory.SECURITY,
                    new Rating(2, 4),
                    "FINOS AI Governance Framework (prompt injection); ANSSI R35; CCB CyberFundamentals"),
            entry(
                    "R09",
                    RiskCategory.REPUTATION_DONOR_TRUST,
                    new Rating(2, 4),
                    "FINOS AI Governance Framework (reputational risk)"),
            entry(
                    "R10",
                    RiskCategory.INTELLECTUAL_PROPERTY,
                    new Rating(3, 2),
                    "FINOS AI Governance Framework (IP and copyright)"),
            entry(
                    "R11",
                    RiskCategory.EMPLOYMENT_SOCIAL,
                    new Rating(2, 3),
                    "Gouvernail; AI Act art. 26(7); Belgian CCT n° 39 (works council information on new technologies); French Code du travail art. L2312-8 (CSE)"),
            entry(
                    "R12",
                    RiskCategory.BIAS_DISCRIMINATION,
                    new Rating(2, 5),
                    "FINOS AI Governance Framework AIR-OP-016 (bias and discrimination); ANSSI R9, R27"),
            entry("R13", RiskCategory.PRIVACY, new Rating(3, 3), "Gouvernail"),
            entry("R14", RiskCategory.SECURITY, new Rating(3, 3), "Gouvernail; CNIL; APD/GBA"),
            entry("R15", RiskCategory.RELIABILITY_HALLUCINATION, new Rating(3, 4), "Gouvernail"),
            entry(
                    "R16",
                    RiskCategory.LEGAL_COMPLIANCE,
                    new Rating(2, 3),
                    "Gouvernail; ANSSI R14; CCB CyberFundamentals"),
            entry("R17", RiskCategory.SECURITY, new Rating(4, 3), "Gouvernail"),
            entry(
                    "R18",
                    RiskCategory.LEGAL_COMPLIANCE,
                    new Rating(3, 5),
                    "Belgian Criminal Code art. 458 (professional secrecy); French Code pénal art. 226-13; GDPR art. 9, 28"),
            entry("R19", RiskCategory.LEGAL_COMPLIANCE, new Rating(2, 5), "AI Act art. 5, 99(3)"),
            entry(
                    "R20",
                    RiskCategory.PRIVACY,
                    new Rating(3, 4),
                    "GDPR art. 8 and recital 38; Belgian Law of 30 July 2018 art. 7 (age 13); AI Act art. 5(1)(b)"));

    private RiskCatalogue() {}

    public static Optional<CatalogueEntry> find(String id) {
        return ENTRIES.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** The entry with its texts; the suggested actions are those numbered 1, 2, … in the French file. */
    private static CatalogueEntry entry(String id, RiskCategory category, Rating suggested, String source) {
        List<Localized> actions = new ArrayList<>();
        for (int n = 1; TEXTS.optional(id + ".action." + n).isPresent(); n++) {
            actions.add(TEXTS.text(id + ".action." + n));
        }
        return new CatalogueEntry(
                id, category, suggested, TEXTS.text(id + ".title"), TEXTS.text(id + ".description"), actions, source);
    }
}
