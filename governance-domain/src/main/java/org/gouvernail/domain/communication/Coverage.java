package org.gouvernail.domain.communication;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read model: each audience of a plan at each change stage, REACHED when a done action spoke to it
 * at that stage, PLANNED when a live one will, MISSING otherwise. The audiences are those the plan's
 * live actions name, in the order they first appear.
 */
public record Coverage(List<Row> rows, int reached, int cells) {

    public enum Cell {
        REACHED,
        PLANNED,
        MISSING
    }

    public record Row(Target target, Map<ChangeStage, Cell> stages) {

        public Row {
            stages = Map.copyOf(stages);
        }
    }

    public Coverage {
        rows = List.copyOf(rows);
    }

    public static Coverage of(List<CommunicationAction> actions) {
        Map<Target, Map<ChangeStage, Cell>> grid = new LinkedHashMap<>();
        for (CommunicationAction action : actions) {
            if (!action.live()) {
                continue;
            }
            Map<ChangeStage, Cell> row = grid.computeIfAbsent(action.details().target(), target -> empty());
            Cell cell = action.status() == CommunicationStatus.DONE ? Cell.REACHED : Cell.PLANNED;
            row.merge(action.details().stage(), cell, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        List<Row> rows = new ArrayList<>();
        int reached = 0;
        for (Map.Entry<Target, Map<ChangeStage, Cell>> entry : grid.entrySet()) {
            rows.add(new Row(entry.getKey(), entry.getValue()));
            reached += (int) entry.getValue().values().stream()
                    .filter(cell -> cell == Cell.REACHED)
                    .count();
        }
        return new Coverage(rows, reached, rows.size() * ChangeStage.values().length);
    }

    /** Share of audience × stage cells reached, 0 to 100; 0 for a plan without audience. */
    public int percent() {
        return cells == 0 ? 0 : Math.round(100f * reached / cells);
    }

    private static Map<ChangeStage, Cell> empty() {
        Map<ChangeStage, Cell> row = new EnumMap<>(ChangeStage.class);
        for (ChangeStage stage : ChangeStage.values()) {
            row.put(stage, Cell.MISSING);
        }
        return row;
    }
}
