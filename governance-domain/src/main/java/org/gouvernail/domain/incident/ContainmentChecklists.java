package org.gouvernail.domain.incident;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: the containment checklist of each incident type, the first things to do once an
 * incident is known, in French, English and Dutch. Steps are named by stable codes (what a handler
 * ticks on an incident); a type never loses a code once published, so that ticks keep their meaning.
 * Data pasted in a public tool: delete the conversation, ask the vendor for deletion (GDPR art. 17),
 * check the training-use setting, rotate pasted secrets, inform the DPO or data referent.
 */
public final class ContainmentChecklists {

    private static final Map<IncidentType, List<ContainmentStep>> STEPS = new EnumMap<>(IncidentType.class);

    static {
        STEPS.put(
                IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                List.of(
                        step(
                                "delete-conversation",
                                "Supprimer la conversation (et son historique) dans l'outil",
                                "Delete the conversation (and its history) in the tool",
                                "Het gesprek (en de geschiedenis ervan) in de tool verwijderen"),
                        step(
                                "ask-vendor-deletion",
                                "Demander à l'éditeur la suppression des données (art. 17 RGPD)",
                                "Ask the vendor to delete the data (GDPR art. 17)",
                                "De leverancier vragen de gegevens te wissen (art. 17 AVG)"),
                        step(
                                "check-training-setting",
                                "Vérifier le réglage d'utilisation pour l'entraînement et le désactiver",
                                "Check the training-use setting and turn it off",
                                "De instelling voor gebruik bij training controleren en uitschakelen"),
                        step(
                                "rotate-secrets",
                                "Changer les mots de passe, clés ou jetons collés",
                                "Rotate any password, key or token that was pasted",
                                "Geplakte wachtwoorden, sleutels of tokens vervangen"),
                        step(
                                "inform-dpo",
                                "Informer le DPO / le référent données",
                                "Inform the DPO / data referent",
                                "De DPO / gegevensreferent informeren")));
        STEPS.put(
                IncidentType.CONFIDENTIAL_DATA_IN_PUBLIC_TOOL,
                List.of(
                        step(
                                "delete-conversation",
                                "Supprimer la conversation (et son historique) dans l'outil",
                                "Delete the conversation (and its history) in the tool",
                                "Het gesprek (en de geschiedenis ervan) in de tool verwijderen"),
                        step(
                                "ask-vendor-deletion",
                                "Demander à l'éditeur la suppression des données",
                                "Ask the vendor to delete the data",
                                "De leverancier vragen de gegevens te wissen"),
                        step(
                                "check-training-setting",
                                "Vérifier le réglage d'utilisation pour l'entraînement et le désactiver",
                                "Check the training-use setting and turn it off",
                                "De instelling voor gebruik bij training controleren en uitschakelen"),
                        step(
                                "rotate-secrets",
                                "Changer les mots de passe, clés ou jetons collés",
                                "Rotate any password, key or token that was pasted",
                                "Geplakte wachtwoorden, sleutels of tokens vervangen"),
                        step(
                                "inform-owner",
                                "Informer le propriétaire de l'information (partenaire, bailleur)",
                                "Inform the owner of the information (partner, funder)",
                                "De eigenaar van de informatie (partner, financier) informeren")));
        STEPS.put(
                IncidentType.UNCHECKED_OUTPUT_PUBLISHED,
                List.of(
                        step(
                                "unpublish",
                                "Retirer ou corriger la publication",
                                "Take down or correct the publication",
                                "De publicatie verwijderen of corrigeren"),
                        step(
                                "publish-correction",
                                "Publier un rectificatif là où le contenu a circulé",
                                "Publish a correction where the content circulated",
                                "Een rechtzetting publiceren waar de inhoud verspreid werd"),
                        step(
                                "inform-affected",
                                "Prévenir les personnes ou partenaires concernés",
                                "Warn the people or partners concerned",
                                "De betrokken personen of partners verwittigen"),
                        step(
                                "restate-review-rule",
                                "Rappeler la règle de relecture humaine avant publication",
                                "Restate the human review rule before publishing",
                                "De regel van menselijke nalezing vóór publicatie in herinnering brengen")));
        STEPS.put(
                IncidentType.HARMFUL_ADVICE_TO_BENEFICIARY,
                List.of(
                        step(
                                "contact-beneficiary",
                                "Recontacter la personne et corriger le conseil",
                                "Contact the person again and correct the advice",
                                "De persoon opnieuw contacteren en het advies rechtzetten"),
                        step(
                                "assess-harm",
                                "Évaluer le tort subi et l'aide à apporter",
                                "Assess the harm done and the help needed",
                                "De geleden schade en de nodige hulp inschatten"),
                        step(
                                "suspend-use",
                                "Suspendre l'usage de l'outil pour ce type de conseil",
                                "Suspend the use of the tool for this kind of advice",
                                "Het gebruik van de tool voor dit soort advies opschorten"),
                        step(
                                "inform-management",
                                "Informer la direction",
                                "Inform management",
                                "De directie informeren")));
        STEPS.put(
                IncidentType.BIASED_OUTPUT,
                List.of(
                        step(
                                "stop-use",
                                "Arrêter d'utiliser le résultat et les résultats semblables",
                                "Stop using the output and similar outputs",
                                "Stoppen met het gebruik van het resultaat en gelijkaardige resultaten"),
                        step(
                                "review-decisions",
                                "Revoir les décisions prises avec ce résultat",
                                "Review the decisions taken with this output",
                                "De beslissingen herbekijken die met dit resultaat genomen werden"),
                        step(
                                "inform-affected",
                                "Prévenir les personnes ou partenaires concernés",
                                "Warn the people or partners concerned",
                                "De betrokken personen of partners verwittigen"),
                        step(
                                "report-vendor",
                                "Signaler le biais à l'éditeur",
                                "Report the bias to the vendor",
                                "De vertekening aan de leverancier melden")));
        STEPS.put(
                IncidentType.DEEPFAKE_FRAUD,
                List.of(
                        step(
                                "block-payment",
                                "Bloquer tout paiement ou accès demandé",
                                "Block any payment or access requested",
                                "Elke gevraagde betaling of toegang blokkeren"),
                        step(
                                "verify-channel",
                                "Vérifier par un autre canal auprès de la personne imitée",
                                "Check with the impersonated person through another channel",
                                "Via een ander kanaal nagaan bij de nagebootste persoon"),
                        step(
                                "warn-team",
                                "Avertir l'équipe et les partenaires",
                                "Warn the team and partners",
                                "Het team en de partners waarschuwen"),
                        step(
                                "file-complaint",
                                "Porter plainte auprès de la police",
                                "File a complaint with the police",
                                "Klacht indienen bij de politie"),
                        step(
                                "report-platform",
                                "Signaler le contenu à la plateforme qui le diffuse",
                                "Report the content to the platform spreading it",
                                "De inhoud melden bij het platform dat hem verspreidt")));
        STEPS.put(
                IncidentType.COPYRIGHT,
                List.of(
                        step(
                                "unpublish",
                                "Retirer ou corriger la publication",
                                "Take down or correct the publication",
                                "De publicatie verwijderen of corrigeren"),
                        step(
                                "identify-rights-holder",
                                "Identifier l'ayant droit et le contacter",
                                "Identify the rights holder and contact them",
                                "De rechthebbende identificeren en contacteren"),
                        step(
                                "keep-evidence",
                                "Conserver les prompts et résultats comme preuve",
                                "Keep the prompts and outputs as evidence",
                                "De prompts en resultaten als bewijs bewaren")));
        STEPS.put(
                IncidentType.SHADOW_TOOL_DISCOVERED,
                List.of(
                        step(
                                "list-data",
                                "Établir quelles données y ont été saisies",
                                "Establish what data was entered in it",
                                "Vaststellen welke gegevens erin werden ingevoerd"),
                        step(
                                "declare-tool",
                                "Déclarer l'outil à l'inventaire et l'évaluer",
                                "Declare the tool in the inventory and assess it",
                                "De tool in de inventaris opnemen en beoordelen"),
                        step(
                                "pause-use",
                                "Suspendre l'usage en attendant la décision",
                                "Pause its use until the decision",
                                "Het gebruik opschorten in afwachting van de beslissing"),
                        step(
                                "delete-account-data",
                                "Supprimer les données du compte si l'outil est refusé",
                                "Delete the account's data if the tool is refused",
                                "De gegevens van het account wissen als de tool geweigerd wordt")));
        STEPS.put(
                IncidentType.VENDOR_BREACH_NOTIFIED,
                List.of(
                        step(
                                "get-details",
                                "Obtenir de l'éditeur les données et personnes touchées",
                                "Get from the vendor which data and people are affected",
                                "Bij de leverancier opvragen welke gegevens en personen getroffen zijn"),
                        step(
                                "rotate-secrets",
                                "Changer les mots de passe, clés ou jetons du compte",
                                "Rotate the account's passwords, keys and tokens",
                                "De wachtwoorden, sleutels en tokens van het account vervangen"),
                        step(
                                "inform-dpo",
                                "Informer le DPO / le référent données",
                                "Inform the DPO / data referent",
                                "De DPO / gegevensreferent informeren"),
                        step(
                                "review-contract",
                                "Revoir le contrat et l'évaluation du fournisseur",
                                "Review the contract and the vendor assessment",
                                "Het contract en de leveranciersbeoordeling herbekijken")));
        STEPS.put(
                IncidentType.ACCOUNT_COMPROMISE,
                List.of(
                        step(
                                "lock-account",
                                "Bloquer le compte et fermer les sessions ouvertes",
                                "Lock the account and end the open sessions",
                                "Het account blokkeren en de open sessies afsluiten"),
                        step(
                                "rotate-secrets",
                                "Changer le mot de passe, activer la double authentification",
                                "Change the password, turn on two-factor authentication",
                                "Het wachtwoord wijzigen, tweestapsverificatie inschakelen"),
                        step(
                                "review-history",
                                "Examiner l'historique des conversations et exports",
                                "Review the conversation and export history",
                                "De geschiedenis van gesprekken en exports nakijken"),
                        step(
                                "inform-dpo",
                                "Informer le DPO / le référent données",
                                "Inform the DPO / data referent",
                                "De DPO / gegevensreferent informeren")));
        STEPS.put(
                IncidentType.AUTOMATED_DECISION_WITHOUT_REVIEW,
                List.of(
                        step(
                                "suspend-automation",
                                "Suspendre la décision automatique",
                                "Suspend the automated decision",
                                "De geautomatiseerde beslissing opschorten"),
                        step(
                                "human-review",
                                "Faire revoir chaque décision par une personne (art. 22 RGPD)",
                                "Have a person review each decision (GDPR art. 22)",
                                "Elke beslissing door een persoon laten herbekijken (art. 22 AVG)"),
                        step(
                                "inform-affected",
                                "Informer les personnes concernées de leur droit de contester",
                                "Inform the people concerned of their right to contest",
                                "De betrokkenen informeren over hun recht om te betwisten")));
        STEPS.put(
                IncidentType.MALFUNCTION,
                List.of(
                        step(
                                "stop-use",
                                "Arrêter l'usage de l'outil pour la tâche touchée",
                                "Stop using the tool for the task affected",
                                "Het gebruik van de tool voor de getroffen taak stoppen"),
                        step(
                                "fallback",
                                "Activer la procédure sans IA",
                                "Switch to the procedure without AI",
                                "Overschakelen naar de procedure zonder AI"),
                        step(
                                "report-vendor",
                                "Signaler le dysfonctionnement à l'éditeur",
                                "Report the malfunction to the vendor",
                                "De storing aan de leverancier melden")));
        STEPS.put(
                IncidentType.OTHER,
                List.of(
                        step(
                                "stop-harm",
                                "Faire cesser ce qui cause le tort",
                                "Stop what causes the harm",
                                "Stoppen wat de schade veroorzaakt"),
                        step(
                                "keep-evidence",
                                "Conserver les traces (captures, prompts, résultats)",
                                "Keep the traces (screenshots, prompts, outputs)",
                                "De sporen bewaren (schermafbeeldingen, prompts, resultaten)"),
                        step(
                                "inform-management",
                                "Informer la direction",
                                "Inform management",
                                "De directie informeren")));
    }

    private ContainmentChecklists() {}

    /** The steps of the type's checklist, in the order to follow. */
    public static List<ContainmentStep> of(IncidentType type) {
        return STEPS.getOrDefault(type, List.of());
    }

    public static Optional<ContainmentStep> step(IncidentType type, String code) {
        return of(type).stream().filter(step -> step.code().equals(code)).findFirst();
    }

    private static ContainmentStep step(String code, String fr, String en, String nl) {
        return new ContainmentStep(code, Localized.of(Map.of(Language.FR, fr, Language.EN, en, Language.NL, nl)));
    }
}
