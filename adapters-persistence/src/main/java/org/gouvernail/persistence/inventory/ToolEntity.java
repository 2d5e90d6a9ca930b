package org.gouvernail.persistence.inventory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Row of table ai_tool, with its data categories and teams in their own tables, loaded after a
 * query by the ids of the tools it returned (quarkus.hibernate-orm.fetch.batch-size). Not by a
 * subselect fetch: it re-runs the list query inside the collection query, where the page limit
 * (a query option, not part of the query) does not follow, so it reads the whole organisation's.
 */
@Entity
@Table(name = "ai_tool")
public class ToolEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String name;
    public String vendor;
    public String description;

    @Enumerated(EnumType.STRING)
    public ToolCategory category;

    @Enumerated(EnumType.STRING)
    public AccountType accountType;

    @Enumerated(EnumType.STRING)
    public HostingRegion hostingRegion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ai_tool_data_category", joinColumns = @JoinColumn(name = "tool_id"))
    // named here and below: the convention would name the columns after the fields (data_categories, teams), not after
    // one element
    @Column(name = "data_category")
    @Enumerated(EnumType.STRING)
    public Set<DataCategory> dataCategories = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ai_tool_team", joinColumns = @JoinColumn(name = "tool_id"))
    @OrderColumn(name = "position")
    @Column(name = "team")
    public List<String> teams = new ArrayList<>();

    public Integer estimatedUsers;
    public BigDecimal yearlyCostEur;

    @Enumerated(EnumType.STRING)
    public ToolStatus status;

    public UUID declaredBy;
    public Instant declaredAt;

    @Version
    public long version;

    static ToolEntity from(AiTool tool) {
        ToolEntity entity = new ToolEntity();
        entity.id = tool.id().value();
        entity.organisationId = tool.organisationId().value();
        entity.declaredBy = tool.declaredBy().value();
        entity.declaredAt = tool.declaredAt();
        entity.version = tool.version();
        entity.apply(tool);
        return entity;
    }

    void apply(AiTool tool) {
        ToolDetails details = tool.details();
        name = details.name();
        vendor = details.vendor();
        description = details.description();
        category = details.category();
        accountType = details.accountType();
        hostingRegion = details.hostingRegion();
        dataCategories.retainAll(details.dataCategories());
        dataCategories.addAll(details.dataCategories());
        if (!teams.equals(details.teams())) {
            teams.clear();
            teams.addAll(details.teams());
        }
        estimatedUsers = details.estimatedUsers();
        yearlyCostEur = details.yearlyCostEur();
        status = tool.status();
    }

    /** The columns of a page read without entities, in the order {@link #toDomain(Object[], Set, List)} reads them. */
    static final String COLUMNS = "id, organisationId, name, vendor, description, category, accountType, hostingRegion,"
            + " estimatedUsers, yearlyCostEur, status, declaredBy, declaredAt, version";

    static AiTool toDomain(Object[] row, Set<DataCategory> dataCategories, List<String> teams) {
        ToolDetails details = new ToolDetails(
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (ToolCategory) row[5],
                (AccountType) row[6],
                (HostingRegion) row[7],
                Set.copyOf(dataCategories),
                List.copyOf(teams),
                (Integer) row[8],
                (BigDecimal) row[9]);
        return new AiTool(
                new ToolId((UUID) row[0]),
                new OrganisationId((UUID) row[1]),
                details,
                (ToolStatus) row[10],
                new MemberId((UUID) row[11]),
                (Long) row[13],
                (Instant) row[12]);
    }

    AiTool toDomain() {
        ToolDetails details = new ToolDetails(
                name,
                vendor,
                description,
                category,
                accountType,
                hostingRegion,
                Set.copyOf(dataCategories),
                List.copyOf(teams),
                estimatedUsers,
                yearlyCostEur);
        return new AiTool(
                new ToolId(id),
                new OrganisationId(organisationId),
                details,
                status,
                new MemberId(declaredBy),
                version,
                declaredAt);
    }
}
