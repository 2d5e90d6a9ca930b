package org.gouvernail.domain.readiness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read model: what a campaign's answers say, per dimension overall and per group: the mean stage, the
 * share of "I don't know", the dispersion between the groups' means (board and field disagreeing is a
 * finding, flagged from {@link #DISAGREEMENT} stages) and the trend against the previous campaign.
 * In an anonymous campaign a group counts only from {@link #MIN_GROUP_SIZE} respondents, so that
 * nobody's answers can be read from a small group's mean; a hidden group weighs in no dispersion.
 */
public record ReadinessResults(
        int respondents,
        Map<RespondentGroup, Integer> respondentsByGroup,
        double dontKnowShare,
        List<DimensionResult> dimensions) {

    public static final int MIN_GROUP_SIZE = 3;
    public static final double DISAGREEMENT = 1.5;

    public ReadinessResults {
        EnumMap<RespondentGroup, Integer> byGroup = new EnumMap<>(RespondentGroup.class);
        byGroup.putAll(respondentsByGroup);
        respondentsByGroup = java.util.Collections.unmodifiableMap(byGroup); // framework order
        dimensions = List.copyOf(dimensions);
    }

    /** One group's mean for one dimension; {@code mean} is empty when hidden or when nobody of the group knew. */
    public record GroupScore(
            RespondentGroup group, int respondents, boolean shown, Double mean, double dontKnowShare) {}

    public record DimensionResult(
            Dimension dimension,
            Double mean,
            int answers,
            int dontKnow,
            double dontKnowShare,
            List<GroupScore> groups,
            Double dispersion,
            boolean disagreement,
            Double trend) {

        public DimensionResult {
            groups = List.copyOf(groups);
        }
    }

    public Optional<DimensionResult> dimension(Dimension dimension) {
        return dimensions.stream()
                .filter(result -> result.dimension() == dimension)
                .findFirst();
    }

    /** The dimensions whose groups disagree, in the framework's order. */
    public List<Dimension> disagreements() {
        return dimensions.stream()
                .filter(DimensionResult::disagreement)
                .map(DimensionResult::dimension)
                .toList();
    }

    /**
     * Computes the results of {@code responses} against {@code framework} for the {@code invited}
     * groups; {@code previous}, when given, is the previous closed campaign's results, for the trend.
     */
    public static ReadinessResults of(
            ReadinessFramework framework,
            Set<RespondentGroup> invited,
            boolean anonymous,
            List<ReadinessResponse> responses,
            Optional<ReadinessResults> previous) {
        Map<String, Dimension> dimensionOf = new java.util.HashMap<>();
        framework.questions().forEach(question -> dimensionOf.put(question.code(), question.dimension()));
        Map<RespondentGroup, Integer> byGroup = new EnumMap<>(RespondentGroup.class);
        invited.forEach(group -> byGroup.put(group, 0));
        responses.forEach(response -> byGroup.merge(response.group(), 1, Integer::sum));

        Map<Dimension, Tally> overall = new EnumMap<>(Dimension.class);
        Map<Dimension, Map<RespondentGroup, Tally>> perGroup = new EnumMap<>(Dimension.class);
        Tally all = new Tally();
        for (ReadinessResponse response : responses) {
            for (Answer answer : response.answers()) {
                Dimension dimension = dimensionOf.get(answer.question());
                if (dimension == null) {
                    continue; // not of this edition: never counted
                }
                overall.computeIfAbsent(dimension, d -> new Tally()).add(answer);
                perGroup.computeIfAbsent(dimension, d -> new EnumMap<>(RespondentGroup.class))
                        .computeIfAbsent(response.group(), g -> new Tally())
                        .add(answer);
                all.add(answer);
            }
        }

        List<DimensionResult> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            Tally tally = overall.getOrDefault(dimension, new Tally());
            List<GroupScore> groups = new ArrayList<>();
            Double lowest = null;
            Double highest = null;
            int compared = 0;
            for (Map.Entry<RespondentGroup, Integer> entry : byGroup.entrySet()) {
                RespondentGroup group = entry.getKey();
                int count = entry.getValue();
                boolean shown = count > 0 && (!anonymous || count >= MIN_GROUP_SIZE);
                Tally groupTally = perGroup.getOrDefault(dimension, Map.of()).getOrDefault(group, new Tally());
                Double raw = shown ? groupTally.rawMean() : null;
                Double mean = raw == null ? null : round(raw);
                groups.add(new GroupScore(group, count, shown, mean, shown ? groupTally.dontKnowShare() : 0.0));
                if (raw != null) {
                    lowest = lowest == null ? raw : Math.min(lowest, raw);
                    highest = highest == null ? raw : Math.max(highest, raw);
                    compared++;
                }
            }
            Double dispersion = compared >= 2 ? round(highest - lowest) : null;
            Double mean = tally.mean();
            Double trend = previous.flatMap(results -> results.dimension(dimension))
                    .map(DimensionResult::mean)
                    .filter(before -> mean != null)
                    .map(before -> round(mean - before))
                    .orElse(null);
            dimensions.add(new DimensionResult(
                    dimension,
                    mean,
                    tally.answers,
                    tally.dontKnow,
                    tally.dontKnowShare(),
                    groups,
                    dispersion,
                    dispersion != null && dispersion >= DISAGREEMENT,
                    trend));
        }
        return new ReadinessResults(responses.size(), byGroup, all.dontKnowShare(), dimensions);
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    /** Running counts of answers: known stages summed, "I don't know" counted apart. */
    private static final class Tally {
        private int answers;
        private int dontKnow;
        private int stages;

        void add(Answer answer) {
            answers++;
            if (answer.known()) {
                stages += answer.stage();
            } else {
                dontKnow++;
            }
        }

        Double mean() {
            Double raw = rawMean();
            return raw == null ? null : round(raw);
        }

        Double rawMean() {
            int known = answers - dontKnow;
            return known == 0 ? null : (double) stages / known;
        }

        double dontKnowShare() {
            return answers == 0 ? 0.0 : round((double) dontKnow / answers);
        }
    }
}
