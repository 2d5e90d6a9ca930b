package org.gouvernail.persistence.usecase;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.gouvernail.domain.usecase.FootprintInputs;
import org.gouvernail.domain.usecase.FootprintModel;
import org.gouvernail.domain.usecase.GridRegion;
import org.gouvernail.domain.usecase.ValuesCheck;

/**
 * Mapping helper: the values check and the footprint inputs of a use case, each in one column as
 * URL-encoded pairs ("key=value&amp;…"), since answers and responses are free texts.
 */
final class ValuesCodes {

    private static final String ANSWER = "a.";
    private static final String RESPONSE = "r.";

    private ValuesCodes() {}

    static String join(ValuesCheck check) {
        if (check == null) {
            return null;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("version", check.version());
        check.answers().forEach((code, value) -> pairs.put(ANSWER + code, value));
        check.responses().forEach((code, value) -> pairs.put(RESPONSE + code, value));
        return encode(pairs);
    }

    static ValuesCheck parseValues(String text) {
        if (text == null) {
            return null;
        }
        Map<String, String> answers = new TreeMap<>();
        Map<String, String> responses = new TreeMap<>();
        String version = null;
        for (Map.Entry<String, String> pair : decode(text).entrySet()) {
            if (pair.getKey().equals("version")) {
                version = pair.getValue();
            } else if (pair.getKey().startsWith(ANSWER)) {
                answers.put(pair.getKey().substring(ANSWER.length()), pair.getValue());
            } else if (pair.getKey().startsWith(RESPONSE)) {
                responses.put(pair.getKey().substring(RESPONSE.length()), pair.getValue());
            }
        }
        return new ValuesCheck(version, answers, responses);
    }

    static String join(FootprintInputs inputs) {
        if (inputs == null) {
            return null;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("requests", inputs.requestsPerMonth().toString());
        pairs.put("input", inputs.inputLength().toString());
        pairs.put("output", inputs.outputLength().toString());
        pairs.put("unit", inputs.lengthUnit().name());
        pairs.put("model", inputs.model().name());
        pairs.put("region", inputs.region().name());
        if (inputs.alternativeHoursPerMonth() != null) {
            pairs.put("hours", inputs.alternativeHoursPerMonth().toString());
        }
        if (inputs.alternativeDescription() != null) {
            pairs.put("alternative", inputs.alternativeDescription());
        }
        return encode(pairs);
    }

    static FootprintInputs parseFootprint(String text) {
        if (text == null) {
            return null;
        }
        Map<String, String> pairs = decode(text);
        String hours = pairs.get("hours");
        return new FootprintInputs(
                Integer.valueOf(pairs.get("requests")),
                Integer.valueOf(pairs.get("input")),
                Integer.valueOf(pairs.get("output")),
                FootprintInputs.LengthUnit.valueOf(pairs.get("unit")),
                FootprintModel.valueOf(pairs.get("model")),
                GridRegion.valueOf(pairs.get("region")),
                hours == null ? null : Integer.valueOf(hours),
                pairs.get("alternative"));
    }

    private static String encode(Map<String, String> pairs) {
        StringBuilder text = new StringBuilder();
        pairs.forEach((key, value) -> {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return text.toString();
    }

    private static Map<String, String> decode(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return pairs;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            pairs.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return pairs;
    }
}
