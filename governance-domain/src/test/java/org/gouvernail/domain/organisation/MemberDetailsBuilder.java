package org.gouvernail.domain.organisation;

import java.util.Set;

/**
 * Test-data builder: what a member is, with sensible defaults (a staff contributor with an email
 * address): {@code aMember().withEmail("carol@example.org").withRoles(Role.DATA_REFERENT).build()}.
 */
public final class MemberDetailsBuilder {

    private String email = "someone@example.org";
    private String displayName = "Someone";
    private PersonType personType = PersonType.STAFF;
    private Set<Role> roles = Set.of(Role.CONTRIBUTOR);

    private MemberDetailsBuilder() {}

    public static MemberDetailsBuilder aMember() {
        return new MemberDetailsBuilder();
    }

    /** A person without an account: no email address. */
    public static MemberDetailsBuilder aMemberWithoutAccount() {
        return aMember().withEmail(null);
    }

    public MemberDetailsBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public MemberDetailsBuilder named(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public MemberDetailsBuilder as(PersonType personType) {
        this.personType = personType;
        return this;
    }

    public MemberDetailsBuilder withRoles(Role... roles) {
        return withRoles(Set.of(roles));
    }

    public MemberDetailsBuilder withRoles(Set<Role> roles) {
        this.roles = roles;
        return this;
    }

    public MemberDetails build() {
        return new MemberDetails(email, displayName, personType, roles);
    }
}
