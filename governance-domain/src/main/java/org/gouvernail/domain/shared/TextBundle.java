package org.gouvernail.domain.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reference data reader: the texts of one catalogue in every language of {@link Language}, read from
 * UTF-8 {@code <name>_<code>.properties} files beside the class that owns them, so that prose is
 * translated in files and not in Java. French is required; another language's file, or a key in
 * it, may be missing: that text falls back to French.
 */
public final class TextBundle {

    private final String name;
    private final Map<Language, Map<String, String>> texts;

    private TextBundle(String name, Map<Language, Map<String, String>> texts) {
        this.name = name;
        this.texts = texts;
    }

    /** The bundle {@code name} next to {@code owner} (a name relative to its package); fails fast without the French file. */
    public static TextBundle load(Class<?> owner, String name) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(
                    language, read(owner, name + "_" + language.code() + ".properties", language == Language.FALLBACK));
        }
        return new TextBundle(name, Collections.unmodifiableMap(texts));
    }

    /** The text of {@code key}; a key without its French text is a mistake in the files, found at start-up. */
    public Localized text(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException("no French text " + key + " in " + name));
    }

    /** The text of {@code key}, empty when the French file does not have it (an optional text such as a warning). */
    public Optional<Localized> optional(String key) {
        if (!texts.get(Language.FALLBACK).containsKey(key)) {
            return Optional.empty();
        }
        Map<Language, String> byLanguage = new EnumMap<>(Language.class);
        texts.forEach((language, keys) -> byLanguage.put(language, keys.get(key)));
        return Optional.of(Localized.of(byLanguage));
    }

    /** The keys written in {@code language}. */
    public Set<String> keys(Language language) {
        return texts.get(language).keySet();
    }

    private static Map<String, String> read(Class<?> owner, String resource, boolean required) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("texts missing: " + resource + " next to " + owner.getName());
                }
                return Map.of();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new HashMap<>();
            properties.forEach((key, value) -> {
                if (!value.toString().isBlank()) {
                    texts.put(key.toString(), value.toString().strip());
                }
            });
            return Collections.unmodifiableMap(texts);
        } catch (IOException e) {
            throw new IllegalStateException("texts unreadable: " + resource, e);
        }
    }
}
