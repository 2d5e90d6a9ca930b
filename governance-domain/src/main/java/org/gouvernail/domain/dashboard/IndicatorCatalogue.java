package org.gouvernail.domain.dashboard;

import static org.gouvernail.domain.dashboard.Better.DOWN;
import static org.gouvernail.domain.dashboard.Better.NEUTRAL;
import static org.gouvernail.domain.dashboard.Better.UP;
import static org.gouvernail.domain.dashboard.Section.COMMITTEE;
import static org.gouvernail.domain.dashboard.Section.FEEDBACK;
import static org.gouvernail.domain.dashboard.Section.INCIDENTS;
import static org.gouvernail.domain.dashboard.Section.INVENTORY;
import static org.gouvernail.domain.dashboard.Section.LITERACY;
import static org.gouvernail.domain.dashboard.Section.POLICIES;
import static org.gouvernail.domain.dashboard.Section.RISKS;
import static org.gouvernail.domain.dashboard.Section.USE_CASES;
import static org.gouvernail.domain.dashboard.Unit.COUNT;
import static org.gouvernail.domain.dashboard.Unit.DAYS;
import static org.gouvernail.domain.dashboard.Unit.FLAG;
import static org.gouvernail.domain.dashboard.Unit.PERCENT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: the indicators of the dashboard, version {@link #VERSION}. A code keeps its meaning
 * for ever: a definition that changes what is counted takes a new code and a new catalogue version,
 * so that snapshots, reports and federations compare like with like. Snapshots keep the codes.
 */
public final class IndicatorCatalogue {

    /** Raised whenever an indicator is added, or one's definition changes. */
    public static final int VERSION = 1;

    public static final String TOOLS_IN_INVENTORY = "tools.in_inventory";
    public static final String TOOLS_DECLARED = "tools.declared_last_30_days";
    public static final String TOOLS_AWAITING_REVIEW = "tools.awaiting_review";
    public static final String TOOLS_BLOCKING = "tools.blocking_findings";
    public static final String RISKS_OPEN = "risks.open";
    public static final String RISKS_HIGH_INHERENT = "risks.high_inherent";
    public static final String RISKS_HIGH_RESIDUAL = "risks.high_residual";
    public static final String RISKS_REVIEWS_OVERDUE = "risks.reviews_overdue";
    public static final String USE_CASES_ACTIVE = "usecases.in_use_or_pilot";
    public static final String USE_CASES_AWAITING = "usecases.awaiting_decision";
    public static final String USE_CASES_HIGH_RISK = "usecases.high_risk";
    public static final String POLICIES_IN_FORCE = "policies.in_force";
    public static final String POLICIES_ACK_RATE = "policies.acknowledgement_rate";
    public static final String LITERACY_COVERAGE = "literacy.coverage";
    public static final String LITERACY_EXPOSURE_GAPS = "literacy.exposure_gaps";
    public static final String INCIDENTS_OPEN = "incidents.open";
    public static final String INCIDENTS_DUTIES_LATE = "incidents.duties_late";
    public static final String FEEDBACK_OPEN = "feedback.open";
    public static final String FEEDBACK_LOOPS_CLOSED = "feedback.loops_closed_last_90_days";
    public static final String COMMITTEE_CONSTITUTED = "committee.constituted";
    public static final String COMMITTEE_DAYS_SINCE_MEETING = "committee.days_since_last_meeting";
    public static final String COMMITTEE_DECISIONS = "committee.decisions_last_12_months";
    public static final String COMMITTEE_REVIEWS_OVERDUE = "committee.reviews_overdue";

    private static final List<Indicator> ALL = List.of(
            new Indicator(
                    TOOLS_IN_INVENTORY,
                    INVENTORY,
                    COUNT,
                    NEUTRAL,
                    text("Outils à l'inventaire", "Tools in the inventory", "Tools in de inventaris"),
                    text(
                            "Outils déclarés qui ne sont pas retirés, quel que soit leur statut.",
                            "Declared tools that are not retired, whatever their status.",
                            "Aangegeven tools die niet buiten gebruik zijn, ongeacht hun status.")),
            new Indicator(
                    TOOLS_DECLARED,
                    INVENTORY,
                    COUNT,
                    NEUTRAL,
                    text("Nouvelles déclarations", "New declarations", "Nieuwe aangiften"),
                    text(
                            "Outils déclarés pendant les 30 derniers jours.",
                            "Tools declared during the last 30 days.",
                            "Tools aangegeven in de laatste 30 dagen.")),
            new Indicator(
                    TOOLS_AWAITING_REVIEW,
                    INVENTORY,
                    COUNT,
                    DOWN,
                    text("Outils en attente d'examen", "Tools awaiting review", "Tools in afwachting van beoordeling"),
                    text(
                            "Outils au statut DECLARED ou UNDER_REVIEW.",
                            "Tools with status DECLARED or UNDER_REVIEW.",
                            "Tools met status DECLARED of UNDER_REVIEW.")),
            new Indicator(
                    TOOLS_BLOCKING,
                    INVENTORY,
                    COUNT,
                    DOWN,
                    text(
                            "Outils avec constat bloquant",
                            "Tools with blocking findings",
                            "Tools met blokkerende bevinding"),
                    text(
                            "Outils non retirés dont la dernière évaluation fournisseur validée est de niveau BLOCKED.",
                            "Tools not retired whose latest validated vendor assessment is at level BLOCKED.",
                            "Tools niet buiten gebruik waarvan de laatste gevalideerde leveranciersbeoordeling op niveau BLOCKED staat.")),
            new Indicator(
                    RISKS_OPEN,
                    RISKS,
                    COUNT,
                    NEUTRAL,
                    text("Risques ouverts", "Open risks", "Open risico's"),
                    text(
                            "Risques du registre qui ne sont pas clôturés.",
                            "Risks of the register that are not closed.",
                            "Risico's uit het register die niet afgesloten zijn.")),
            new Indicator(
                    RISKS_HIGH_INHERENT,
                    RISKS,
                    COUNT,
                    DOWN,
                    text("Risques élevés (inhérents)", "High risks (inherent)", "Hoge risico's (inherent)"),
                    text(
                            "Risques non clôturés dont la probabilité × gravité inhérente vaut 10 ou plus (HIGH ou CRITICAL).",
                            "Risks not closed whose inherent likelihood × severity is 10 or more (HIGH or CRITICAL).",
                            "Niet afgesloten risico's met inherente waarschijnlijkheid × ernst van 10 of meer (HIGH of CRITICAL).")),
            new Indicator(
                    RISKS_HIGH_RESIDUAL,
                    RISKS,
                    COUNT,
                    DOWN,
                    text("Risques élevés (résiduels)", "High risks (residual)", "Hoge risico's (residueel)"),
                    text(
                            "Risques non clôturés dont la cotation résiduelle (l'inhérente tant qu'elle n'est pas évaluée) vaut 10 ou plus.",
                            "Risks not closed whose residual rating (the inherent one until assessed) is 10 or more.",
                            "Niet afgesloten risico's met residuele score (de inherente zolang niet beoordeeld) van 10 of meer.")),
            new Indicator(
                    RISKS_REVIEWS_OVERDUE,
                    RISKS,
                    COUNT,
                    DOWN,
                    text("Revues de risque en retard", "Risk reviews overdue", "Achterstallige risicobeoordelingen"),
                    text(
                            "Risques non clôturés dont la date de revue est passée.",
                            "Risks not closed whose review date has passed.",
                            "Niet afgesloten risico's waarvan de beoordelingsdatum voorbij is.")),
            new Indicator(
                    USE_CASES_ACTIVE,
                    USE_CASES,
                    COUNT,
                    NEUTRAL,
                    text(
                            "Cas d'usage en service ou en pilote",
                            "Use cases in use or in pilot",
                            "Toepassingen in gebruik of in pilot"),
                    text(
                            "Cas d'usage au statut IN_USE ou PILOT.",
                            "Use cases with status IN_USE or PILOT.",
                            "Toepassingen met status IN_USE of PILOT.")),
            new Indicator(
                    USE_CASES_AWAITING,
                    USE_CASES,
                    COUNT,
                    DOWN,
                    text(
                            "Cas d'usage en attente de décision",
                            "Use cases awaiting a decision",
                            "Toepassingen in afwachting van een besluit"),
                    text(
                            "Cas d'usage au statut SUBMITTED.",
                            "Use cases with status SUBMITTED.",
                            "Toepassingen met status SUBMITTED.")),
            new Indicator(
                    USE_CASES_HIGH_RISK,
                    USE_CASES,
                    COUNT,
                    NEUTRAL,
                    text(
                            "Cas d'usage à haut risque (AI Act)",
                            "High-risk use cases (AI Act)",
                            "Toepassingen met hoog risico (AI Act)"),
                    text(
                            "Cas d'usage ni rejetés ni retirés classés HIGH_RISK (art. 6 et annexe III du règlement (UE) 2024/1689).",
                            "Use cases neither rejected nor retired classified HIGH_RISK (art. 6 and Annex III of Regulation (EU) 2024/1689).",
                            "Niet afgewezen of stopgezette toepassingen ingedeeld als HIGH_RISK (art. 6 en bijlage III van Verordening (EU) 2024/1689).")),
            new Indicator(
                    POLICIES_IN_FORCE,
                    POLICIES,
                    COUNT,
                    UP,
                    text("Politiques en vigueur", "Policies in force", "Geldende beleidslijnen"),
                    text(
                            "Versions de politique publiées (une par politique au plus).",
                            "Published policy versions (at most one per policy).",
                            "Gepubliceerde beleidsversies (hoogstens één per beleid).")),
            new Indicator(
                    POLICIES_ACK_RATE,
                    POLICIES,
                    PERCENT,
                    UP,
                    text("Taux de prise de connaissance", "Acknowledgement rate", "Kennisnamegraad"),
                    text(
                            "Parmi les couples (membre actif, version publiée), la part dont la prise de connaissance est enregistrée; 100 sans version publiée.",
                            "Of the pairs (active member, published version), the share whose acknowledgement is recorded; 100 with no published version.",
                            "Van de paren (actief lid, gepubliceerde versie), het aandeel met geregistreerde kennisname; 100 zonder gepubliceerde versie.")),
            new Indicator(
                    LITERACY_COVERAGE,
                    LITERACY,
                    PERCENT,
                    UP,
                    text("Couverture de la formation", "Literacy coverage", "Dekking van de AI-geletterdheid"),
                    text(
                            "Part des membres actifs qui ont au moins un enregistrement de formation valable ce jour (non annulé, non expiré, révision encore reconnue) (art. 4 AI Act).",
                            "Share of active members with at least one training record that counts today (not voided, not expired, revision still recognised) (art. 4 AI Act).",
                            "Aandeel actieve leden met minstens één opleidingsregistratie die vandaag telt (niet vernietigd, niet verlopen, herziening nog erkend) (art. 4 AI Act).")),
            new Indicator(
                    LITERACY_EXPOSURE_GAPS,
                    LITERACY,
                    COUNT,
                    DOWN,
                    text(
                            "Personnes exposées sans formation",
                            "People exposed without training",
                            "Blootgestelde personen zonder opleiding"),
                    text(
                            "Personnes qui utilisent un outil traitant des données personnelles ou plus sensibles sans formation valable sur DATA_PROTECTION et CHECKING_OUTPUTS (comme GET …/exposure-gap).",
                            "People who use a tool handling personal or more sensitive data without valid training on DATA_PROTECTION and CHECKING_OUTPUTS (as GET …/exposure-gap).",
                            "Personen die een tool met persoonsgegevens of gevoeligere gegevens gebruiken zonder geldige opleiding over DATA_PROTECTION en CHECKING_OUTPUTS (zoals GET …/exposure-gap).")),
            new Indicator(
                    INCIDENTS_OPEN,
                    INCIDENTS,
                    COUNT,
                    DOWN,
                    text("Incidents ouverts", "Open incidents", "Open incidenten"),
                    text(
                            "Incidents ni résolus ni clôturés.",
                            "Incidents neither resolved nor closed.",
                            "Incidenten die niet opgelost of afgesloten zijn.")),
            new Indicator(
                    INCIDENTS_DUTIES_LATE,
                    INCIDENTS,
                    COUNT,
                    DOWN,
                    text("Obligations en retard", "Late duties", "Laattijdige verplichtingen"),
                    text(
                            "Obligations d'incident (notifications, art. 33 RGPD, art. 73 AI Act…) encore en attente après leur échéance.",
                            "Incident duties (notifications, art. 33 GDPR, art. 73 AI Act…) still pending after their deadline.",
                            "Incidentverplichtingen (meldingen, art. 33 AVG, art. 73 AI Act…) nog open na hun termijn.")),
            new Indicator(
                    FEEDBACK_OPEN,
                    FEEDBACK,
                    COUNT,
                    DOWN,
                    text("Retours ouverts", "Open feedback", "Open feedback"),
                    text(
                            "Retours ni clôturés ni écartés.",
                            "Feedback items neither closed nor dismissed.",
                            "Feedback die niet afgesloten of afgewezen is.")),
            new Indicator(
                    FEEDBACK_LOOPS_CLOSED,
                    FEEDBACK,
                    COUNT,
                    UP,
                    text("Boucles bouclées", "Loops closed", "Gesloten lussen"),
                    text(
                            "Retours clôturés pendant les 90 derniers jours qui ont mené à une suite (risque, politique, incident…).",
                            "Feedback items closed during the last 90 days that led to a follow-up (risk, policy, incident…).",
                            "Feedback afgesloten in de laatste 90 dagen die tot een opvolging leidde (risico, beleid, incident…).")),
            new Indicator(
                    COMMITTEE_CONSTITUTED,
                    COMMITTEE,
                    FLAG,
                    UP,
                    text("Comité constitué", "Committee constituted", "Comité samengesteld"),
                    text(
                            "1 quand le comité compte ce jour au moins le minimum de membres votants de sa charte, 0 sinon.",
                            "1 when the committee has at least its charter's minimum of voting members today, 0 otherwise.",
                            "1 wanneer het comité vandaag minstens het minimum stemgerechtigde leden van zijn charter telt, anders 0.")),
            new Indicator(
                    COMMITTEE_DAYS_SINCE_MEETING,
                    COMMITTEE,
                    DAYS,
                    DOWN,
                    text(
                            "Jours depuis la dernière réunion",
                            "Days since the last meeting",
                            "Dagen sinds de laatste vergadering"),
                    text(
                            "Jours écoulés depuis la dernière réunion tenue (date passée ou du jour); sans valeur sans réunion.",
                            "Days since the last meeting held (past or today); no value without a meeting.",
                            "Dagen sinds de laatst gehouden vergadering (verleden of vandaag); geen waarde zonder vergadering.")),
            new Indicator(
                    COMMITTEE_DECISIONS,
                    COMMITTEE,
                    COUNT,
                    NEUTRAL,
                    text("Décisions sur 12 mois", "Decisions in 12 months", "Besluiten in 12 maanden"),
                    text(
                            "Décisions enregistrées pendant les 365 derniers jours.",
                            "Decisions recorded during the last 365 days.",
                            "Besluiten geregistreerd in de laatste 365 dagen.")),
            new Indicator(
                    COMMITTEE_REVIEWS_OVERDUE,
                    COMMITTEE,
                    COUNT,
                    DOWN,
                    text(
                            "Revues de décision en retard",
                            "Decision reviews overdue",
                            "Achterstallige herzieningen van besluiten"),
                    text(
                            "Décisions dont la date de revue est passée et qu'aucune décision ultérieure n'a révisées.",
                            "Decisions whose review date has passed and that no later decision has revised.",
                            "Besluiten waarvan de herzieningsdatum voorbij is en die geen later besluit herzag.")));

    private IndicatorCatalogue() {}

    private static Localized text(String fr, String en, String nl) {
        return Localized.of(Map.of(Language.FR, fr, Language.EN, en, Language.NL, nl));
    }

    public static List<Indicator> all() {
        return ALL;
    }

    public static Optional<Indicator> find(String code) {
        return ALL.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }
}
