package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.usecase.RiskTier.HIGH_RISK;
import static org.gouvernail.domain.usecase.RiskTier.MINIMAL;
import static org.gouvernail.domain.usecase.RiskTier.OUT_OF_SCOPE;
import static org.gouvernail.domain.usecase.RiskTier.PROHIBITED;
import static org.gouvernail.domain.usecase.RiskTier.TRANSPARENCY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AI Act questionnaire against the law, case by case: each case is an association's use written
 * from Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744, with the legal reasoning
 * in the comment above it. A case names the answers that differ from "an AI system deployed by the
 * association, nothing else ticked", the tier, reasons and duties it must give ("ROLE:code@date"),
 * the duties it must not give, and where it matters the roles after art. 25.
 */
class AiActLawCasesTest {

    static Stream<Case> cases() {
        return Stream.of(
                // --- The four cases of issue 17 ---
                // Annex III point 7 covers migration, asylum and border control systems used "by or on behalf of
                // competent public authorities". An NGO triaging its own legal-aid requests acts for itself: not
                // point 7, not high-risk. Art. 4 literacy still binds it as a deployer.
                given(
                                "NGO triaging its own legal-aid requests",
                                "A7_MIGRATION_BORDER",
                                true,
                                "A7_FOR_COMPETENT_AUTHORITY",
                                false)
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A7_FOR_COMPETENT_AUTHORITY", "literacy", "minimal")
                        .duties("DEPLOYER:literacy@2025-02-02")
                        .noDuty("DEPLOYER:deployer.high-risk"),
                // Annex III 1(a) "shall not include AI systems intended to be used for biometric verification the
                // sole purpose of which is to confirm that a specific natural person is the person he or she claims
                // to be". A face-verification time clock is 1:1 verification: not high-risk (GDPR art. 9 still
                // applies).
                given(
                                "Face-verification time clock",
                                "A1A_REMOTE_BIOMETRIC_IDENTIFICATION",
                                true,
                                "A1A_VERIFICATION_ONLY",
                                true)
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A1A_VERIFICATION_ONLY")
                        .noDuty("DEPLOYER:deployer.high-risk"),
                // Annex III 5(a) concerns the eligibility "of natural persons" for public assistance benefits,
                // assessed by or on behalf of public authorities. A federation scoring member associations' grant
                // applications scores legal persons, for itself: not point 5(a).
                given(
                                "Federation scoring member associations' grant applications",
                                "A5A_PUBLIC_ASSISTANCE",
                                true,
                                "A5A_FOR_PUBLIC_AUTHORITY",
                                false,
                                "A5A_NATURAL_PERSONS",
                                false)
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A5A_FOR_PUBLIC_AUTHORITY"),
                // The same federation distributing a Region's grants on its behalf, still to associations: the
                // public-authority condition holds, the natural-person one does not. Not point 5(a).
                given(
                                "Federation awarding a Region's grants to associations on its behalf",
                                "A5A_PUBLIC_ASSISTANCE",
                                true,
                                "A5A_FOR_PUBLIC_AUTHORITY",
                                true,
                                "A5A_NATURAL_PERSONS",
                                false)
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A5A_NATURAL_PERSONS"),
                // A poster generator the association had built and offers on its website under its own name: it
                // "has an AI system developed and puts it into service under its own name" (art. 3(3)), so it is the
                // provider, and art. 50(2) (machine-readable marking of synthetic images) is its duty from 2 Aug 2026.
                // Art. 25 concerns high-risk systems only: not relevant here, and the reasons say so.
                given(
                                "Poster generator offered under the association's name",
                                "T2_GENERATES_CONTENT",
                                true,
                                "T2_ASSISTIVE_EDITING",
                                false,
                                "OWN_NAME",
                                true)
                        .tier(TRANSPARENCY)
                        .roles(OperatorRole.PROVIDER, OperatorRole.DEPLOYER)
                        .reasons("role.own-name-provider", "role.article-25-high-risk-only", "transparency.50-2")
                        .duties("PROVIDER:provider.50-2@2026-08-02", "PROVIDER:literacy@2025-02-02"),
                // --- Scope ---
                // Art. 3(1): a system that does not infer (fixed rules written by people) is no AI system; the
                // regulation, art. 4 included, does not apply.
                given("Spreadsheet with fixed formulas", "AI_SYSTEM", false)
                        .tier(OUT_OF_SCOPE)
                        .reasons("not-ai-system")
                        .noDuty("DEPLOYER:literacy"),
                // Art. 2(6): systems developed and put into service for the sole purpose of scientific research.
                given("Research prototype of a university partner", "EXCLUSION", "SCIENTIFIC_RESEARCH")
                        .tier(OUT_OF_SCOPE)
                        .reasons("exclusion.SCIENTIFIC_RESEARCH"),
                // Art. 2(3): exclusively military, defence or national security purposes.
                given("Defence use", "EXCLUSION", "DEFENCE_NATIONAL_SECURITY")
                        .tier(OUT_OF_SCOPE)
                        .reasons("exclusion.DEFENCE_NATIONAL_SECURITY"),
                // Art. 2(12): a free and open-source system outside art. 5, 50 and high risk is excluded.
                given("Open-source spell checker", "EXCLUSION", "FREE_OPEN_SOURCE")
                        .tier(OUT_OF_SCOPE)
                        .reasons("exclusion.FREE_OPEN_SOURCE"),
                // Art. 2(12) does not cover a system falling under art. 50: an open-source chatbot stays in scope.
                given(
                                "Open-source chatbot put into service by the association",
                                "EXCLUSION",
                                "FREE_OPEN_SOURCE",
                                "ROLE",
                                "PROVIDER_AND_DEPLOYER",
                                "T1_INTERACTS_WITH_PEOPLE",
                                true,
                                "T1_OBVIOUS",
                                false)
                        .tier(TRANSPARENCY)
                        .reasons("open-source-not-excluded", "transparency.50-1")
                        .duties("PROVIDER:provider.50-1@2026-08-02"),
                // Art. 2(12) does not cover high-risk systems either.
                given(
                                "Open-source CV screening",
                                "EXCLUSION",
                                "FREE_OPEN_SOURCE",
                                "A4A_RECRUITMENT",
                                true,
                                "A4_PERSONS",
                                "WORKERS_OR_CANDIDATES")
                        .tier(HIGH_RISK)
                        .reasons("open-source-not-excluded", "annex-iii.A4A_RECRUITMENT"),
                // Art. 53 and art. 113(b): providers of general-purpose AI models have duties since 2 Aug 2025,
                // whatever the tier of the systems built on them.
                given(
                                "Association releasing its own general-purpose model",
                                "GPAI_MODEL_PROVIDER",
                                true,
                                "ROLE",
                                "PROVIDER")
                        .tier(MINIMAL)
                        .duties("PROVIDER:gpai-model@2025-08-02"),
                // Art. 6(1) with art. 113 as amended: a safety component of an Annex I product requiring a
                // third-party conformity assessment is high-risk; Chapter III applies from 2 Aug 2028.
                given("Safety component of a medical device", "ANNEX_I_SAFETY_COMPONENT", true, "ROLE", "PROVIDER")
                        .tier(HIGH_RISK)
                        .reasons("annex-i")
                        .duties("PROVIDER:provider.high-risk@2028-08-02"),
                // --- Art. 5 prohibitions and their exceptions ---
                // Art. 5(1)(a): manipulative techniques causing significant harm; applies since 2 Feb 2025.
                given("Manipulative donation nudging", "P_A", true)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_A", "literacy")
                        .duties("DEPLOYER:cease-prohibited@2025-02-02"),
                // Art. 5(1)(b): exploiting the vulnerabilities of persons in a precarious economic situation.
                given("Targeting precarious beneficiaries with exploitative offers", "P_B", true)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_B"),
                // Art. 5(1)(c): social scoring with detrimental treatment (any operator, not only public authorities).
                given("Scoring beneficiaries' 'deservingness' from their social behaviour", "P_C", true)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_C"),
                // Art. 5(1)(d): predicting offences from profiling alone is prohibited.
                given(
                                "Predicting which youths will offend from their profile",
                                "P_D",
                                true,
                                "P_D_OBJECTIVE_FACTS",
                                false)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_D"),
                // Art. 5(1)(d), last part: supporting a human assessment based on objective, verifiable facts is not
                // caught; nothing else ticked, minimal.
                given("Supporting a human assessment on verified facts", "P_D", true, "P_D_OBJECTIVE_FACTS", true)
                        .tier(MINIMAL)
                        .reasons("exception.P_D"),
                // Art. 5(1)(e): untargeted scraping of facial images.
                given("Building a face database from social networks", "P_E", true)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_E"),
                // Art. 5(1)(f): emotion inference at the workplace is prohibited.
                given("Emotion tracking of call-centre staff", "P_F", true, "P_F_MEDICAL_OR_SAFETY", false)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_F"),
                // Art. 5(1)(f) excepts medical or safety reasons; the system remains emotion recognition, so Annex
                // III 1(c) makes it high-risk and art. 50(3) requires informing the people exposed.
                given(
                                "Fatigue detection of drivers for safety",
                                "P_F",
                                true,
                                "P_F_MEDICAL_OR_SAFETY",
                                true,
                                "A1C_EMOTION_RECOGNITION",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("exception.P_F", "annex-iii.A1C_EMOTION_RECOGNITION", "transparency.50-3")
                        .duties("DEPLOYER:deployer.50-3@2026-08-02", "DEPLOYER:deployer.high-risk@2027-12-02"),
                // Art. 5(1)(g): biometric categorisation inferring religion or sexual orientation.
                given("Inferring beneficiaries' religion from photos", "P_G", true, "P_G_DATASET_LABELLING", false)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_G"),
                // Art. 5(1)(g) excepts labelling or filtering lawfully acquired biometric datasets.
                given("Filtering a lawfully acquired image dataset", "P_G", true, "P_G_DATASET_LABELLING", true)
                        .tier(MINIMAL)
                        .reasons("exception.P_G"),
                // Art. 5(1)(h): real-time remote biometric identification for law enforcement; the exception of
                // art. 5(2)-(3) (authorised objective) is not claimed.
                given(
                                "Real-time face identification at a demonstration",
                                "P_H",
                                true,
                                "P_H_AUTHORISED_OBJECTIVE",
                                false)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_H"),
                // Art. 5(1)(h) with art. 5(2)-(3): an authorised, strictly necessary objective is not prohibited;
                // it remains remote biometric identification, high-risk under Annex III 1(a).
                given(
                                "Authorised search for a missing child (law-enforcement exception)",
                                "P_H",
                                true,
                                "P_H_AUTHORISED_OBJECTIVE",
                                true,
                                "A1A_REMOTE_BIOMETRIC_IDENTIFICATION",
                                true,
                                "A1A_VERIFICATION_ONLY",
                                false)
                        .tier(HIGH_RISK)
                        .reasons("exception.P_H", "annex-iii.A1A_REMOTE_BIOMETRIC_IDENTIFICATION"),
                // Art. 5(1)(ba), added by Regulation (EU) 2026/1744, applies from 2 Dec 2026.
                given("Image tool producing non-consensual intimate images", "P_BA", true)
                        .tier(PROHIBITED)
                        .reasons("prohibited.P_BA")
                        .duties("DEPLOYER:cease-prohibited@2026-12-02"),
                // Art. 5(1)(bb), same amendment, same date: child sexual abuse material.
                given("Generator able to produce child sexual abuse material", "P_BB", true)
                        .tier(PROHIBITED)
                        .duties("DEPLOYER:cease-prohibited@2026-12-02"),
                // A prohibition wins over everything else ticked (art. 5 comes before art. 6).
                given(
                                "Prohibited and high-risk at once",
                                "P_C",
                                true,
                                "A4B_WORK_DECISIONS",
                                true,
                                "A4_PERSONS",
                                "WORKERS_OR_CANDIDATES")
                        .tier(PROHIBITED)
                        .noDuty("DEPLOYER:deployer.high-risk"),
                // --- Annex III points with their conditions ---
                // Annex III 1(a): remote identification that is not mere verification is high-risk.
                given(
                                "Identifying visitors from a watch list",
                                "A1A_REMOTE_BIOMETRIC_IDENTIFICATION",
                                true,
                                "A1A_VERIFICATION_ONLY",
                                false)
                        .tier(HIGH_RISK)
                        .reasons("annex-iii.A1A_REMOTE_BIOMETRIC_IDENTIFICATION"),
                // Annex III 1(b) and art. 50(3): biometric categorisation is high-risk and people must be informed.
                given("Categorising visitors by age group from camera images", "A1B_BIOMETRIC_CATEGORISATION", true)
                        .tier(HIGH_RISK)
                        .duties("DEPLOYER:deployer.50-3@2026-08-02"),
                // Annex III 2: safety component of critical infrastructure; art. 27 excludes point 2 from the FRIA
                // even for a body providing public services.
                given(
                                "Heating network safety controller of a housing association",
                                "A2_CRITICAL_INFRASTRUCTURE",
                                true,
                                "PUBLIC_SERVICE",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("fria.not-required")
                        .noDuty("DEPLOYER:deployer.fria"),
                // Annex III 3(a): admission to a vocational training institution; a training centre providing a
                // public service (approved and funded) must carry out the FRIA (art. 27(1)).
                given(
                                "Admission to an approved vocational training course",
                                "A3A_ADMISSION",
                                true,
                                "PUBLIC_SERVICE",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("annex-iii.A3A_ADMISSION", "fria.public-service")
                        .duties("DEPLOYER:deployer.fria@2027-12-02", "DEPLOYER:deployer.high-risk@2027-12-02"),
                // Annex III 3(b): evaluating learning outcomes; a private association not providing public
                // services deploys it without FRIA (art. 27(1) is not for every high-risk deployer).
                given(
                                "Grading learners' exercises in a literacy course",
                                "A3B_LEARNING_OUTCOMES",
                                true,
                                "PUBLIC_SERVICE",
                                false)
                        .tier(HIGH_RISK)
                        .reasons("fria.not-required")
                        .noDuty("DEPLOYER:deployer.fria"),
                // Annex III 3(d): monitoring cheating in tests.
                given("Proctoring online exams", "A3D_TEST_MONITORING", true)
                        .tier(HIGH_RISK)
                        .reasons("annex-iii.A3D_TEST_MONITORING"),
                // Annex III 4(a): filtering job applications of candidates; art. 26(7): employers inform workers'
                // representatives and the workers concerned before use.
                given("Filtering job applications", "A4A_RECRUITMENT", true, "A4_PERSONS", "WORKERS_OR_CANDIDATES")
                        .tier(HIGH_RISK)
                        .duties(
                                "DEPLOYER:deployer.high-risk@2027-12-02",
                                "DEPLOYER:deployer.workers-information@2027-12-02"),
                // Annex III 4 speaks of employment and work-related relationships; volunteering without an
                // employment contract (Belgian Law of 3 July 2005) is not one: not high-risk by the text.
                given(
                                "Matching volunteers to tasks by their profile",
                                "A4B_WORK_DECISIONS",
                                true,
                                "A4_PERSONS",
                                "VOLUNTEERS_ONLY")
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A4_VOLUNTEERS")
                        .noDuty("DEPLOYER:deployer.workers-information"),
                // Annex III 5(a) with both conditions: an association processing social-aid applications of
                // persons for a public social welfare centre (on behalf of a public authority) — high-risk, and as a
                // private entity providing a public service it carries out the FRIA.
                given(
                                "Pre-screening social-aid applications for a CPAS",
                                "A5A_PUBLIC_ASSISTANCE",
                                true,
                                "A5A_FOR_PUBLIC_AUTHORITY",
                                true,
                                "A5A_NATURAL_PERSONS",
                                true,
                                "PUBLIC_SERVICE",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("annex-iii.A5A_PUBLIC_ASSISTANCE", "fria.public-service")
                        .duties("DEPLOYER:deployer.fria@2027-12-02"),
                // Annex III 5(b): creditworthiness of natural persons; art. 27(1) requires the FRIA of any deployer
                // of point 5(b), public service or not.
                given(
                                "Credit scoring for a micro-credit programme",
                                "A5B_CREDITWORTHINESS",
                                true,
                                "A5B_FRAUD_DETECTION_ONLY",
                                false)
                        .tier(HIGH_RISK)
                        .reasons("fria.credit-or-insurance")
                        .duties("DEPLOYER:deployer.fria@2027-12-02"),
                // Annex III 5(b) excludes systems used to detect financial fraud.
                given("Detecting fraudulent donations", "A5B_CREDITWORTHINESS", true, "A5B_FRAUD_DETECTION_ONLY", true)
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A5B_FRAUD_DETECTION_ONLY"),
                // Annex III 5(c): life and health insurance pricing of natural persons; FRIA for any deployer.
                given("Mutual society pricing health cover", "A5C_LIFE_HEALTH_INSURANCE", true)
                        .tier(HIGH_RISK)
                        .duties("DEPLOYER:deployer.fria@2027-12-02"),
                // Annex III 5(d): emergency call triage, no public-authority condition in the text.
                given("Triage of calls to a first-aid association's emergency line", "A5D_EMERGENCY_TRIAGE", true)
                        .tier(HIGH_RISK)
                        .reasons("annex-iii.A5D_EMERGENCY_TRIAGE"),
                // Annex III 6: only by or on behalf of law-enforcement authorities; a victim-support association
                // assessing risks for its own counselling is not covered.
                given(
                                "Victim-support risk assessment for own counselling",
                                "A6_LAW_ENFORCEMENT",
                                true,
                                "A6_FOR_LAW_ENFORCEMENT",
                                false)
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A6_FOR_LAW_ENFORCEMENT"),
                // Annex III 7 with its condition: an association examining residence applications on behalf of the
                // immigration office is high-risk.
                given(
                                "Examining residence applications for the immigration office",
                                "A7_MIGRATION_BORDER",
                                true,
                                "A7_FOR_COMPETENT_AUTHORITY",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("annex-iii.A7_MIGRATION_BORDER"),
                // Annex III 8(a) covers alternative dispute resolution used like a judicial authority.
                given(
                                "Mediation service drafting proposals on the law",
                                "A8A_JUSTICE",
                                true,
                                "A8A_FOR_JUDICIAL_AUTHORITY_OR_ADR",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("annex-iii.A8A_JUSTICE"),
                // Annex III 8(a) without the condition: a legal-aid association researching case law for itself.
                given(
                                "Legal research for the association's own advice",
                                "A8A_JUSTICE",
                                true,
                                "A8A_FOR_JUDICIAL_AUTHORITY_OR_ADR",
                                false)
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A8A_FOR_JUDICIAL_AUTHORITY_OR_ADR"),
                // Annex III 8(b) excludes tools whose output people are not directly exposed to.
                given(
                                "Optimising volunteers' door-to-door rounds in a campaign",
                                "A8B_ELECTIONS",
                                true,
                                "A8B_NOT_DIRECTLY_EXPOSED",
                                true)
                        .tier(MINIMAL)
                        .reasons("not-annex-iii.A8B_NOT_DIRECTLY_EXPOSED"),
                // --- Art. 6(3) derogation ---
                // Art. 6(3): no significant risk and a preparatory task (translating files for a later human
                // assessment), no profiling: not high-risk. The provider documents (6(4)) and registers (49(2)).
                given(
                                "Association's own translation of social-aid files, provider and deployer",
                                "ROLE",
                                "PROVIDER_AND_DEPLOYER",
                                "A5A_PUBLIC_ASSISTANCE",
                                true,
                                "A5A_FOR_PUBLIC_AUTHORITY",
                                true,
                                "A5A_NATURAL_PERSONS",
                                true,
                                "A63_NO_SIGNIFICANT_RISK",
                                true,
                                "A63_D_PREPARATORY_TASK",
                                true)
                        .tier(MINIMAL)
                        .reasons("exception.PREPARATORY_TASK", "exception.ask-provider")
                        .duties(
                                "PROVIDER:provider.document-derogation@2027-12-02",
                                "PROVIDER:provider.register-derogation@2026-08-02"),
                // Art. 6(3), third subparagraph: an Annex III system that profiles natural persons is always high-risk.
                given(
                                "Narrow task claimed while profiling candidates",
                                "A4A_RECRUITMENT",
                                true,
                                "A4_PERSONS",
                                "WORKERS_OR_CANDIDATES",
                                "A63_NO_SIGNIFICANT_RISK",
                                true,
                                "A63_A_NARROW_PROCEDURAL_TASK",
                                true,
                                "PROFILES_NATURAL_PERSONS",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("profiling-keeps-high-risk"),
                // Art. 6(3), first subparagraph: (a)-(d) alone is not enough without the no-significant-risk condition.
                given(
                                "Procedural task with a significant risk",
                                "A3B_LEARNING_OUTCOMES",
                                true,
                                "A63_A_NARROW_PROCEDURAL_TASK",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("exception-needs-no-significant-risk"),
                // Art. 6(3), second subparagraph: "no significant risk" alone is not enough without one of (a)-(d).
                given(
                                "No significant risk claimed, no condition",
                                "A3B_LEARNING_OUTCOMES",
                                true,
                                "A63_NO_SIGNIFICANT_RISK",
                                true)
                        .tier(HIGH_RISK)
                        .reasons("exception-needs-a-condition"),
                // Art. 6(3)(b): improving a completed human activity (rewording a decision letter already written by
                // a social worker), no significant risk, no profiling: not high-risk; a deployer asks its provider
                // for the art. 6(4) documentation.
                given(
                                "Rewording decision letters already written by staff",
                                "A5A_PUBLIC_ASSISTANCE",
                                true,
                                "A5A_FOR_PUBLIC_AUTHORITY",
                                true,
                                "A5A_NATURAL_PERSONS",
                                true,
                                "A63_NO_SIGNIFICANT_RISK",
                                true,
                                "A63_B_IMPROVES_HUMAN_ACTIVITY",
                                true)
                        .tier(MINIMAL)
                        .reasons("exception.IMPROVES_HUMAN_ACTIVITY", "exception.ask-provider")
                        .noDuty("DEPLOYER:deployer.high-risk"),
                // Art. 6(3)(c): flagging deviations from a jury's earlier grading patterns for human review.
                given(
                                "Flagging grading inconsistencies after the jury decided",
                                "A3B_LEARNING_OUTCOMES",
                                true,
                                "A63_NO_SIGNIFICANT_RISK",
                                true,
                                "A63_C_DETECTS_PATTERNS",
                                true)
                        .tier(MINIMAL)
                        .reasons("exception.DETECTS_PATTERNS"),
                // Annex III 3(c): assessing the level of education a person will access, within a training institution.
                given("Placing adult learners in language levels", "A3C_EDUCATION_LEVEL", true)
                        .tier(HIGH_RISK)
                        .reasons("annex-iii.A3C_EDUCATION_LEVEL"),
                // --- Roles and art. 25 ---
                // Art. 25(1)(c): using a general-purpose chatbot to rank job applicants changes its intended purpose
                // to an Annex III 4(a) one: the association becomes the provider of a high-risk system (art. 16) and
                // remains its deployer (art. 26).
                given(
                                "General chatbot used to rank applicants",
                                "GENERAL_PURPOSE_SYSTEM",
                                true,
                                "A4A_RECRUITMENT",
                                true,
                                "A4_PERSONS",
                                "WORKERS_OR_CANDIDATES")
                        .tier(HIGH_RISK)
                        .roles(OperatorRole.PROVIDER, OperatorRole.DEPLOYER)
                        .reasons("role.article-25-1-c")
                        .duties("PROVIDER:provider.high-risk@2027-12-02", "DEPLOYER:deployer.high-risk@2027-12-02"),
                // Art. 25(1)(a): a distributor putting its name on a high-risk system becomes its provider; it then
                // has the provider's duties (art. 16), not the distributor's (art. 24), and no deployer's duty.
                given(
                                "Federation distributing a proctoring tool under its own name",
                                "ROLE",
                                "DISTRIBUTOR",
                                "OWN_NAME",
                                true,
                                "A3D_TEST_MONITORING",
                                true)
                        .tier(HIGH_RISK)
                        .roles(OperatorRole.PROVIDER)
                        .reasons("role.article-25-1-a")
                        .duties("PROVIDER:provider.high-risk@2027-12-02")
                        .noDuty("DISTRIBUTOR:distributor.high-risk")
                        .noDuty("DEPLOYER:"),
                // Art. 25(1)(b): a substantial modification of a high-risk system that stays high-risk.
                given("Retraining a triage system", "SUBSTANTIAL_MODIFICATION", true, "A5D_EMERGENCY_TRIAGE", true)
                        .tier(HIGH_RISK)
                        .reasons("role.article-25-1-b")
                        .duties("PROVIDER:provider.high-risk@2027-12-02"),
                // Art. 25(1)(c): a translation tool (not high-risk by its provider's purpose) used to decide on
                // admissions to a training institution: the changed purpose makes it Annex III 3(a), the association
                // is its provider.
                given("Translation tool repurposed to rank admissions", "PURPOSE_CHANGED", true, "A3A_ADMISSION", true)
                        .tier(HIGH_RISK)
                        .reasons("role.article-25-1-c")
                        .duties("PROVIDER:provider.high-risk@2027-12-02"),
                // Art. 23: an importer has the importer's duties, never the deployer's (art. 26), and art. 4
                // (providers and deployers) does not bind it.
                given("Importing a US grading tool", "ROLE", "IMPORTER", "A3B_LEARNING_OUTCOMES", true)
                        .tier(HIGH_RISK)
                        .roles(OperatorRole.IMPORTER)
                        .duties("IMPORTER:importer.high-risk@2027-12-02")
                        .noDuty("DEPLOYER:")
                        .noDuty("IMPORTER:literacy"),
                // Art. 24: a distributor's duties for a high-risk system.
                given(
                                "Distributing a CV screening tool to members",
                                "ROLE",
                                "DISTRIBUTOR",
                                "A4A_RECRUITMENT",
                                true,
                                "A4_PERSONS",
                                "WORKERS_OR_CANDIDATES")
                        .tier(HIGH_RISK)
                        .duties("DISTRIBUTOR:distributor.high-risk@2027-12-02")
                        .noDuty("DEPLOYER:"),
                // Art. 16: a provider of a high-risk system it also uses has both sets of duties.
                given(
                                "Association's own eligibility tool for a Region",
                                "ROLE",
                                "PROVIDER_AND_DEPLOYER",
                                "A5A_PUBLIC_ASSISTANCE",
                                true,
                                "A5A_FOR_PUBLIC_AUTHORITY",
                                true,
                                "A5A_NATURAL_PERSONS",
                                true)
                        .tier(HIGH_RISK)
                        .duties(
                                "PROVIDER:provider.high-risk@2027-12-02",
                                "DEPLOYER:deployer.high-risk@2027-12-02",
                                "PROVIDER:literacy@2025-02-02",
                                "DEPLOYER:literacy@2025-02-02"),
                // --- Art. 50, complete, and alongside high-risk duties ---
                // Art. 50(1) binds the provider; a deployer of a third-party chatbot checks its provider did it.
                given("Third-party chatbot on the website", "T1_INTERACTS_WITH_PEOPLE", true, "T1_OBVIOUS", false)
                        .tier(TRANSPARENCY)
                        .reasons("transparency.50-1-other-provider")
                        .noDuty("PROVIDER:"),
                // Art. 50(1) exception: obvious to a reasonably well-informed person.
                given("Voice assistant obviously a machine", "T1_INTERACTS_WITH_PEOPLE", true, "T1_OBVIOUS", true)
                        .tier(MINIMAL)
                        .reasons("transparency.50-1-obvious"),
                // Art. 50(2) exception: assistive standard editing does not trigger the marking duty.
                given(
                                "Spelling correction built by the association",
                                "ROLE",
                                "PROVIDER_AND_DEPLOYER",
                                "T2_GENERATES_CONTENT",
                                true,
                                "T2_ASSISTIVE_EDITING",
                                true)
                        .tier(MINIMAL)
                        .reasons("transparency.50-2-assistive")
                        .noDuty("PROVIDER:provider.50-2"),
                // Art. 50(4), first subparagraph: deep fakes disclosed by the deployer.
                given(
                                "Campaign video with a realistic fake mayor",
                                "T4_DEEP_FAKE",
                                true,
                                "T4_ARTISTIC_OR_SATIRICAL",
                                false)
                        .tier(TRANSPARENCY)
                        .duties("DEPLOYER:deployer.50-4-deep-fake@2026-08-02"),
                // Art. 50(4), first subparagraph: evidently satirical work, lighter disclosure.
                given("Satirical sketch with a synthetic voice", "T4_DEEP_FAKE", true, "T4_ARTISTIC_OR_SATIRICAL", true)
                        .tier(TRANSPARENCY)
                        .duties("DEPLOYER:deployer.50-4-artistic@2026-08-02"),
                // Art. 50(4), second subparagraph: AI text informing the public on matters of public interest.
                given(
                                "Generated advocacy articles published unreviewed",
                                "T4_PUBLIC_INTEREST_TEXT",
                                true,
                                "T4_EDITORIAL_REVIEW",
                                false)
                        .tier(TRANSPARENCY)
                        .duties("DEPLOYER:deployer.50-4-text@2026-08-02"),
                // Art. 50(4), second subparagraph exception: human review under editorial responsibility.
                given(
                                "Generated articles edited under editorial responsibility",
                                "T4_PUBLIC_INTEREST_TEXT",
                                true,
                                "T4_EDITORIAL_REVIEW",
                                true)
                        .tier(MINIMAL)
                        .reasons("editorial-review"),
                // Art. 50(3): exposure to emotion recognition outside work and education (e.g. visitors).
                given("Measuring visitors' reactions at an exhibition", "T3_EMOTION_OR_CATEGORISATION", true)
                        .tier(TRANSPARENCY)
                        .duties("DEPLOYER:deployer.50-3@2026-08-02"),
                // Art. 50(6): art. 50 duties apply alongside Chapter III: a high-risk recruitment chatbot built by the
                // association keeps its 50(1) duty next to art. 16 and 26.
                given(
                                "Own recruitment chatbot",
                                "ROLE",
                                "PROVIDER_AND_DEPLOYER",
                                "A4A_RECRUITMENT",
                                true,
                                "A4_PERSONS",
                                "WORKERS_OR_CANDIDATES",
                                "T1_INTERACTS_WITH_PEOPLE",
                                true,
                                "T1_OBVIOUS",
                                false)
                        .tier(HIGH_RISK)
                        .duties(
                                "PROVIDER:provider.50-1@2026-08-02",
                                "PROVIDER:provider.high-risk@2027-12-02",
                                "DEPLOYER:deployer.high-risk@2027-12-02"),
                // Art. 4 in every tier: a minimal use still carries AI literacy for the deployer.
                given("Meeting summaries", "ROLE", "DEPLOYER")
                        .tier(MINIMAL)
                        .reasons("literacy", "minimal")
                        .duties("DEPLOYER:literacy@2025-02-02"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theQuestionnaireSaysWhatTheLawSays(Case lawCase) {
        AiActClassification result = AiActAnswers.of(lawCase.answers()).classify();

        assertThat(result.tier()).as("tier").isEqualTo(lawCase.tier);
        assertThat(result.reasons()).extracting(Reason::code).as("reasons").containsAll(lawCase.reasons);
        List<String> duties = result.duties().stream()
                .map(duty -> duty.role() + ":" + duty.code() + "@" + duty.appliesFrom())
                .toList();
        assertThat(duties).as("duties").containsAll(lawCase.duties);
        for (String absent : lawCase.absentDuties) {
            assertThat(duties).as("duties").noneMatch(duty -> duty.startsWith(absent));
        }
        if (lawCase.roles != null) {
            assertThat(result.roles()).as("roles").isEqualTo(lawCase.roles);
        }
    }

    @org.junit.jupiter.api.Test
    void thereAreAtLeastFortyCasesAndEveryQuestionIsUsedByOne() {
        List<Case> all = cases().toList();
        Set<String> used = new java.util.HashSet<>();
        all.forEach(lawCase -> used.addAll(lawCase.answers().keySet()));

        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(AiActQuestionnaire.questionnaire().questions())
                .extracting(Question::code)
                .filteredOn(code -> !used.contains(code))
                .as("questions no case answers")
                .isEmpty();
    }

    static Case given(String name, Object... answers) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("AI_SYSTEM", true);
        values.put("ROLE", "DEPLOYER");
        for (int i = 0; i < answers.length; i += 2) {
            values.put((String) answers[i], answers[i + 1]);
        }
        return new Case(name, values);
    }

    /** One use, its answers and what the law makes of it. */
    static final class Case {
        private final String name;
        private final Map<String, Object> answers;
        private RiskTier tier;
        private Set<OperatorRole> roles;
        private final List<String> reasons = new ArrayList<>();
        private final List<String> duties = new ArrayList<>();
        private final List<String> absentDuties = new ArrayList<>();

        Case(String name, Map<String, Object> answers) {
            this.name = name;
            this.answers = answers;
        }

        Map<String, Object> answers() {
            return answers;
        }

        Case tier(RiskTier expected) {
            tier = expected;
            return this;
        }

        Case roles(OperatorRole... expected) {
            roles = EnumSet.copyOf(Arrays.asList(expected));
            return this;
        }

        Case reasons(String... codes) {
            reasons.addAll(List.of(codes));
            return this;
        }

        Case duties(String... expected) {
            duties.addAll(List.of(expected));
            return this;
        }

        Case noDuty(String prefix) {
            absentDuties.add(prefix);
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
