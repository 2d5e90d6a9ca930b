package org.gouvernail.domain.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.gouvernail.domain.federation.DisclosureControl.Cell;
import org.gouvernail.domain.federation.DisclosureControl.Table;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static final String TOOLS = "tools.in_inventory";
    private static final LocalDate PERIOD = LocalDate.of(2026, 11, 1);
    private static final DisclosureRules RULES = DisclosureRules.DEFAULT;

    private static Contribution member(long value, SizeClass size, String region, Sector sector) {
        return new Contribution(
                new OrganisationId(UUID.randomUUID()),
                TOOLS,
                value,
                PERIOD,
                size,
                region == null ? null : new Region(region),
                sector);
    }

    private static Contribution named(long value, SizeClass size, String region, Sector sector) {
        return member(value, size, region, sector).withNamed(true);
    }

    private static List<Contribution> same(int count, long value, SizeClass size, String region, Sector sector) {
        List<Contribution> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(member(value, size, region, sector));
        }
        return members;
    }

    private static Cell cell(Table table, Segmentation segmentation, String segment) {
        return table.cells(segmentation).stream()
                .filter(cell -> cell.segment().equals(segment))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theThresholdCanNeverBeSetBelowFive() {
        assertThatThrownBy(() -> new DisclosureRules(4, 60, 85))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5");
        assertThat(new DisclosureRules(7, 60, 85).minContributors()).isEqualTo(7);
        assertThatThrownBy(() -> new DisclosureRules(5, 40, 85)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCellWithFewerThanKContributorsIsBelowKAndShowsNoNumber() {
        List<Contribution> members = new ArrayList<>(same(6, 10, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        members.addAll(same(4, 10, SizeClass.SMALL, "BE-WAL", Sector.HEALTH));
        Table table = DisclosureControl.protect(TOOLS, members, RULES);

        assertThat(table.total().shown()).isTrue();
        assertThat(table.total().contributors()).isEqualTo(10);
        assertThat(table.total().sum()).isEqualTo(100);
        Cell wal = cell(table, Segmentation.REGION, "BE-WAL");
        assertThat(wal.suppressed()).isEqualTo(Suppression.BELOW_K);
        assertThat(wal.contributors()).isZero();
        assertThat(wal.sum()).isZero();
    }

    @Test
    void exactlyKContributorsAreEnough() {
        Table table = DisclosureControl.protect(TOOLS, same(5, 3, SizeClass.MICRO, "BE-BRU", Sector.YOUTH), RULES);
        assertThat(table.total().shown()).isTrue();
        assertThat(cell(table, Segmentation.SECTOR, "YOUTH").shown()).isTrue();
    }

    @Test
    void aMemberAboveSixtyPercentOfTheTotalHidesTheCell() {
        List<Contribution> members = new ArrayList<>(same(5, 10, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        members.add(member(100, SizeClass.LARGE, "BE-BRU", Sector.HEALTH)); // 100 of 150 = 67 %
        Table table = DisclosureControl.protect(TOOLS, members, RULES);
        assertThat(table.total().suppressed()).isEqualTo(Suppression.DOMINANCE);
        assertThat(cell(table, Segmentation.REGION, "BE-BRU").suppressed()).isEqualTo(Suppression.DOMINANCE);
        // with the total hidden, every cell is hidden too
        assertThat(table.cells(Segmentation.SIZE_CLASS)).noneMatch(Cell::shown);
    }

    @Test
    void twoMembersTogetherAboveEightyFivePercentHideTheCell() {
        List<Contribution> members = new ArrayList<>(same(5, 2, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        members.add(member(50, SizeClass.SMALL, "BE-BRU", Sector.HEALTH)); // largest 50 of 160: 31 %
        members.add(member(50, SizeClass.SMALL, "BE-BRU", Sector.HEALTH)); // the two: 100 of 110... 91 %
        Table table = DisclosureControl.protect(TOOLS, members, RULES);
        assertThat(table.total().suppressed()).isEqualTo(Suppression.DOMINANCE);
    }

    @Test
    void aSingleHiddenCellTakesASecondOneWithItSoThatTheTotalDoesNotGiveItAway() {
        List<Contribution> members = new ArrayList<>(same(8, 4, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        members.addAll(same(6, 5, SizeClass.SMALL, "BE-WAL", Sector.HEALTH));
        members.addAll(same(7, 6, SizeClass.SMALL, "BE-VLG", Sector.HEALTH));
        members.add(member(9, SizeClass.SMALL, "FR-IDF", Sector.HEALTH));
        Table table = DisclosureControl.protect(TOOLS, members, RULES);

        assertThat(cell(table, Segmentation.REGION, "FR-IDF").suppressed()).isEqualTo(Suppression.BELOW_K);
        // the smallest other cell (BE-WAL, 6 members) is hidden as well
        assertThat(cell(table, Segmentation.REGION, "BE-WAL").suppressed()).isEqualTo(Suppression.SECONDARY);
        assertThat(cell(table, Segmentation.REGION, "BE-BRU").shown()).isTrue();
        assertThat(cell(table, Segmentation.REGION, "BE-VLG").shown()).isTrue();
        assertThat(table.total().shown()).isTrue();
        assertCannotBeRecovered(members, table);
    }

    @Test
    void twoSmallCellsDoNotProtectEachOther() {
        List<Contribution> members = new ArrayList<>(same(10, 4, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        members.addAll(same(9, 5, SizeClass.SMALL, "BE-WAL", Sector.HEALTH));
        members.add(member(3, SizeClass.SMALL, "FR-IDF", Sector.HEALTH));
        members.add(member(7, SizeClass.SMALL, "LU", Sector.HEALTH));
        Table table = DisclosureControl.protect(TOOLS, members, RULES);
        // FR-IDF + LU hold 2 members: their union is still below k, so a third cell is hidden
        assertThat(table.cells(Segmentation.REGION).stream().filter(cell -> !cell.shown()))
                .hasSize(3);
        assertThat(cell(table, Segmentation.REGION, "BE-WAL").suppressed()).isEqualTo(Suppression.SECONDARY);
        assertCannotBeRecovered(members, table);
    }

    @Test
    void aDifferenceBetweenTwoSegmentationsIsFoundAndClosed() {
        // region BE-BRU = the 5 HEALTH members + one CULTURE member: BRU minus HEALTH would be that one member
        List<Contribution> members = new ArrayList<>(same(5, 4, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        Contribution alone = member(11, SizeClass.SMALL, "BE-BRU", Sector.CULTURE);
        members.add(alone);
        members.addAll(same(6, 5, SizeClass.SMALL, "BE-WAL", Sector.EDUCATION));
        Table table = DisclosureControl.protect(TOOLS, members, RULES);
        assertCannotBeRecovered(members, table);
        assertThat(cell(table, Segmentation.SECTOR, "CULTURE").suppressed()).isEqualTo(Suppression.BELOW_K);
    }

    @Test
    void withoutSecondarySuppressionTheAttackWouldWork() {
        // the attacker of assertCannotBeRecovered is not blind: on a table protected by the primary rules only,
        // it recovers the hidden cell exactly
        List<Contribution> members = new ArrayList<>(same(8, 4, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        members.add(member(9, SizeClass.SMALL, "FR-IDF", Sector.HEALTH));
        List<long[]> served = new ArrayList<>();
        List<Long> sums = new ArrayList<>();
        served.add(ones(members, c -> true));
        sums.add(32L + 9);
        served.add(ones(members, c -> c.region().code().equals("BE-BRU")));
        sums.add(32L);
        long[] hidden = ones(members, c -> c.region().code().equals("FR-IDF"));
        assertThat(Attacker.recover(served, sums, hidden)).isEqualTo(BigInteger.valueOf(9));
    }

    @Test
    void randomFederationsNeverServeARecoverableHiddenCellOrMember() {
        Random random = new Random(20261130);
        String[] regions = {"BE-BRU", "BE-WAL", "BE-VLG", "FR-IDF", "LU"};
        Sector[] sectors = {Sector.HEALTH, Sector.CULTURE, Sector.YOUTH, Sector.SOCIAL_ACTION};
        SizeClass[] sizes = {SizeClass.VOLUNTEER_RUN, SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM};
        for (int round = 0; round < 25; round++) {
            int count = 5 + random.nextInt(45);
            List<Contribution> members = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                members.add(member(
                        random.nextInt(40),
                        sizes[random.nextInt(sizes.length)],
                        random.nextInt(10) == 0 ? null : regions[random.nextInt(regions.length)],
                        sectors[random.nextInt(sectors.length)]));
            }
            Table table = DisclosureControl.protect(TOOLS, members, RULES);
            assertCannotBeRecovered(members, table);
        }
    }

    @Test
    void valuesShownByNameAreNotCountedTowardsK() {
        // BE-BRU holds 5 members, 4 of them shown by name: subtracting the 4 named values from the cell's
        // sum would give the fifth member's value, so the cell counts 1 contributor, not 5
        List<Contribution> members = new ArrayList<>();
        for (long value : new long[] {3, 8, 5, 12}) {
            members.add(named(value, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        }
        Contribution hidden = member(7, SizeClass.SMALL, "BE-BRU", Sector.HEALTH);
        members.add(hidden);
        members.addAll(same(6, 5, SizeClass.SMALL, "BE-WAL", Sector.HEALTH));
        Table table = DisclosureControl.protect(TOOLS, members, RULES);

        assertThat(cell(table, Segmentation.REGION, "BE-BRU").suppressed()).isEqualTo(Suppression.BELOW_K);
        // the unnamed member of BE-BRU alone is below k: the other region is hidden with it
        assertThat(cell(table, Segmentation.REGION, "BE-WAL").suppressed()).isEqualTo(Suppression.SECONDARY);
        assertThat(table.total().shown()).isTrue();
        assertThat(table.total().contributors()).isEqualTo(11); // a cell served counts every contributor
        assertThat(table.total().sum()).isEqualTo(3 + 8 + 5 + 12 + 7 + 30);
        assertThat(table.named()).hasSize(4).allMatch(Contribution::named);
        assertCannotBeRecovered(members, table);
    }

    @Test
    void withoutCountingTheNamedValuesTheAttackWouldWork() {
        // the same federation protected as if nobody were named: BE-BRU is shown with 5 contributors, and
        // the attacker, who reads the 4 named values, recovers the fifth member exactly
        List<Contribution> members = new ArrayList<>();
        for (long value : new long[] {3, 8, 5, 12}) {
            members.add(named(value, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        }
        members.add(member(7, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        members.addAll(same(6, 5, SizeClass.SMALL, "BE-WAL", Sector.HEALTH));
        Table naive = DisclosureControl.protect(
                TOOLS, members.stream().map(c -> c.withNamed(false)).toList(), RULES);
        assertThat(cell(naive, Segmentation.REGION, "BE-BRU").shown()).isTrue();

        Knowledge knowledge = Knowledge.of(members, naive);
        long[] fifth = new long[members.size()];
        fifth[4] = 1;
        assertThat(Attacker.recover(knowledge.rows, knowledge.sums, fifth)).isEqualTo(BigInteger.valueOf(7));
    }

    @Test
    void dominanceWeighsTheUnnamedValuesOnly() {
        // a large named value dominates nothing (it is public); an unnamed one dominating the unnamed rest does
        List<Contribution> members = new ArrayList<>(same(5, 10, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        members.add(named(500, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        Table table = DisclosureControl.protect(TOOLS, members, RULES);
        assertThat(table.total().shown()).isTrue();
        assertCannotBeRecovered(members, table);

        List<Contribution> dominated = new ArrayList<>(same(4, 5, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        dominated.add(member(70, SizeClass.SMALL, "BE-BRU", Sector.HEALTH)); // 70 of the 90 unnamed: 78 %
        dominated.add(named(400, SizeClass.SMALL, "BE-BRU", Sector.HEALTH)); // 70 of all 490: 14 %
        dominated.add(named(400, SizeClass.SMALL, "BE-BRU", Sector.HEALTH));
        assertThat(DisclosureControl.protect(TOOLS, dominated, RULES).total().suppressed())
                .isEqualTo(Suppression.DOMINANCE);
    }

    @Test
    void randomFederationsWithNamedValuesNeverServeARecoverableUnnamedMember() {
        Random random = new Random(20261201);
        String[] regions = {"BE-BRU", "BE-WAL", "BE-VLG", "FR-IDF", "LU"};
        Sector[] sectors = {Sector.HEALTH, Sector.CULTURE, Sector.YOUTH, Sector.SOCIAL_ACTION};
        SizeClass[] sizes = {SizeClass.VOLUNTEER_RUN, SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM};
        int namedSeen = 0;
        int shownWithNamed = 0;
        for (int round = 0; round < 40; round++) {
            int count = 5 + random.nextInt(45);
            int namedShare = 1 + random.nextInt(4); // a quarter to all of the members may be named
            List<Contribution> members = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Contribution contribution = member(
                        random.nextInt(40),
                        sizes[random.nextInt(sizes.length)],
                        random.nextInt(10) == 0 ? null : regions[random.nextInt(regions.length)],
                        sectors[random.nextInt(sectors.length)]);
                members.add(contribution.withNamed(random.nextInt(4) < namedShare));
            }
            Table table = DisclosureControl.protect(TOOLS, members, RULES);
            assertCannotBeRecovered(members, table);
            assertThat(table.named())
                    .hasSize((int) members.stream().filter(Contribution::named).count());
            namedSeen += table.named().size();
            if (table.total().shown() && table.named().size() > 0) {
                shownWithNamed++;
            }
        }
        // the test is not vacuous: named values were served next to aggregates that were shown
        assertThat(namedSeen).isPositive();
        assertThat(shownWithNamed).isPositive();
    }

    @Test
    void noContributorNoNumber() {
        Table table = DisclosureControl.protect(TOOLS, List.of(), RULES);
        assertThat(table.total().suppressed()).isEqualTo(Suppression.BELOW_K);
        assertThat(table.cells(Segmentation.REGION)).isEmpty();
    }

    /**
     * The attack: everything served for the indicator (the total and the cells shown in all three
     * segmentations, contributors and sums) as linear equations over the members' values, plus the
     * values shown by name (each a known member: an equation of its own). Each hidden cell holding an
     * unnamed member, and each unnamed member alone, must stay undetermined; every cell shown must hold
     * at least k unnamed contributors; every union of one segmentation's hidden cells (total minus the
     * cells shown) must hold no unnamed member or at least k of them.
     */
    private static void assertCannotBeRecovered(List<Contribution> members, Table table) {
        assertThat(table.named())
                .as("the values shown by name are the NAMED contributions")
                .containsExactlyInAnyOrderElementsOf(
                        members.stream().filter(Contribution::named).toList());
        if (!table.total().shown()) {
            for (Segmentation segmentation : Segmentation.values()) {
                assertThat(table.cells(segmentation)).noneMatch(Cell::shown);
            }
            return;
        }
        Knowledge knowledge = Knowledge.of(members, table);
        assertThat(unnamed(members, c -> true)).isGreaterThanOrEqualTo(RULES.minContributors());
        for (Segmentation segmentation : Segmentation.values()) {
            for (Cell cell : table.cells(segmentation)) {
                if (cell.shown()) {
                    assertThat(unnamed(members, c -> segmentation.of(c).equals(cell.segment())))
                            .as("unnamed contributors of the shown cell %s %s", segmentation, cell.segment())
                            .isGreaterThanOrEqualTo(RULES.minContributors());
                }
            }
        }
        for (Segmentation segmentation : Segmentation.values()) {
            int hiddenUnnamed = 0;
            for (Cell cell : table.cells(segmentation)) {
                if (!cell.shown()) {
                    int cellUnnamed = unnamed(members, c -> segmentation.of(c).equals(cell.segment()));
                    hiddenUnnamed += cellUnnamed;
                    if (cellUnnamed > 0) {
                        long[] hidden = ones(members, c -> segmentation.of(c).equals(cell.segment()));
                        assertThat(Attacker.recover(knowledge.rows, knowledge.sums, hidden))
                                .as("hidden cell %s %s recomputed from what is served", segmentation, cell.segment())
                                .isNull();
                    }
                }
            }
            assertThat(hiddenUnnamed)
                    .as("unnamed members hidden in %s, known together as total minus the cells shown", segmentation)
                    .satisfiesAnyOf(
                            n -> assertThat(n).isZero(),
                            n -> assertThat(n).isGreaterThanOrEqualTo(RULES.minContributors()));
        }
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).named()) {
                continue;
            }
            long[] one = new long[members.size()];
            one[i] = 1;
            assertThat(Attacker.recover(knowledge.rows, knowledge.sums, one))
                    .as("unnamed member %d alone recomputed from what is served", i)
                    .isNull();
        }
    }

    private static int unnamed(List<Contribution> members, java.util.function.Predicate<Contribution> in) {
        return (int) members.stream().filter(c -> !c.named() && in.test(c)).count();
    }

    /** What a reader of the dashboard knows: the equations of the cells shown and the values shown by name. */
    private record Knowledge(List<long[]> rows, List<Long> sums) {

        static Knowledge of(List<Contribution> members, Table table) {
            List<long[]> rows = new ArrayList<>();
            List<Long> sums = new ArrayList<>();
            if (table.total().shown()) {
                rows.add(ones(members, c -> true));
                sums.add(table.total().sum());
            }
            for (Segmentation segmentation : Segmentation.values()) {
                for (Cell cell : table.cells(segmentation)) {
                    if (cell.shown()) {
                        rows.add(ones(members, c -> segmentation.of(c).equals(cell.segment())));
                        sums.add(cell.sum());
                    }
                }
            }
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).named()) {
                    long[] one = new long[members.size()];
                    one[i] = 1;
                    rows.add(one);
                    sums.add(members.get(i).value());
                }
            }
            return new Knowledge(rows, sums);
        }
    }

    private static long[] ones(List<Contribution> members, java.util.function.Predicate<Contribution> in) {
        long[] vector = new long[members.size()];
        for (int i = 0; i < members.size(); i++) {
            vector[i] = in.test(members.get(i)) ? 1 : 0;
        }
        return vector;
    }

    /**
     * An attacker with exact rational arithmetic (independent of the policy's modular one): Gaussian
     * elimination of the served equations, then the target as a combination of them; its value, or
     * null when the equations do not determine it.
     */
    static final class Attacker {

        static BigInteger recover(List<long[]> rows, List<Long> sums, long[] target) {
            int width = target.length;
            List<Frac[]> matrix = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Frac[] row = new Frac[width + 1];
                for (int c = 0; c < width; c++) {
                    row[c] = Frac.of(rows.get(r)[c]);
                }
                row[width] = Frac.of(sums.get(r));
                matrix.add(row);
            }
            List<Integer> pivots = new ArrayList<>();
            int rank = 0;
            for (int c = 0; c < width && rank < matrix.size(); c++) {
                int found = -1;
                for (int r = rank; r < matrix.size(); r++) {
                    if (!matrix.get(r)[c].isZero()) {
                        found = r;
                        break;
                    }
                }
                if (found < 0) {
                    continue;
                }
                Frac[] pivotRow = matrix.remove(found);
                matrix.add(rank, pivotRow);
                Frac inverse = pivotRow[c].inverse();
                for (int k = 0; k <= width; k++) {
                    pivotRow[k] = pivotRow[k].times(inverse);
                }
                for (int r = 0; r < matrix.size(); r++) {
                    if (r != rank && !matrix.get(r)[c].isZero()) {
                        Frac factor = matrix.get(r)[c];
                        for (int k = 0; k <= width; k++) {
                            matrix.get(r)[k] = matrix.get(r)[k].minus(factor.times(pivotRow[k]));
                        }
                    }
                }
                pivots.add(c);
                rank++;
            }
            Frac[] rest = new Frac[width];
            for (int c = 0; c < width; c++) {
                rest[c] = Frac.of(target[c]);
            }
            Frac value = Frac.of(0);
            for (int p = 0; p < pivots.size(); p++) {
                int c = pivots.get(p);
                Frac factor = rest[c];
                if (factor.isZero()) {
                    continue;
                }
                Frac[] row = matrix.get(p);
                for (int k = 0; k < width; k++) {
                    rest[k] = rest[k].minus(factor.times(row[k]));
                }
                value = value.plus(factor.times(row[width]));
            }
            for (Frac left : rest) {
                if (!left.isZero()) {
                    return null;
                }
            }
            return value.numerator.divide(value.denominator);
        }
    }

    record Frac(BigInteger numerator, BigInteger denominator) {
        static Frac of(long value) {
            return new Frac(BigInteger.valueOf(value), BigInteger.ONE);
        }

        static Frac normal(BigInteger n, BigInteger d) {
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            return g.signum() == 0 ? new Frac(BigInteger.ZERO, BigInteger.ONE) : new Frac(n.divide(g), d.divide(g));
        }

        boolean isZero() {
            return numerator.signum() == 0;
        }

        Frac times(Frac other) {
            return normal(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }

        Frac plus(Frac other) {
            return normal(
                    numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Frac minus(Frac other) {
            return plus(new Frac(other.numerator.negate(), other.denominator));
        }

        Frac inverse() {
            return normal(denominator, numerator);
        }
    }
}
