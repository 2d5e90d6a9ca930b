package org.gouvernail.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.gouvernail.rest.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mapping test of the JSON shapes: every record of the REST adapter's {@code *Json} classes, every
 * record named {@code …Json}, and the records they hold, filled with a sample value in every field,
 * is written with the application's Jackson settings and read back equal. A field Jackson cannot read
 * back (an extra getter, a renamed property, a date written as a number) fails here rather than in a client.
 */
class JsonRoundTripTest {

    /**
     * The application's ObjectMapper as governance-app's application.properties configures it
     * ({@code quarkus.jackson.fail-on-unknown-properties=true}, {@code write-dates-as-timestamps=false}),
     * with the modules Quarkus registers.
     */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModules(new JavaTimeModule(), new Jdk8Module(), new ParameterNamesModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** Every record nested in a {@code *Json} class of org.gouvernail.rest or named {@code …Json}, and every record those hold. */
    static Stream<Class<?>> shapes() {
        return jsonRecords().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aShapeReadsBackAsItWasWritten(Class<?> shape) throws IOException {
        Object sample = sample(shape, shape);

        String written = JSON.writeValueAsString(sample);
        Object read = JSON.readValue(written, shape);

        assertThat(read).as(written).isEqualTo(sample);
    }

    @Test
    void theShapesAreFound() {
        assertThat(jsonRecords())
                .as("records found in the *Json classes")
                .hasSizeGreaterThan(50)
                .extracting(Class::getSimpleName)
                .contains("Details", "View", "LocalizedText");
    }

    @Test
    void datesAreWrittenAsIsoStrings() throws IOException {
        assertThat(JSON.writeValueAsString(
                        List.of(LocalDate.parse("2026-11-28"), Instant.parse("2026-11-28T15:00:00Z"))))
                .isEqualTo("[\"2026-11-28\",\"2026-11-28T15:00:00Z\"]");
    }

    // --- discovery -----------------------------------------------------------------------------

    private static List<Class<?>> jsonRecords() {
        Path mainClasses;
        try {
            mainClasses = Path.of(LocalizedText.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(mainClasses.resolve("org/gouvernail/rest"))) {
            List<Class<?>> nested = files.map(Path::toString)
                    .filter(file -> file.endsWith(".class"))
                    .map(file -> file.substring(file.indexOf("org/gouvernail/rest/"), file.length() - ".class".length())
                            .replace('/', '.'))
                    .filter(name -> name.contains("Json$") || name.endsWith("Json"))
                    .map(JsonRoundTripTest::load)
                    .filter(Class::isRecord)
                    .toList();
            Set<Class<?>> all = new TreeSet<>(Comparator.comparing(Class::getName));
            nested.forEach(shape -> collect(shape, all));
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record and, recursively, the records of org.gouvernail.rest its components hold. */
    private static void collect(Class<?> shape, Set<Class<?>> all) {
        if (!all.add(shape)) {
            return;
        }
        for (RecordComponent component : shape.getRecordComponents()) {
            for (Class<?> held : classesIn(component.getGenericType())) {
                if (held.isRecord() && held.getName().startsWith("org.gouvernail.rest.")) {
                    collect(held, all);
                }
            }
        }
    }

    private static List<Class<?>> classesIn(Type type) {
        if (type instanceof Class<?> plain) {
            return List.of(plain);
        }
        if (type instanceof ParameterizedType parameterized) {
            return Stream.of(parameterized.getActualTypeArguments())
                    .flatMap(argument -> classesIn(argument).stream())
                    .toList();
        }
        return List.of();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JsonRoundTripTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- samples -------------------------------------------------------------------------------

    /** A sample value of the type, never null: every field of a shape is written. */
    private static Object sample(Type type, Class<?> shape) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(sample(arguments[0], shape), sample(arguments[1], shape));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(sample(arguments[0], shape));
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return List.of(sample(arguments[0], shape));
            }
            if (raw == Optional.class) {
                return Optional.of(sample(arguments[0], shape));
            }
            throw new IllegalArgumentException("no sample of " + type + " in " + shape);
        }
        Class<?> plain = (Class<?>) type;
        if (plain == String.class) {
            return "texte";
        } else if (plain == UUID.class) {
            return UUID.fromString("00000000-0000-7000-8000-000000000001");
        } else if (plain == Instant.class) {
            return Instant.parse("2026-11-28T15:00:00Z");
        } else if (plain == LocalDate.class) {
            return LocalDate.parse("2026-11-28");
        } else if (plain == boolean.class || plain == Boolean.class) {
            return true;
        } else if (plain == int.class || plain == Integer.class) {
            return 3;
        } else if (plain == long.class || plain == Long.class) {
            return 7L;
        } else if (plain == double.class || plain == Double.class) {
            return 0.75;
        } else if (plain == BigDecimal.class) {
            return new BigDecimal("19.99");
        } else if (plain.isEnum()) {
            return plain.getEnumConstants()[0];
        } else if (plain.isRecord()) {
            return instance(plain);
        } else if (plain == Object.class) {
            return "texte"; // an untyped JSON value (a questionnaire answer): a string reads back as a string
        }
        throw new IllegalArgumentException("no sample of " + type + " in " + shape);
    }

    private static Object instance(Class<?> shape) {
        RecordComponent[] components = shape.getRecordComponents();
        Object[] values = Stream.of(components)
                .map(component -> sample(component.getGenericType(), shape))
                .toArray();
        try {
            Constructor<?> canonical = shape.getDeclaredConstructor(
                    Stream.of(components).map(RecordComponent::getType).toArray(Class[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + shape.getName(), e);
        }
    }
}
