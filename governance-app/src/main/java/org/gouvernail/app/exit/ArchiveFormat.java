package org.gouvernail.app.exit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gouvernail.domain.exit.TableRows;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * The organisation archive, format 1: a zip holding
 *
 * <ul>
 *   <li>{@code data/<table>.json}: {@code {"table", "columns": [...], "rows": [[...], ...]}}, every value a
 *       string or null, as the database spells it (instants in ISO-8601 UTC) — what an import reads;
 *   <li>{@code csv/<table>.csv}: the same rows as CSV (RFC 4180, UTF-8), for a spreadsheet;
 *   <li>{@code documents/...}: the printable documents (the policies' versions as HTML);
 *   <li>{@code manifest.json}: format and version, source instance, organisation, time of the snapshot,
 *       schema version, the rows per table and the size and SHA-256 of every other file.
 * </ul>
 */
final class ArchiveFormat {

    static final String FORMAT = "gouvernail-organisation-archive";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    /** An archive's files, unpacked, may not exceed this (a zip bomb stops here). */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

    private static final int MAX_ENTRIES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A file of the archive other than the manifest. */
    record ArchiveFile(String path, byte[] content) {}

    /** What the manifest says about the archive. */
    record Manifest(
            OrganisationId organisationId,
            String sourceInstance,
            Instant exportedAt,
            String schemaVersion,
            Map<String, Long> rows) {}

    /** An archive read back and checked: its manifest and its tables. */
    record Read(Manifest manifest, List<TableRows> tables) {}

    private ArchiveFormat() {}

    static byte[] write(Manifest manifest, List<TableRows> tables, List<ArchiveFile> documents) {
        List<ArchiveFile> files = new ArrayList<>();
        for (TableRows table : tables) {
            files.add(new ArchiveFile("data/" + table.table() + ".json", json(table)));
            files.add(new ArchiveFile("csv/" + table.table() + ".csv", csv(table)));
        }
        files.addAll(documents);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.put("sourceInstance", manifest.sourceInstance());
        root.put("organisationId", manifest.organisationId().toString());
        root.put("exportedAt", manifest.exportedAt().toString());
        root.put("schemaVersion", manifest.schemaVersion());
        ArrayNode counts = root.putArray("tables");
        for (TableRows table : tables) {
            counts.addObject()
                    .put("table", table.table())
                    .put("rows", table.size())
                    .put("json", "data/" + table.table() + ".json")
                    .put("csv", "csv/" + table.table() + ".csv");
        }
        ArrayNode listed = root.putArray("files");
        for (ArchiveFile file : files) {
            listed.addObject()
                    .put("path", file.path())
                    .put("bytes", file.content().length)
                    .put("sha256", sha256(file.content()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, MANIFEST, JSON.writeValueAsBytes(root));
            for (ArchiveFile file : files) {
                put(zip, file.path(), file.content());
            }
        } catch (IOException e) {
            throw new IllegalStateException("archive not written", e);
        }
        return bytes.toByteArray();
    }

    /** Reads an archive and checks it: every file listed with its SHA-256, none more, none altered. */
    static Read read(byte[] archive) {
        Map<String, byte[]> entries = unzip(archive);
        byte[] manifestBytes = entries.remove(MANIFEST);
        if (manifestBytes == null) {
            throw invalid("archive-invalid", "the archive has no " + MANIFEST, MANIFEST);
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestBytes);
        } catch (IOException e) {
            throw invalid("archive-invalid", MANIFEST + " is not JSON", MANIFEST);
        }
        if (!FORMAT.equals(manifest.path("format").asText())
                || manifest.path("formatVersion").asInt() != VERSION) {
            throw invalid("archive-invalid", "not a " + FORMAT + " of version " + VERSION, MANIFEST);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (JsonNode file : manifest.path("files")) {
            hashes.put(file.path("path").asText(), file.path("sha256").asText());
        }
        for (Map.Entry<String, String> listed : hashes.entrySet()) {
            byte[] content = entries.get(listed.getKey());
            if (content == null) {
                throw invalid(
                        "archive-tampered", "a file of the manifest is missing: " + listed.getKey(), listed.getKey());
            }
            if (!sha256(content).equals(listed.getValue())) {
                throw invalid(
                        "archive-tampered",
                        "a file differs from its SHA-256 in the manifest: " + listed.getKey(),
                        listed.getKey());
            }
        }
        for (String path : entries.keySet()) {
            if (!hashes.containsKey(path)) {
                throw invalid("archive-tampered", "a file is not in the manifest: " + path, path);
            }
        }
        OrganisationId organisationId;
        Instant exportedAt;
        try {
            organisationId = new OrganisationId(
                    UUID.fromString(manifest.path("organisationId").asText()));
            exportedAt = Instant.parse(manifest.path("exportedAt").asText());
        } catch (RuntimeException e) {
            throw invalid("archive-invalid", "the manifest's organisationId or exportedAt is unreadable", MANIFEST);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        List<TableRows> tables = new ArrayList<>();
        for (JsonNode table : manifest.path("tables")) {
            String name = table.path("table").asText();
            String path = table.path("json").asText();
            if (!hashes.containsKey(path)) {
                throw invalid("archive-tampered", "the rows of " + name + " are not in the manifest", path);
            }
            TableRows read = table(entries.get(path), path);
            if (!read.table().equals(name) || read.size() != table.path("rows").asLong()) {
                throw invalid("archive-invalid", "the rows of " + name + " differ from the manifest's count", path);
            }
            rows.put(name, (long) read.size());
            tables.add(read);
        }
        return new Read(
                new Manifest(
                        organisationId,
                        manifest.path("sourceInstance").asText(),
                        exportedAt,
                        manifest.path("schemaVersion").asText(),
                        rows),
                tables);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TableRows table(byte[] content, String path) {
        try {
            JsonNode node = JSON.readTree(content);
            List<String> columns = new ArrayList<>();
            node.path("columns").forEach(column -> columns.add(column.asText()));
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode row : node.path("rows")) {
                List<String> values = new ArrayList<>();
                row.forEach(value -> values.add(value.isNull() ? null : value.asText()));
                rows.add(values);
            }
            return new TableRows(node.path("table").asText(), columns, rows);
        } catch (IOException | RuntimeException e) {
            throw invalid("archive-invalid", path + " is not a table of the archive", path);
        }
    }

    private static byte[] json(TableRows table) {
        ObjectNode node = JSON.createObjectNode();
        node.put("table", table.table());
        ArrayNode columns = node.putArray("columns");
        table.columns().forEach(columns::add);
        ArrayNode rows = node.putArray("rows");
        for (List<String> row : table.rows()) {
            ArrayNode values = rows.addArray();
            row.forEach(values::add);
        }
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] csv(TableRows table) {
        StringBuilder text = new StringBuilder();
        line(text, table.columns());
        table.rows().forEach(row -> line(text, row));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String value = values.get(i);
            if (value != null) {
                boolean quote = value.indexOf(',') >= 0
                        || value.indexOf('"') >= 0
                        || value.indexOf('\n') >= 0
                        || value.indexOf('\r') >= 0;
                text.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
        }
        text.append("\r\n");
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(0); // the same rows give the same bytes
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static Map<String, byte[]> unzip(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw invalid("archive-invalid", "more than " + MAX_ENTRIES + " files", "archive");
                }
                byte[] content = readBounded(zip, MAX_UNPACKED_BYTES - unpacked);
                unpacked += content.length;
                if (entries.put(entry.getName(), content) != null) {
                    throw invalid("archive-tampered", "a file appears twice: " + entry.getName(), entry.getName());
                }
            }
        } catch (IOException e) {
            throw invalid("archive-invalid", "not a zip archive", "archive");
        }
        if (entries.isEmpty()) {
            throw invalid("archive-invalid", "not a zip archive", "archive");
        }
        return entries;
    }

    private static byte[] readBounded(InputStream in, long left) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, left + 1));
        if (content.length > left) {
            throw invalid(
                    "archive-invalid", "the archive unpacks to more than " + MAX_UNPACKED_BYTES + " bytes", "archive");
        }
        return content;
    }

    private static InvalidInput invalid(String code, String message, String argument) {
        return new InvalidInput("archive", code, message, argument);
    }
}
