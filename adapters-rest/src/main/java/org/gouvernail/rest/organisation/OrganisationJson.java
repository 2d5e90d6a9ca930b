package org.gouvernail.rest.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;

/** JSON shapes of the organisation resource. */
final class OrganisationJson {

    private OrganisationJson() {}

    @Schema(name = "OrganisationSize", description = "How many people the organisation counts.")
    record SizeJson(
            @Min(0)
            @Max(OrganisationSize.MAX_PEOPLE)
            @Schema(examples = "4", nullable = true, description = "null when not given")
            Integer staff,

            @Min(0)
            @Max(OrganisationSize.MAX_PEOPLE)
            @Schema(examples = "35", nullable = true, description = "null when not given")
            Integer volunteers) {

        static SizeJson from(OrganisationSize size) {
            return new SizeJson(size.staff(), size.volunteers());
        }

        OrganisationSize toDomain() {
            return new OrganisationSize(staff, volunteers);
        }
    }

    @Schema(name = "OrganisationRegistration", description = "A new association or federation.")
    record Registration(
            @NotNull @Schema(examples = "ASSOCIATION") OrganisationKind kind,

            @NotBlank @Size(max = 200) @Schema(examples = "Entraide Quartier asbl")
            String name,

            @NotBlank
            @Size(max = OrganisationProfile.SLUG_LENGTH)
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
            @Schema(examples = "entraide-quartier")
            String slug,

            @NotBlank
            @Size(max = 2)
            @Pattern(regexp = "[A-Z]{2}")
            @Schema(examples = "BE", description = "ISO 3166-1 alpha-2")
            String country,

            @Valid SizeJson size,

            @Size(max = 5) @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") @Schema(examples = "fr", defaultValue = "fr")
            String locale) {

        OrganisationProfile profile() {
            return new OrganisationProfile(name, slug, country, size == null ? null : size.toDomain(), locale);
        }
    }

    @Schema(
            name = "OrganisationProfile",
            description = "The editable part of an organisation (PATCH with a JSON merge patch).")
    record Profile(
            @NotBlank @Size(max = 200) @Schema(examples = "Entraide Quartier asbl")
            String name,

            @NotBlank
            @Size(max = OrganisationProfile.SLUG_LENGTH)
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
            @Schema(examples = "entraide-quartier")
            String slug,

            @NotBlank @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") @Schema(examples = "BE")
            String country,

            @Valid SizeJson size,

            @NotBlank @Size(max = 5) @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") @Schema(examples = "fr")
            String locale) {

        static Profile from(OrganisationProfile profile) {
            return new Profile(
                    profile.name(), profile.slug(), profile.country(), SizeJson.from(profile.size()), profile.locale());
        }

        OrganisationProfile toDomain() {
            return new OrganisationProfile(name, slug, country, size == null ? null : size.toDomain(), locale);
        }
    }

    @Schema(name = "Organisation")
    record View(
            UUID id,
            OrganisationKind kind,

            @Schema(maxLength = 200, examples = "Entraide Quartier asbl")
            String name,

            @Schema(maxLength = 60, examples = "entraide-quartier")
            String slug,

            @Schema(maxLength = 2, examples = "BE") String country,
            SizeJson size,
            @Schema(maxLength = 5, examples = "fr") String locale,

            @Schema(
                    description = "Same value as the ETag header.",
                    examples = "0",
                    minimum = "0",
                    maximum = "9223372036854775807")
            long version,

            Instant createdAt) {

        static View from(Organisation organisation) {
            OrganisationProfile profile = organisation.profile();
            return new View(
                    organisation.id().value(),
                    organisation.kind(),
                    profile.name(),
                    profile.slug(),
                    profile.country(),
                    SizeJson.from(profile.size()),
                    profile.locale(),
                    organisation.version(),
                    organisation.createdAt());
        }
    }
}
