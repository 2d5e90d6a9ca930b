package org.gouvernail.rest.federation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.federation.ConsentChange;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.Granularity;
import org.gouvernail.domain.federation.LinkSide;
import org.gouvernail.domain.federation.LinkStatus;
import org.gouvernail.domain.federation.Region;
import org.gouvernail.domain.federation.Sector;
import org.gouvernail.domain.federation.SharingConsent;

/** REST DTOs of federations: links, consents, snapshots. */
final class FederationJson {

    private FederationJson() {}

    static final String REGION_PATTERN = "^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$";

    @Schema(name = "FederationInvitation", description = "The association a federation invites")
    record InviteInput(
            @NotBlank
            @Size(max = 60)
            @Schema(description = "The association's slug", examples = "entraide-quartier", maxLength = 60)
            String memberSlug,

            @Size(max = 6)
            @Pattern(regexp = REGION_PATTERN)
            @Schema(
                    description = "ISO 3166-2 region (BE-BRU, BE-WAL, FR-IDF) or a country code",
                    examples = "BE-BRU",
                    nullable = true,
                    maxLength = 6,
                    pattern = REGION_PATTERN)
            String region,

            @Schema(nullable = true) Sector sector) {}

    @Schema(name = "FederationAcceptance", description = "The member's segments, if it corrects the federation's")
    record AcceptInput(
            @Size(max = 6)
            @Pattern(regexp = REGION_PATTERN)
            @Schema(nullable = true, maxLength = 6, pattern = REGION_PATTERN, examples = "BE-WAL")
            String region,

            @Schema(nullable = true) Sector sector) {}

    @Schema(name = "SharingConsentGrant", description = "An indicator the member shares with the federation")
    record ConsentInput(
            @NotBlank
            @Size(max = 60)
            @Schema(
                    description = "A code of the dashboard's indicator catalogue (GET /api/v1/reference/indicators)",
                    examples = "policies.acknowledgement_rate",
                    maxLength = 60)
            String indicator,

            @NotNull Granularity granularity,

            @Schema(description = "The member's committee decision it follows, if any", nullable = true, maxLength = 36)
            UUID decisionId) {}

    @Schema(name = "SharingConsent", description = "A consent in force")
    record ConsentView(
            @Schema(maxLength = 60) String indicator,
            Granularity granularity,
            @Schema(nullable = true, maxLength = 36) UUID decisionId,
            Instant since) {

        static ConsentView from(SharingConsent consent) {
            return new ConsentView(
                    consent.indicator(),
                    consent.granularity(),
                    consent.decisionId() == null ? null : consent.decisionId().value(),
                    consent.since());
        }
    }

    @Schema(name = "SharingConsentChange", description = "An entry of the append-only consent history")
    record ChangeView(
            @Schema(minimum = "1", maximum = "2000") int sequence,
            @Schema(maxLength = 60) String indicator,
            ConsentChange.Kind kind,
            @Schema(nullable = true) Granularity granularity,
            @Schema(nullable = true, maxLength = 36) UUID decisionId,
            Instant at) {

        static ChangeView from(ConsentChange change) {
            return new ChangeView(
                    change.sequence(),
                    change.indicator(),
                    change.kind(),
                    change.granularity(),
                    change.decisionId() == null ? null : change.decisionId().value(),
                    change.at());
        }
    }

    @Schema(name = "FederationLink", description = "A federation and one member association")
    record LinkView(
            @Schema(maxLength = 36) UUID id,
            @Schema(maxLength = 36) UUID federationId,
            @Schema(maxLength = 36) UUID associationId,
            LinkStatus status,
            @Schema(nullable = true, maxLength = 6) String region,
            @Schema(nullable = true) Sector sector,
            Instant invitedAt,
            @Schema(nullable = true) Instant acceptedAt,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) LinkSide endedSide,

            @Schema(description = "The consents in force", maxItems = 100)
            List<ConsentView> consents,

            @Schema(description = "Every consent change, oldest first (append-only)", maxItems = 2000)
            List<ChangeView> history) {

        static LinkView from(FederationLink link) {
            return new LinkView(
                    link.id().value(),
                    link.federationId().value(),
                    link.associationId().value(),
                    link.status(),
                    link.region() == null ? null : link.region().code(),
                    link.sector(),
                    link.invitedAt(),
                    link.acceptedAt(),
                    link.endedAt(),
                    link.endedSide(),
                    link.consents().values().stream().map(ConsentView::from).toList(),
                    link.history().stream().map(ChangeView::from).toList());
        }
    }

    @Schema(name = "FederationSnapshotTaken", description = "Snapshots taken now")
    record SnapshotView(
            @Schema(
                    description = "The period: the first day of the month",
                    implementation = String.class,
                    format = "date")
            LocalDate period,

            @Schema(description = "How many members' snapshots were taken", minimum = "0", maximum = "100000")
            int members) {}

    static Region region(String code) {
        return Region.ofNullable(code);
    }
}
