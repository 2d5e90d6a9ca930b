package org.gouvernail.persistence.feedback;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.feedback.About;
import org.gouvernail.domain.feedback.AboutKind;
import org.gouvernail.domain.feedback.Channel;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.FeedbackStatus;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.OrderedRows;

/**
 * Row of table feedback_item, with its conversation in feedback_message (a collection of the item,
 * so that a new message moves the item's one version). Nothing here can hold who wrote an
 * anonymous item: authorId is its only link to a person and stays null.
 */
@Entity
@Table(name = "feedback_item")
public class FeedbackItemEntity {

    @Id
    public UUID id;

    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public FeedbackKind kind;

    @Enumerated(EnumType.STRING)
    public AboutKind aboutKind;

    public UUID aboutId;
    public Integer aboutPolicyVersion;
    public String aboutRule;
    public String text;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public boolean quoteConsent;

    @Enumerated(EnumType.STRING)
    public IdentityMode identityMode;

    public UUID authorId;
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    public FeedbackStatus status;

    public LocalDate acknowledgedOn;
    public LocalDate settledOn;
    public String answer;
    public String dismissReason;
    public LocalDate dueOn;
    public String receiptHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_message", joinColumns = @JoinColumn(name = "feedback_item_id"))
    @OrderColumn(name = "position")
    public List<MessageRow> messages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_follow_up", joinColumns = @JoinColumn(name = "feedback_item_id"))
    @OrderColumn(name = "position")
    public List<FollowUpRow> followUps = new ArrayList<>();

    @Version
    public long version;

    static FeedbackItemEntity from(FeedbackItem item) {
        FeedbackItemEntity entity = new FeedbackItemEntity();
        entity.id = item.id().value();
        entity.organisationId = item.organisationId().value();
        entity.kind = item.kind();
        entity.aboutKind = item.about().kind();
        entity.aboutId = item.about().subjectId();
        entity.aboutPolicyVersion = item.about().policyVersion();
        entity.aboutRule = item.about().rule();
        entity.text = item.text();
        entity.channel = item.channel();
        entity.quoteConsent = item.quoteConsent();
        entity.identityMode = item.identityMode();
        entity.authorId = item.author() == null ? null : item.author().value();
        entity.receivedOn = item.receivedOn();
        entity.receiptHash = item.receiptHash();
        entity.version = item.version();
        entity.apply(item);
        return entity;
    }

    void apply(FeedbackItem item) {
        status = item.status();
        acknowledgedOn = item.acknowledgedOn();
        settledOn = item.settledOn();
        answer = item.answer();
        dismissReason = item.dismissReason();
        dueOn = item.nextDeadline().orElse(null);
        OrderedRows.apply(
                messages,
                item.messages().stream()
                        .map(message -> MessageRow.of(organisationId, message))
                        .toList());
        OrderedRows.apply(
                followUps,
                item.followUps().stream()
                        .map(followUp -> FollowUpRow.of(organisationId, followUp))
                        .toList());
    }

    FeedbackItem toDomain() {
        return new FeedbackItem(
                new FeedbackItemId(id),
                new OrganisationId(organisationId),
                kind,
                new About(aboutKind, aboutId, aboutPolicyVersion, aboutRule),
                text,
                channel,
                quoteConsent,
                identityMode,
                authorId == null ? null : new MemberId(authorId),
                receivedOn,
                status,
                acknowledgedOn,
                settledOn,
                answer,
                dismissReason,
                receiptHash,
                messages.stream().map(MessageRow::toDomain).toList(),
                followUps.stream().map(FollowUpRow::toDomain).toList(),
                version);
    }
}
