package org.gouvernail.rest.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;

/** JSON shapes of the member resource. */
final class MemberJson {

    private MemberJson() {}

    @Schema(
            name = "MemberDetails",
            description =
                    "A person to add, or the editable part of a member (PATCH with a JSON merge patch). "
                            + "Without e-mail the person is listed (e.g. a volunteer, for training records) but never signs in.")
    record Details(
            @Email
            @Size(max = MemberDetails.EMAIL_LENGTH)
            @Schema(examples = "bob@demo.gouvernail.org", nullable = true)
            String email,

            @NotBlank @Size(max = 200) @Schema(examples = "Bob Lambert")
            String displayName,

            @NotNull @Schema(examples = "STAFF") PersonType personType,

            @NotEmpty @Size(max = 5) @Schema(examples = "[\"COMMITTEE\"]")
            Set<Role> roles) {

        static Details from(MemberDetails details) {
            return new Details(details.email(), details.displayName(), details.personType(), details.roles());
        }

        MemberDetails toDomain() {
            return new MemberDetails(email, displayName, personType, roles);
        }
    }

    @Schema(name = "Member")
    record View(
            UUID id,
            @Schema(maxLength = 254, nullable = true) String email,
            @Schema(maxLength = 200) String displayName,
            PersonType personType,
            @Schema(maxItems = 5) Set<Role> roles,

            @Schema(description = "INVITED until the person first calls the API with the invited, verified e-mail")
            MembershipStatus status,

            @Schema(description = "Whether the person has signed in at least once")
            boolean hasAccount,

            @Schema(description = "Same value as the ETag header.", minimum = "0", maximum = "9223372036854775807")
            long version,

            Instant createdAt) {

        static View from(Membership membership) {
            MemberDetails details = membership.details();
            return new View(
                    membership.id().value(),
                    details.email(),
                    details.displayName(),
                    details.personType(),
                    details.roles(),
                    membership.status(),
                    membership.subject() != null,
                    membership.version(),
                    membership.createdAt());
        }
    }
}
