package org.gouvernail.domain.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Test-data builder: valid tool details with sensible defaults (DeepL, professional account, hosted in
 * the EU), so that a test states only what its rule is about: {@code aTool().named("Le Chat").withData(PERSONAL).build()}.
 * Adding a field to {@link ToolDetails} touches this builder and no test.
 */
public final class ToolDetailsBuilder {

    private String name = "DeepL";
    private String vendor = "DeepL SE";
    private String description = "Translation of newsletters";
    private ToolCategory category = ToolCategory.TRANSLATION;
    private AccountType accountType = AccountType.PROFESSIONAL;
    private HostingRegion hostingRegion = HostingRegion.EU;
    private Set<DataCategory> dataCategories = Set.of();
    private List<String> teams = List.of("Communication");
    private Integer estimatedUsers = 4;
    private BigDecimal yearlyCostEur;

    private ToolDetailsBuilder() {}

    /** A complete, valid tool. */
    public static ToolDetailsBuilder aTool() {
        return new ToolDetailsBuilder();
    }

    /** A tool with its required fields only (name, category, account type): everything optional left unstated. */
    public static ToolDetailsBuilder aMinimalTool() {
        ToolDetailsBuilder builder = new ToolDetailsBuilder();
        builder.vendor = null;
        builder.description = null;
        builder.hostingRegion = null;
        builder.dataCategories = null;
        builder.teams = null;
        builder.estimatedUsers = null;
        builder.yearlyCostEur = null;
        return builder;
    }

    public static ToolDetailsBuilder from(ToolDetails details) {
        return new ToolDetailsBuilder()
                .named(details.name())
                .withVendor(details.vendor())
                .withDescription(details.description())
                .inCategory(details.category())
                .withAccount(details.accountType())
                .hostedIn(details.hostingRegion())
                .withData(details.dataCategories())
                .usedBy(details.teams())
                .withEstimatedUsers(details.estimatedUsers())
                .costing(details.yearlyCostEur());
    }

    public ToolDetailsBuilder named(String name) {
        this.name = name;
        return this;
    }

    public ToolDetailsBuilder withVendor(String vendor) {
        this.vendor = vendor;
        return this;
    }

    public ToolDetailsBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public ToolDetailsBuilder inCategory(ToolCategory category) {
        this.category = category;
        return this;
    }

    public ToolDetailsBuilder withAccount(AccountType accountType) {
        this.accountType = accountType;
        return this;
    }

    public ToolDetailsBuilder hostedIn(HostingRegion hostingRegion) {
        this.hostingRegion = hostingRegion;
        return this;
    }

    public ToolDetailsBuilder withData(DataCategory... dataCategories) {
        return withData(Set.of(dataCategories));
    }

    public ToolDetailsBuilder withData(Set<DataCategory> dataCategories) {
        this.dataCategories = dataCategories;
        return this;
    }

    public ToolDetailsBuilder usedBy(String... teams) {
        return usedBy(List.of(teams));
    }

    public ToolDetailsBuilder usedBy(List<String> teams) {
        this.teams = teams;
        return this;
    }

    public ToolDetailsBuilder withEstimatedUsers(Integer estimatedUsers) {
        this.estimatedUsers = estimatedUsers;
        return this;
    }

    public ToolDetailsBuilder costing(BigDecimal yearlyCostEur) {
        this.yearlyCostEur = yearlyCostEur;
        return this;
    }

    public ToolDetails build() {
        return new ToolDetails(
                name,
                vendor,
                description,
                category,
                accountType,
                hostingRegion,
                dataCategories,
                teams,
                estimatedUsers,
                yearlyCostEur);
    }
}
