package org.gouvernail.app.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.port.in.ToolInventory;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test fixture: one person with one row in every place an organisation can hold something about them,
 * written in SQL (each register's own API is tested by its area), plus their own tool declared through
 * the in-port so that the audit trail names them as its actor.
 */
@ApplicationScoped
public class PersonalDataScene {

    private final World world;
    private final ToolInventory inventory;
    private final DataSource dataSource;

    public PersonalDataScene(World world, ToolInventory inventory, DataSource dataSource) {
        this.world = world;
        this.inventory = inventory;
        this.dataSource = dataSource;
    }

    /** The person, their organisation and the ids of what was seeded about them. */
    public record Seeded(
            OrganisationId organisation,
            Membership person,
            String subject,
            String email,
            UUID decision,
            UUID incident,
            UUID tool) {

        public String org() {
            return organisation.toString();
        }

        public String member() {
            return person.id().toString();
        }
    }

    /** A fresh association (ADMIN ada, DATA_REFERENT rita, VIEWER vera) and the person, a CONTRIBUTOR. */
    public Seeded seed(String subject) throws SQLException {
        OrganisationId org = world.association(World.ADMIN);
        world.member(org, World.DATA_REFERENT, Role.DATA_REFERENT);
        world.member(org, World.VIEWER, Role.VIEWER);
        Membership admin = world.member(org, World.COMMITTEE, Role.COMMITTEE);
        Membership person = world.member(org, subject, Role.CONTRIBUTOR);
        AiTool tool = inventory.declare(World.caller(subject), org, World.chatGpt());
        String o = org.toString();
        String p = person.id().toString();
        String a = admin.id().toString();
        String t = tool.id().toString();
        UUID meeting = UUID.randomUUID();
        UUID decision = UUID.randomUUID();
        UUID incident = UUID.randomUUID();
        UUID policy = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        UUID module = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID risk = UUID.randomUUID();
        String email = World.email(subject);
        try (Connection c = dataSource.getConnection()) {
            exec(
                    c,
                    "insert ignore into committee (organisation_id, meeting_frequency, written_procedure_allowed,"
                            + " quorum_rule, min_voting_members, max_voting_members, version)"
                            + " values (?, 'QUARTERLY', false, 'MAJORITY', 3, 5, 0)",
                    o);
            exec(c, "insert into committee_member values (?, ?, 'MEMBER', true, null, null)", o, p);
            exec(
                    c,
                    "insert into meeting (id, organisation_id, meeting_date, minutes, version, created_at)"
                            + " values (?, ?, curdate(), ?, 0, now(6))",
                    meeting,
                    o,
                    "Présents : " + subject + ". " + email);
            exec(c, "insert into meeting_attendee values (?, ?, ?)", o, meeting, p);
            exec(
                    c,
                    "insert into decision (id, organisation_id, meeting_id, subject, outcome, rationale, votes_for,"
                            + " votes_against, votes_abstain, recorded_by, recorded_at)"
                            + " values (?, ?, ?, 'OTHER', 'APPROVED', ?, 3, 1, 0, ?, now(6))",
                    decision,
                    o,
                    meeting,
                    "Proposé par " + subject,
                    p);
            exec(
                    c,
                    "insert into approval_request (id, organisation_id, kind, title, status, requested_by, version,"
                            + " created_at) values (?, ?, 'NEW_USE', 'Résumer', 'PENDING', ?, 0, now(6))",
                    UUID.randomUUID(),
                    o,
                    p);
            exec(
                    c,
                    "insert into tool_use values (?, ?, ?, ?, 'SELF_DECLARED', ?, now(6))",
                    UUID.randomUUID(),
                    o,
                    p,
                    t,
                    p);
            exec(
                    c,
                    "insert into vendor_assessment (id, organisation_id, tool_id, tool_hosting_region, health_data,"
                            + " personal_data_leaves_eu, connectors_touch_personal_data, critical_process,"
                            + " high_risk_use_case, status, score, level, author_id, created_at, version)"
                            + " values (?, ?, ?, 'EU', false, false, false, false, false, 'DRAFT', 0, 'LOW', ?, now(6), 0)",
                    UUID.randomUUID(),
                    o,
                    t,
                    p);
            exec(
                    c,
                    "insert into risk (id, organisation_id, title, category, likelihood, severity, owner_id, status,"
                            + " raised_by, raised_at, version) values (?, ?, 'Fuite', 'PRIVACY', 2, 3, ?, 'OPEN', ?, now(6), 0)",
                    risk,
                    o,
                    p,
                    a);
            exec(
                    c,
                    "insert into risk_action (id, organisation_id, risk_id, title, owner_id, status)"
                            + " values (?, ?, ?, 'Former', ?, 'OPEN')",
                    UUID.randomUUID(),
                    o,
                    risk,
                    p);
            exec(
                    c,
                    "insert into use_case (id, organisation_id, title, data_categories, people_affected, owner_id,"
                            + " status, created_by, created_at, version)"
                            + " values (?, ?, 'Résumer', 'INTERNAL', 'STAFF', ?, 'DRAFT', ?, now(6), 0)",
                    UUID.randomUUID(),
                    o,
                    p,
                    a);
            exec(
                    c,
                    "insert into policy (id, organisation_id, title, created_by, created_at, version)"
                            + " values (?, ?, 'Charte IA', ?, now(6), 0)",
                    policy,
                    o,
                    a);
            exec(
                    c,
                    "insert into policy_version (id, organisation_id, policy_id, number, status, language, published_by,"
                            + " published_at, created_by, created_at, version)"
                            + " values (?, ?, ?, 1, 'PUBLISHED', 'fr', ?, now(6), ?, now(6), 0)",
                    version,
                    o,
                    policy,
                    decision,
                    a);
            exec(c, "insert into policy_acknowledgement values (?, ?, ?, now(6), ?)", version, p, o, p);
            exec(
                    c,
                    "insert into training_module (id, organisation_id, code, title, summary, topics, level,"
                            + " duration_minutes, formats, languages, provider_kind, tool_categories,"
                            + " new_version_requires_refresh, status, revision, refresh_from_revision, created_by,"
                            + " created_at, version) values (?, ?, ?, 'Bases', 'Bases', 'HOW_AI_WORKS', 'INTRODUCTION', 60,"
                            + " 'IN_PERSON', 'fr', 'INTERNAL', '', false, 'ACTIVE', 1, 1, ?, now(6), 0)",
                    module,
                    o,
                    "M" + module.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                    a);
            exec(
                    c,
                    "insert into training_session (id, organisation_id, title, date, duration_minutes, format,"
                            + " language, trainer, status, planned_by, version)"
                            + " values (?, ?, 'Atelier', curdate(), 60, 'IN_PERSON', 'fr', ?, 'CLOSED', ?, 0)",
                    session,
                    o,
                    "Formatrice, avec " + subject,
                    a);
            exec(c, "insert into training_attendance values (?, ?, ?, 'PRESENT')", o, session, p);
            exec(
                    c,
                    "insert into literacy_requirement (id, organisation_id, title, person_types, roles,"
                            + " tool_categories, module_ids, trigger_kind, due_within_days, level, rationale, owner_id,"
                            + " status, revision, created_by, created_at, revised_at, version) values (?, ?, 'Bases',"
                            + " 'VOLUNTEER', '', '', ?, 'ONBOARDING', 30, 'MANDATORY', 'Art. 4', ?, 'ACTIVE', 1, ?,"
                            + " now(6), now(6), 0)",
                    UUID.randomUUID(),
                    o,
                    module.toString(),
                    p,
                    a);
            UUID campaign = UUID.randomUUID();
            exec(
                    c,
                    "insert into readiness_campaign (id, organisation_id, title, framework_version,"
                            + " respondent_groups, anonymous, status, opened_at, version)"
                            + " values (?, ?, 'Où en sommes-nous ?', '2026.1', 'STAFF', false, 'OPEN', now(6), 0)",
                    campaign,
                    o);
            exec(
                    c,
                    "insert into readiness_response (id, organisation_id, campaign_id, member_id, respondent_group,"
                            + " answers, submitted_at, version) values (?, ?, ?, ?, 'STAFF', '{}', now(6), 0)",
                    UUID.randomUUID(),
                    o,
                    campaign,
                    p);
            exec(
                    c,
                    "insert into training_record (id, organisation_id, member_id, module_id, module_revision,"
                            + " completed_on, method, session_id, recorded_by, recorded_at)"
                            + " values (?, ?, ?, ?, 1, curdate(), 'SESSION', ?, ?, now(6))",
                    UUID.randomUUID(),
                    o,
                    p,
                    module,
                    session,
                    a);
            exec(
                    c,
                    "insert into feedback_item (id, organisation_id, kind, about_kind, text, channel, identity_mode,"
                            + " author_id, received_on, status, version)"
                            + " values (?, ?, 'CONCERN', 'NOTHING', ?, 'APP', 'CONFIDENTIAL', ?, curdate(), 'RECEIVED', 0)",
                    UUID.randomUUID(),
                    o,
                    "Je signe : " + subject,
                    p);
            exec(
                    c,
                    "insert into incident (id, organisation_id, title, description, kind, type, detected_at, tool_ids,"
                            + " use_case_ids, data_categories, vulnerable_people, harms, harm_actual, harm_reversible,"
                            + " high_risk_system, severity, severity_reasons, status, reported_by, reported_at, version)"
                            + " values (?, ?, 'Fuite', ?, 'INCIDENT', 'PERSONAL_DATA_IN_PUBLIC_TOOL', now(6), '', '', 'PERSONAL', 0, '', 1, 1, 0,"
                            + " 'HIGH', '', 'REPORTED', ?, now(6), 0)",
                    incident,
                    o,
                    "Signalé par " + subject + " <" + email + ">",
                    p);
            exec(
                    c,
                    "insert into incident_duty (incident_id, code, organisation_id, reason, state, settled_at, settled_by)"
                            + " values (?, 'GDPR_33', ?, 'PERSONAL_DATA', 'DONE', now(6), ?)",
                    incident,
                    o,
                    p);
            exec(
                    c,
                    "insert into communication_plan (id, organisation_id, title, objective, period_start, period_end,"
                            + " owner_id, changes_work, touches_automation, created_by, created_at, version)"
                            + " values (?, ?, 'Plan', 'Informer', curdate(), curdate(), ?, false, false, ?, now(6), 0)",
                    plan,
                    o,
                    p,
                    a);
            exec(
                    c,
                    "insert into communication_action (id, organisation_id, plan_id, audience, stage, key_message,"
                            + " channel, sender_id, planned_date, status, created_at, version)"
                            + " values (?, ?, ?, 'STAFF', 'BEFORE', ?, 'EMAIL', ?, curdate(), 'PLANNED', now(6), 0)",
                    UUID.randomUUID(),
                    o,
                    plan,
                    "Signé " + subject,
                    p);
            exec(
                    c,
                    "insert into notification_preference values (?, 'WEEKLY', 'fr', true, ?, 0) on duplicate key"
                            + " update version = version",
                    subject,
                    token(subject));
            exec(
                    c,
                    "insert into calendar_token values (?, ?, now(6)) on duplicate key update issued_at = issued_at",
                    subject,
                    String.format("%064d", Math.abs((long) subject.hashCode())));
            exec(c, "insert ignore into sent_notice values (?, ?, now(6))", subject, "digest:" + o);
            exec(
                    c,
                    "insert into idempotency_record (subject, idempotency_key, request_method, request_path,"
                            + " request_sha256, reserved_at, expires_at, response_status, response_type, response_body)"
                            + " values (?, ?, 'POST', ?, ?, now(6), now(6) + interval 1 day, 201, 'application/json', ?)",
                    subject,
                    "key-" + UUID.randomUUID(),
                    "/api/v1/organisations/" + o + "/tools",
                    "0".repeat(64),
                    "{\"declaredBy\":\"" + subject + "\",\"email\":\"" + email + "\"}");
            // what the admin sent about the person: the response names them too
            exec(
                    c,
                    "insert into idempotency_record (subject, idempotency_key, request_method, request_path,"
                            + " request_sha256, reserved_at, expires_at, response_status, response_type, response_body)"
                            + " values (?, ?, 'POST', ?, ?, now(6), now(6) + interval 1 day, 201, 'application/json', ?)",
                    World.ADMIN,
                    "key-" + UUID.randomUUID(),
                    "/api/v1/organisations/" + o + "/members",
                    "0".repeat(64),
                    "{\"displayName\":\"" + subject + "\",\"email\":\"" + email + "\"}");
        }
        return new Seeded(
                org, person, subject, email, decision, incident, tool.id().value());
    }

    /** An open incident the person reported, with its GDPR art. 33 notification still pending. */
    public UUID openIncidentWithPendingDuty(Seeded seeded) throws SQLException {
        UUID incident = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            exec(
                    c,
                    "insert into incident (id, organisation_id, title, kind, type, detected_at, tool_ids, use_case_ids,"
                            + " data_categories, vulnerable_people, harms, harm_actual, harm_reversible, high_risk_system,"
                            + " severity, severity_reasons, status, reported_by, reported_at, version)"
                            + " values (?, ?, 'Fuite', 'INCIDENT', 'PERSONAL_DATA_IN_PUBLIC_TOOL', now(6), '', '', 'PERSONAL', 0, '', 1, 1, 0,"
                            + " 'HIGH', '', 'TRIAGED', ?, now(6), 0)",
                    incident,
                    seeded.org(),
                    seeded.member());
            exec(
                    c,
                    "insert into incident_duty (incident_id, code, organisation_id, reason, due_at, state)"
                            + " values (?, 'GDPR_33', ?, 'PERSONAL_DATA', now(6) + interval 3 day, 'PENDING')",
                    incident,
                    seeded.org());
        }
        return incident;
    }

    public void settle(UUID incident) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            exec(c, "update incident_duty set state = 'DONE', settled_at = now(6) where incident_id = ?", incident);
        }
    }

    private static String token(String subject) {
        String base = (subject + "-unsubscribe-token-" + "x".repeat(43)).replaceAll("[^A-Za-z0-9_-]", "x");
        return base.substring(0, 43);
    }

    static void exec(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i].toString());
            }
            statement.executeUpdate();
        }
    }
}
