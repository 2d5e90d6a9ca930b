package org.gouvernail.domain.federation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.dashboard.Indicator;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Read model: "give to get": a member's own snapshot values against the federation's median and
 * quartiles, for the indicators the member shares. The distribution of an indicator is shown only when
 * its contributors pass the same primary rules as a dashboard cell (at least k, no dominance);
 * quartiles are interpolated (the usual type-7 definition), so that they are rarely one member's value.
 */
public record Benchmark(OrganisationId associationId, OrganisationId federationId, List<Entry> entries) {

    public Benchmark {
        Objects.requireNonNull(associationId, "associationId");
        Objects.requireNonNull(federationId, "federationId");
        entries = List.copyOf(entries);
    }

    /**
     * One indicator: the member's own value (null without a snapshot of it), and either the
     * distribution (contributors, quartiles) or why it is hidden.
     */
    public record Entry(
            Indicator indicator,
            Long own,
            int contributors,
            Double firstQuartile,
            Double median,
            Double thirdQuartile,
            Suppression suppressed) {}

    /** The entry of {@code indicator} from the values of every contributor (the member's included). */
    public static Entry entry(Indicator indicator, Long own, List<Long> values, DisclosureRules rules) {
        Suppression suppressed = DisclosureControl.primary(values, rules);
        if (suppressed != null) {
            return new Entry(indicator, own, 0, null, null, null, suppressed);
        }
        double[] sorted =
                values.stream().mapToDouble(Long::doubleValue).sorted().toArray();
        return new Entry(
                indicator,
                own,
                sorted.length,
                quantile(sorted, 0.25),
                quantile(sorted, 0.5),
                quantile(sorted, 0.75),
                null);
    }

    /** The type-7 quantile (linear interpolation between order statistics), rounded to one decimal. */
    static double quantile(double[] sorted, double p) {
        double position = (sorted.length - 1) * p;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        return Math.round(value * 10) / 10.0;
    }

    /** Values as a list (test and adapter convenience). */
    public static List<Long> values(long... values) {
        List<Long> list = new ArrayList<>();
        Arrays.stream(values).forEach(list::add);
        return list;
    }
}
