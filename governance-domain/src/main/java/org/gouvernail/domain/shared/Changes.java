package org.gouvernail.domain.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Audit summary: the fields of a record that differ between two states, as "field: old → new",
 * or every field of a new record. Values, not sentences, so the summary reads in any language.
 */
public final class Changes {

    private Changes() {}

    /**
     * A record class's components, read once: {@link Class#getRecordComponents()} builds them anew at
     * every call, and every change of the domain is audited through here.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    public static String of(Record created) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : COMPONENTS.get(created.getClass())) {
            Object value = read(component, created);
            if (value != null && !isEmpty(value)) {
                parts.add(component.getName() + ": " + value);
            }
        }
        return String.join("; ", parts);
    }

    public static <R extends Record> String between(R before, R after) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : COMPONENTS.get(before.getClass())) {
            Object old = read(component, before);
            Object changed = read(component, after);
            if (!Objects.equals(old, changed)) {
                parts.add(component.getName() + ": " + old + " → " + changed);
            }
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static boolean isEmpty(Object value) {
        return value instanceof java.util.Collection<?> collection && collection.isEmpty();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
