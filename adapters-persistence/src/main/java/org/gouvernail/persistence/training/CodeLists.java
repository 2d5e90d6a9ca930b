package org.gouvernail.persistence.training;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Mapping helper: small closed sets of codes as one comma-separated column, lists of lines as one text. */
final class CodeLists {

    private CodeLists() {}

    static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        words(codes).forEach(code -> values.add(Enum.valueOf(type, code)));
        return values;
    }

    static String joinWords(Set<String> words) {
        return String.join(",", new TreeSet<>(words));
    }

    static Set<String> words(String codes) {
        if (codes == null || codes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(codes.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    static String lines(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }
}
