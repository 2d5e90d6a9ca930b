package org.gouvernail.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void pads_to_the_next_power_of_two() {
        assertThat(lengthFor(1)).isEqualTo(2);
        assertThat(lengthFor(2)).isEqualTo(2);
        assertThat(lengthFor(3)).isEqualTo(4);
        assertThat(lengthFor(4)).isEqualTo(4);
        assertThat(lengthFor(5)).isEqualTo(8);
        assertThat(lengthFor(50)).isEqualTo(64);
        assertThat(lengthFor(201)).isEqualTo(256);
        assertThat(lengthFor(1024)).isEqualTo(1024);
    }

    @Test
    void a_length_has_one_query_text_whatever_the_values() {
        assertThat(InList.of("id", List.of("a", "b", "c")).parameters()).isEqualTo("(:id0,:id1,:id2,:id3)");
        assertThat(InList.of("id", List.of("x", "y", "z", "w")).parameters()).isEqualTo("(:id0,:id1,:id2,:id3)");
        // never one parameter alone: Hibernate would keep no plan for the query
        assertThat(InList.of("tool", List.of("x")).parameters()).isEqualTo("(:tool0,:tool1)");
    }

    @Test
    void refuses_an_empty_or_overlong_list() {
        assertThatThrownBy(() -> InList.of("id", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        InList.of("id", IntStream.rangeClosed(1, 1025).boxed().toList()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void any_length_is_padded_up_to_the_longest_list_then_bound_whole() {
        assertThat(InList.anyLength("id", List.of("a", "b", "c")).parameters()).isEqualTo("(:id0,:id1,:id2,:id3)");
        assertThat(InList.anyLength("id", IntStream.rangeClosed(1, 1024).boxed().toList())
                        .length())
                .isEqualTo(1024);
        assertThat(InList.anyLength("id", IntStream.rangeClosed(1, 1025).boxed().toList())
                        .parameters())
                .isEqualTo("(:id)");
        assertThatThrownBy(() -> InList.anyLength("id", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static int lengthFor(int size) {
        return InList.of("id", IntStream.rangeClosed(1, size).boxed().toList()).length();
    }
}
