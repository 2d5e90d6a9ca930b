package org.gouvernail.rest.shared;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * JSON reading policy: a body means one thing or is refused. Jackson's leniencies each let a
 * hostile or careless client store something else than it sent (issue 10): the last of two
 * repeated keys silently winning, text after the document, 4.9 read as 4, a number read as a day
 * count, a year the database cannot hold or holds as another date, a null slipped into a list.
 * Each is refused here, as a parse or mapping error the problem mapper names the field of.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last: the framework registers its own date module in a customizer, whose LocalDate reader would otherwise win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(
                new SimpleModule("gouvernail-strict-dates").addDeserializer(LocalDate.class, new CalendarDate()));
    }

    /**
     * A plain date exactly as API.md writes it, yyyy-MM-dd with a year from 0001 to 9999: the
     * range the database's DATE column stores as given, and the only text a client should send.
     */
    static final class CalendarDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        CalendarDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            if (SHAPE.matcher(text).matches()) {
                try {
                    LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                    if (date.getYear() >= 1) {
                        return date;
                    }
                } catch (DateTimeParseException e) {
                    // an impossible day (2026-02-30): refused below like any other bad text
                }
            }
            throw context.weirdStringException(
                    text, LocalDate.class, "a date yyyy-MM-dd between 0001-01-01 and 9999-12-31");
        }
    }
}
