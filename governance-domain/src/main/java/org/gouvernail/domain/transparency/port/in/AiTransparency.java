package org.gouvernail.domain.transparency.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.transparency.TransparencyStatement;

/**
 * In-port: the public AI transparency statement. Staff draw a version from the registers, edit its
 * narrative, submit it; only a committee decision publishes it. Anyone reads what is published.
 */
public interface AiTransparency {

    /** How many versions a history shows at most. */
    int HISTORY = 100;

    /** ADMIN or COMMITTEE: a new DRAFT derived from the registers; the narrative comes from the last version. */
    TransparencyStatement draft(Caller caller, OrganisationId organisationId, Narrative narrative);

    /** Any member: every version, newest first, drafts included. */
    List<TransparencyStatement> versions(Caller caller, OrganisationId organisationId);

    /** Any member. */
    TransparencyStatement version(Caller caller, OrganisationId organisationId, UUID id);

    /** ADMIN or COMMITTEE: a DRAFT's narrative fields; a null field is left as it was. */
    TransparencyStatement edit(
            Caller caller, OrganisationId organisationId, UUID id, long expectedVersion, Narrative narrative);

    /** ADMIN or COMMITTEE: DRAFT → IN_REVIEW, for the committee's decision. */
    TransparencyStatement submit(Caller caller, OrganisationId organisationId, UUID id, long expectedVersion);

    /** No caller: the version in force of the organisation with this slug, if one is published. */
    Optional<Published> published(String slug);

    /** No caller: the published and superseded versions, newest first; empty when none was ever published. */
    Optional<PublicHistory> history(String slug);

    /** No caller: a question or an error report on the published statement, kept as an anonymous feedback item. */
    FeedbackItem ask(String slug, FeedbackKind kind, UUID useCaseId, String text);

    /**
     * The narrative fields: what the registers do not say; and, for a new draft, which optional facts
     * to publish (the share of people trained, the incidents of the last twelve months and what
     * changed): null keeps the choice of the last version, none by default.
     */
    record Narrative(
            String principles,
            String contactAddress,
            String howToRaiseAConcern,
            Boolean includeTrainingCoverage,
            Boolean includeIncidents) {

        public Narrative(String principles, String contactAddress, String howToRaiseAConcern) {
            this(principles, contactAddress, howToRaiseAConcern, null, null);
        }
    }

    /** The statement in force and the organisation it speaks for. */
    record Published(OrganisationId organisationId, String slug, TransparencyStatement statement) {}

    /** The versions ever published, newest first. */
    record PublicHistory(OrganisationId organisationId, String slug, List<TransparencyStatement> versions) {}
}
