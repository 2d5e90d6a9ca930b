package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"\"3\"|3", "3|3", "W/\"7\"|7", "\"12-1a2b3c\"|12", "\"0-ffffffff\"|0"})
    void ifMatchNamesTheVersionEvenWhenTheETagIsQualified(String header, long version) {
        assertThat(Versions.expected(header)).isEqualTo(version);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingIfMatchIs428(String header) {
        assertThatThrownBy(() -> Versions.expected(header))
                .isInstanceOfSatisfying(
                        RequestProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(428));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"-1\"", "*", "\"3-\"", "\"3-ABC!\""})
    void anIfMatchThatIsNotOneOfOurETagsIs400(String header) {
        assertThatThrownBy(() -> Versions.expected(header))
                .isInstanceOfSatisfying(
                        RequestProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(400));
    }
}
