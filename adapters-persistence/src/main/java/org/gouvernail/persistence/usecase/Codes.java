package org.gouvernail.persistence.usecase;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Mapping helper: a set of enum values as comma-separated codes in one column, in the enums' order. */
final class Codes {

    private Codes() {}

    static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(","))
                    .map(code -> Enum.valueOf(type, code.strip()))
                    .forEach(values::add);
        }
        return values;
    }
}
