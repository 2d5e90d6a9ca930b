package org.gouvernail.domain.readiness;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: the readiness framework written for associations, versioned. A campaign names the
 * version it was answered against, so that a later edition never changes past results. Each question
 * is a behavioural statement with five described stages; "I don't know" is always allowed and counted.
 */
public record ReadinessFramework(String version, List<ReadinessQuestion> questions) {

    /** The edition in use: new campaigns are answered against it. */
    public static final String CURRENT_VERSION = "2026.1";

    public ReadinessFramework {
        questions = List.copyOf(questions);
    }

    public static ReadinessFramework current() {
        return V2026_1;
    }

    /** The edition named by a campaign; empty for a version this platform never published. */
    public static Optional<ReadinessFramework> find(String version) {
        return CURRENT_VERSION.equals(version) ? Optional.of(V2026_1) : Optional.empty();
    }

    public Optional<ReadinessQuestion> question(String code) {
        return questions.stream()
                .filter(question -> question.code().equals(code))
                .findFirst();
    }

    /** The question codes of each dimension, in the framework's order. */
    public Map<Dimension, List<String>> codesByDimension() {
        Map<Dimension, List<String>> codes = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            codes.put(
                    dimension,
                    questions.stream()
                            .filter(question -> question.dimension() == dimension)
                            .map(ReadinessQuestion::code)
                            .toList());
        }
        return codes;
    }

    private static ReadinessQuestion q(Dimension dimension, String code, String fr, String en, String... stages) {
        if (stages.length != ReadinessQuestion.STAGES * 2) {
            throw new IllegalArgumentException(code + ": five stages, French then English, each");
        }
        List<Localized> described = Arrays.asList(new Localized[ReadinessQuestion.STAGES]);
        for (int stage = 0; stage < ReadinessQuestion.STAGES; stage++) {
            described.set(stage, new Localized(stages[stage * 2], stages[stage * 2 + 1]));
        }
        return new ReadinessQuestion(code, dimension, new Localized(fr, en), described);
    }

    private static final ReadinessFramework V2026_1 = new ReadinessFramework(
            CURRENT_VERSION,
            List.of(
                    q(
                            Dimension.MISSION_VALUES,
                            "MV1",
                            "Nous décidons d'utiliser l'IA à partir de notre mission et de nos bénéficiaires.",
                            "We decide to use AI starting from our mission and our beneficiaries.",
                            "Personne ne s'est posé la question.",
                            "Nobody has asked the question.",
                            "Quelques personnes en parlent, sans lien avec la mission.",
                            "A few people talk about it, unrelated to the mission.",
                            "Nous avons discuté des usages utiles et de ceux à éviter pour nos publics.",
                            "We have discussed which uses help our people and which to avoid.",
                            "Nos principes d'usage sont écrits et reliés à la mission.",
                            "Our principles of use are written and tied to the mission.",
                            "Chaque nouvel usage est vérifié contre ces principes, revus chaque année.",
                            "Every new use is checked against these principles, reviewed yearly."),
                    q(
                            Dimension.MISSION_VALUES,
                            "MV2",
                            "Nous savons dire ce que l'IA ne fera jamais chez nous.",
                            "We can say what AI will never do in our association.",
                            "Aucune limite n'a été évoquée.",
                            "No limit has been mentioned.",
                            "Des limites existent dans la tête de certains.",
                            "Some people have limits in mind.",
                            "Les limites ont été discutées en équipe.",
                            "Limits have been discussed in the team.",
                            "Les lignes rouges sont écrites et communiquées.",
                            "Red lines are written and communicated.",
                            "Les lignes rouges sont connues de tous et rappelées aux nouveaux.",
                            "Red lines are known by all and taught to newcomers."),
                    q(
                            Dimension.LEADERSHIP_GOVERNANCE,
                            "LG1",
                            "Le conseil d'administration suit les décisions sur l'IA.",
                            "The board follows the decisions on AI.",
                            "Le CA n'en a jamais parlé.",
                            "The board has never discussed it.",
                            "Le sujet a été évoqué une fois au CA.",
                            "The subject came up once at the board.",
                            "Une personne ou un groupe est chargé du sujet.",
                            "A person or group is in charge of the subject.",
                            "Un comité ou référent décide et rend compte au CA.",
                            "A committee or referent decides and reports to the board.",
                            "Le CA revoit les décisions et risques IA à échéance fixe.",
                            "The board reviews AI decisions and risks on a fixed cadence."),
                    q(
                            Dimension.LEADERSHIP_GOVERNANCE,
                            "LG2",
                            "Nous savons qui autorise un nouvel outil d'IA.",
                            "We know who authorises a new AI tool.",
                            "Chacun installe ce qu'il veut.",
                            "Everyone installs whatever they like.",
                            "On demande parfois à son responsable.",
                            "People sometimes ask their manager.",
                            "Il existe une personne à qui demander.",
                            "There is a person to ask.",
                            "La procédure d'autorisation est écrite et suivie.",
                            "The approval procedure is written and followed.",
                            "Les autorisations sont tracées et revues.",
                            "Approvals are recorded and reviewed."),
                    q(
                            Dimension.UNDERSTANDING_AI,
                            "UA1",
                            "Les personnes qui utilisent l'IA en connaissent les limites (erreurs, biais).",
                            "People who use AI know its limits (errors, bias).",
                            "Nous ne savons pas qui l'utilise ni comment.",
                            "We do not know who uses it or how.",
                            "Quelques personnes se sont formées seules.",
                            "A few people taught themselves.",
                            "Une sensibilisation a eu lieu pour une partie des équipes.",
                            "An awareness session reached part of the teams.",
                            "Chaque utilisateur a suivi une formation adaptée à son usage.",
                            "Every user has had training suited to their use.",
                            "La formation est suivie, renouvelée et son effet vérifié.",
                            "Training is tracked, renewed and its effect checked."),
                    q(
                            Dimension.UNDERSTANDING_AI,
                            "UA2",
                            "Nous relisons et vérifions ce que l'IA produit avant de l'utiliser.",
                            "We read and check what AI produces before using it.",
                            "Les résultats sont utilisés tels quels.",
                            "Outputs are used as they are.",
                            "Certains relisent, d'autres non.",
                            "Some check, others do not.",
                            "La relecture est attendue mais pas organisée.",
                            "Checking is expected but not organised.",
                            "La relecture est une règle écrite.",
                            "Checking is a written rule.",
                            "La relecture est vérifiée et les erreurs sont remontées.",
                            "Checking is verified and errors are reported."),
                    q(
                            Dimension.DATA_PRIVACY,
                            "DP1",
                            "Les données de nos bénéficiaires ne vont jamais dans un outil non autorisé.",
                            "Our beneficiaries' data never goes into an unauthorised tool.",
                            "Nous ne savons pas où vont les données.",
                            "We do not know where the data goes.",
                            "Nous pensons que cela arrive parfois.",
                            "We believe it happens sometimes.",
                            "La consigne est donnée oralement.",
                            "The instruction is given orally.",
                            "La règle est écrite et les outils autorisés sont connus.",
                            "The rule is written and the authorised tools are known.",
                            "La règle est contrôlée et les écarts traités comme incidents.",
                            "The rule is checked and breaches handled as incidents."),
                    q(
                            Dimension.DATA_PRIVACY,
                            "DP2",
                            "Notre référent données est consulté avant un usage qui touche des données personnelles.",
                            "Our data referent is consulted before a use that touches personal data.",
                            "Nous n'avons pas de référent données.",
                            "We have no data referent.",
                            "Un référent existe mais n'est pas consulté.",
                            "A referent exists but is not consulted.",
                            "Il est consulté quand on y pense.",
                            "They are consulted when someone remembers.",
                            "Sa consultation est une étape prévue.",
                            "Consulting them is a planned step.",
                            "Ses avis sont tracés et suivis (AIPD si nécessaire).",
                            "Their advice is recorded and followed (DPIA when needed)."),
                    q(
                            Dimension.TOOLS_SECURITY,
                            "TS1",
                            "Nous tenons la liste des outils d'IA utilisés.",
                            "We keep the list of AI tools in use.",
                            "Aucune liste.",
                            "No list.",
                            "Une liste partielle existe quelque part.",
                            "A partial list exists somewhere.",
                            "La liste est faite mais pas tenue à jour.",
                            "The list was made but is not kept up to date.",
                            "La liste est à jour avec le statut de chaque outil.",
                            "The list is up to date with each tool's status.",
                            "La liste est revue et chaque outil évalué (fournisseur, sécurité).",
                            "The list is reviewed and each tool assessed (vendor, security)."),
                    q(
                            Dimension.TOOLS_SECURITY,
                            "TS2",
                            "Nous utilisons des comptes professionnels gérés plutôt que des comptes personnels.",
                            "We use managed professional accounts rather than personal ones.",
                            "Chacun utilise son compte personnel.",
                            "Everyone uses a personal account.",
                            "Quelques comptes professionnels existent.",
                            "A few professional accounts exist.",
                            "Les outils principaux ont des comptes professionnels.",
                            "The main tools have professional accounts.",
                            "Tous les outils autorisés passent par des comptes gérés.",
                            "All authorised tools go through managed accounts.",
                            "Les accès sont revus et retirés au départ des personnes.",
                            "Access is reviewed and removed when people leave."),
                    q(
                            Dimension.CURRENT_PRACTICES,
                            "CP1",
                            "Les personnes déclarent les outils d'IA qu'elles utilisent, même non autorisés.",
                            "People declare the AI tools they use, even unauthorised ones.",
                            "Personne n'en parle.",
                            "Nobody talks about it.",
                            "Certains en parlent entre collègues.",
                            "Some mention it among colleagues.",
                            "Une demande de déclaration a été faite.",
                            "A call to declare tools was made.",
                            "Déclarer est simple et sans reproche.",
                            "Declaring is simple and blame-free.",
                            "Les déclarations sont régulières et suivies d'une décision.",
                            "Declarations are regular and followed by a decision."),
                    q(
                            Dimension.CURRENT_PRACTICES,
                            "CP2",
                            "Nous partageons ce qui marche et ce qui pose problème dans nos usages de l'IA.",
                            "We share what works and what goes wrong in our uses of AI.",
                            "Aucun partage.",
                            "No sharing.",
                            "Des échanges informels.",
                            "Informal exchanges.",
                            "Des retours sont recueillis ponctuellement.",
                            "Feedback is collected now and then.",
                            "Un canal de retours existe et est connu.",
                            "A feedback channel exists and is known.",
                            "Les retours font évoluer les règles.",
                            "Feedback changes the rules."),
                    q(
                            Dimension.PEOPLE_SOCIAL_DIALOGUE,
                            "PS1",
                            "Les équipes et leurs représentants sont associés aux choix d'IA qui changent le travail.",
                            "Teams and their representatives take part in AI choices that change work.",
                            "Les choix sont imposés.",
                            "Choices are imposed.",
                            "Les équipes sont informées après coup.",
                            "Teams are told afterwards.",
                            "Les équipes sont informées avant.",
                            "Teams are told beforehand.",
                            "Les représentants sont consultés quand la loi le prévoit.",
                            "Representatives are consulted when the law requires it.",
                            "Le dialogue est régulier et ses résultats changent les décisions.",
                            "Dialogue is regular and its outcome changes decisions."),
                    q(
                            Dimension.PEOPLE_SOCIAL_DIALOGUE,
                            "PS2",
                            "Les bénévoles savent ce qu'ils peuvent faire ou non avec l'IA.",
                            "Volunteers know what they may and may not do with AI.",
                            "Rien n'a été dit aux bénévoles.",
                            "Volunteers have been told nothing.",
                            "Certains bénévoles ont reçu des consignes.",
                            "Some volunteers got instructions.",
                            "Les consignes sont données à l'accueil.",
                            "Instructions are given when they join.",
                            "Les consignes écrites sont remises et expliquées.",
                            "Written instructions are handed out and explained.",
                            "Les bénévoles sont formés et leurs questions suivies.",
                            "Volunteers are trained and their questions followed up."),
                    q(
                            Dimension.RESOURCES,
                            "RS1",
                            "Du temps est prévu pour piloter l'IA (comité, formation, suivi).",
                            "Time is set aside to steer AI (committee, training, follow-up).",
                            "Aucun temps prévu.",
                            "No time set aside.",
                            "Sur le temps libre de quelques personnes.",
                            "On a few people's spare time.",
                            "Quelques heures sont prévues ponctuellement.",
                            "A few hours are planned now and then.",
                            "Le temps est inscrit dans les fonctions.",
                            "The time is part of job descriptions.",
                            "Le temps est budgété et évalué chaque année.",
                            "The time is budgeted and evaluated yearly."),
                    q(
                            Dimension.RESOURCES,
                            "RS2",
                            "Nous savons où trouver de l'aide extérieure (fédération, formateurs, juriste).",
                            "We know where to find outside help (federation, trainers, lawyer).",
                            "Nous ne savons pas à qui nous adresser.",
                            "We do not know whom to ask.",
                            "Nous avons quelques contacts.",
                            "We have a few contacts.",
                            "Nous avons déjà demandé de l'aide une fois.",
                            "We asked for help once.",
                            "Nous avons des relais identifiés.",
                            "We have identified partners.",
                            "Nous partageons et mutualisons avec d'autres associations.",
                            "We share and pool with other associations.")));
}
