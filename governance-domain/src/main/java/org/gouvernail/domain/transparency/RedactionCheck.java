package org.gouvernail.domain.transparency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Policy: a public statement names no person. Refuses any text of the statement that contains the
 * full name of one of the organisation's members, or, in the contact address, one of the words of
 * their names (a role's address, "ia@asbl.be", passes; "alice.dubois@asbl.be" does not). Names are
 * compared without case nor accents, on word boundaries, so that "Dubois" does not match "Duboisier".
 */
public final class RedactionCheck {

    /** Words shorter than this (initials, particles such as "de", "van") are not searched alone. */
    static final int SHORTEST_WORD = 3;

    private RedactionCheck() {}

    /** The names found, empty when the content names nobody. */
    public static List<String> namesIn(StatementContent content, Collection<String> personalNames) {
        List<String> found = new ArrayList<>();
        List<String> texts = content.texts().stream().map(RedactionCheck::plain).toList();
        String contact = plain(content.contactAddress());
        for (String name : personalNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String plainName = plain(name);
            boolean inText = texts.stream().anyMatch(text -> containsWords(text, plainName));
            boolean inContact = List.of(plainName.split("[\\s'-]+")).stream()
                    .filter(word -> word.length() >= SHORTEST_WORD)
                    .anyMatch(word -> containsWords(contact.replaceAll("[._+-]", " "), word));
            if (inText || inContact) {
                found.add(name);
            }
        }
        return found;
    }

    /** Whether this one text contains the full name of one of these people. */
    public static boolean namesAnyone(String text, Collection<String> personalNames) {
        if (text == null) {
            return false;
        }
        String plainText = plain(text);
        return personalNames.stream()
                .filter(name -> name != null && !name.isBlank())
                .anyMatch(name -> containsWords(plainText, plain(name)));
    }

    /** Throws {@code personal-name-in-statement} when the content names one of these people. */
    public static void require(StatementContent content, Collection<String> personalNames) {
        List<String> found = namesIn(content, personalNames);
        if (!found.isEmpty()) {
            throw new RuleViolation(
                    "personal-name-in-statement",
                    "a public statement names no person; found " + found.size() + " member name(s)",
                    found.size());
        }
    }

    private static boolean containsWords(String text, String words) {
        return Pattern.compile("(^|[^\\p{L}\\p{N}])" + Pattern.quote(words) + "($|[^\\p{L}\\p{N}])")
                .matcher(text)
                .find();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
