package org.gouvernail.domain.organisation;

import java.util.regex.Pattern;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/** What an organisation says of itself: name, slug for URLs, country, size and working language. */
public record OrganisationProfile(String name, String slug, String country, OrganisationSize size, String locale) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");
    public static final int SLUG_LENGTH = 60;

    public OrganisationProfile {
        name = Check.name("name", name);
        slug = matching("slug", Check.text("slug", Check.present("slug", slug), SLUG_LENGTH), SLUG);
        country = matching(
                "country", Check.present("country", country).strip().toUpperCase(java.util.Locale.ROOT), COUNTRY);
        size = size == null ? OrganisationSize.unknown() : size;
        locale = matching("locale", locale == null ? "fr" : locale.strip(), LOCALE);
    }

    private static String matching(String field, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidInput(
                    field, "pattern", field + " must match " + pattern.pattern(), field, pattern.pattern());
        }
        return value;
    }
}
