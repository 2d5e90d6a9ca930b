package org.gouvernail.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registry of the isolation tests' calls: every operation under {@code /api/v1/organisations/{orgId}},
 * area by area, as the isolation tests probe it. The isolation tests take their lists from here, and
 * {@code IsolationCoverageTest} fails when the OpenAPI document has an operation under that prefix in
 * none of them (nor in {@link #EXCLUDED}, each exclusion with its reason).
 */
public final class IsolationCalls {

    /** Operations deliberately in no isolation list ("METHOD /path/{template}" → the reason). None today. */
    public static final Map<String, String> EXCLUDED = Map.of();

    /** A spreadsheet of one valid row, imported as a dry run: a refusal can only come from the access rules. */
    public static final String SHEET = "name,category,account type\nOutil importé,OTHER,PROFESSIONAL\n";

    private static final String AI_ACT = "{\"prohibitedPractices\":[],\"annexIiiAreas\":[],\"article63Exceptions\":[],"
            + "\"profilesNaturalPersons\":false,\"transparencyDuties\":[],\"operatorRole\":\"DEPLOYER\"}";
    private static final String DPIA = "{\"requiredCases\":[],\"criteria\":[\"C8\"]}";
    private static final String CONFIGURATION = "{\"charter\":{\"writtenProcedureAllowed\":false},\"members\":[]}";
    private static final String MEETING = "{\"date\":\"2026-12-10\",\"attendees\":[]}";
    private static final String DECISION =
            "{\"subject\":\"OTHER\",\"outcome\":\"DEFERRED\",\"votesFor\":0,\"votesAgainst\":0,\"votesAbstain\":0}";
    private static final String REQUEST = "{\"kind\":\"NEW_USE\",\"title\":\"Résumer nos réunions\"}";

    private IsolationCalls() {}

    private static String base(String org) {
        return "/api/v1/organisations/" + org;
    }

    /** The organisation itself, its members, its tools (with their spreadsheets) and its audit trail. */
    public static List<Call> tenant(String org, String member, String tool) {
        String base = base(org);
        return List.of(
                new Call("GET", base, null),
                new Call("PATCH", base, "{\"name\":\"Renamed\"}"),
                new Call("GET", base + "/members", null),
                new Call(
                        "POST",
                        base + "/members",
                        "{\"email\":\"zoe@example.org\",\"displayName\":\"Zoé\",\"personType\":\"STAFF\",\"roles\":[\"VIEWER\"]}"),
                new Call("GET", base + "/members/" + member, null),
                new Call("PATCH", base + "/members/" + member, "{\"displayName\":\"Renamed\"}"),
                new Call("DELETE", base + "/members/" + member, null),
                new Call("GET", base + "/tools", null),
                new Call(
                        "POST",
                        base + "/tools",
                        "{\"name\":\"Outil\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"}"),
                new Call("GET", base + "/tools/export", null),
                new Call("POST", base + "/tools/import?dryRun=true", SHEET, "text/csv; charset=UTF-8"),
                new Call("GET", base + "/tools/" + tool, null),
                new Call("PATCH", base + "/tools/" + tool, "{\"vendor\":\"Autre\"}"),
                new Call("DELETE", base + "/tools/" + tool, null),
                new Call("POST", base + "/tools/" + tool + "/start-review", null),
                new Call("POST", base + "/tools/" + tool + "/retire", null),
                new Call("GET", base + "/audit-events", null));
    }

    /** The vendor assessments of one tool, and one assessment. */
    public static List<Call> assessments(String org, String tool, String assessment) {
        String base = base(org);
        return List.of(
                new Call("POST", base + "/tools/" + tool + "/assessments", ChecklistBodies.allYes()),
                new Call("GET", base + "/tools/" + tool + "/assessments", null),
                new Call("GET", base + "/assessments/" + assessment, null),
                new Call("PATCH", base + "/assessments/" + assessment, "{\"context\":{\"criticalProcess\":true}}"),
                new Call("POST", base + "/assessments/" + assessment + "/submit", null),
                new Call("POST", base + "/assessments/" + assessment + "/validate", null),
                new Call("POST", base + "/assessments/" + assessment + "/return", "{\"comment\":\"À revoir\"}"));
    }

    /** The committee, its meetings, decisions and approval requests. */
    public static List<Call> committee(String org, String meeting, String decision, String request) {
        String base = base(org);
        String meetingPath = base + "/meetings/" + meeting;
        return List.of(
                new Call("GET", base + "/committee", null),
                new Call("PUT", base + "/committee", CONFIGURATION),
                new Call("GET", base + "/meetings", null),
                new Call("POST", base + "/meetings", MEETING),
                new Call("GET", meetingPath, null),
                new Call("PATCH", meetingPath, "{\"minutes\":\"Compte rendu\"}"),
                new Call("GET", meetingPath + "/decisions", null),
                new Call("POST", meetingPath + "/decisions", DECISION),
                new Call("GET", base + "/decisions", null),
                new Call("POST", base + "/decisions", DECISION),
                new Call("GET", base + "/decisions/" + decision, null),
                new Call("GET", base + "/approval-requests", null),
                new Call("POST", base + "/approval-requests", REQUEST),
                new Call("GET", base + "/approval-requests/" + request, null),
                new Call("POST", base + "/approval-requests/" + request + "/withdraw", null));
    }

    /** The policies, version 1 of one of them, and the policy check. */
    public static List<Call> policies(String org, String policy) {
        String base = base(org) + "/policies";
        String version = base + "/" + policy + "/versions/1";
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, "{\"title\":\"Charte\"}"),
                new Call("GET", base + "/to-acknowledge", null),
                new Call("GET", base + "/" + policy, null),
                new Call("PATCH", base + "/" + policy, "{\"title\":\"Charte IA 2027\"}"),
                new Call("GET", base + "/" + policy + "/versions", null),
                new Call("POST", base + "/" + policy + "/versions", null),
                new Call("GET", version, null),
                new Call("PATCH", version, "{\"summary\":\"En bref\"}"),
                new Call("POST", version + "/submit", null),
                new Call("POST", version + "/return-to-draft", null),
                new Call("GET", version + "/changes?from=1", null),
                new Call("GET", version + "/document?format=markdown", null),
                new Call("POST", version + "/acknowledgements", "{}"),
                new Call("GET", version + "/acknowledgements", null),
                new Call("GET", base(org) + "/policy-check?activity=WRITING&dataCategory=PUBLIC", null));
    }

    /** The risk register (with its export and heatmap), one risk and one of its actions. */
    public static List<Call> risks(String org, String risk, String action) {
        String base = base(org) + "/risks";
        String one = base + "/" + risk;
        String actionPath = one + "/actions/" + action;
        return List.of(
                new Call("GET", base, null),
                new Call(
                        "POST",
                        base,
                        "{\"title\":\"Risque\",\"category\":\"SECURITY\",\"likelihood\":2,\"severity\":2}"),
                new Call("GET", base + "/export", null),
                new Call("GET", base + "/heatmap", null),
                new Call("GET", one, null),
                new Call("PATCH", one, "{\"description\":\"Autre\"}"),
                new Call("DELETE", one, null),
                new Call("POST", one + "/accept", "{\"rationale\":\"Faible\"}"),
                new Call("POST", one + "/start-treatment", null),
                new Call("POST", one + "/monitor", null),
                new Call("POST", one + "/close", null),
                new Call("POST", one + "/reopen", null),
                new Call("GET", one + "/actions", null),
                new Call("POST", one + "/actions", "{\"title\":\"Former l'équipe\"}"),
                new Call("GET", actionPath, null),
                new Call("PATCH", actionPath, "{\"status\":\"DONE\"}"),
                new Call("DELETE", actionPath, null));
    }

    /** The use-case portfolio (with its matrix) and one use case. */
    public static List<Call> useCases(String org, String useCase) {
        String base = base(org) + "/use-cases";
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, "{\"fromCatalogue\":\"translation\"}"),
                new Call("GET", base + "/matrix", null),
                new Call("GET", base + "/" + useCase, null),
                new Call("PATCH", base + "/" + useCase, "{\"team\":\"Accueil\"}"),
                new Call("DELETE", base + "/" + useCase, null),
                new Call("POST", base + "/" + useCase + "/submit", null),
                new Call("POST", base + "/" + useCase + "/start-pilot", null),
                new Call("POST", base + "/" + useCase + "/put-in-use", null),
                new Call("POST", base + "/" + useCase + "/retire", null),
                new Call("PUT", base + "/" + useCase + "/ai-act-profile", AI_ACT),
                new Call("PUT", base + "/" + useCase + "/dpia-screening", DPIA));
    }

    /** The values check and footprint of one use case, and the organisation's footprint (issue 20). */
    public static List<Call> valuesAndFootprint(String org, String useCase) {
        String base = base(org);
        return List.of(
                new Call("GET", base + "/use-cases/" + useCase + "/values-check", null),
                new Call(
                        "PUT",
                        base + "/use-cases/" + useCase + "/values-check",
                        "{\"answers\":{\"AU_REVIEW\":\"EVERY_OUTPUT\"}}"),
                new Call("GET", base + "/use-cases/" + useCase + "/footprint", null),
                new Call(
                        "PUT",
                        base + "/use-cases/" + useCase + "/footprint",
                        "{\"requestsPerMonth\":100,\"inputLength\":200,\"outputLength\":300,\"model\":\"SMALL\"}"),
                new Call("GET", base + "/footprint", null));
    }

    /** The versions of the AI transparency statement and one version. */
    public static List<Call> transparency(String org, String statement) {
        String base = base(org) + "/ai-transparency";
        String one = base + "/" + statement;
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, "{\"contactAddress\":\"ia@example.org\"}"),
                new Call("GET", one, null),
                new Call("PATCH", one, "{\"howToRaiseAConcern\":\"Ecrivez-nous.\"}"),
                new Call("POST", one + "/submit", null));
    }

    /** The communication plans, one plan (with its review, timeline and proposals) and one of its actions. */
    public static List<Call> communication(String org, String plan, String action, String sender) {
        String base = base(org) + "/communication-plans";
        String one = base + "/" + plan;
        String actionPath = one + "/actions/" + action;
        return List.of(
                new Call("GET", base, null),
                new Call(
                        "POST",
                        base,
                        "{\"title\":\"Plan\",\"objective\":\"Informer\",\"periodStart\":\"2027-01-01\","
                                + "\"periodEnd\":\"2027-12-31\",\"ownerId\":\"" + sender + "\"}"),
                new Call("GET", one, null),
                new Call("PATCH", one, "{\"objective\":\"Autre\"}"),
                new Call("GET", one + "/review", null),
                new Call("GET", one + "/timeline", null),
                new Call("GET", one + "/proposals", null),
                new Call("GET", one + "/actions", null),
                new Call(
                        "POST",
                        one + "/actions",
                        "{\"audience\":\"STAFF\",\"stage\":\"AWARENESS\",\"keyMessage\":\"Message\","
                                + "\"channel\":\"EMAIL\",\"senderId\":\"" + sender
                                + "\",\"plannedDate\":\"2027-01-10\"}"),
                new Call("GET", actionPath, null),
                new Call("PATCH", actionPath, "{\"channel\":\"INTRANET\"}"),
                new Call("POST", actionPath + "/mark-ready", null),
                new Call("POST", actionPath + "/mark-done", "{\"peopleReached\":3}"),
                new Call("POST", actionPath + "/cancel", null));
    }

    /** The feedback box: the handlers' list, the three ways in, one item, its life cycle and its disclosure requests. */
    public static List<Call> feedback(String org, String item) {
        String base = base(org) + "/feedback";
        String one = base + "/" + item;
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, "{\"kind\":\"QUESTION\",\"identityMode\":\"IDENTIFIED\",\"text\":\"Question\"}"),
                new Call("POST", base + "/anonymous", "{\"kind\":\"CONCERN\",\"text\":\"Signalement\"}"),
                new Call("GET", base + "/mine", null),
                new Call("GET", one, null),
                new Call("POST", one + "/acknowledge", null),
                new Call("POST", one + "/triage", null),
                new Call("POST", one + "/plan-action", null),
                new Call("POST", one + "/close", "{\"answer\":\"Réponse\"}"),
                new Call("POST", one + "/dismiss", "{\"reason\":\"Hors sujet\"}"),
                new Call("POST", one + "/messages", "{\"text\":\"Message\"}"),
                new Call("POST", one + "/follow-ups", "{\"kind\":\"RISK\",\"risk\":{\"fromCatalogue\":\"R01\"}}"),
                new Call("GET", base(org) + "/feedback-links?riskId=" + item, null),
                new Call("POST", one + "/disclosure-requests", "{\"reason\":\"Audition\"}"),
                new Call("GET", base + "/disclosure-requests", null),
                new Call("GET", base + "/digest", null),
                new Call(
                        "POST",
                        one + "/disclosure-requests/" + item + "/decision",
                        "{\"outcome\":\"GRANTED\",\"reason\":\"Motif\"}"));
    }

    /** The incident log and one incident with its duties. */
    public static List<Call> incidents(String org, String incident) {
        String base = base(org) + "/incidents";
        String one = base + "/" + incident;
        return List.of(
                new Call("GET", base, null),
                new Call(
                        "POST",
                        base,
                        "{\"title\":\"Incident\",\"kind\":\"NEAR_MISS\",\"type\":\"OTHER\",\"detectedAt\":\"2026-11-27T10:00:00Z\"}"),
                new Call("GET", base + "/register?format=csv", null),
                new Call("GET", base + "/metrics?from=2026-01-01&to=2026-12-31", null),
                new Call("GET", one, null),
                new Call("POST", one + "/triage", null),
                new Call("POST", one + "/contain", null),
                new Call("POST", one + "/investigate", null),
                new Call("POST", one + "/resolve", null),
                new Call("POST", one + "/close", "{\"lessonsLearned\":\"Former\"}"),
                new Call("POST", one + "/severity-override", "{\"severity\":\"LOW\",\"reason\":\"Aucun\"}"),
                new Call("POST", one + "/duties/GDPR_33_1_NOTIFY_AUTHORITY/done", "{\"reference\":\"APD-1\"}"),
                new Call("POST", one + "/duties/GDPR_33_5_REGISTER/not-required", "{\"reason\":\"Aucun risque\"}"),
                new Call("POST", one + "/checklist/delete-conversation/tick", null));
    }

    /** The actions of one incident's response: list, plan, read, done, cancel. */
    public static List<Call> incidentActions(String org, String incident, String action) {
        String base = base(org) + "/incidents/" + incident + "/actions";
        String one = base + "/" + action;
        return List.of(
                new Call("GET", base, null),
                new Call(
                        "POST",
                        base,
                        "{\"title\":\"Supprimer la conversation\",\"ownerId\":\"" + id()
                                + "\",\"dueOn\":\"2026-12-01\"}"),
                new Call("GET", one, null),
                new Call("POST", one + "/done", "{\"note\":\"Fait\"}"),
                new Call("POST", one + "/cancel", "{\"reason\":\"Inutile\"}"));
    }

    /** The contractual notification duties: the organisation's rules (CRUD) and one incident's contractual duties. */
    public static List<Call> incidentContractDuties(String org, String incident, String rule) {
        String rules = base(org) + "/incident-contract-duties";
        String duties = base(org) + "/incidents/" + incident + "/contract-duties";
        return List.of(
                new Call("GET", rules, null),
                new Call(
                        "POST",
                        rules,
                        "{\"counterparty\":\"Fondation\",\"kind\":\"FUNDER\",\"notifyWithinHours\":24,"
                                + "\"minimumSeverity\":\"MEDIUM\"}"),
                new Call("GET", rules + "/" + rule, null),
                new Call("PATCH", rules + "/" + rule, "{\"notifyWithinHours\":48}"),
                new Call("DELETE", rules + "/" + rule, null),
                new Call("GET", duties, null),
                new Call("POST", duties + "/" + rule + "/done", "{\"reference\":\"Courriel\"}"),
                new Call("POST", duties + "/" + rule + "/not-required", "{\"reason\":\"Hors projet\"}"));
    }

    /** The timeline of one incident and its observations. */
    public static List<Call> incidentTimeline(String org, String incident) {
        String base = base(org) + "/incidents/" + incident + "/timeline";
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, "{\"text\":\"L'éditeur confirme la suppression\"}"));
    }

    /** One member's personal data (GDPR art. 15, 20) and their erasure (art. 17). */
    public static List<Call> personalData(String org, String member) {
        String one = base(org) + "/members/" + member;
        return List.of(
                new Call("GET", one + "/personal-data", null),
                new Call("POST", one + "/erase", null),
                new Call("GET", base(org) + "/retention", null),
                new Call("PUT", base(org) + "/retention", "{\"rules\":{}}"));
    }

    /** The review cycle: what is due, the agenda proposal for one meeting, the ledger, one review and the settings. */
    public static List<Call> reviews(String org, String meeting, String review) {
        String base = base(org) + "/reviews";
        return List.of(
                new Call("GET", base + "/due", null),
                new Call("POST", base + "/propose-agenda", "{\"meetingId\":\"" + meeting + "\"}"),
                new Call("GET", base + "/ledger", null),
                new Call("GET", base + "/" + review, null),
                new Call("GET", base + "/settings", null),
                new Call("PUT", base + "/settings", "{\"cadence\":\"MONTHLY\",\"leadTimeDays\":7}"));
    }

    /** The organisation's to-do list, for its coordinators. */
    public static List<Call> toDo(String org) {
        return List.of(new Call("GET", base(org) + "/todo", null));
    }

    /** The organisation dashboard and its snapshot on demand. */
    public static List<Call> dashboard(String org) {
        return List.of(
                new Call("GET", base(org) + "/dashboard", null),
                new Call("POST", base(org) + "/dashboard/snapshots", null));
    }

    /** The webhook endpoints, one endpoint and one of its deliveries. */
    public static List<Call> webhooks(String org, String endpoint, String delivery) {
        String base = base(org) + "/webhook-endpoints";
        String one = base + "/" + endpoint;
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, "{\"url\":\"https://intranet.example.org/hook\"}"),
                new Call("GET", one, null),
                new Call("PATCH", one, "{\"status\":\"PAUSED\"}"),
                new Call("DELETE", one, null),
                new Call("POST", one + "/rotate-secret", null),
                new Call("POST", one + "/test", null),
                new Call("GET", one + "/deliveries", null),
                new Call("GET", one + "/attempts", null),
                new Call("POST", one + "/deliveries/" + delivery + "/replay", null),
                new Call(
                        "POST",
                        one + "/replay",
                        "{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-01-02T00:00:00Z\"}"));
    }

    /** A full training module content: the body of a new version. */
    public static final String MODULE_DETAILS = "{\"title\":\"Vérifier\",\"summary\":\"Relire avant d'envoyer\","
            + "\"topics\":[\"CHECKING_OUTPUTS\"],\"level\":\"INTRODUCTION\",\"durationMinutes\":60,"
            + "\"formats\":[\"IN_PERSON\"],\"languages\":[\"fr\"]}";

    /** A quiz of one question whose right choice is the second one (number 1). */
    public static final String QUIZ = "{\"questions\":[{\"text\":\"Qui relit ?\",\"choices\":[\"Personne\",\"Moi\"],"
            + "\"correct\":[1]}],\"passMark\":100}";

    /** A wrong attempt at {@link #QUIZ}: it writes nothing. */
    public static final String WRONG_ATTEMPT = "{\"answers\":[[0]]}";

    /** A paper attendance sheet of one line naming nobody: a refusal can only come from the access rules. */
    public static final String ATTENDANCE_SHEET = "nom,présence\nPersonne,présent\n";

    /** The training modules, sessions (with their attendance) and records, one of each. */
    public static List<Call> training(
            String org, String module, String session, String record, String member, String tool, String use) {
        String modules = base(org) + "/training-modules";
        String sessions = base(org) + "/training-sessions";
        String records = base(org) + "/training-records";
        String oneModule = modules + "/" + module;
        String oneSession = sessions + "/" + session;
        String sessionBody = "{\"title\":\"Atelier\",\"moduleIds\":[\"" + module + "\"],\"date\":\"2026-11-20\","
                + "\"durationMinutes\":60,\"format\":\"IN_PERSON\",\"language\":\"fr\"}";
        String recordBody = "{\"memberId\":\"" + member + "\",\"moduleId\":\"" + module
                + "\",\"completedOn\":\"2026-11-20\",\"method\":\"BRIEFING\"}";
        return List.of(
                new Call("GET", modules, null),
                new Call("POST", modules, "{\"fromCatalogue\":\"ai-and-work\",\"code\":\"ISO-1\"}"),
                new Call("GET", oneModule, null),
                new Call("PATCH", oneModule, "{\"durationMinutes\":30}"),
                new Call("DELETE", oneModule, null),
                new Call("POST", oneModule + "/publish", null),
                new Call("POST", oneModule + "/revise", MODULE_DETAILS),
                new Call("POST", oneModule + "/retire", null),
                new Call("PUT", oneModule + "/quiz", QUIZ),
                new Call("GET", oneModule + "/quiz", null),
                new Call("POST", oneModule + "/quiz/attempts", WRONG_ATTEMPT),
                new Call("GET", oneModule + "/quiz/attempts", null),
                new Call("GET", base(org) + "/quiz-attempts", null),
                new Call("GET", sessions, null),
                new Call("POST", sessions, sessionBody),
                new Call("GET", oneSession, null),
                new Call("PATCH", oneSession, "{\"place\":\"Ailleurs\"}"),
                new Call(
                        "POST",
                        oneSession + "/attendance",
                        "{\"marks\":[{\"memberId\":\"" + member + "\",\"status\":\"PRESENT\"}]}"),
                new Call("POST", oneSession + "/attendance/import", ATTENDANCE_SHEET, "text/csv; charset=UTF-8"),
                new Call("POST", oneSession + "/hold", null),
                new Call("POST", oneSession + "/close", null),
                new Call("POST", oneSession + "/cancel", null),
                new Call("GET", records, null),
                new Call("POST", records, recordBody),
                new Call("GET", records + "/" + record, null),
                new Call("POST", records + "/" + record + "/void", "{\"reason\":\"Erreur\"}"),
                new Call("GET", base(org) + "/training-dossier?format=json", null),
                new Call("GET", base(org) + "/tool-uses", null),
                new Call("POST", base(org) + "/tool-uses", "{\"toolId\":\"" + tool + "\"}"),
                new Call("DELETE", base(org) + "/tool-uses/" + use, null),
                new Call("GET", base(org) + "/training-exposure-gap", null));
    }

    /** The organisation's archive and its closure (the import and the receipts are platform-level). */
    public static List<Call> exit(String org) {
        String base = base(org);
        return List.of(
                new Call("GET", base + "/export", null),
                new Call("POST", base + "/close", null),
                new Call("GET", base + "/closure", null),
                new Call("POST", base + "/closure/cancel", null));
    }

    /** A literacy requirement's terms naming one module and one owner. */
    public static String requirementTerms(String module, String owner) {
        return "{\"title\":\"Bénévoles\",\"audience\":{\"personTypes\":[\"VOLUNTEER\"]},\"moduleIds\":[\"" + module
                + "\"],\"trigger\":\"ONBOARDING\",\"dueWithinDays\":30,\"level\":\"MANDATORY\","
                + "\"rationale\":\"Art. 4\",\"ownerId\":\"" + owner + "\"}";
    }

    /** The literacy requirements (one of them) and their coverage. */
    public static List<Call> literacy(String org, String requirement, String module, String owner) {
        String requirements = base(org) + "/literacy-requirements";
        String one = requirements + "/" + requirement;
        return List.of(
                new Call("GET", requirements, null),
                new Call("POST", requirements, requirementTerms(module, owner)),
                new Call("GET", one, null),
                new Call("PATCH", one, "{\"dueWithinDays\":15}"),
                new Call("POST", one + "/retire", null),
                new Call("GET", base(org) + "/literacy-coverage", null),
                new Call("GET", base(org) + "/training-dossier/document", null));
    }

    /** Readiness: campaigns, my own response, results, governance profile, practices, roadmap and journey. */
    public static List<Call> readiness(String org, String campaign) {
        String campaigns = base(org) + "/readiness-campaigns";
        String one = campaigns + "/" + campaign;
        return List.of(
                new Call("GET", campaigns, null),
                new Call("POST", campaigns, "{\"title\":\"Campagne\",\"groups\":[\"BOARD\"]}"),
                new Call("GET", one, null),
                new Call("POST", one + "/close", null),
                new Call(
                        "PUT",
                        one + "/my-response",
                        "{\"group\":\"STAFF\",\"answers\":[{\"question\":\"LG1\",\"stage\":3}]}"),
                new Call("GET", one + "/my-response", null),
                new Call("GET", one + "/results", null),
                new Call("GET", base(org) + "/governance-profile", null),
                new Call("PUT", base(org) + "/governance-profile", "{\"staff\":5,\"volunteers\":30}"),
                new Call("GET", base(org) + "/governance-practices", null),
                new Call("PUT", base(org) + "/governance-practices/AI_REFERENT", "{\"status\":\"APPLIED\"}"),
                new Call("GET", base(org) + "/roadmap", null),
                new Call("POST", base(org) + "/roadmap/ADOPT_POLICY/accept", null),
                new Call("POST", base(org) + "/roadmap/ADOPT_POLICY/status", "{\"status\":\"SKIPPED\"}"),
                new Call("GET", base(org) + "/setup-journey", null));
    }

    /** The reports (board brief, general assembly, funder, evidence pack), one report and its renditions. */
    public static List<Call> reports(String org, String report, String other) {
        String base = base(org) + "/reports";
        String one = base + "/" + report;
        return List.of(
                new Call("GET", base, null),
                new Call(
                        "POST",
                        base,
                        "{\"type\":\"BOARD_BRIEF\",\"periodFrom\":\"2026-09-01\",\"periodTo\":\"2026-11-30\"}"),
                new Call("GET", one, null),
                new Call("PATCH", one, "{\"chairWords\":\"Merci\"}"),
                new Call("POST", one + "/finalise", "{}"),
                new Call("GET", one + "/content", null),
                new Call("GET", one + "/html", null),
                new Call("GET", one + "/pdf", null),
                new Call("GET", one + "/compare?with=" + other, null));
    }

    /** A member association's federation links, its consents on one of them, its snapshot and benchmark. */
    public static List<Call> federationLinks(String org, String link) {
        String base = base(org) + "/federation-links";
        String one = base + "/" + link;
        return List.of(
                new Call("GET", base, null),
                new Call("GET", one, null),
                new Call("POST", one + "/accept", "{}"),
                new Call("POST", one + "/end", null),
                new Call(
                        "POST",
                        one + "/consents",
                        "{\"indicator\":\"tools.in_inventory\",\"granularity\":\"AGGREGATE_ONLY\"}"),
                new Call("POST", one + "/consents/tools.in_inventory/revoke", null),
                new Call("POST", one + "/snapshot", null),
                new Call("GET", base(org) + "/benchmark?federation=" + UUID.randomUUID(), null));
    }

    /** A federation's side: its links, one link, its snapshots (not under /organisations, probed all the same). */
    public static List<Call> federation(String federation, String link) {
        String base = "/api/v1/federations/" + federation;
        String one = base + "/links/" + link;
        return List.of(
                new Call("GET", base + "/links", null),
                new Call("POST", base + "/links", "{\"memberSlug\":\"no-such-association\"}"),
                new Call("GET", one, null),
                new Call("POST", one + "/suspend", null),
                new Call("POST", one + "/resume", null),
                new Call("POST", one + "/end", null),
                new Call("POST", base + "/snapshots", null),
                new Call("GET", base + "/dashboard?segment=REGION", null));
    }

    /** A federation's finalised reports (not under /organisations, probed all the same). */
    public static List<Call> federationReports(String federation, String report) {
        String base = "/api/v1/federations/" + federation + "/reports";
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, "{\"title\":\"AG\",\"indicators\":[\"tools.in_inventory\"]}"),
                new Call("GET", base + "/" + report, null),
                new Call("GET", base + "/" + report + "/content", null));
    }

    /** A member organisation's side of the shared catalogue: adopting an entry, one tool's adoption and its review. */
    public static List<Call> catalogueAdoption(String org, String entry, String tool) {
        String base = base(org) + "/tools";
        return List.of(
                new Call("POST", base + "/adopt", "{\"entryId\":\"" + entry + "\",\"dataCategories\":[\"INTERNAL\"]}"),
                new Call("GET", base + "/" + tool + "/adoption", null),
                new Call("POST", base + "/" + tool + "/adoption/review", null));
    }

    /** A federation's shared tool catalogue (not under /organisations, probed all the same). */
    public static List<Call> catalogue(String federation, String entry) {
        String base = "/api/v1/federations/" + federation + "/catalogue";
        String one = base + "/" + entry;
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, CATALOGUE_ENTRY),
                new Call("GET", base + "/adoption-counts", null),
                new Call("GET", one, null),
                new Call("PATCH", one, "{\"rationale\":\"Revu\"}"),
                new Call("POST", one + "/publish", null),
                new Call("POST", one + "/deprecate", null));
    }

    /** A valid catalogue entry: a refusal can only come from the access rules. */
    public static final String CATALOGUE_ENTRY = "{\"name\":\"Le Chat\",\"vendor\":\"Mistral AI\","
            + "\"category\":\"TEXT_GENERATION\",\"accountType\":\"PROFESSIONAL\",\"plan\":\"Team\","
            + "\"hostingRegion\":\"EU\",\"assessmentLevel\":\"GOOD\",\"dataCeiling\":\"INTERNAL\","
            + "\"recommendation\":\"RECOMMENDED\",\"rationale\":\"Hébergé dans l'UE\","
            + "\"reviewedOn\":\"2026-11-01\",\"nextReviewOn\":\"2027-11-01\"}";

    /** Every list above, on made-up ids: the operations the isolation tests cover. */
    public static List<Call> all() {
        String org = id();
        List<Call> all = new ArrayList<>();
        all.addAll(tenant(org, id(), id()));
        all.addAll(assessments(org, id(), id()));
        all.addAll(committee(org, id(), id(), id()));
        all.addAll(policies(org, id()));
        all.addAll(risks(org, id(), id()));
        all.addAll(useCases(org, id()));
        all.addAll(valuesAndFootprint(org, id()));
        all.addAll(feedback(org, id()));
        all.addAll(incidents(org, id()));
        all.addAll(incidentActions(org, id(), id()));
        all.addAll(incidentTimeline(org, id()));
        all.addAll(incidentContractDuties(org, id(), id()));
        all.addAll(communication(org, id(), id(), id()));
        all.addAll(reviews(org, id(), id()));
        all.addAll(transparency(org, id()));
        all.addAll(toDo(org));
        all.addAll(personalData(org, id()));
        all.addAll(dashboard(org));
        all.addAll(webhooks(org, id(), id()));
        all.addAll(training(org, id(), id(), id(), id(), id(), id()));
        all.addAll(exit(org));
        all.addAll(literacy(org, id(), id(), id()));
        all.addAll(readiness(org, id()));
        all.addAll(reports(org, id(), id()));
        all.addAll(federationLinks(org, id()));
        all.addAll(catalogueAdoption(org, id(), id()));
        return all;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
