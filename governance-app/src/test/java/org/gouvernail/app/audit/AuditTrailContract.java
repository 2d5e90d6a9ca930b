package org.gouvernail.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link AuditTrail} out-port does, the MariaDB adapter
 * and the fake of the service tests alike: an organisation's events, as appended, newest first
 * (the greatest id first) in keyset pages.
 */
public abstract class AuditTrailContract extends PortContract {

    protected abstract AuditTrail trail();

    private AuditEvent appended(OrganisationId in, UUID id) {
        AuditEvent event = new AuditEvent(
                id,
                in,
                NOW,
                "sub-anne",
                "Anne",
                "tool.declared",
                "tool",
                UUID.randomUUID(),
                "name: Whisper; category: TRANSCRIPTION");
        trail().append(event);
        return event;
    }

    @Test
    void anEventIsListedAsItWasAppended() {
        AuditEvent event = appended(organisation(), anyId());

        assertThat(trail().list(organisation(), PageRequest.first(10)).items()).containsExactly(event);
    }

    @Test
    void aListShowsTheEventsOfItsOrganisationOnlyNewestFirstInKeysetPages() {
        List<UUID> ids = List.of(
                idStartingWith('3'),
                idStartingWith('b'),
                idStartingWith('0'),
                idStartingWith('8'),
                idStartingWith('f'));
        ids.forEach(id -> appended(organisation(), id));
        appended(anOrganisation(), idStartingWith('5'));
        List<UUID> newestFirst = ids.stream()
                .sorted((a, b) -> b.toString().compareTo(a.toString()))
                .toList();

        Page<AuditEvent> first = trail().list(organisation(), PageRequest.first(2));
        Page<AuditEvent> second = trail().list(organisation(), new PageRequest(2, first.continueAfter()));
        Page<AuditEvent> last = trail().list(organisation(), new PageRequest(2, second.continueAfter()));

        List<UUID> listed = new ArrayList<>();
        for (Page<AuditEvent> page : List.of(first, second, last)) {
            page.items().forEach(event -> listed.add(event.id()));
        }
        assertThat(listed).containsExactlyElementsOf(newestFirst);
        assertThat(first.continueAfter()).contains(newestFirst.get(1));
        assertThat(last.continueAfter()).isEmpty();
    }
}
