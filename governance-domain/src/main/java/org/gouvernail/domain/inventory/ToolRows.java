package org.gouvernail.domain.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.domain.inventory.ImportReport.RowProblem;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Policy: how a spreadsheet row becomes tool details. Codes are read leniently (any case, spaces
 * or dashes for underscores), lists are split on "|", ";" or ",", a decimal comma is accepted;
 * every problem of the row is collected, not only the first.
 */
public final class ToolRows {

    private ToolRows() {}

    /** The row's details, or empty with its problems added to {@code problems}. */
    public static Optional<ToolDetails> read(ToolRow row, List<RowProblem> problems) {
        List<RowProblem> found = new ArrayList<>();
        ToolCategory category = code(row, "category", ToolCategory.class, found);
        AccountType accountType = code(row, "accountType", AccountType.class, found);
        HostingRegion hostingRegion = code(row, "hostingRegion", HostingRegion.class, found);
        Set<DataCategory> dataCategories = codes(row, "dataCategories", found);
        Integer estimatedUsers = number(row, "estimatedUsers", Integer::valueOf, found);
        BigDecimal yearlyCost = number(row, "yearlyCostEur", BigDecimal::new, found);
        List<String> teams = list(row.value("teams"));
        if (!found.isEmpty()) {
            problems.addAll(found);
            return Optional.empty();
        }
        try {
            return Optional.of(new ToolDetails(
                    row.value("name"),
                    row.value("vendor"),
                    row.value("description"),
                    category,
                    accountType,
                    hostingRegion,
                    dataCategories,
                    teams,
                    estimatedUsers,
                    yearlyCost));
        } catch (InvalidInput e) {
            problems.add(new RowProblem(row.line(), e.field(), e.code(), e.arguments()));
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E code(ToolRow row, String field, Class<E> type, List<RowProblem> problems) {
        String value = row.value(field);
        if (value == null) {
            return null;
        }
        String normalised = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, normalised);
        } catch (IllegalArgumentException e) {
            String accepted =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            problems.add(new RowProblem(row.line(), field, "enum", List.of(accepted)));
            return null;
        }
    }

    private static Set<DataCategory> codes(ToolRow row, String field, List<RowProblem> problems) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (String item : list(row.value(field))) {
            DataCategory category =
                    code(new ToolRow(row.line(), java.util.Map.of(field, item)), field, DataCategory.class, problems);
            if (category != null) {
                categories.add(category);
            }
        }
        return categories;
    }

    private static <N> N number(ToolRow row, String field, Function<String, N> parser, List<RowProblem> problems) {
        String value = row.value(field);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(row.line(), field, "invalid", List.of()));
            return null;
        }
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[|;,]"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
