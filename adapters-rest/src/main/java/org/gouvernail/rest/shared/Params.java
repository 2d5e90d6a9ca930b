package org.gouvernail.rest.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Path and query parameters parsed by hand, so that a bad value answers 400 (or 404 for an id)
 * with a problem document instead of the framework's bare 404.
 */
public final class Params {

    private Params() {}

    public static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new org.gouvernail.domain.shared.NotFound(what, value);
        }
    }

    /** The organisation of a tenant path; a malformed id is an unknown organisation (404). */
    public static OrganisationId organisationId(String value) {
        return new OrganisationId(id(value, "organisation"));
    }

    /** An optional enum filter; a value that names no constant is a 400 listing the accepted ones, never ignored. */
    public static <E extends Enum<E>> Optional<E> option(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            String accepted =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw RequestProblem.invalidParameter(name, accepted);
        }
    }

    /**
     * An optional id filter. Unlike an id in the path, a malformed one is a 400, not a 404: the
     * request names no missing resource, it is badly written.
     */
    public static Optional<UUID> uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw RequestProblem.invalidParameter(name, "UUID");
        }
    }

    /** An optional yes/no filter: exactly true or false, since a typo must not read as false. */
    public static Optional<Boolean> bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.strip()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw RequestProblem.invalidParameter(name, "true, false");
        };
    }

    /** An optional language of the platform (fr, en, nl); another value is a 400 naming the accepted ones, never French. */
    public static Optional<org.gouvernail.domain.shared.Language> language(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(org.gouvernail.domain.shared.Language.values())
                .filter(language -> language.code().equals(value.strip()))
                .findFirst()
                .or(() -> {
                    throw RequestProblem.invalidParameter(
                            name,
                            Arrays.stream(org.gouvernail.domain.shared.Language.values())
                                    .map(org.gouvernail.domain.shared.Language::code)
                                    .collect(Collectors.joining(", ")));
                });
    }
}
