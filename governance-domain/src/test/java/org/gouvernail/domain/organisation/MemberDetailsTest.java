package org.gouvernail.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberDetailsTest {

    private static MemberDetails withEmail(String email) {
        return aMember().withEmail(email).build();
    }

    private static MemberDetails withName(String displayName) {
        return aMember().named(displayName).build();
    }

    private static void assertInvalid(Runnable construction, String field, String code) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void aMemberWithoutAnEmailIsAllowed() {
        assertThat(withEmail(null).email()).isNull();
    }

    @Test
    void anEmailIsTrimmedAndLowerCased() {
        assertThat(withEmail("  Alice.Martin@Example.ORG ").email()).isEqualTo("alice.martin@example.org");
    }

    @Test
    void anEmailKeepsItsAccentsSoThatAnotherMailboxStaysAnother() {
        assertThat(withEmail("ÉRIN@Example.org").email()).isEqualTo("érin@example.org");
        assertThat(withEmail("érin@example.org").email())
                .isNotEqualTo(withEmail("erin@example.org").email());
    }

    @Test
    void anEmailIsLowerCasedTheSameWayWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
        try {
            assertThat(withEmail("IRIS@EXAMPLE.ORG").email()).isEqualTo("iris@example.org");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "alice@", "@example.org", "alice@@example.org", "alice martin@example.org"})
    void anEmailMustLookLikeAnEmail(String email) {
        assertInvalid(() -> withEmail(email), "email", "email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmailCannotBeBlank(String email) {
        assertInvalid(() -> withEmail(email), "email", "blank");
    }

    @Test
    void anEmailMayHoldExactly254Characters() {
        String email = "a".repeat(254 - "@example.org".length()) + "@example.org";

        assertThat(withEmail(email).email()).hasSize(254);
    }

    @Test
    void anEmailOf255CharactersIsTooLong() {
        String email = "a".repeat(255 - "@example.org".length()) + "@example.org";

        assertInvalid(() -> withEmail(email), "email", "too-long");
    }

    @Test
    void aMemberNeedsADisplayName() {
        assertInvalid(() -> withName(null), "displayName", "required");
        assertInvalid(() -> withName("  "), "displayName", "blank");
    }

    @Test
    void aDisplayNameMayHoldExactly200Characters() {
        assertThat(withName("n".repeat(200)).displayName()).hasSize(200);
        assertInvalid(() -> withName("n".repeat(201)), "displayName", "too-long");
    }

    @Test
    void aMemberNeedsAPersonType() {
        assertInvalid(() -> aMember().as(null).build(), "personType", "required");
    }

    @Test
    void aMemberHoldsAtLeastOneRole() {
        assertInvalid(() -> aMember().withRoles(Set.of()).build(), "roles", "required");
        assertInvalid(() -> aMember().withRoles((Set<Role>) null).build(), "roles", "required");
    }

    @Test
    void theRolesCannotBeChangedAfterwards() {
        EnumSet<Role> roles = EnumSet.of(Role.COMMITTEE);
        MemberDetails details = aMember().withRoles(roles).build();
        roles.add(Role.ADMIN);

        assertThat(details.roles()).containsExactly(Role.COMMITTEE);
        assertThatThrownBy(() -> details.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @CsvSource({"STAFF", "VOLUNTEER", "BOARD", "EXTERNAL"})
    void everyPersonTypeMayBeAMember(PersonType type) {
        assertThat(aMember().as(type).build().personType()).isEqualTo(type);
    }
}
