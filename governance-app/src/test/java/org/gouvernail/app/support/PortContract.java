package org.gouvernail.app.support;

import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.MembershipBuilder;
import org.gouvernail.domain.organisation.OrganisationBuilder;
import org.gouvernail.domain.organisation.OrganisationProfileBuilder;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;

/**
 * Test helper of the out-port contracts: what every contract needs to set its rows up, whatever the
 * implementation: a fresh organisation and members in it (the rows that the MariaDB foreign keys
 * ask for), and ids chosen to show the order in which a store lists them.
 */
public abstract class PortContract {

    /** Microseconds, as TIMESTAMP(6) keeps them. */
    protected static final Instant NOW = Instant.parse("2025-03-01T09:00:00.123456Z");

    private OrganisationId organisation;
    private MemberId member;

    protected abstract Organisations organisations();

    protected abstract Memberships memberships();

    /**
     * Forgets the organisation of the previous case. The rows are made lazily, inside the case:
     * a {@code @TestTransaction} opens one transaction per intercepted method, and a row that a
     * {@code @BeforeEach} wrote would be rolled back before the case runs.
     */
    @BeforeEach
    void forgetThePreviousCase() {
        organisation = null;
        member = null;
    }

    /** The organisation of this case, made when first asked. */
    protected OrganisationId organisation() {
        if (organisation == null) {
            organisation = anOrganisation();
        }
        return organisation;
    }

    /** An active member of the organisation of this case, made when first asked. */
    protected MemberId member() {
        if (member == null) {
            member = aMemberOf(organisation());
        }
        return member;
    }

    /** A new organisation with a slug of its own: what a contract lists in it is only what the case added. */
    protected OrganisationId anOrganisation() {
        OrganisationId id = new OrganisationId(UUID.randomUUID());
        String slug = "contract-" + id.value().toString().substring(0, 18);
        organisations()
                .add(OrganisationBuilder.aRegisteredOrganisation()
                        .withId(id)
                        .withProfile(
                                OrganisationProfileBuilder.anOrganisation(slug).build())
                        .createdAt(NOW)
                        .build());
        return id;
    }

    /** An active member of the organisation, with a subject and an e-mail of their own. */
    protected MemberId aMemberOf(OrganisationId organisation, Role... roles) {
        MemberId id = new MemberId(UUID.randomUUID());
        memberships()
                .add(MembershipBuilder.aMembership()
                        .withId(id)
                        .of(organisation)
                        .withSubject("sub-" + id.value())
                        .withDetails(aMember()
                                .withEmail(id.value() + "@example.org")
                                .withRoles(roles.length == 0 ? new Role[] {Role.CONTRIBUTOR} : roles)
                                .build())
                        .createdAt(NOW)
                        .build());
        return id;
    }

    /**
     * A random id whose text starts with this hex digit: ids starting with 0 to 7 and with 8 to f
     * differ in sign as Java's UUID compares them, while MariaDB orders their text.
     */
    protected static UUID idStartingWith(char digit) {
        String random = UUID.randomUUID().toString();
        return UUID.fromString(digit + random.substring(1));
    }

    protected static UUID anyId() {
        return idStartingWith(
                "0123456789abcdef".charAt(ThreadLocalRandom.current().nextInt(16)));
    }
}
