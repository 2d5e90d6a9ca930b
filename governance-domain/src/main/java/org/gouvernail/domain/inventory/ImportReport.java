package org.gouvernail.domain.inventory;

import java.util.List;

/**
 * Outcome of an inventory import: every row's problems, and the tools created, which is none
 * at all when a single row has a problem or when it was a dry run.
 */
public record ImportReport(boolean dryRun, int rows, List<RowProblem> problems, List<AiTool> created) {

    public static final int MAX_ROWS = 1_000;

    public ImportReport {
        problems = List.copyOf(problems);
        created = List.copyOf(created);
    }

    /** A problem of one field in one row: a code (as in InvalidInput) the adapters word for people. */
    public record RowProblem(int line, String field, String code, List<Object> arguments) {

        public RowProblem {
            arguments = List.copyOf(arguments);
        }
    }
}
