package org.gouvernail.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.MembershipBuilder;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationBuilder;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfileBuilder;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link Organisations} out-port does, the MariaDB adapter
 * and the fake of the service tests alike: versioned updates, a slug taken by another organisation
 * only, and a person's organisations as keyset pages of those where they are an active member.
 */
public abstract class OrganisationsContract extends PortContract {

    private Organisation added(UUID id) {
        Organisation organisation = OrganisationBuilder.aRegisteredOrganisation()
                .withId(new OrganisationId(id))
                .ofKind(OrganisationKind.FEDERATION)
                .withProfile(OrganisationProfileBuilder.anOrganisation(
                                "c-" + id.toString().substring(0, 23))
                        .in("FR")
                        .ofSize(new OrganisationSize(2, null))
                        .speaking("fr-FR")
                        .build())
                .createdAt(NOW)
                .build();
        organisations().add(organisation);
        return organisation;
    }

    @Test
    void anOrganisationIsFoundAsItWasAdded() {
        Organisation organisation = added(anyId());

        assertThat(organisations().find(organisation.id())).contains(organisation);
        assertThat(organisations().find(new OrganisationId(anyId()))).isEmpty();
    }

    @Test
    void severalOrganisationsAreFoundInOneCallAndAnUnknownIdIsLeftOut() {
        Organisation first = added(anyId());
        Organisation second = added(anyId());
        OrganisationId unknown = new OrganisationId(anyId());

        assertThat(organisations().findAll(List.of(first.id(), unknown, second.id(), first.id())))
                .containsExactlyInAnyOrder(first, second);
        assertThat(organisations().findAll(List.of())).isEmpty();
    }

    @Test
    void anUpdateChecksTheVersionReadAndIncrementsIt() {
        Organisation organisation = added(anyId());
        Organisation renamed = organisation.withProfile(OrganisationProfileBuilder.from(organisation.profile())
                .named("Fédération")
                .build());

        Organisation saved = organisations().update(renamed);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(organisations().find(organisation.id())).contains(saved);
        assertThat(saved.profile().name()).isEqualTo("Fédération");
        assertThatThrownBy(() -> organisations().update(organisation)).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> organisations()
                        .update(OrganisationBuilder.aRegisteredOrganisation()
                                .withId(new OrganisationId(anyId()))
                                .build()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        Organisation organisation = added(anyId());

        assertThat(organisations().update(organisation)).isEqualTo(organisation);
        assertThat(organisations().find(organisation.id()).orElseThrow().version())
                .isZero();
    }

    @Test
    void aSlugIsTakenByAnotherOrganisationOnly() {
        Organisation organisation = added(anyId());
        String slug = organisation.profile().slug();

        assertThat(organisations().slugTaken(slug, organisation.id())).isFalse();
        assertThat(organisations().slugTaken(slug, new OrganisationId(anyId()))).isTrue();
        assertThat(organisations().slugTaken(slug + "-autre", new OrganisationId(anyId())))
                .isFalse();
    }

    @Test
    void aPersonsOrganisationsAreThoseWhereTheyAreActiveInKeysetPagesInTheOrderOfTheIdsText() {
        String subject = "sub-" + UUID.randomUUID();
        List<Organisation> active = new ArrayList<>();
        for (char digit : new char[] {'c', '1', '9', '5'}) {
            Organisation organisation = added(idStartingWith(digit));
            memberships()
                    .add(MembershipBuilder.aMembership()
                            .withId(new MemberId(anyId()))
                            .of(organisation.id())
                            .withSubject(subject)
                            .withDetails(aMember().withEmail(null).build())
                            .createdAt(NOW)
                            .build());
            active.add(organisation);
        }
        Organisation revoked = added(idStartingWith('0'));
        memberships()
                .add(MembershipBuilder.aMembership()
                        .withId(new MemberId(anyId()))
                        .of(revoked.id())
                        .withSubject(subject)
                        .in(MembershipStatus.REVOKED)
                        .createdAt(NOW)
                        .build());
        aMemberOf(added(idStartingWith('2')).id());
        List<OrganisationId> byText = active.stream()
                .map(Organisation::id)
                .sorted((a, b) -> a.value().toString().compareTo(b.value().toString()))
                .toList();

        Page<Organisation> first = organisations().withActiveMember(subject, PageRequest.first(3));
        Page<Organisation> last = organisations().withActiveMember(subject, new PageRequest(3, first.continueAfter()));

        assertThat(first.items()).extracting(Organisation::id).containsExactlyElementsOf(byText.subList(0, 3));
        assertThat(first.continueAfter()).contains(byText.get(2).value());
        assertThat(last.items()).extracting(Organisation::id).containsExactly(byText.get(3));
        assertThat(last.continueAfter()).isEmpty();
    }
}
