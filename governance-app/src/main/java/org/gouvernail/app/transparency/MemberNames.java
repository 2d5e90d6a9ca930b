package org.gouvernail.app.transparency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * The names a statement must not show: every member's display name, the invited and the removed
 * included (a person's name stays personal whatever their membership), read page by page.
 */
final class MemberNames {

    private MemberNames() {}

    static List<String> of(Memberships memberships, OrganisationId organisationId) {
        List<String> names = new ArrayList<>();
        Optional<UUID> after = Optional.empty();
        do {
            Page<Membership> page = memberships.list(organisationId, new PageRequest(PageRequest.MAX_LIMIT, after));
            page.items().stream()
                    .map(membership -> membership.details().displayName())
                    .filter(name -> name != null && !name.isBlank())
                    .forEach(names::add);
            after = page.continueAfter();
        } while (after.isPresent());
        return names;
    }
}
