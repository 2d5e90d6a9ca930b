package org.gouvernail.domain.policy;

import static org.gouvernail.domain.shared.DataCategory.BENEFICIARY_VULNERABLE;
import static org.gouvernail.domain.shared.DataCategory.INTERNAL;
import static org.gouvernail.domain.shared.DataCategory.PERSONAL;
import static org.gouvernail.domain.shared.DataCategory.PUBLIC;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference content: the three starter usage policies (a small local association, a mid-size
 * association, an international NGO) in French and English. The full text and the easy-to-read
 * summary of each live as UTF-8 Markdown resources next to this class
 * ({@code templates/<id>.body.<language>.md}, {@code templates/<id>.summary.<language>.md}); the
 * rules live here. Rules name tool categories and activities only, never a tool: an organisation
 * adds rules for its own tools once it has copied a template.
 *
 * <p>Each subject's rules run from the least to the most sensitive data and never soften as the
 * data grows more sensitive. Every subject but the NGO's research ends with a rule covering all
 * data; above the last ceiling of a subject, the committee decides (no rule: NEEDS_APPROVAL). In no
 * template does sensitive or beneficiary data get more than NEEDS_APPROVAL.
 */
public final class PolicyTemplates {

    public static final String SMALL_LOCAL_ASSOCIATION = "small-local-association";
    public static final String MID_SIZE_ASSOCIATION = "mid-size-association";
    public static final String INTERNATIONAL_NGO = "international-ngo";

    private static final String RESOURCE_FOLDER = "templates/";
    private static final List<String> LANGUAGES = List.of("fr", "en");

    private static final RuleSubject CHATBOTS = RuleSubject.category(ToolCategory.CHATBOT);
    private static final RuleSubject TEXT_GENERATORS = RuleSubject.category(ToolCategory.TEXT_GENERATION);
    private static final RuleSubject WRITING = RuleSubject.activity(Activity.WRITING);
    private static final RuleSubject TRANSLATION = RuleSubject.activity(Activity.TRANSLATION);
    private static final RuleSubject SUMMARISING = RuleSubject.activity(Activity.SUMMARISING);
    private static final RuleSubject TRANSCRIPTION = RuleSubject.activity(Activity.TRANSCRIPTION);
    private static final RuleSubject IMAGE_CREATION = RuleSubject.activity(Activity.IMAGE_CREATION);
    private static final RuleSubject DATA_ANALYSIS = RuleSubject.activity(Activity.DATA_ANALYSIS);
    private static final RuleSubject RESEARCH = RuleSubject.activity(Activity.RESEARCH);
    private static final RuleSubject PUBLIC_CHATBOT = RuleSubject.activity(Activity.PUBLIC_CHATBOT);
    private static final RuleSubject DECISION_ABOUT_PEOPLE = RuleSubject.activity(Activity.DECISION_ABOUT_PEOPLE);

    private static final List<PolicyTemplate> TEMPLATES = List.of(smallLocalAssociation(), midSizeAssociation(), internationalNgo());

    private PolicyTemplates() {
    }

    public static List<PolicyTemplate> all() {
        return TEMPLATES;
    }

    public static Optional<PolicyTemplate> find(String id) {
        return TEMPLATES.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    private static PolicyTemplate smallLocalAssociation() {
        String id = SMALL_LOCAL_ASSOCIATION;
        return new PolicyTemplate(id,
                t("Petite asbl locale", "Small local association"),
                t("Petite association locale portée surtout par des bénévoles, sans service informatique, de 0 à 10 salariés.",
                        "A small local association run mostly by volunteers, with no IT staff and 0 to 10 employees."),
                t("Charte d'utilisation de l'IA", "AI use charter"),
                t("Permettre aux bénévoles et à l'équipe d'utiliser l'IA pour gagner du temps, sans jamais mettre en danger les données "
                        + "des personnes que nous accompagnons.",
                        "Let volunteers and staff use AI to save time, without ever putting at risk the data of the people we support."),
                text(id, "summary"), text(id, "body"),
                List.of(
                        withConditions(CHATBOTS, INTERNAL,
                                t("Ne saisir que des informations publiques ou internes, sans nom ni détail qui permette de reconnaître quelqu'un. "
                                        + "Désactiver l'historique ou la réutilisation de vos saisies quand l'outil le permet. Vérifier chaque réponse.",
                                        "Enter only public or internal information, with no names or details that could identify someone. "
                                                + "Turn off chat history or the reuse of your inputs when the tool allows it. Check every answer."),
                                t("Les chatbots font gagner du temps pour préparer un texte ou trouver des idées, mais ils se trompent parfois "
                                        + "et gardent souvent ce qu'on leur écrit.",
                                        "Chatbots save time when preparing a text or looking for ideas, but they sometimes get things wrong "
                                                + "and often keep what you type.")),
                        forbidden(CHATBOTS, BENEFICIARY_VULNERABLE,
                                t("Ce qu'on écrit dans un chatbot grand public peut être conservé, lu ou réutilisé par l'éditeur : les données "
                                        + "personnelles, et surtout celles de nos bénéficiaires, n'y ont pas leur place.",
                                        "What you type into a consumer chatbot may be stored, read or reused by the vendor: personal data, "
                                                + "above all our beneficiaries' data, does not belong there.")),
                        withConditions(TEXT_GENERATORS, INTERNAL,
                                t("Uniquement pour des textes publics ou internes, sans données personnelles. Relire le résultat avant de s'en servir.",
                                        "Only for public or internal texts, with no personal data. Review the result before using it."),
                                t("Les outils de rédaction et de reformulation aident à écrire plus vite ; ce sont des services extérieurs dont "
                                        + "nous ne contrôlons pas les serveurs.",
                                        "Writing and rephrasing tools help us write faster; they are outside services whose servers we do not control.")),
                        forbidden(TEXT_GENERATORS, BENEFICIARY_VULNERABLE,
                                t("Sans contrat vérifié avec l'éditeur, personne ne peut garantir ce que deviennent les données personnelles "
                                        + "collées dans ces outils.",
                                        "Without a checked contract with the vendor, nobody can guarantee what happens to personal data pasted "
                                                + "into these tools.")),
                        withConditions(WRITING, INTERNAL,
                                t("Une personne relit, corrige et assume le texte avant de le publier ou de l'envoyer. Vérifier les chiffres, "
                                        + "les dates et les noms.",
                                        "A person reviews, corrects and takes responsibility for the text before it is published or sent. "
                                                + "Check figures, dates and names."),
                                t("L'IA peut proposer un premier jet d'affiche, de post ou de courrier, mais c'est l'asbl qui parle : "
                                        + "un humain garde le dernier mot.",
                                        "AI can suggest a first draft of a poster, a post or a letter, but it is the association that speaks: "
                                                + "a human has the final word.")),
                        needsApproval(WRITING, BENEFICIARY_VULNERABLE, null,
                                t("Un courrier qui parle d'une personne contient des données personnelles : le comité vérifie d'abord "
                                        + "que l'outil les protège.",
                                        "A letter about a person contains personal data: the committee first checks that the tool protects it.")),
                        allowed(TRANSLATION, PUBLIC,
                                t("Traduire une affiche, une page du site ou un dépliant déjà publics ne fait courir aucun risque aux personnes "
                                        + "et rend nos informations accessibles à plus de monde.",
                                        "Translating a poster, a web page or a leaflet that is already public puts no one at risk and helps "
                                                + "our information reach more people.")),
                        withConditions(TRANSLATION, INTERNAL,
                                t("Retirer les noms avant de traduire. Faire relire les textes importants par une personne qui connaît la langue.",
                                        "Remove names before translating. Have important texts checked by someone who knows the language."),
                                t("Nos documents internes ne sont pas secrets, mais une traduction automatique peut changer le sens d'une consigne.",
                                        "Our internal documents are not secret, but a machine translation can change the meaning of an instruction.")),
                        needsApproval(TRANSLATION, BENEFICIARY_VULNERABLE, null,
                                t("Traduire le courrier d'un bénéficiaire ou un document qui parle d'une personne demande un outil choisi "
                                        + "avec le comité, et souvent un interprète.",
                                        "Translating a beneficiary's letter or a document about a person needs a tool chosen with the committee, "
                                                + "and often an interpreter.")),
                        withConditions(SUMMARISING, INTERNAL,
                                t("Retirer des notes les noms et les situations personnelles avant de les résumer. La personne qui a pris "
                                        + "les notes relit le compte rendu avant de l'envoyer.",
                                        "Remove names and personal situations from the notes before summarising them. The person who took "
                                                + "the notes reviews the minutes before sending them."),
                                t("Résumer les notes d'une réunion d'équipe ou du conseil d'administration fait gagner du temps, à condition "
                                        + "de vérifier que rien n'a été oublié ni inventé.",
                                        "Summarising the notes of a team or board meeting saves time, provided someone checks that nothing "
                                                + "was left out or made up.")),
                        needsApproval(SUMMARISING, BENEFICIARY_VULNERABLE, null,
                                t("Des notes qui parlent de personnes (bénéficiaires, bénévoles) contiennent des données personnelles : "
                                        + "on demande d'abord l'accord du comité.",
                                        "Notes about people (beneficiaries, volunteers) contain personal data: ask the committee first.")),
                        withConditions(TRANSCRIPTION, PERSONAL,
                                t("Prévenir avant la réunion et obtenir l'accord de chaque participant. Aucun bénéficiaire n'est enregistré. "
                                        + "Effacer l'enregistrement dès que le compte rendu est validé.",
                                        "Announce it before the meeting and get every participant's agreement. No beneficiary is recorded. "
                                                + "Delete the recording as soon as the minutes are approved."),
                                t("Une voix enregistrée est une donnée personnelle : on ne transcrit une réunion que si tout le monde est d'accord.",
                                        "A recorded voice is personal data: a meeting is transcribed only if everyone agrees.")),
                        forbidden(TRANSCRIPTION, BENEFICIARY_VULNERABLE,
                                t("Enregistrer un entretien avec un bénéficiaire, ou une conversation sur la santé ou la vie privée de quelqu'un, "
                                        + "trahirait la confiance qu'on nous fait.",
                                        "Recording an interview with a beneficiary, or a conversation about someone's health or private life, "
                                                + "would betray the trust people place in us.")),
                        withConditions(IMAGE_CREATION, INTERNAL,
                                t("Écrire « image créée avec l'IA » à côté de l'image. Ne représenter aucune personne réelle. Éviter les "
                                        + "clichés sur les personnes que nous accompagnons.",
                                        "Write “image created with AI” next to the image. Do not depict any real person. Avoid clichés about "
                                                + "the people we support."),
                                t("Une illustration générée peut égayer une affiche, mais le public doit savoir que ce n'est pas une photo.",
                                        "A generated illustration can brighten up a poster, but the public must know it is not a photo.")),
                        forbidden(IMAGE_CREATION, BENEFICIARY_VULNERABLE,
                                t("On ne transforme jamais la photo d'une personne avec l'IA : ni bénévole, ni bénéficiaire, ni enfant.",
                                        "We never alter a photo of a person with AI: not a volunteer, not a beneficiary, not a child.")),
                        withConditions(DATA_ANALYSIS, INTERNAL,
                                t("Uniquement des chiffres anonymes (totaux, moyennes), sans liste de personnes. Vérifier chaque résultat "
                                        + "sur le tableau d'origine.",
                                        "Only anonymous figures (totals, averages), no lists of people. Check every result against the "
                                                + "original spreadsheet."),
                                t("L'IA aide à lire un tableau ou à écrire une formule, mais elle peut se tromper dans les calculs.",
                                        "AI helps to read a spreadsheet or write a formula, but it can get calculations wrong.")),
                        needsApproval(DATA_ANALYSIS, BENEFICIARY_VULNERABLE, null,
                                t("Un fichier de membres ou de bénéficiaires contient des données personnelles : le comité vérifie l'outil "
                                        + "et le besoin avant toute analyse.",
                                        "A file of members or beneficiaries contains personal data: the committee checks the tool and the need "
                                                + "before any analysis.")),
                        forbidden(DECISION_ABOUT_PEOPLE, BENEFICIARY_VULNERABLE,
                                t("Décider d'une aide, d'une inscription ou d'une exclusion reste une responsabilité humaine : une machine "
                                        + "ne connaît pas la situation de la personne et peut reproduire des discriminations.",
                                        "Deciding on aid, a registration or an exclusion remains a human responsibility: a machine does not "
                                                + "know the person's situation and can repeat discrimination.")),
                        needsApproval(PUBLIC_CHATBOT, BENEFICIARY_VULNERABLE,
                                t("Le chatbot annonce qu'il est une machine et indique comment joindre une personne de l'asbl.",
                                        "The chatbot says it is a machine and tells people how to reach someone at the association."),
                                t("Un chatbot qui parle en notre nom engage l'asbl et doit être suivi chaque semaine, ce qui dépasse souvent "
                                        + "les moyens d'une petite équipe : le comité en décide.",
                                        "A chatbot that speaks in our name commits the association and needs weekly follow-up, which is often "
                                                + "beyond a small team: the committee decides."))));
    }

    private static PolicyTemplate midSizeAssociation() {
        String id = MID_SIZE_ASSOCIATION;
        return new PolicyTemplate(id,
                t("Association de taille moyenne", "Mid-size association"),
                t("Association de 10 à 100 salariés, avec plusieurs équipes, un référent données et des bénéficiaires "
                        + "en situation de vulnérabilité.",
                        "An association with 10 to 100 staff, several teams, a data protection referent and beneficiaries "
                                + "in vulnerable situations."),
                t("Politique d'utilisation de l'intelligence artificielle", "Artificial intelligence use policy"),
                t("Encadrer l'usage de l'IA par les équipes, les bénévoles et la direction pour qu'il serve notre mission, respecte "
                        + "le RGPD et l'AI Act, et protège les bénéficiaires.",
                        "Frame the use of AI by teams, volunteers and management so that it serves our mission, complies with the GDPR "
                                + "and the AI Act, and protects beneficiaries."),
                text(id, "summary"), text(id, "body"),
                List.of(
                        withConditions(CHATBOTS, INTERNAL,
                                t("Utiliser un outil inscrit dans l'inventaire de Gouvernail, de préférence avec le compte professionnel "
                                        + "de l'association. Aucune donnée personnelle. Vérifier chaque réponse avant de s'en servir.",
                                        "Use a tool listed in the Gouvernail inventory, preferably with the association's professional account. "
                                                + "No personal data. Check every answer before using it."),
                                t("Les chatbots sont utiles pour préparer, reformuler ou chercher des idées ; leurs réponses peuvent être "
                                        + "fausses et ce qu'on y tape peut être conservé.",
                                        "Chatbots are useful to prepare, rephrase or brainstorm; their answers can be wrong and what you type "
                                                + "may be kept.")),
                        needsApproval(CHATBOTS, PERSONAL,
                                t("Le comité n'approuve qu'un outil couvert par un contrat de sous-traitance (RGPD art. 28) et qui n'entraîne "
                                        + "pas ses modèles sur nos saisies, après avis du référent données.",
                                        "The committee only approves a tool covered by a processor agreement (GDPR art. 28) that does not train "
                                                + "its models on our inputs, after the data protection referent's opinion."),
                                t("Des données personnelles ordinaires (coordonnées d'un partenaire, planning des bénévoles) ne vont que dans "
                                        + "un outil dont nous avons vérifié le contrat.",
                                        "Ordinary personal data (a partner's contact details, the volunteer rota) only goes into a tool whose "
                                                + "contract we have checked.")),
                        forbidden(CHATBOTS, BENEFICIARY_VULNERABLE,
                                t("Les données sensibles (santé, origine, convictions…) et les données des bénéficiaires ne vont jamais dans "
                                        + "un chatbot : le risque pour les personnes est trop grand.",
                                        "Sensitive data (health, origin, beliefs…) and beneficiary data never go into a chatbot: the risk for "
                                                + "the people concerned is too high.")),
                        withConditions(TEXT_GENERATORS, INTERNAL,
                                t("Outil inscrit dans l'inventaire, aucune donnée personnelle, relecture du texte produit.",
                                        "A tool listed in the inventory, no personal data, the output is reviewed."),
                                t("Les assistants de rédaction intégrés à d'autres logiciels envoient souvent le texte vers des serveurs extérieurs.",
                                        "Writing assistants built into other software often send the text to outside servers.")),
                        forbidden(TEXT_GENERATORS, BENEFICIARY_VULNERABLE,
                                t("Ces outils sont rarement couverts par un contrat vérifié. Si le comité approuve un outil précis avec "
                                        + "un contrat, il ajoute une règle pour cet outil.",
                                        "These tools are rarely covered by a checked contract. If the committee approves a specific tool "
                                                + "with a contract, it adds a rule for that tool.")),
                        withConditions(WRITING, INTERNAL,
                                t("Relecture humaine avant toute publication ou tout envoi : faits, chiffres, ton, respect des personnes. "
                                        + "La personne qui publie en porte la responsabilité.",
                                        "Human review before anything is published or sent: facts, figures, tone, respect for people. "
                                                + "Whoever publishes it is responsible for it."),
                                t("Un premier jet produit par l'IA fait gagner du temps, mais c'est l'association qui s'exprime et répond "
                                        + "de ce qu'elle publie.",
                                        "An AI first draft saves time, but it is the association that speaks and answers for what it publishes.")),
                        needsApproval(WRITING, BENEFICIARY_VULNERABLE,
                                t("Demande d'approbation précisant l'outil, les données et la relecture prévue ; avis du référent données.",
                                        "An approval request stating the tool, the data and the planned review; the data protection "
                                                + "referent's opinion."),
                                t("Rédiger un rapport social ou un courrier sur une personne touche à ses données : le comité et le référent "
                                        + "données vérifient d'abord l'outil et le cadre.",
                                        "Writing a social report or a letter about someone touches their data: the committee and the data "
                                                + "protection referent first check the tool and the safeguards.")),
                        allowed(TRANSLATION, PUBLIC,
                                t("Traduire nos publications les rend accessibles aux personnes qui ne lisent pas notre langue de travail, "
                                        + "sans risque pour personne.",
                                        "Translating our publications makes them accessible to people who do not read our working language, "
                                                + "at no risk to anyone.")),
                        withConditions(TRANSLATION, INTERNAL,
                                t("Outil inscrit dans l'inventaire, aucune donnée personnelle. Relecture par une personne qui maîtrise la langue "
                                        + "pour tout texte destiné aux bénéficiaires ou aux partenaires.",
                                        "A tool listed in the inventory, no personal data. Review by someone fluent in the language for any "
                                                + "text meant for beneficiaries or partners."),
                                t("La traduction automatique est bonne mais pas infaillible : une consigne mal traduite peut induire en erreur.",
                                        "Machine translation is good but not flawless: a badly translated instruction can mislead.")),
                        needsApproval(TRANSLATION, BENEFICIARY_VULNERABLE,
                                t("Outil couvert par un contrat de sous-traitance ; pour un entretien important avec un bénéficiaire, "
                                        + "préférer un interprète.",
                                        "A tool covered by a processor agreement; for an important conversation with a beneficiary, "
                                                + "prefer an interpreter."),
                                t("Traduire un document qui concerne une personne (courrier, dossier) exige un outil dont le contrat "
                                        + "protège ses données.",
                                        "Translating a document about a person (a letter, a file) needs a tool whose contract protects their data.")),
                        withConditions(SUMMARISING, INTERNAL,
                                t("Notes de réunion sans données personnelles (retirer les noms de bénéficiaires) ; le ou la secrétaire "
                                        + "de séance vérifie le compte rendu avant diffusion.",
                                        "Meeting notes without personal data (remove beneficiaries' names); the meeting secretary checks "
                                                + "the minutes before they are sent."),
                                t("Résumer les réunions d'équipe fait gagner du temps ; un résumé automatique peut pourtant oublier "
                                        + "une décision ou en inventer une.",
                                        "Summarising team meetings saves time; yet an automatic summary may leave out a decision or invent one.")),
                        needsApproval(SUMMARISING, BENEFICIARY_VULNERABLE, null,
                                t("Les notes de suivi individuel ou d'intervision parlent de personnes : on ne les résume que dans un outil "
                                        + "approuvé pour ces données.",
                                        "Notes of individual follow-up or case discussions are about people: they are summarised only in a tool "
                                                + "approved for such data.")),
                        withConditions(TRANSCRIPTION, PERSONAL,
                                t("Informer à l'avance et recueillir l'accord de chaque participant ; outil inscrit dans l'inventaire ; "
                                        + "aucun bénéficiaire enregistré ; effacer l'enregistrement une fois le compte rendu validé.",
                                        "Inform people in advance and get every participant's agreement; a tool listed in the inventory; "
                                                + "no beneficiary recorded; delete the recording once the minutes are approved."),
                                t("La transcription aide à rédiger des comptes rendus fidèles, mais la voix est une donnée personnelle : "
                                        + "chacun doit pouvoir refuser.",
                                        "Transcription helps to write faithful minutes, but a voice is personal data: everyone must be able to say no.")),
                        forbidden(TRANSCRIPTION, BENEFICIARY_VULNERABLE,
                                t("Enregistrer des entretiens avec des bénéficiaires, ou des échanges sur la santé de quelqu'un, "
                                        + "exposerait des données sensibles et la confiance des personnes.",
                                        "Recording interviews with beneficiaries, or conversations about someone's health, would expose "
                                                + "sensitive data and people's trust.")),
                        withConditions(IMAGE_CREATION, INTERNAL,
                                t("Mention « image générée par IA » visible ; aucune personne réelle ni logo d'autrui ; vérifier que l'image "
                                        + "ne véhicule pas de stéréotypes.",
                                        "A visible “AI-generated image” label; no real person and no one else's logo; check that the image "
                                                + "carries no stereotypes."),
                                t("Les images générées peuvent illustrer nos supports, mais elles reproduisent facilement des clichés et ne "
                                        + "doivent pas passer pour des photos.",
                                        "Generated images can illustrate our materials, but they easily repeat clichés and must not pass for photos.")),
                        forbidden(IMAGE_CREATION, BENEFICIARY_VULNERABLE,
                                t("Utiliser la photo ou le visage d'une personne pour générer ou retoucher une image porte atteinte à son "
                                        + "droit à l'image et ouvre la porte aux détournements.",
                                        "Using a person's photo or face to generate or alter an image infringes their right to their own image "
                                                + "and opens the door to misuse.")),
                        withConditions(DATA_ANALYSIS, INTERNAL,
                                t("Données agrégées ou anonymisées ; vérifier les résultats sur la source avant de les publier ou de les présenter.",
                                        "Aggregated or anonymised data; check the results against the source before publishing or presenting them."),
                                t("Analyser des chiffres de fréquentation ou des questionnaires anonymes aide à piloter l'association et "
                                        + "à rendre compte aux pouvoirs subsidiants.",
                                        "Analysing attendance figures or anonymous surveys helps to steer the association and report to funders.")),
                        needsApproval(DATA_ANALYSIS, BENEFICIARY_VULNERABLE,
                                t("Demande d'approbation avec l'avis du référent données ; analyse d'impact (AIPD) dès que des données "
                                        + "sensibles ou de bénéficiaires sont concernées.",
                                        "An approval request with the data protection referent's opinion; a data protection impact assessment "
                                                + "(DPIA) whenever sensitive or beneficiary data is involved."),
                                t("Analyser des données personnelles, a fortiori celles de bénéficiaires, peut mener au profilage : "
                                        + "il faut un outil sous contrat et souvent une analyse d'impact.",
                                        "Analysing personal data, let alone beneficiaries' data, can lead to profiling: it needs a tool under "
                                                + "contract and often an impact assessment.")),
                        forbidden(DECISION_ABOUT_PEOPLE, BENEFICIARY_VULNERABLE,
                                t("Aucune décision sur une personne (aide, accompagnement, recrutement, exclusion) n'est confiée à l'IA, "
                                        + "ni aucun classement de personnes : c'est un domaine à haut risque, sujet aux biais, et chacun a droit "
                                        + "à une décision humaine (RGPD art. 22).",
                                        "No decision about a person (aid, support, recruitment, exclusion) is left to AI, nor any ranking of "
                                                + "people: it is a high-risk area, prone to bias, and everyone has the right to a human decision "
                                                + "(GDPR art. 22).")),
                        needsApproval(PUBLIC_CHATBOT, BENEFICIARY_VULNERABLE,
                                t("Le chatbot annonce qu'il est une IA (AI Act art. 50), ne demande aucune donnée sensible, oriente vers "
                                        + "une personne ; une équipe est désignée pour le suivre.",
                                        "The chatbot says it is an AI (AI Act art. 50), asks for no sensitive data and refers people to a human; "
                                                + "a team is named to look after it."),
                                t("Un assistant qui répond au public ou aux bénéficiaires parle au nom de l'association et demande des moyens "
                                        + "pour rester fiable : le comité décide, projet par projet.",
                                        "An assistant answering the public or beneficiaries speaks for the association and needs resources to "
                                                + "stay reliable: the committee decides, project by project."))));
    }

    private static PolicyTemplate internationalNgo() {
        String id = INTERNATIONAL_NGO;
        return new PolicyTemplate(id,
                t("ONG internationale", "International NGO"),
                t("ONG avec un siège dans l'Union européenne et des bureaux de terrain hors de l'UE, qui travaille en plusieurs "
                        + "langues et traite des données humanitaires.",
                        "An NGO with headquarters in the European Union and field offices outside it, working in several languages "
                                + "and handling humanitarian data."),
                t("Politique d'utilisation responsable de l'IA", "Responsible AI use policy"),
                t("Utiliser l'IA au service de notre mission humanitaire, au siège comme sur le terrain, sans jamais exposer les "
                        + "personnes affectées : ne pas nuire, protéger les données, garder l'humain responsable.",
                        "Use AI in service of our humanitarian mission, at headquarters and in the field, without ever exposing affected "
                                + "people: do no harm, protect data, keep humans accountable."),
                text(id, "summary"), text(id, "body"),
                List.of(
                        withConditions(CHATBOTS, INTERNAL,
                                t("Outil inscrit dans l'inventaire, avec le compte de l'organisation. Aucune donnée personnelle, aucune "
                                        + "localisation précise, aucun détail sur la sécurité des équipes ou des sites. Vérifier chaque réponse.",
                                        "A tool listed in the inventory, with the organisation's account. No personal data, no precise "
                                                + "locations, no details about the security of staff or sites. Check every answer."),
                                t("Les chatbots aident à rédiger et à préparer, au siège comme sur le terrain ; dans nos contextes, même "
                                        + "une information interne peut mettre des personnes en danger.",
                                        "Chatbots help to draft and prepare, at headquarters and in the field; in our contexts even internal "
                                                + "information can put people in danger.")),
                        forbidden(CHATBOTS, BENEFICIARY_VULNERABLE,
                                t("Les données personnelles, et à plus forte raison celles des personnes affectées, ne vont jamais dans un "
                                        + "chatbot : elles peuvent être conservées hors de l'UE et tomber entre les mains de qui veut nuire.",
                                        "Personal data, let alone the data of affected people, never goes into a chatbot: it may be stored "
                                                + "outside the EU and reach those who wish to do harm.")),
                        withConditions(TEXT_GENERATORS, INTERNAL,
                                t("Outil inscrit dans l'inventaire ; aucune donnée personnelle ni information de sécurité ; relecture du texte produit.",
                                        "A tool listed in the inventory; no personal data or security information; the output is reviewed."),
                                t("Les assistants de rédaction envoient le texte vers des serveurs dont la localisation est souvent inconnue.",
                                        "Writing assistants send the text to servers whose location is often unknown.")),
                        forbidden(TEXT_GENERATORS, BENEFICIARY_VULNERABLE,
                                t("Sans contrat vérifié ni garanties de transfert, aucune donnée personnelle ne peut y être confiée. "
                                        + "Un outil approuvé avec contrat reçoit sa propre règle.",
                                        "Without a checked contract and transfer safeguards, no personal data can be entrusted to them. "
                                                + "A tool approved with a contract gets a rule of its own.")),
                        withConditions(WRITING, INTERNAL,
                                t("Relecture avant publication ou envoi par une personne qui connaît le contexte : faits, chiffres, "
                                        + "vocabulaire ni stigmatisant ni sensationnaliste.",
                                        "Review before publishing or sending by someone who knows the context: facts, figures, wording that "
                                                + "is neither stigmatising nor sensationalist."),
                                t("Nos publications engagent la crédibilité et la neutralité de l'organisation ; une erreur peut nuire aux "
                                        + "personnes et à nos équipes sur le terrain.",
                                        "Our publications commit the organisation's credibility and neutrality; a mistake can harm people "
                                                + "and our teams in the field.")),
                        needsApproval(WRITING, BENEFICIARY_VULNERABLE,
                                t("Outil approuvé, couvert par un contrat de sous-traitance et des garanties de transfert ; avis du DPO.",
                                        "An approved tool covered by a processor agreement and transfer safeguards; the DPO's opinion."),
                                t("Rédiger sur une personne (rapport de cas, témoignage) manipule ses données : outil, hébergement et "
                                        + "finalité sont vérifiés d'abord.",
                                        "Writing about a person (a case report, a testimony) handles their data: tool, hosting and purpose "
                                                + "are checked first.")),
                        allowed(TRANSLATION, PUBLIC,
                                t("Traduire nos messages publics dans les langues des communautés que nous servons est précieux et sans "
                                        + "risque pour les personnes.",
                                        "Translating our public messages into the languages of the communities we serve is valuable and puts "
                                                + "no one at risk.")),
                        withConditions(TRANSLATION, INTERNAL,
                                t("Aucune donnée personnelle ni information de sécurité. Relecture par un locuteur de la langue pour tout "
                                        + "texte destiné aux communautés, aux autorités ou aux partenaires.",
                                        "No personal data or security information. Review by a speaker of the language for any text meant "
                                                + "for communities, authorities or partners."),
                                t("Dans les langues moins répandues, la traduction automatique se trompe plus souvent, et un contresens "
                                        + "peut avoir de graves conséquences sur le terrain.",
                                        "In less widely spoken languages machine translation errs more often, and a mistranslation can have "
                                                + "serious consequences in the field.")),
                        needsApproval(TRANSLATION, BENEFICIARY_VULNERABLE,
                                t("Outil approuvé, hébergé dans l'UE ou couvert par des garanties de transfert ; un interprète humain pour "
                                        + "tout échange qui touche aux droits ou à la protection d'une personne.",
                                        "An approved tool, hosted in the EU or covered by transfer safeguards; a human interpreter for any "
                                                + "exchange that affects a person's rights or protection."),
                                t("Traduire des documents sur des personnes affectées touche à des données humanitaires ; la machine ne "
                                        + "remplace pas un interprète quand l'enjeu est important.",
                                        "Translating documents about affected people touches humanitarian data; a machine does not replace "
                                                + "an interpreter when the stakes are high.")),
                        withConditions(SUMMARISING, INTERNAL,
                                t("Notes sans noms de personnes affectées ni informations de sécurité ; la personne qui a animé la "
                                        + "réunion valide le résumé.",
                                        "Notes without names of affected people or security information; whoever chaired the meeting "
                                                + "approves the summary."),
                                t("Résumer les réunions de coordination et les rapports fait gagner du temps au siège comme sur le terrain.",
                                        "Summarising coordination meetings and reports saves time at headquarters and in the field.")),
                        needsApproval(SUMMARISING, BENEFICIARY_VULNERABLE, null,
                                t("Les rapports de terrain et les notes de cas contiennent souvent des données humanitaires : on ne les résume "
                                        + "que dans un outil approuvé, après avis du DPO.",
                                        "Field reports and case notes often contain humanitarian data: they are summarised only in an approved "
                                                + "tool, after the DPO's opinion.")),
                        withConditions(TRANSCRIPTION, PERSONAL,
                                t("Consentement de chaque participant, demandé à l'avance ; outil inscrit dans l'inventaire ; aucune personne "
                                        + "affectée enregistrée ; effacer l'enregistrement une fois le compte rendu validé.",
                                        "Every participant's consent, asked in advance; a tool listed in the inventory; no affected person "
                                                + "recorded; delete the recording once the minutes are approved."),
                                t("La transcription facilite les comptes rendus entre bureaux et en plusieurs langues, mais une voix est "
                                        + "une donnée personnelle.",
                                        "Transcription makes minutes easier across offices and languages, but a voice is personal data.")),
                        needsApproval(TRANSCRIPTION, BENEFICIARY_VULNERABLE,
                                t("Consentement éclairé recueilli dans la langue de la personne, refus possible sans conséquence sur l'aide ; "
                                        + "AIPD ; outil approuvé avec garanties de transfert.",
                                        "Informed consent obtained in the person's language, with the right to refuse at no cost to the aid "
                                                + "they receive; a DPIA; an approved tool with transfer safeguards."),
                                t("Enregistrer des témoignages de personnes affectées peut servir le plaidoyer, mais aussi les exposer : "
                                        + "seul un projet encadré peut le justifier.",
                                        "Recording testimonies of affected people can serve advocacy but can also expose them: only a "
                                                + "well-framed project can justify it.")),
                        withConditions(IMAGE_CREATION, INTERNAL,
                                t("Mention « image générée par IA » ; jamais d'image qui puisse passer pour la photo d'une crise réelle ; "
                                        + "aucun stéréotype sur les populations.",
                                        "An “AI-generated image” label; never an image that could pass for a photo of a real crisis; "
                                                + "no stereotypes about populations."),
                                t("Une fausse image de crise, même bien intentionnée, ruine la confiance du public et des donateurs et "
                                        + "trahit la dignité des personnes.",
                                        "A fake crisis image, however well meant, ruins the trust of the public and donors and betrays "
                                                + "people's dignity.")),
                        forbidden(IMAGE_CREATION, BENEFICIARY_VULNERABLE,
                                t("Les photos de personnes, et surtout de personnes affectées ou d'enfants, ne servent jamais à générer ou "
                                        + "à retoucher des images.",
                                        "Photos of people, above all of affected people or children, are never used to generate or alter images.")),
                        withConditions(DATA_ANALYSIS, INTERNAL,
                                t("Données agrégées et anonymisées ; attention aux petits groupes qui permettent de reconnaître quelqu'un ; "
                                        + "vérifier les résultats avant diffusion.",
                                        "Aggregated and anonymised data; beware of small groups in which someone can be recognised; check "
                                                + "the results before sharing them."),
                                t("L'analyse de données agrégées améliore nos programmes ; dans une petite communauté, des chiffres trop "
                                        + "détaillés suffisent à identifier une personne.",
                                        "Analysing aggregated data improves our programmes; in a small community, figures that are too "
                                                + "detailed are enough to identify a person.")),
                        needsApproval(DATA_ANALYSIS, BENEFICIARY_VULNERABLE,
                                t("AIPD, avis du DPO, outil approuvé, hébergement et transferts documentés, données réduites au strict nécessaire.",
                                        "A DPIA, the DPO's opinion, an approved tool, documented hosting and transfers, data kept to the "
                                                + "strict minimum."),
                                t("Analyser des données de personnes affectées peut mener au profilage ou à des fuites aux conséquences "
                                        + "graves : cela ne se fait que dans un projet approuvé.",
                                        "Analysing data about affected people can lead to profiling or to leaks with grave consequences: it "
                                                + "happens only in an approved project.")),
                        needsApproval(DECISION_ABOUT_PEOPLE, BENEFICIARY_VULNERABLE,
                                t("Jamais de décision automatique : l'IA peut au plus préparer, une personne formée décide au cas par cas et "
                                        + "peut s'écarter de la suggestion. AIPD, analyse d'impact sur les droits fondamentaux, information des "
                                        + "personnes, voie de recours, suivi des biais.",
                                        "Never an automated decision: AI may at most prepare it, a trained person decides case by case and can "
                                                + "depart from the suggestion. A DPIA, a fundamental rights impact assessment, information for the "
                                                + "people concerned, a way to appeal, monitoring of bias."),
                                t("Le ciblage de l'aide ou l'évaluation des vulnérabilités touche aux droits des personnes (domaine à haut "
                                        + "risque de l'AI Act, RGPD art. 22) : seul le comité, avec le DPO, peut autoriser un tel projet.",
                                        "Targeting aid or assessing vulnerability affects people's rights (a high-risk area under the AI Act, "
                                                + "GDPR art. 22): only the committee, with the DPO, can authorise such a project.")),
                        needsApproval(PUBLIC_CHATBOT, BENEFICIARY_VULNERABLE,
                                t("Le chatbot dit qu'il est une IA (AI Act art. 50), parle les langues des communautés, ne demande aucune "
                                        + "donnée sensible et oriente vers une personne ; AIPD ; équipe de suivi désignée.",
                                        "The chatbot says it is an AI (AI Act art. 50), speaks the communities' languages, asks for no "
                                                + "sensitive data and refers people to a human; a DPIA; a named team looks after it."),
                                t("Un assistant qui répond aux communautés peut informer largement, mais une réponse fausse en situation "
                                        + "de crise peut mettre des vies en danger.",
                                        "An assistant answering communities can inform widely, but a wrong answer in a crisis can put "
                                                + "lives at risk.")),
                        withConditions(RESEARCH, INTERNAL,
                                t("Vérifier chaque information sur une source fiable et citée ; aucune donnée personnelle ni information "
                                        + "de sécurité dans les requêtes.",
                                        "Check every piece of information against a reliable, cited source; no personal data or security "
                                                + "information in the queries."),
                                t("L'IA aide à préparer des analyses de contexte, mais elle peut inventer des faits ou relayer de la "
                                        + "désinformation, fréquente en temps de crise.",
                                        "AI helps to prepare context analyses, but it can invent facts or pass on misinformation, which is "
                                                + "common in a crisis."))));
    }

    /**
     * The text {@code part} ("body" or "summary") of template {@code id} in French and English, read
     * from the resources; fails fast when a file is missing or blank.
     */
    static Localized text(String id, String part) {
        return new Localized(resource(id, part, LANGUAGES.get(0)), resource(id, part, LANGUAGES.get(1)));
    }

    private static String resource(String id, String part, String language) {
        String name = RESOURCE_FOLDER + id + "." + part + "." + language + ".md";
        try (InputStream in = PolicyTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("policy template text missing: " + name);
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (content.isEmpty()) {
                throw new IllegalStateException("policy template text blank: " + name);
            }
            return content;
        } catch (IOException e) {
            throw new IllegalStateException("policy template text unreadable: " + name, e);
        }
    }

    private static TemplateRule allowed(RuleSubject subject, DataCategory upTo, Localized rationale) {
        return new TemplateRule(subject, upTo, Verdict.ALLOWED, null, rationale);
    }

    private static TemplateRule withConditions(RuleSubject subject, DataCategory upTo, Localized conditions, Localized rationale) {
        return new TemplateRule(subject, upTo, Verdict.ALLOWED_WITH_CONDITIONS, conditions, rationale);
    }

    /** {@code conditions}, when given, say what the committee will ask for before approving. */
    private static TemplateRule needsApproval(RuleSubject subject, DataCategory upTo, Localized conditions, Localized rationale) {
        return new TemplateRule(subject, upTo, Verdict.NEEDS_APPROVAL, conditions, rationale);
    }

    private static TemplateRule forbidden(RuleSubject subject, DataCategory upTo, Localized rationale) {
        return new TemplateRule(subject, upTo, Verdict.FORBIDDEN, null, rationale);
    }

    private static Localized t(String fr, String en) {
        return new Localized(fr, en);
    }
}
