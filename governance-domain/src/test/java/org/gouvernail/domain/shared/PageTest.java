package org.gouvernail.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTest {

    private static List<UUID> ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new UUID(0, i)).toList();
    }

    @Test
    void aSliceOfExactlyTheLimitIsTheLastPage() {
        Page<UUID> page = Page.fromSlice(ids(3), PageRequest.first(3), Function.identity());

        assertThat(page.items()).containsExactlyElementsOf(ids(3));
        assertThat(page.continueAfter()).isEmpty();
    }

    @Test
    void oneRowBeyondTheLimitOnlyProvesThereIsMore() {
        Page<UUID> page = Page.fromSlice(ids(4), PageRequest.first(3), Function.identity());

        assertThat(page.items()).containsExactlyElementsOf(ids(3));
        assertThat(page.continueAfter()).contains(new UUID(0, 3));
    }

    @Test
    void anEmptySliceIsAnEmptyLastPage() {
        Page<UUID> page = Page.fromSlice(List.of(), PageRequest.first(3), Function.identity());

        assertThat(page.items()).isEmpty();
        assertThat(page.continueAfter()).isEmpty();
    }

    @Test
    void aShortSliceIsTheLastPage() {
        Page<UUID> page = Page.fromSlice(ids(1), PageRequest.first(50), Function.identity());

        assertThat(page.items()).hasSize(1);
        assertThat(page.continueAfter()).isEmpty();
    }

    @Test
    void mappingAPageKeepsWhereToContinue() {
        Page<String> page = Page.fromSlice(ids(4), PageRequest.first(3), Function.identity())
                .map(UUID::toString);

        assertThat(page.items()).hasSize(3);
        assertThat(page.continueAfter()).contains(new UUID(0, 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 200})
    void aPageHoldsOneToTwoHundredItems(int limit) {
        assertThat(PageRequest.first(limit).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201})
    void aPageLimitOutsideOneToTwoHundredIsRefused(int limit) {
        assertThatThrownBy(() -> PageRequest.first(limit)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("limit");
            assertThat(e.code()).isEqualTo("out-of-range");
        });
    }

    @Test
    void aRequestWithoutCursorStartsAtTheBeginning() {
        assertThat(new PageRequest(10, null).after()).isEqualTo(Optional.empty());
    }
}
