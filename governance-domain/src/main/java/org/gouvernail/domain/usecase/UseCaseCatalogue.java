package org.gouvernail.domain.usecase;

import static org.gouvernail.domain.shared.DataCategory.BENEFICIARY_VULNERABLE;
import static org.gouvernail.domain.shared.DataCategory.INTERNAL;
import static org.gouvernail.domain.shared.DataCategory.PERSONAL;
import static org.gouvernail.domain.shared.DataCategory.PUBLIC;
import static org.gouvernail.domain.shared.DataCategory.SENSITIVE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference content: the starter catalogue of typical uses of AI in associations, in French and
 * English, with suggested sub-criteria: quick wins to begin with, and traps, each with the warning
 * that says why. An organisation starts a use case from an entry, then adapts it.
 */
public final class UseCaseCatalogue {

    private static final List<CatalogueEntry> ENTRIES = List.of(
            entry("social-media-posts",
                    t("Rédiger des posts pour les réseaux sociaux", "Draft social media posts"),
                    t("Proposer des brouillons de posts à partir d'un agenda ou d'un compte rendu d'activité.",
                            "Suggest draft posts from an event calendar or an activity report."),
                    t("Une à deux heures gagnées par semaine pour la communication.", "One to two hours a week saved for communication."),
                    t("La personne chargée de la communication relit et publie chaque post.", "The communication officer reviews and publishes every post."),
                    null, Set.of(PUBLIC, INTERNAL), PeopleAffected.PUBLIC, new ImpactCriteria(4, 3, 3, 3), new ComplexityCriteria(1, 1, 1, 1, 2)),
            entry("meeting-summaries",
                    t("Résumer les réunions", "Summarise meetings"),
                    t("Produire un compte rendu et la liste des actions à partir des notes de réunion d'équipe.",
                            "Turn team meeting notes into minutes and a list of actions."),
                    t("Des comptes rendus envoyés le jour même, des décisions retrouvables.", "Minutes sent the same day, decisions easy to find."),
                    t("Le ou la secrétaire de séance vérifie le compte rendu avant diffusion.", "The meeting secretary checks the minutes before sending them."),
                    null, Set.of(INTERNAL), PeopleAffected.INTERNAL_ONLY, new ImpactCriteria(4, 2, 3, 3), new ComplexityCriteria(2, 1, 1, 1, 2)),
            entry("translation",
                    t("Traduire des documents", "Translate documents"),
                    t("Traduire affiches, courriers et pages d'information pour les publics non francophones.",
                            "Translate posters, letters and information pages for people who do not read the main language."),
                    t("Des informations accessibles à plus de bénéficiaires, sans frais de traduction.", "Information reaches more beneficiaries, without translation fees."),
                    t("Une personne qui lit la langue cible relit les textes importants.", "Someone who reads the target language proofreads important texts."),
                    null, Set.of(PUBLIC, INTERNAL), PeopleAffected.BENEFICIARIES, new ImpactCriteria(4, 4, 4, 4), new ComplexityCriteria(2, 1, 1, 1, 1)),
            entry("grant-application-drafts",
                    t("Premiers jets de dossiers de subsides", "First drafts of grant applications"),
                    t("Rédiger un premier jet de dossier de subside à partir du projet associatif et de l'appel.",
                            "Write a first draft of a grant application from the association's project and the call."),
                    t("Plus de dossiers déposés, moins de soirées passées à la rédaction.", "More applications sent, fewer evenings spent writing."),
                    t("La coordination réécrit, vérifie chiffres et engagements, puis signe.", "The coordinator rewrites, checks figures and commitments, then signs."),
                    null, Set.of(INTERNAL), PeopleAffected.INTERNAL_ONLY, new ImpactCriteria(5, 3, 3, 4), new ComplexityCriteria(1, 1, 2, 1, 2)),
            entry("easy-to-read-texts",
                    t("Textes en facile à lire (FALC)", "Easy-to-read texts"),
                    t("Reformuler règlements, courriers et consignes en langage clair ou en facile à lire et à comprendre.",
                            "Rewrite rules, letters and instructions in plain language or easy-to-read format."),
                    t("Des bénéficiaires et des bénévoles qui comprennent les règles.", "Beneficiaries and volunteers who understand the rules."),
                    t("Une personne formée au FALC relit ; idéalement un relecteur du public cible.", "Someone trained in easy-to-read checks it, ideally a reader from the target audience."),
                    null, Set.of(PUBLIC, INTERNAL), PeopleAffected.BENEFICIARIES, new ImpactCriteria(3, 4, 4, 4), new ComplexityCriteria(1, 1, 2, 1, 1)),
            entry("event-visuals",
                    t("Visuels d'événements", "Event visuals"),
                    t("Générer des illustrations pour les affiches et invitations des activités.", "Generate illustrations for posters and invitations."),
                    t("Des affiches plus attrayantes sans graphiste.", "More attractive posters without a designer."),
                    t("La communication vérifie qu'aucun visuel ne représente une personne réelle ni un stéréotype.",
                            "The communication officer checks that no visual depicts a real person or a stereotype."),
                    null, Set.of(PUBLIC), PeopleAffected.PUBLIC, new ImpactCriteria(2, 1, 2, 2), new ComplexityCriteria(1, 1, 1, 1, 2)),
            entry("spreadsheet-help",
                    t("Aide aux tableurs", "Spreadsheet help"),
                    t("Obtenir des formules et des macros pour les tableaux de suivi (sans y coller de données personnelles).",
                            "Get formulas and macros for tracking spreadsheets (without pasting personal data into the tool)."),
                    t("Des tableaux de suivi plus fiables, moins de temps perdu.", "More reliable tracking sheets, less time lost."),
                    t("La personne qui utilise le tableau teste la formule sur un exemple connu.", "The person using the sheet tests the formula on a known example."),
                    null, Set.of(INTERNAL), PeopleAffected.INTERNAL_ONLY, new ImpactCriteria(2, 1, 1, 2), new ComplexityCriteria(1, 2, 2, 1, 1)),
            entry("activity-report-analysis",
                    t("Analyse pour le rapport d'activité", "Activity report analysis"),
                    t("Analyser les chiffres anonymisés de fréquentation et les questionnaires pour le rapport annuel.",
                            "Analyse anonymised attendance figures and surveys for the annual report."),
                    t("Un rapport d'activité plus parlant pour le conseil d'administration et les bailleurs.", "A more telling annual report for the board and funders."),
                    t("La coordination vérifie chaque chiffre publié contre la source.", "The coordinator checks every published figure against the source."),
                    null, Set.of(INTERNAL, PERSONAL), PeopleAffected.INTERNAL_ONLY, new ImpactCriteria(3, 3, 3, 4), new ComplexityCriteria(3, 3, 3, 2, 3)),
            entry("internal-knowledge-assistant",
                    t("Assistant sur les procédures internes", "Internal procedures assistant"),
                    t("Un assistant qui répond aux questions des bénévoles à partir du manuel et des procédures de l'association.",
                            "An assistant that answers volunteers' questions from the association's handbook and procedures."),
                    t("Des bénévoles plus autonomes, une coordination moins sollicitée.", "More autonomous volunteers, fewer interruptions for the coordinator."),
                    t("Les réponses citent leur source ; un référent met à jour le manuel et vérifie un échantillon chaque mois.",
                            "Answers cite their source; a referent keeps the handbook current and checks a sample every month."),
                    null, Set.of(INTERNAL), PeopleAffected.INTERNAL_ONLY, new ImpactCriteria(4, 3, 3, 3), new ComplexityCriteria(3, 4, 4, 3, 3)),
            entry("automated-beneficiary-decisions",
                    t("Décisions automatisées sur les bénéficiaires", "Automated decisions about beneficiaries"),
                    t("Laisser un outil décider de l'accès d'une personne à une aide (colis, logement, accompagnement) ou la classer par priorité.",
                            "Let a tool decide whether a person gets help (food parcels, housing, support) or rank people by priority."),
                    t("Un tri plus rapide des demandes.", "Faster sorting of requests."),
                    t("Aucune : c'est le piège. Une personne doit décider et pouvoir s'en expliquer.", "None: that is the trap. A person must decide and be able to explain it."),
                    t("Piège : décision automatisée aux effets importants (RGPD art. 22), AIPD requise, possiblement à haut risque (AI Act annexe III point 5). "
                            + "L'IA peut au plus préparer le dossier ; la décision reste humaine.",
                            "Trap: automated decision with significant effects (GDPR art. 22), DPIA required, possibly high-risk (AI Act Annex III point 5). "
                                    + "AI may at most prepare the file; a person decides."),
                    Set.of(PERSONAL, BENEFICIARY_VULNERABLE), PeopleAffected.BENEFICIARIES, new ImpactCriteria(3, 1, 2, 2), new ComplexityCriteria(5, 4, 4, 3, 4)),
            entry("public-chatbot-without-resources",
                    t("Chatbot public sophistiqué sans moyens pour le faire vivre", "Sophisticated public chatbot without resources to run it"),
                    t("Mettre en ligne un chatbot qui répond au public sur les droits et services, sans personne pour le surveiller ni le mettre à jour.",
                            "Put online a chatbot answering the public on rights and services, with nobody to monitor or update it."),
                    t("Une présence permanente en ligne.", "A round-the-clock online presence."),
                    t("Souvent personne : c'est le piège.", "Often nobody: that is the trap."),
                    t("Piège : réponses fausses données à des personnes vulnérables, obligation d'informer (AI Act art. 50(1)), coûts et maintenance sous-estimés. "
                            + "Commencer par une FAQ relue par l'équipe.",
                            "Trap: wrong answers given to vulnerable people, duty to disclose (AI Act art. 50(1)), costs and upkeep underestimated. "
                                    + "Start with a FAQ the team reviews."),
                    Set.of(PUBLIC, PERSONAL), PeopleAffected.PUBLIC, new ImpactCriteria(2, 2, 3, 2), new ComplexityCriteria(3, 4, 4, 4, 4)),
            entry("case-notes-in-public-tool",
                    t("Notes de suivi sensibles dans un outil grand public", "Sensitive case notes in a public tool"),
                    t("Coller des notes de suivi social (santé, situation familiale, séjour) dans un chatbot gratuit pour les reformuler.",
                            "Paste social case notes (health, family situation, residence status) into a free chatbot to rephrase them."),
                    t("Des notes mieux rédigées en moins de temps.", "Better-written notes in less time."),
                    t("La travailleuse sociale relit, mais les données sont déjà parties.", "The social worker proofreads, but the data has already left."),
                    t("Piège : données sensibles et de personnes vulnérables envoyées à un fournisseur sans contrat de sous-traitance (RGPD art. 9, 28), "
                            + "parfois réutilisées pour l'entraînement. Utiliser un outil professionnel avec contrat, ou pseudonymiser.",
                            "Trap: sensitive data about vulnerable people sent to a vendor without a processor agreement (GDPR art. 9, 28), "
                                    + "sometimes reused for training. Use a professional tool under contract, or pseudonymise."),
                    Set.of(PERSONAL, SENSITIVE, BENEFICIARY_VULNERABLE), PeopleAffected.BENEFICIARIES, new ImpactCriteria(3, 2, 1, 2),
                    new ComplexityCriteria(5, 2, 2, 1, 4)),
            entry("volunteer-cv-screening",
                    t("Tri automatique des candidatures", "Automated screening of applications"),
                    t("Classer automatiquement les CV de candidats salariés ou bénévoles.", "Automatically rank the CVs of staff or volunteer applicants."),
                    t("Moins de temps passé à lire les candidatures.", "Less time spent reading applications."),
                    t("Le jury de recrutement, s'il relit vraiment tous les dossiers écartés.", "The recruitment panel, if it really reads every rejected file."),
                    t("Piège : recrutement = domaine à haut risque (AI Act annexe III point 4), biais de discrimination, information des candidats. "
                            + "Rarement justifié pour une association.",
                            "Trap: recruitment is a high-risk area (AI Act Annex III point 4), discrimination bias, candidates must be informed. "
                                    + "Rarely justified for an association."),
                    Set.of(PERSONAL), PeopleAffected.PUBLIC, new ImpactCriteria(3, 2, 2, 2), new ComplexityCriteria(4, 3, 3, 2, 4)));

    private UseCaseCatalogue() {
    }

    public static List<CatalogueEntry> entries() {
        return ENTRIES;
    }

    public static Optional<CatalogueEntry> find(String id) {
        return ENTRIES.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    private static Localized t(String fr, String en) {
        return new Localized(fr, en);
    }

    private static CatalogueEntry entry(String id, Localized title, Localized description, Localized benefit,
            Localized oversight, Localized warning, Set<org.gouvernail.domain.shared.DataCategory> data, PeopleAffected people,
            ImpactCriteria impact, ComplexityCriteria complexity) {
        return new CatalogueEntry(id, title, description, benefit, oversight, warning, data, people, impact, complexity);
    }
}
