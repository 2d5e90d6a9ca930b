package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpVersion;
import org.junit.jupiter.api.Test;
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

    @Test
    void onlyNonEmptyBodiesOverHttp1AreReadAhead() {
        assertThat(JsonBodies.readAhead(HttpVersion.HTTP_1_1, "120", null, "application/json"))
                .isTrue();
        assertThat(JsonBodies.readAhead(HttpVersion.HTTP_1_0, "120", null, "application/json"))
                .isTrue();
        assertThat(JsonBodies.readAhead(HttpVersion.HTTP_2, "120", null, "application/json"))
                .isFalse();
        assertThat(JsonBodies.readAhead(HttpVersion.HTTP_1_1, "0", null, "application/json"))
                .isFalse();
        assertThat(JsonBodies.readAhead(HttpVersion.HTTP_1_1, null, null, "application/json"))
                .isFalse();
        assertThat(JsonBodies.readAhead(HttpVersion.HTTP_1_1, "abc", null, "application/json"))
                .isFalse();
        assertThat(JsonBodies.readAhead(HttpVersion.HTTP_1_1, "120", "100-continue", "application/json"))
                .isFalse();
        assertThat(JsonBodies.readAhead(HttpVersion.HTTP_1_1, "120", null, "text/csv"))
                .isFalse();
    }
}
