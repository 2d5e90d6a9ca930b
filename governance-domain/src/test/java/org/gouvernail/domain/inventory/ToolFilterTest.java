package org.gouvernail.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolFilterTest {

    private static ToolFilter searching(String text) {
        return new ToolFilter(null, null, null, Optional.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t  \n"})
    void aBlankSearchTextSearchesNothing(String text) {
        assertThat(searching(text).text()).isEmpty();
    }

    @Test
    void aSearchTextIsTrimmed() {
        assertThat(searching("  chat ").text()).contains("chat");
    }

    @Test
    void aSearchTextMayHoldUpTo100Characters() {
        assertThat(searching("s".repeat(100)).text()).contains("s".repeat(100));
        assertThatThrownBy(() -> searching("s".repeat(101))).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("text");
            assertThat(e.code()).isEqualTo("too-long");
        });
    }

    @Test
    void missingCriteriaFilterNothing() {
        assertThat(new ToolFilter(null, null, null, null)).isEqualTo(ToolFilter.none());
    }
}
