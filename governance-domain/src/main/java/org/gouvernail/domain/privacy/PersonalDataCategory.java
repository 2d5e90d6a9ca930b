package org.gouvernail.domain.privacy;

import java.util.List;
import java.util.Objects;

/**
 * Read model: one category of what an organisation holds about a person (their training records,
 * the risks they own...), with why it is kept and for how long, and the rows themselves as text
 * cells under {@code columns}. A category with no row is still listed: the person learns that the
 * platform could hold such data and holds none.
 *
 * @param code stable identifier, "area.what" ({@code training.records})
 * @param purpose why the organisation keeps it (art. 15(1)(a))
 * @param legalBasis art. 6(1) basis, as a code ({@code LEGITIMATE_INTEREST}, {@code LEGAL_OBLIGATION}...)
 * @param retention how long it is kept, or the criteria (art. 15(1)(d))
 */
public record PersonalDataCategory(
        String code,
        String purpose,
        String legalBasis,
        String retention,
        List<String> columns,
        List<List<String>> rows) {

    public PersonalDataCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(retention, "retention");
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList())
                .toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        code + ": a row of " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
