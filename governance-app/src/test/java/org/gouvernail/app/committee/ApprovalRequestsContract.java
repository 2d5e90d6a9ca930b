package org.gouvernail.app.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link ApprovalRequests} out-port does: a request is
 * found inside its organisation only; an update checks the version read and writes the status, the
 * decision and the outcome, moving the version only when one of them changes; a list is a keyset page
 * in id order that a status narrows.
 */
public abstract class ApprovalRequestsContract extends PortContract {

    protected abstract ApprovalRequests requests();

    private ApprovalRequest submitted(OrganisationId owner, MemberId by, UUID id) {
        ApprovalRequest request = ApprovalRequest.submit(
                new RequestId(id), owner, RequestKind.NEW_TOOL, null, "Un traducteur", "Pour l'accueil", by, NOW);
        requests().add(request);
        return request;
    }

    private static ApprovalRequest retitled(ApprovalRequest r, String title) {
        return new ApprovalRequest(
                r.id(),
                r.organisationId(),
                r.kind(),
                r.subjectId(),
                title,
                r.description(),
                r.status(),
                r.decisionId(),
                r.outcome(),
                r.requestedBy(),
                r.version(),
                r.createdAt());
    }

    @Test
    void aRequestIsFoundInItsOrganisationOnly() {
        ApprovalRequest request = requests()
                .find(
                        organisation(),
                        submitted(organisation(), member(), anyId()).id())
                .orElseThrow();
        UUID tool = UUID.randomUUID();
        ApprovalRequest aboutATool = ApprovalRequest.submit(
                new RequestId(anyId()), organisation(), RequestKind.TOOL, tool, "Whisper", null, member(), NOW);
        requests().add(aboutATool);
        OrganisationId other = anOrganisation();

        assertThat(requests().find(organisation(), aboutATool.id())).contains(aboutATool);
        assertThat(requests().find(other, request.id())).isEmpty();
        ApprovalRequest claimed = new ApprovalRequest(
                request.id(),
                other,
                request.kind(),
                null,
                request.title(),
                null,
                RequestStatus.WITHDRAWN,
                null,
                null,
                request.requestedBy(),
                0,
                NOW);
        assertThatThrownBy(() -> requests().update(claimed)).isInstanceOf(NotFound.class);
    }

    @Test
    void anUpdateChecksTheVersionReadAndMovesIt() {
        ApprovalRequest request = submitted(organisation(), member(), anyId());

        ApprovalRequest withdrawn = requests().update(request.withdraw());

        assertThat(withdrawn.version()).isEqualTo(1);
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(requests().find(organisation(), request.id())).contains(withdrawn);
        assertThatThrownBy(() -> requests().update(request.withdraw())).isInstanceOf(StaleVersion.class);
    }

    @Test
    void anUpdateWritesTheStatusDecisionAndOutcomeOnlyAndKeepsTheVersionWhenTheyAreUnchanged() {
        ApprovalRequest request = submitted(organisation(), member(), anyId());

        assertThat(requests().update(request)).isEqualTo(request);
        assertThat(requests().update(retitled(request, "Autre titre"))).isEqualTo(request);
        assertThat(requests().find(organisation(), request.id())).contains(request);
    }

    @Test
    void aListIsAKeysetPageInTheOrderOfTheIdsTextThatAStatusNarrows() {
        List<UUID> ids = List.of(idStartingWith('b'), idStartingWith('4'), idStartingWith('0'));
        ids.forEach(id -> submitted(organisation(), member(), id));
        OrganisationId other = anOrganisation();
        submitted(other, aMemberOf(other), idStartingWith('1'));
        List<UUID> byText = ids.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
        ApprovalRequest withdrawn = requests()
                .update(requests()
                        .find(organisation(), new RequestId(byText.get(1)))
                        .orElseThrow()
                        .withdraw());

        Page<ApprovalRequest> first = requests().list(organisation(), null, PageRequest.first(2));
        Page<ApprovalRequest> last = requests().list(organisation(), null, new PageRequest(2, first.continueAfter()));
        List<UUID> listed = new ArrayList<>();
        first.items().forEach(r -> listed.add(r.id().value()));
        last.items().forEach(r -> listed.add(r.id().value()));
        assertThat(listed).containsExactlyElementsOf(byText);
        assertThat(first.continueAfter()).contains(byText.get(1));
        assertThat(last.continueAfter()).isEmpty();

        assertThat(requests()
                        .list(organisation(), RequestStatus.WITHDRAWN, PageRequest.first(10))
                        .items())
                .containsExactly(withdrawn);
        assertThat(requests()
                        .list(organisation(), RequestStatus.PENDING, PageRequest.first(10))
                        .items())
                .extracting(r -> r.id().value())
                .containsExactly(byText.get(0), byText.get(2));
        assertThat(requests()
                        .list(organisation(), RequestStatus.DECIDED, PageRequest.first(10))
                        .items())
                .isEmpty();
    }
}
