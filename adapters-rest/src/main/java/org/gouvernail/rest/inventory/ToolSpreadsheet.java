package org.gouvernail.rest.inventory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ImportReport.RowProblem;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolRow;
import org.gouvernail.domain.inventory.ToolSheet;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.rest.shared.Spreadsheets;

/**
 * CSV codec of the inventory, for the spreadsheets associations keep: UTF-8 (with or without
 * BOM), comma or semicolon, headers in French or English (accents and case ignored). Lists are
 * written separated by "|".
 */
final class ToolSpreadsheet {

    /** Field name → the headers accepted for it; the first French and English ones are written. */
    private static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("name", List.of("nom", "name", "outil", "tool"));
        HEADERS.put("vendor", List.of("editeur", "vendor", "fournisseur", "supplier"));
        HEADERS.put("description", List.of("description", "usage", "utilisation"));
        HEADERS.put("category", List.of("categorie", "category"));
        HEADERS.put("accountType", List.of("type de compte", "account type", "compte", "account"));
        HEADERS.put("hostingRegion", List.of("hebergement", "hosting region", "region d hebergement", "hosting"));
        HEADERS.put("dataCategories", List.of("categories de donnees", "data categories", "donnees", "data"));
        HEADERS.put("teams", List.of("equipes", "teams", "equipe", "team"));
        HEADERS.put("estimatedUsers", List.of("utilisateurs estimes", "estimated users", "utilisateurs", "users"));
        HEADERS.put("yearlyCostEur", List.of("cout annuel eur", "yearly cost eur", "cout annuel", "yearly cost"));
    }

    private static final Map<String, String> FIELD_BY_HEADER = new HashMap<>();
    /** Columns an export writes that an import reads past, so that an export can be imported again. */
    private static final java.util.Set<String> EXPORT_ONLY =
            java.util.Set.of("id", "statut", "status", "declare le", "declared at");

    static {
        HEADERS.forEach((field, names) -> {
            FIELD_BY_HEADER.put(normalise(field), field);
            names.forEach(name -> FIELD_BY_HEADER.put(normalise(name), field));
        });
    }

    private ToolSpreadsheet() {}

    /** The sheet's rows, or no rows and the problem of the file when it cannot be read as an inventory. */
    static ToolSheet read(String csv) {
        try {
            return new ToolSheet(rows(csv), List.of());
        } catch (InvalidInput e) {
            return new ToolSheet(List.of(), List.of(new RowProblem(1, e.field(), e.code(), e.arguments())));
        }
    }

    private static List<ToolRow> rows(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> fieldByColumn = columns(parser.getHeaderNames());
            List<ToolRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                fieldByColumn.forEach((column, field) -> {
                    if (record.isMapped(column) && record.isSet(column)) {
                        values.put(field, Spreadsheets.asWritten(record.get(column)));
                    }
                });
                rows.add(new ToolRow((int) record.getRecordNumber() + 1, values));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidInput("file", "csv", "the file is not readable CSV: " + e.getMessage());
        }
    }

    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> fieldByColumn = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String header : headers) {
            String field = FIELD_BY_HEADER.get(normalise(header));
            if (EXPORT_ONLY.contains(normalise(header))) {
                continue;
            }
            if (field == null) {
                unknown.add(header);
            } else {
                fieldByColumn.put(header, field);
            }
        }
        if (!unknown.isEmpty()) {
            String accepted = HEADERS.values().stream()
                    .map(names -> names.get(0) + " / " + names.get(1))
                    .collect(Collectors.joining(", "));
            throw new InvalidInput(String.join(", ", unknown), "csv-header", "unknown columns: " + unknown, accepted);
        }
        if (!fieldByColumn.containsValue("name")) {
            throw new InvalidInput("name", "csv-column-missing", "the column name (nom) is missing", "nom / name");
        }
        return fieldByColumn;
    }

    static String write(List<AiTool> tools, Locale locale) {
        boolean french = Spreadsheets.french(locale);
        List<String> header = new ArrayList<>(List.of("id"));
        HEADERS.values().forEach(names -> header.add(names.get(french ? 0 : 1)));
        header.addAll(french ? List.of("statut", "declare le") : List.of("status", "declared at"));
        List<List<Object>> rows = new ArrayList<>();
        for (AiTool tool : tools) {
            ToolDetails details = tool.details();
            rows.add(java.util.Arrays.asList(
                    tool.id(),
                    details.name(),
                    details.vendor(),
                    details.description(),
                    details.category(),
                    details.accountType(),
                    details.hostingRegion(),
                    details.dataCategories().stream().map(Enum::name).collect(Collectors.joining("|")),
                    String.join("|", details.teams()),
                    details.estimatedUsers(),
                    details.yearlyCostEur(),
                    tool.status(),
                    tool.declaredAt()));
        }
        return Spreadsheets.csv(locale, header, rows);
    }

    private static String normalise(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
