package org.gouvernail.domain.organisation;

/**
 * Test-data builder: an organisation's profile with sensible defaults (a Belgian asbl working in
 * French): {@code anOrganisation().withSlug(unique).build()}.
 */
public final class OrganisationProfileBuilder {

    private String name = "Asbl Entraide";
    private String slug = "entraide";
    private String country = "BE";
    private OrganisationSize size = new OrganisationSize(3, 20);
    private String locale = "fr";

    private OrganisationProfileBuilder() {}

    public static OrganisationProfileBuilder anOrganisation() {
        return new OrganisationProfileBuilder();
    }

    /** The organisation "Asbl {slug}" at {slug}: a name and a slug unique to one test. */
    public static OrganisationProfileBuilder anOrganisation(String slug) {
        return anOrganisation().named("Asbl " + slug).withSlug(slug);
    }

    public static OrganisationProfileBuilder from(OrganisationProfile profile) {
        return anOrganisation()
                .named(profile.name())
                .withSlug(profile.slug())
                .in(profile.country())
                .ofSize(profile.size())
                .speaking(profile.locale());
    }

    public OrganisationProfileBuilder named(String name) {
        this.name = name;
        return this;
    }

    public OrganisationProfileBuilder withSlug(String slug) {
        this.slug = slug;
        return this;
    }

    public OrganisationProfileBuilder in(String country) {
        this.country = country;
        return this;
    }

    public OrganisationProfileBuilder ofSize(OrganisationSize size) {
        this.size = size;
        return this;
    }

    public OrganisationProfileBuilder speaking(String locale) {
        this.locale = locale;
        return this;
    }

    public OrganisationProfile build() {
        return new OrganisationProfile(name, slug, country, size, locale);
    }
}
