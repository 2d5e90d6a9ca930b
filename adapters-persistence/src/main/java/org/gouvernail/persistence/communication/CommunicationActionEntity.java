package org.gouvernail.persistence.communication;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.communication.Audience;
import org.gouvernail.domain.communication.ChangeStage;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationActionId;
import org.gouvernail.domain.communication.CommunicationChannel;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.CommunicationStatus;
import org.gouvernail.domain.communication.Concern;
import org.gouvernail.domain.communication.LegalBasis;
import org.gouvernail.domain.communication.Target;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Row of table communication_action, with its concerns and linked subjects as collections loaded
 * after a query by the ids of the actions it returned, a batch at a time.
 */
@Entity
@Table(name = "communication_action")
public class CommunicationActionEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID planId;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    public String team;

    @Enumerated(EnumType.STRING)
    public ChangeStage stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "communication_action_concern", joinColumns = @JoinColumn(name = "action_id"))
    // named: the convention would name the column after the field (concerns), not after one element
    @Column(name = "concern")
    @Enumerated(EnumType.STRING)
    public Set<Concern> concerns = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "communication_action_subject", joinColumns = @JoinColumn(name = "action_id"))
    public Set<SubjectRow> subjects = new HashSet<>();

    public String keyMessage;
    public String easyToRead;

    @Enumerated(EnumType.STRING)
    public CommunicationChannel channel;

    public UUID senderId;
    public LocalDate plannedDate;

    @Enumerated(EnumType.STRING)
    public LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    public CommunicationStatus status;

    public LocalDate doneOn;
    public Integer peopleReached;
    public Instant createdAt;

    @Version
    public long version;

    static CommunicationActionEntity from(CommunicationAction action) {
        CommunicationActionEntity entity = new CommunicationActionEntity();
        entity.id = action.id().value();
        entity.organisationId = action.organisationId().value();
        entity.planId = action.planId().value();
        entity.createdAt = action.createdAt();
        entity.version = action.version();
        entity.apply(action);
        return entity;
    }

    /** Touches a collection only where it changed: an untouched one must not move the version. */
    void apply(CommunicationAction action) {
        CommunicationDetails details = action.details();
        audience = details.target().audience();
        team = details.target().team();
        stage = details.stage();
        concerns.retainAll(details.concerns());
        concerns.addAll(details.concerns());
        Set<SubjectRow> rows = new HashSet<>();
        details.subjects().forEach(subject -> rows.add(new SubjectRow(subject)));
        subjects.retainAll(rows);
        subjects.addAll(rows);
        keyMessage = details.keyMessage();
        easyToRead = details.easyToRead();
        channel = details.channel();
        senderId = details.senderId().value();
        plannedDate = details.plannedDate();
        legalBasis = details.legalBasis();
        status = action.status();
        doneOn = action.doneOn();
        peopleReached = action.peopleReached();
    }

    /** Linked subjects by kind, then by the text of their ids: a stable order. */
    CommunicationAction toDomain() {
        return new CommunicationAction(
                new CommunicationActionId(id),
                new OrganisationId(organisationId),
                new CommunicationPlanId(planId),
                new CommunicationDetails(
                        new Target(audience, team),
                        stage,
                        Set.copyOf(concerns),
                        keyMessage,
                        easyToRead,
                        channel,
                        new MemberId(senderId),
                        plannedDate,
                        legalBasis,
                        subjects.stream()
                                .sorted(Comparator.comparing((SubjectRow row) -> row.subjectKind)
                                        .thenComparing(row -> row.subjectId.toString()))
                                .map(SubjectRow::toDomain)
                                .toList()),
                status,
                doneOn,
                peopleReached,
                createdAt,
                version);
    }
}
