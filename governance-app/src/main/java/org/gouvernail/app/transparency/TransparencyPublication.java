package org.gouvernail.app.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.domain.committee.AwaitingDecision;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.transparency.RedactionCheck;
import org.gouvernail.domain.transparency.StatementStatus;
import org.gouvernail.domain.transparency.TransparencyEvent.Moved;
import org.gouvernail.domain.transparency.TransparencyEvent.Published;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.out.TransparencyStatements;

/**
 * Decision effect (ADR 0010) for subject TRANSPARENCY: the only way a transparency statement is
 * published. An approval publishes the version (IN_REVIEW, and still naming no member) and
 * supersedes the one in force; a rejection returns it to DRAFT; a deferral leaves it in review.
 */
@ApplicationScoped
public class TransparencyPublication implements DecisionEffect {

    /** "TRANSPARENCY_STATEMENT" would pass the 20 characters a subject code may have. */
    public static final DecisionSubject SUBJECT = DecisionSubject.TRANSPARENCY;

    private final TransparencyStatements statements;
    private final Memberships memberships;
    private final Auditor auditor;

    public TransparencyPublication(TransparencyStatements statements, Memberships memberships, Auditor auditor) {
        this.statements = statements;
        this.memberships = memberships;
        this.auditor = auditor;
    }

    @Override
    public DecisionSubject subject() {
        return SUBJECT;
    }

    @Override
    public String subjectName() {
        return "transparency-statement";
    }

    @Override
    public boolean exists(OrganisationId organisationId, UUID subjectId) {
        return statements.find(organisationId, subjectId).isPresent();
    }

    @Override
    public List<AwaitingDecision> awaitingDecision(OrganisationId organisationId) {
        return statements.inStatus(organisationId, List.of(StatementStatus.IN_REVIEW), 10).stream()
                .map(statement -> new AwaitingDecision(
                        SUBJECT, statement.id(), null, "AI transparency statement", statement.number()))
                .toList();
    }

    @Override
    public String apply(Caller caller, Decision decision) {
        OrganisationId organisationId = decision.organisationId();
        TransparencyStatement statement = statements
                .find(organisationId, decision.subjectId())
                .orElseThrow(() -> new NotFound("transparency-statement", decision.subjectId()));
        return switch (decision.outcome()) {
            case APPROVED, APPROVED_WITH_CONDITIONS -> publish(caller, decision, statement);
            case REJECTED -> {
                TransparencyStatement reopened = statements.update(statement.reopen());
                auditor.record(
                        caller,
                        new Moved(statement.status(), reopened, decision.id().value()));
                yield "transparency statement " + reopened.number() + " returned to DRAFT";
            }
            case DEFERRED -> "";
        };
    }

    private String publish(Caller caller, Decision decision, TransparencyStatement statement) {
        OrganisationId organisationId = decision.organisationId();
        RedactionCheck.require(statement.content(), MemberNames.of(memberships, organisationId));
        StringBuilder change = new StringBuilder();
        for (TransparencyStatement previous :
                statements.inStatus(organisationId, List.of(StatementStatus.PUBLISHED), 10)) {
            TransparencyStatement superseded = statements.update(previous.supersede(decision.recordedAt()));
            auditor.record(
                    caller,
                    new Moved(previous.status(), superseded, decision.id().value()));
            change.append("version ").append(previous.number()).append(" superseded; ");
        }
        TransparencyStatement published =
                statements.update(statement.publishByDecision(decision.id().value(), decision.recordedAt()));
        auditor.record(caller, new Published(published));
        return change + "transparency statement " + published.number() + " published";
    }
}
