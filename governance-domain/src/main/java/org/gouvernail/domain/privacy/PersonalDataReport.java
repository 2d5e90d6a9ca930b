package org.gouvernail.domain.privacy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Read model: everything one organisation holds about one person, category by category, at one instant. */
public record PersonalDataReport(
        OrganisationId organisationId, MemberId memberId, Instant producedAt, List<PersonalDataCategory> categories) {

    public PersonalDataReport {
        categories = categories.stream()
                .sorted(Comparator.comparing(PersonalDataCategory::code))
                .toList();
    }
}
