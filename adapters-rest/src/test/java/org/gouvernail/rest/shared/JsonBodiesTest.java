package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=UTF-8",
                "Application/JSON",
                "application/merge-patch+json",
                "application/problem+json;charset=utf-8"
            })
    void jsonBodiesAreReadBeforeTheResource(String contentType) {
        assertThat(JsonBodies.json(contentType)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded",
                "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/jsonx"
            })
    void otherBodiesStayStreamed(String contentType) {
        assertThat(JsonBodies.json(contentType)).isFalse();
    }
}
