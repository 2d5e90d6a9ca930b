package org.gouvernail.domain.usecase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Read model: the prioritisation matrix of a portfolio: the use cases still alive (neither
 * rejected nor retired) in their quadrant, oldest first, and those not scored yet apart.
 */
public record Matrix(Map<Quadrant, List<UseCase>> quadrants, List<UseCase> unscored, boolean truncated) {

    /** The matrix shows at most this many use cases; {@code truncated} says when more exist. */
    public static final int MAX_USE_CASES = 1_000;

    public Matrix {
        Map<Quadrant, List<UseCase>> copy = new EnumMap<>(Quadrant.class);
        for (Quadrant quadrant : Quadrant.values()) {
            copy.put(quadrant, List.copyOf(quadrants.getOrDefault(quadrant, List.of())));
        }
        quadrants = java.util.Collections.unmodifiableMap(copy);
        unscored = List.copyOf(unscored);
    }

    public static Matrix of(List<UseCase> portfolio, boolean truncated) {
        Map<Quadrant, List<UseCase>> quadrants = new EnumMap<>(Quadrant.class);
        List<UseCase> unscored = new ArrayList<>();
        for (UseCase useCase : portfolio) {
            if (useCase.status() == UseCaseStatus.REJECTED || useCase.status() == UseCaseStatus.RETIRED) {
                continue;
            }
            useCase.details()
                    .quadrant()
                    .ifPresentOrElse(
                            quadrant -> quadrants
                                    .computeIfAbsent(quadrant, q -> new ArrayList<>())
                                    .add(useCase),
                            () -> unscored.add(useCase));
        }
        return new Matrix(quadrants, unscored, truncated);
    }
}
