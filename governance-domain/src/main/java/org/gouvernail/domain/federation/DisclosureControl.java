package org.gouvernail.domain.federation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Policy: disclosure control of one indicator's federation aggregates. The cells are the total and,
 * for each predefined segmentation (size class, region, sector), one cell per segment; a cell serves
 * its number of contributors and the sum of their values (a mean derives from both), or the reason it
 * is hidden.
 *
 * <ol>
 *   <li><b>Primary</b>: a cell with fewer than k contributors is BELOW_K; one where the largest member
 *       contributes more than the dominance threshold of the sum, or the two largest more than the
 *       two-member threshold, is DOMINANCE.
 *   <li><b>Secondary, per segmentation</b>: the cells hidden in one segmentation add up to the total
 *       minus the cells shown; that union must itself pass the primary rules, or the smallest cell shown
 *       is hidden too (SECONDARY), until it does (two single-contributor cells never protect each other).
 *   <li><b>Secondary, across segmentations</b>: every cell shown, in all three segmentations, and the
 *       total are linear equations over the members' values. Members with the same segments in all three
 *       are indistinguishable ("atoms"). An aggregate the equations determine exactly (its vector lies in
 *       their row space, tested by Gaussian elimination modulo a prime: conservative, a false "determined"
 *       only hides more) must pass the primary rules; the aggregates checked are every atom, every cell
 *       hidden by a primary rule, and each segmentation's union of hidden cells. While one fails, the
 *       smallest cell shown that overlaps it is hidden (SECONDARY).
 * </ol>
 *
 * The three segmentations are protected together whichever one a request asks for, since a client may
 * ask for all three. Values are non-negative (counts, percentages, days, flags).
 *
 * <p><b>Named values</b>: a member whose consent is NAMED is shown with its value (the table's
 * {@code named} list), so its value is known to every reader of the dashboard. Every rule above then
 * counts only the contributors <em>not</em> shown by name: a cell needs k unnamed contributors, the
 * dominance rules weigh the unnamed values only (the named ones can be subtracted from the sum), the
 * equations of the linear test are over the unnamed members (a named value is a known constant), and an
 * aggregate holding no unnamed member protects nobody. A cell served still counts every contributor and
 * sums every value.
 */
public final class DisclosureControl {

    private static final long PRIME = 2_147_483_647L;

    /** The segment of the total cell. */
    public static final String ALL = "ALL";

    private DisclosureControl() {}

    /** One cell: its contributors and sum, or why it is hidden ({@code suppressed} non-null: serve no number). */
    public record Cell(Segmentation segmentation, String segment, int contributors, long sum, Suppression suppressed) {

        public Cell {
            Objects.requireNonNull(segment, "segment");
        }

        public boolean shown() {
            return suppressed == null;
        }
    }

    /**
     * The protected aggregates of one indicator: the total, each segmentation's cells by segment, and
     * the values shown by name (NAMED consents), by member name.
     */
    public record Table(String indicator, Cell total, Map<Segmentation, List<Cell>> cells, List<Contribution> named) {

        public Table {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(total, "total");
            named = List.copyOf(named);
            Map<Segmentation, List<Cell>> copy = new EnumMap<>(Segmentation.class);
            cells.forEach((segmentation, list) -> copy.put(segmentation, List.copyOf(list)));
            cells = java.util.Collections.unmodifiableMap(copy);
        }

        public List<Cell> cells(Segmentation segmentation) {
            return cells.getOrDefault(segmentation, List.of());
        }
    }

    /** The protected table of {@code indicator} from its contributions (one per member; others are ignored). */
    public static Table protect(String indicator, List<Contribution> contributions, DisclosureRules rules) {
        Objects.requireNonNull(rules, "rules");
        Map<Object, Contribution> byMember = new LinkedHashMap<>();
        contributions.stream()
                .filter(contribution -> contribution.indicator().equals(indicator))
                .sorted(Comparator.comparing(
                        contribution -> contribution.associationId().value()))
                .forEach(contribution -> byMember.putIfAbsent(contribution.associationId(), contribution));
        return new Work(indicator, List.copyOf(byMember.values()), rules).run();
    }

    /** The primary rule a group of values fails (BELOW_K or DOMINANCE), or null when it may be shown. */
    public static Suppression primary(List<Long> values, DisclosureRules rules) {
        long[] array = values.stream().mapToLong(value -> Math.max(0, value)).toArray();
        int[] all = new int[array.length];
        Arrays.setAll(all, i -> i);
        return primary(all, array, rules);
    }

    private static Suppression primary(int[] indices, long[] values, DisclosureRules rules) {
        if (indices.length < rules.minContributors()) {
            return Suppression.BELOW_K;
        }
        long sum = 0;
        long first = 0;
        long second = 0;
        for (int i : indices) {
            long value = values[i];
            sum += value;
            if (value > first) {
                second = first;
                first = value;
            } else if (value > second) {
                second = value;
            }
        }
        if (sum > 0
                && (first * 100 > (long) rules.dominancePercent() * sum
                        || (first + second) * 100 > (long) rules.twoDominancePercent() * sum)) {
            return Suppression.DOMINANCE;
        }
        return null;
    }

    /** The working state of one protection. */
    private static final class Work {

        private final String indicator;
        private final List<Contribution> members;
        private final long[] values;
        private final DisclosureRules rules;
        private final WorkCell total;
        private final Map<Segmentation, List<WorkCell>> cells = new EnumMap<>(Segmentation.class);
        private final int[] atomOf;
        private final int atoms;
        private final List<int[]> atomMembers = new ArrayList<>();
        private final boolean[] named;

        Work(String indicator, List<Contribution> members, DisclosureRules rules) {
            this.indicator = indicator;
            this.members = members;
            this.rules = rules;
            this.values = members.stream()
                    .mapToLong(contribution -> Math.max(0, contribution.value()))
                    .toArray();
            this.named = new boolean[members.size()];
            for (int i = 0; i < members.size(); i++) {
                named[i] = members.get(i).named();
            }
            int[] everyone = new int[members.size()];
            Arrays.setAll(everyone, i -> i);
            this.total = new WorkCell(null, ALL, everyone);
            for (Segmentation segmentation : Segmentation.values()) {
                Map<String, List<Integer>> groups = new TreeMap<>();
                for (int i = 0; i < members.size(); i++) {
                    groups.computeIfAbsent(segmentation.of(members.get(i)), key -> new ArrayList<>())
                            .add(i);
                }
                List<WorkCell> list = new ArrayList<>();
                groups.forEach((segment, indices) -> list.add(new WorkCell(
                        segmentation,
                        segment,
                        indices.stream().mapToInt(Integer::intValue).toArray())));
                cells.put(segmentation, list);
            }
            Map<String, Integer> signatures = new TreeMap<>();
            atomOf = new int[members.size()];
            for (int i = 0; i < members.size(); i++) {
                if (named[i]) {
                    atomOf[i] = -1; // a known value, not an unknown of the equations
                    continue;
                }
                StringBuilder signature = new StringBuilder();
                for (Segmentation segmentation : Segmentation.values()) {
                    signature.append(segmentation.of(members.get(i))).append('|');
                }
                atomOf[i] = signatures.computeIfAbsent(signature.toString(), key -> signatures.size());
            }
            atoms = signatures.size();
            for (int atom = 0; atom < atoms; atom++) {
                int wanted = atom;
                atomMembers.add(java.util.stream.IntStream.range(0, members.size())
                        .filter(i -> atomOf[i] == wanted)
                        .toArray());
            }
        }

        Table run() {
            total.reason = primary(total.members);
            for (List<WorkCell> list : cells.values()) {
                for (WorkCell cell : list) {
                    cell.reason = primary(cell.members);
                    cell.primary = cell.reason != null;
                }
            }
            if (total.reason != null) {
                cells.values()
                        .forEach(list -> list.stream()
                                .filter(cell -> cell.reason == null)
                                .forEach(cell -> cell.reason = Suppression.SECONDARY));
                return table();
            }
            cells.keySet().forEach(this::protectUnion);
            while (true) {
                int[] exposed = exposedAggregate();
                if (exposed == null) {
                    break;
                }
                WorkCell next = smallestShown(exposed);
                if (next == null) {
                    break; // only the total is left: it passes the primary rules
                }
                next.reason = Suppression.SECONDARY;
                protectUnion(next.segmentation);
            }
            return table();
        }

        /** Hides the smallest cells shown until the union of the hidden cells passes the primary rules. */
        private void protectUnion(Segmentation segmentation) {
            while (true) {
                int[] union = unnamed(hiddenUnion(segmentation));
                if (union.length == 0 || primary(union) == null) {
                    return;
                }
                WorkCell next = cells.get(segmentation).stream()
                        .filter(cell -> cell.reason == null)
                        .min(SMALLEST)
                        .orElse(null);
                if (next == null) {
                    return;
                }
                next.reason = Suppression.SECONDARY;
            }
        }

        private int[] hiddenUnion(Segmentation segmentation) {
            return cells.get(segmentation).stream()
                    .filter(cell -> cell.reason != null)
                    .flatMapToInt(cell -> Arrays.stream(cell.members))
                    .sorted()
                    .toArray();
        }

        /**
         * An aggregate that the cells shown and the total determine exactly and that fails the primary
         * rules, as member indices; null when there is none.
         */
        private int[] exposedAggregate() {
            List<long[]> rows = new ArrayList<>();
            rows.add(vector(total.members));
            cells.values()
                    .forEach(list -> list.stream()
                            .filter(cell -> cell.reason == null)
                            .forEach(cell -> rows.add(vector(cell.members))));
            RowSpace space = new RowSpace(rows, atoms);
            List<int[]> candidates = new ArrayList<>(atomMembers);
            cells.values()
                    .forEach(list -> list.stream()
                            .filter(cell -> cell.primary)
                            .forEach(cell -> candidates.add(unnamed(cell.members))));
            for (Segmentation segmentation : cells.keySet()) {
                candidates.add(unnamed(hiddenUnion(segmentation)));
            }
            for (int[] candidate : candidates) {
                // an aggregate of named values only is known anyway: it protects nobody
                if (candidate.length > 0 && primary(candidate) != null && space.contains(vector(candidate))) {
                    return candidate;
                }
            }
            return null;
        }

        /** The smallest cell shown (not the total) that overlaps {@code aggregate}, else the smallest shown. */
        private WorkCell smallestShown(int[] aggregate) {
            boolean[] in = new boolean[members.size()];
            for (int i : aggregate) {
                in[i] = true;
            }
            List<WorkCell> shown = cells.values().stream()
                    .flatMap(List::stream)
                    .filter(cell -> cell.reason == null)
                    .toList();
            return shown.stream()
                    .filter(cell -> Arrays.stream(cell.members).anyMatch(i -> in[i]))
                    .min(SMALLEST)
                    .or(() -> shown.stream().min(SMALLEST))
                    .orElse(null);
        }

        private final Comparator<WorkCell> SMALLEST = Comparator.<WorkCell>comparingInt(cell -> cell.members.length)
                .thenComparingLong(this::sum)
                .thenComparing(cell -> cell.segmentation)
                .thenComparing(cell -> cell.segment);

        /** The aggregate's vector over the atoms; a named member is a known constant, left out. */
        private long[] vector(int[] indices) {
            long[] vector = new long[atoms];
            for (int i : indices) {
                if (atomOf[i] >= 0) {
                    vector[atomOf[i]] = 1;
                }
            }
            return vector;
        }

        /** The primary rule the members of {@code indices} not shown by name fail (none: BELOW_K), or null. */
        private Suppression primary(int[] indices) {
            return DisclosureControl.primary(unnamed(indices), values, rules);
        }

        private int[] unnamed(int[] indices) {
            return Arrays.stream(indices).filter(i -> !named[i]).toArray();
        }

        private long sum(WorkCell cell) {
            long sum = 0;
            for (int i : cell.members) {
                sum += values[i];
            }
            return sum;
        }

        private Table table() {
            Map<Segmentation, List<Cell>> result = new EnumMap<>(Segmentation.class);
            cells.forEach((segmentation, list) ->
                    result.put(segmentation, list.stream().map(this::cell).toList()));
            List<Contribution> shownByName = members.stream()
                    .filter(Contribution::named)
                    .sorted(Comparator.comparing((Contribution contribution) ->
                                    contribution.memberName() == null ? "" : contribution.memberName())
                            .thenComparing(
                                    contribution -> contribution.associationId().value()))
                    .toList();
            return new Table(indicator, cell(total), result, shownByName);
        }

        private Cell cell(WorkCell cell) {
            boolean shown = cell.reason == null;
            return new Cell(
                    cell.segmentation,
                    cell.segment,
                    shown ? cell.members.length : 0,
                    shown ? sum(cell) : 0,
                    cell.reason);
        }
    }

    private static final class WorkCell {
        final Segmentation segmentation;
        final String segment;
        final int[] members;
        Suppression reason;
        boolean primary;

        WorkCell(Segmentation segmentation, String segment, int[] members) {
            this.segmentation = segmentation;
            this.segment = segment;
            this.members = members;
        }
    }

    /** The row space of 0/1 vectors over the atoms, in reduced row echelon form modulo a prime. */
    static final class RowSpace {

        private final List<long[]> basis = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        RowSpace(List<long[]> rows, int width) {
            for (long[] row : rows) {
                long[] reduced = reduce(row.clone());
                int pivot = firstNonZero(reduced);
                if (pivot < 0) {
                    continue;
                }
                long inverse = inverse(reduced[pivot]);
                for (int c = 0; c < width; c++) {
                    reduced[c] = reduced[c] * inverse % PRIME;
                }
                // keep the form reduced: clear the new pivot's column in the rows already kept
                for (long[] kept : basis) {
                    long factor = kept[pivot];
                    if (factor != 0) {
                        for (int c = 0; c < width; c++) {
                            kept[c] = Math.floorMod(kept[c] - factor * reduced[c] % PRIME, PRIME);
                        }
                    }
                }
                basis.add(reduced);
                pivots.add(pivot);
            }
        }

        boolean contains(long[] vector) {
            return firstNonZero(reduce(vector.clone())) < 0;
        }

        private long[] reduce(long[] vector) {
            for (int b = 0; b < basis.size(); b++) {
                int pivot = pivots.get(b);
                long factor = vector[pivot];
                if (factor != 0) {
                    long[] row = basis.get(b);
                    for (int c = 0; c < vector.length; c++) {
                        if (row[c] != 0) {
                            vector[c] = Math.floorMod(vector[c] - factor * row[c] % PRIME, PRIME);
                        }
                    }
                }
            }
            return vector;
        }

        private static int firstNonZero(long[] vector) {
            for (int c = 0; c < vector.length; c++) {
                if (vector[c] != 0) {
                    return c;
                }
            }
            return -1;
        }

        private static long inverse(long value) {
            long result = 1;
            long base = Math.floorMod(value, PRIME);
            long exponent = PRIME - 2;
            while (exponent > 0) {
                if ((exponent & 1) == 1) {
                    result = result * base % PRIME;
                }
                base = base * base % PRIME;
                exponent >>= 1;
            }
            return result;
        }
    }
}
