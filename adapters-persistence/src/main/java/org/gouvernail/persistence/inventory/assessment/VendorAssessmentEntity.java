package org.gouvernail.persistence.inventory.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessmentContext;
import org.gouvernail.domain.inventory.assessment.AssessmentId;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.inventory.assessment.AssessmentResult;
import org.gouvernail.domain.inventory.assessment.AssessmentStatus;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;
import org.gouvernail.domain.inventory.assessment.ToolSnapshot;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Row of table vendor_assessment, with its answers and the snapshot of the tool's data categories
 * in their own tables. Score and level are written from the domain's result, for lists only.
 */
@Entity
@Table(name = "vendor_assessment")
public class VendorAssessmentEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID toolId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vendor_assessment_data_category", joinColumns = @JoinColumn(name = "assessment_id"))
    // named here: the convention would name the column after the field (tool_data_categories), not after one element
    @Column(name = "data_category")
    @Enumerated(EnumType.STRING)
    public Set<DataCategory> toolDataCategories = new HashSet<>();

    @Enumerated(EnumType.STRING)
    public HostingRegion toolHostingRegion;

    public boolean healthData;
    public boolean personalDataLeavesEu;
    public boolean connectorsTouchPersonalData;
    public boolean criticalProcess;
    public boolean highRiskUseCase;

    /** The checklist version the assessment was created with (V131; 1 for the assessments before it). */
    public int checklistVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vendor_assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "item")
    @MapKeyEnumerated(EnumType.STRING)
    public Map<ChecklistItem, AnswerRow> answers = new HashMap<>();

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    public int score;

    @Enumerated(EnumType.STRING)
    public AssessmentLevel level;

    public UUID authorId;
    public Instant createdAt;
    public Instant submittedAt;
    public UUID validatedBy;
    public Instant validatedAt;
    public String returnComment;

    @Version
    public long version;

    static VendorAssessmentEntity from(VendorAssessment assessment) {
        VendorAssessmentEntity entity = new VendorAssessmentEntity();
        entity.id = assessment.id().value();
        entity.organisationId = assessment.organisationId().value();
        entity.toolId = assessment.toolId().value();
        entity.toolDataCategories.addAll(assessment.tool().dataCategories());
        entity.toolHostingRegion = assessment.tool().hostingRegion();
        entity.authorId = assessment.author().value();
        entity.createdAt = assessment.createdAt();
        entity.version = assessment.version();
        entity.apply(assessment);
        return entity;
    }

    /** Copies what may change after creation: the input, the workflow fields and the computed result. */
    void apply(VendorAssessment assessment) {
        AssessmentContext context = assessment.input().context();
        healthData = context.healthData();
        personalDataLeavesEu = context.personalDataLeavesEu();
        connectorsTouchPersonalData = context.connectorsTouchPersonalData();
        criticalProcess = context.criticalProcess();
        highRiskUseCase = context.highRiskUseCase();
        checklistVersion = assessment.input().checklistVersion();
        for (ItemAnswer answer : assessment.input().answers().values()) {
            AnswerRow row = answers.get(answer.item());
            if (row == null || !row.sameAs(answer)) {
                answers.put(answer.item(), AnswerRow.from(answer));
            }
        }
        status = assessment.status();
        AssessmentResult result = assessment.result();
        score = result.score();
        level = result.level();
        submittedAt = assessment.submittedAt();
        validatedBy = assessment.validatedBy() == null
                ? null
                : assessment.validatedBy().value();
        validatedAt = assessment.validatedAt();
        returnComment = assessment.returnComment();
    }

    VendorAssessment toDomain() {
        Map<ChecklistItem, ItemAnswer> items = new EnumMap<>(ChecklistItem.class);
        answers.forEach((item, row) -> items.put(item, row.toDomain(item)));
        AssessmentInput input = new AssessmentInput(
                new AssessmentContext(
                        healthData,
                        personalDataLeavesEu,
                        connectorsTouchPersonalData,
                        criticalProcess,
                        highRiskUseCase),
                items,
                checklistVersion);
        return new VendorAssessment(
                new AssessmentId(id),
                new OrganisationId(organisationId),
                new ToolId(toolId),
                new ToolSnapshot(Set.copyOf(toolDataCategories), toolHostingRegion),
                input,
                status,
                new MemberId(authorId),
                createdAt,
                submittedAt,
                validatedBy == null ? null : new MemberId(validatedBy),
                validatedAt,
                returnComment,
                version);
    }
}
