package org.gouvernail.domain.inventory;

import java.util.List;
import org.gouvernail.domain.inventory.ImportReport.RowProblem;

/**
 * An inventory spreadsheet as read from its file: its rows, and the problems of the file itself
 * (unreadable, unknown or missing columns), reported with the rows' own.
 */
public record ToolSheet(List<ToolRow> rows, List<RowProblem> fileProblems) {

    public ToolSheet {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }
}
