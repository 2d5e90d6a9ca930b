package org.gouvernail.app.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.domain.transparency.StatementContent;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.in.AiTransparency.Narrative;
import org.gouvernail.domain.transparency.port.out.TransparencyStatements;

/**
 * Due items: "statement out of date" for ADMIN and COMMITTEE when the registers no longer say what
 * the published statement says: a listed use case changed (its words, tools, data, oversight, AI Act
 * or DPIA answers, its recourse, its stage), a use case started or stopped running, a listed tool
 * changed its name, vendor or hosting region, a new validated vendor assessment changed its
 * processor agreement, or a risk on its tools (or a safeguard of one) was raised, rated, renamed or
 * closed. Found by drawing the entries again and comparing them with the frozen snapshot; an
 * organisation without a published statement costs one query. The optional facts (training
 * coverage, incidents) are figures of the day the version was drawn: they do not make it stale.
 */
@ApplicationScoped
public class TransparencyDueItems implements DueItemSource {

    static final String OUT_OF_DATE = "ai-transparency.out-of-date";

    private final TransparencyStatements statements;
    private final AiTransparencyService transparency;
    private final Clock clock;

    public TransparencyDueItems(TransparencyStatements statements, AiTransparencyService transparency, Clock clock) {
        this.statements = statements;
        this.transparency = transparency;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        List<OrganisationId> governed = memberships.stream()
                .filter(Membership::isActive)
                .filter(member -> member.holdsAny(Role.GOVERNORS))
                .map(Membership::organisationId)
                .distinct()
                .toList();
        List<DueItem> items = new ArrayList<>();
        statements.published(governed).forEach(statement -> outOfDate(statement).ifPresent(items::add));
        return items.stream()
                .filter(item -> item.dueAt().isBefore(until))
                .limit(limit)
                .toList();
    }

    @Override
    @Transactional
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return statements.published(List.of(organisationId)).stream()
                .findFirst()
                .flatMap(this::outOfDate)
                .filter(item -> item.dueAt().isBefore(until))
                .stream()
                .limit(limit)
                .toList();
    }

    /** Draws the entries again (one read per register, one per listed tool) and compares them with the snapshot. */
    private Optional<DueItem> outOfDate(TransparencyStatement statement) {
        OrganisationId organisationId = statement.organisationId();
        StatementContent then = statement.content();
        StatementContent now = transparency.drawFromRegisters(
                organisationId, new Narrative(then.principles(), then.contactAddress(), then.howToRaiseAConcern()));
        if (now.entries().equals(then.entries()) && now.internalUses().equals(then.internalUses())) {
            return Optional.empty();
        }
        return Optional.of(new DueItem(
                organisationId,
                OUT_OF_DATE,
                "AI_TRANSPARENCY_STATEMENT",
                statement.id(),
                "AI transparency statement version " + statement.number()
                        + " out of date: the registers changed since its publication",
                clock.instant().minusSeconds(1),
                Assignee.anyOf(Role.GOVERNORS),
                "/api/v1/organisations/" + organisationId + "/ai-transparency"));
    }
}
