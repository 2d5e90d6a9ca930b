package org.gouvernail.rest.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Exports of the registers: every page of a list gathered (bounded), and CSV the way the
 * reader's spreadsheet opens it: French with ";" and decimal commas, English with ",".
 */
public final class Spreadsheets {

    public static final int MAX_EXPORT = 10_000;
    public static final String CSV = "text/csv; charset=UTF-8";

    private Spreadsheets() {}

    /** All items the query gives, page after page, at most {@link #MAX_EXPORT}. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> all = new java.util.ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        do {
            Page<T> slice = query.apply(page);
            all.addAll(slice.items());
            page = new PageRequest(PageRequest.MAX_LIMIT, slice.continueAfter());
        } while (page.after().isPresent() && all.size() < MAX_EXPORT);
        return all.size() > MAX_EXPORT ? all.subList(0, MAX_EXPORT) : all;
    }

    public static boolean french(Locale locale) {
        return Messages.FRENCH.getLanguage().equals(locale.getLanguage());
    }

    public static String csv(Locale locale, List<String> header, List<List<Object>> rows) {
        boolean french = french(locale);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT.builder().setDelimiter(french ? ';' : ',').get())) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream()
                        .map(value -> french && value instanceof BigDecimal number
                                ? number.toPlainString().replace('.', ',')
                                : value instanceof CharSequence text ? inert(text.toString()) : value)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A text cell a spreadsheet will not run as a formula (OWASP, CSV injection): one starting
     * with = + - @, a tab or a carriage return gets a leading apostrophe, which spreadsheets read
     * as "text". So does one that already starts with apostrophes before such a character, so
     * that {@link #asWritten} gives every text back exactly.
     */
    public static String inert(String text) {
        return FORMULA.matcher(text).lookingAt() ? "'" + text : text;
    }

    /** The text of a cell {@link #inert} wrote (or a person typed the same way): one leading apostrophe fewer. */
    public static String asWritten(String cell) {
        return cell != null && FORMULA.matcher(cell).lookingAt() && cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("'*[=+\\-@\t\r]");

    /** The export format asked for: csv (default) or json; anything else is a 400. */
    public static boolean json(String format) {
        if (format == null || format.isBlank() || "csv".equalsIgnoreCase(format)) {
            return false;
        }
        if ("json".equalsIgnoreCase(format)) {
            return true;
        }
        throw RequestProblem.invalidParameter("format", "csv, json");
    }
}
