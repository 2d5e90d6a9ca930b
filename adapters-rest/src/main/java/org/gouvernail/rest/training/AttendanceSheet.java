package org.gouvernail.rest.training;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.training.AttendanceLine;
import org.gouvernail.domain.training.AttendanceStatus;

/**
 * CSV codec of a paper attendance sheet typed into a spreadsheet: UTF-8 (with or without BOM), comma
 * or semicolon, headers in French, English or Dutch (accents and case ignored): an e-mail column
 * and/or a name column, and an attendance column whose values may be written as people do
 * ("présent", "x", "absent", "excusé", "aanwezig"…). An empty attendance cell counts as absent
 * from the sheet: the line is reported, not guessed.
 */
final class AttendanceSheet {

    static final int MAX_LINES = 1_000;

    private static final Map<String, String> COLUMNS = new HashMap<>();
    private static final Map<String, AttendanceStatus> VALUES = new HashMap<>();

    static {
        for (String header : List.of("email", "e-mail", "courriel", "adresse e-mail", "mail")) {
            COLUMNS.put(normalise(header), "email");
        }
        for (String header : List.of("nom", "name", "naam", "prenom nom", "nom prenom", "participant", "deelnemer")) {
            COLUMNS.put(normalise(header), "name");
        }
        for (String header :
                List.of("presence", "attendance", "aanwezigheid", "statut", "status", "present", "signature")) {
            COLUMNS.put(normalise(header), "status");
        }
        for (String value : List.of("present", "presente", "p", "x", "oui", "yes", "y", "aanwezig", "ja", "signe")) {
            VALUES.put(normalise(value), AttendanceStatus.PRESENT);
        }
        for (String value : List.of("absent", "absente", "a", "non", "no", "n", "afwezig", "nee")) {
            VALUES.put(normalise(value), AttendanceStatus.ABSENT);
        }
        for (String value : List.of("excuse", "excusee", "e", "excused", "verontschuldigd", "verwittigd")) {
            VALUES.put(normalise(value), AttendanceStatus.EXCUSED);
        }
    }

    private AttendanceSheet() {}

    static List<AttendanceLine> read(String csv) {
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
            Map<String, String> headerOf = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                String column = COLUMNS.get(normalise(header));
                if (column != null) {
                    headerOf.putIfAbsent(column, header);
                }
            }
            if (!headerOf.containsKey("status") || (!headerOf.containsKey("email") && !headerOf.containsKey("name"))) {
                throw new InvalidInput(
                        "csv",
                        "csv-column-missing",
                        "an attendance sheet needs an e-mail or name column and an attendance column",
                        "email|nom|name, présence|attendance");
            }
            List<AttendanceLine> lines = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (lines.size() >= MAX_LINES) {
                    throw new InvalidInput(
                            "csv",
                            "too-many",
                            "an attendance sheet holds at most " + MAX_LINES + " lines",
                            "csv",
                            MAX_LINES);
                }
                String status = cell(row, headerOf.get("status"));
                lines.add(new AttendanceLine(
                        (int) row.getRecordNumber() + 1,
                        cell(row, headerOf.get("email")),
                        cell(row, headerOf.get("name")),
                        status == null ? null : VALUES.get(normalise(status))));
            }
            return lines;
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInput("csv", "csv", "the attendance sheet cannot be read as CSV");
        }
    }

    private static String cell(CSVRecord row, String header) {
        if (header == null || !row.isMapped(header) || !row.isSet(header)) {
            return null;
        }
        String value = row.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
