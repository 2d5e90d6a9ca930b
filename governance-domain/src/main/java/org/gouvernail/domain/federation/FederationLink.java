package org.gouvernail.domain.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: the link between a federation and one member association, with the member's consents
 * per indicator as an append-only history (the consents in force are its latest entry per
 * indicator). INVITED → ACTIVE (the member's ADMIN accepts) ⇄ SUSPENDED (the federation pauses it)
 * → ENDED (either side, final). An association may hold links to several federations; a federation
 * holds at most one link not ended per association.
 *
 * @param region the member's region, a dashboard segment (null: not given)
 * @param sector the member's sector, a dashboard segment (null: not given)
 * @param endedSide who ended the link (null until ENDED)
 */
public record FederationLink(
        FederationLinkId id,
        OrganisationId federationId,
        OrganisationId associationId,
        LinkStatus status,
        Region region,
        Sector sector,
        Instant invitedAt,
        Instant acceptedAt,
        Instant endedAt,
        LinkSide endedSide,
        List<ConsentChange> history,
        long version) {

    /** Consent changes a link may hold: 23 indicators changed a few times a year for decades. */
    public static final int MAX_HISTORY = 2_000;

    public FederationLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(federationId, "federationId");
        Objects.requireNonNull(associationId, "associationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invitedAt, "invitedAt");
        history = List.copyOf(history);
        if (federationId.equals(associationId)) {
            throw new RuleViolation("federation-self-link", "a federation cannot be its own member");
        }
    }

    /** The federation invites the association, naming its segments if it knows them. */
    public static FederationLink invite(
            FederationLinkId id,
            OrganisationId federationId,
            OrganisationId associationId,
            Region region,
            Sector sector,
            Instant now) {
        return new FederationLink(
                id,
                federationId,
                associationId,
                LinkStatus.INVITED,
                region,
                sector,
                now,
                null,
                null,
                null,
                List.of(),
                0);
    }

    /** The member's ADMIN accepts; a region or sector it gives replaces the federation's. */
    public FederationLink accept(Region newRegion, Sector newSector, Instant now) {
        expect(LinkStatus.INVITED, "accept");
        return new FederationLink(
                id,
                federationId,
                associationId,
                LinkStatus.ACTIVE,
                newRegion != null ? newRegion : region,
                newSector != null ? newSector : sector,
                invitedAt,
                now,
                null,
                null,
                history,
                version);
    }

    /** The federation pauses an active link: the member drops out of every aggregate until resumed. */
    public FederationLink suspend() {
        expect(LinkStatus.ACTIVE, "suspend");
        return withStatus(LinkStatus.SUSPENDED);
    }

    public FederationLink resume() {
        expect(LinkStatus.SUSPENDED, "resume");
        return withStatus(LinkStatus.ACTIVE);
    }

    /** Either side ends the link, whatever its state but ENDED: final. */
    public FederationLink end(LinkSide side, Instant now) {
        Objects.requireNonNull(side, "side");
        if (status == LinkStatus.ENDED) {
            throw transition("end");
        }
        return new FederationLink(
                id,
                federationId,
                associationId,
                LinkStatus.ENDED,
                region,
                sector,
                invitedAt,
                acceptedAt,
                now,
                side,
                history,
                version);
    }

    /**
     * The member grants (or changes the granularity of) its consent to share {@code indicator}, which
     * must be a code of the dashboard's indicator catalogue. Not on an ended link.
     */
    public FederationLink grant(String indicator, Granularity granularity, DecisionId decisionId, Instant now) {
        Objects.requireNonNull(granularity, "granularity");
        if (IndicatorCatalogue.find(indicator).isEmpty()) {
            throw new InvalidInput("indicator", "unknown-indicator", "unknown indicator " + indicator, indicator);
        }
        if (status == LinkStatus.ENDED) {
            throw transition("grant-consent");
        }
        SharingConsent current = consents().get(indicator);
        if (current != null
                && current.granularity() == granularity
                && Objects.equals(current.decisionId(), decisionId)) {
            throw new RuleViolation(
                    "consent-unchanged", "indicator " + indicator + " is already shared as " + granularity, indicator);
        }
        return append(new ConsentChange(
                history.size() + 1, indicator, ConsentChange.Kind.GRANTED, granularity, decisionId, now));
    }

    /** The member revokes its consent to share {@code indicator}: it leaves every later aggregate. */
    public FederationLink revoke(String indicator, Instant now) {
        if (!consents().containsKey(indicator)) {
            throw new RuleViolation(
                    "consent-not-granted", "indicator " + indicator + " is not shared with the federation", indicator);
        }
        return append(new ConsentChange(history.size() + 1, indicator, ConsentChange.Kind.REVOKED, null, null, now));
    }

    /** The consents in force, by indicator code: the latest history entry of each, if it grants. */
    public Map<String, SharingConsent> consents() {
        Map<String, SharingConsent> consents = new TreeMap<>();
        for (ConsentChange change : history) {
            if (change.kind() == ConsentChange.Kind.GRANTED) {
                consents.put(
                        change.indicator(),
                        new SharingConsent(change.indicator(), change.granularity(), change.decisionId(), change.at()));
            } else {
                consents.remove(change.indicator());
            }
        }
        return consents;
    }

    /** Whether the link contributes to the federation's aggregates now. */
    public boolean active() {
        return status == LinkStatus.ACTIVE;
    }

    /** The latest history entry (after a grant or a revocation). */
    public ConsentChange lastChange() {
        return history.get(history.size() - 1);
    }

    private FederationLink append(ConsentChange change) {
        if (history.size() >= MAX_HISTORY) {
            throw new RuleViolation("consent-history-full", "this link holds " + MAX_HISTORY + " consent changes");
        }
        List<ConsentChange> changed = new ArrayList<>(history);
        changed.add(change);
        return new FederationLink(
                id,
                federationId,
                associationId,
                status,
                region,
                sector,
                invitedAt,
                acceptedAt,
                endedAt,
                endedSide,
                changed,
                version);
    }

    private FederationLink withStatus(LinkStatus next) {
        return new FederationLink(
                id,
                federationId,
                associationId,
                next,
                region,
                sector,
                invitedAt,
                acceptedAt,
                endedAt,
                endedSide,
                history,
                version);
    }

    private void expect(LinkStatus expected, String action) {
        if (status != expected) {
            throw transition(action);
        }
    }

    private RuleViolation transition(String action) {
        return new RuleViolation(
                "federation-link-status", "cannot " + action + " a link that is " + status, action, status);
    }
}
