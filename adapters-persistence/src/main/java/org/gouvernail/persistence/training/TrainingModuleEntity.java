package org.gouvernail.persistence.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.ModuleContent;
import org.gouvernail.domain.training.ModuleLevel;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.Provider;
import org.gouvernail.domain.training.ProviderKind;
import org.gouvernail.domain.training.Topic;
import org.gouvernail.domain.training.TrainingFormat;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;

/**
 * Row of table training_module. Its sets of codes are columns of comma-separated codes (see V104):
 * a module is read and written whole, so a page of modules costs one query and no collection loads.
 */
@Entity
@Table(name = "training_module")
public class TrainingModuleEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String code;
    public String title;
    public String summary;
    public String easySummary;
    public String topics;

    @Enumerated(EnumType.STRING)
    public ModuleLevel level;

    public String objectives;
    public String outline;
    public int durationMinutes;
    public String formats;
    public String languages;

    @Enumerated(EnumType.STRING)
    public ProviderKind providerKind;

    public String providerName;
    public String providerLink;
    public Integer validityMonths;
    public UUID policyId;
    public String toolCategories;
    public boolean newVersionRequiresRefresh;

    @Enumerated(EnumType.STRING)
    public ModuleStatus status;

    public int revision;
    public int refreshFromRevision;
    public String catalogueEntry;
    public UUID createdBy;
    public Instant createdAt;

    /** The optional quiz, as JSON (V151). */
    public String quiz;

    @Version
    public long version;

    static TrainingModuleEntity from(TrainingModule module) {
        TrainingModuleEntity entity = new TrainingModuleEntity();
        entity.id = module.id().value();
        entity.organisationId = module.organisationId().value();
        entity.code = module.code();
        entity.catalogueEntry = module.catalogueEntry();
        entity.createdBy = module.createdBy().value();
        entity.createdAt = module.createdAt();
        entity.apply(module);
        return entity;
    }

    void apply(TrainingModule module) {
        ModuleContent content = module.content();
        title = content.title();
        summary = content.summary();
        easySummary = content.easySummary();
        topics = CodeLists.join(content.topics());
        level = content.level();
        objectives = CodeLists.lines(content.objectives());
        outline = content.outline();
        durationMinutes = content.durationMinutes();
        formats = CodeLists.join(content.formats());
        languages = CodeLists.joinWords(content.languages());
        providerKind = content.provider().kind();
        providerName = content.provider().name();
        providerLink = content.provider().link();
        validityMonths = content.validityMonths();
        policyId = content.policyId() == null ? null : content.policyId().value();
        toolCategories = CodeLists.join(content.toolCategories());
        newVersionRequiresRefresh = content.newVersionRequiresRefresh();
        status = module.status();
        revision = module.revision();
        refreshFromRevision = module.refreshFromRevision();
        quiz = QuizColumn.write(module.quiz());
    }

    TrainingModule toDomain() {
        ModuleContent content = new ModuleContent(
                title,
                summary,
                easySummary,
                CodeLists.parse(topics, Topic.class),
                level,
                CodeLists.lines(objectives),
                outline,
                durationMinutes,
                CodeLists.parse(formats, TrainingFormat.class),
                CodeLists.words(languages),
                new Provider(providerKind, providerName, providerLink),
                validityMonths,
                policyId == null ? null : new PolicyId(policyId),
                CodeLists.parse(toolCategories, ToolCategory.class),
                newVersionRequiresRefresh);
        return new TrainingModule(
                new TrainingModuleId(id),
                new OrganisationId(organisationId),
                code,
                content,
                status,
                revision,
                refreshFromRevision,
                catalogueEntry,
                new MemberId(createdBy),
                createdAt,
                QuizColumn.read(quiz),
                version);
    }
}
