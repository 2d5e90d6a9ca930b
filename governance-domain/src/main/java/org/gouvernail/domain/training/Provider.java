package org.gouvernail.domain.training;

import java.util.Objects;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: who delivers a module. An external course needs its provider's name; a link, when given,
 * is an http(s) address people can open.
 */
public record Provider(ProviderKind kind, String name, String link) {

    public static final int LINK_LENGTH = 500;

    public Provider {
        Objects.requireNonNull(kind, "kind");
        name = Check.text("provider.name", name, Check.NAME_LENGTH);
        link = Check.text("provider.link", link, LINK_LENGTH);
        if (kind == ProviderKind.EXTERNAL && name == null) {
            throw new InvalidInput(
                    "provider.name", "required", "an external module names its provider", "provider.name");
        }
        if (link != null && !link.matches("https?://\\S+")) {
            throw new InvalidInput("provider.link", "url", "provider.link must be an http(s) address", "provider.link");
        }
    }

    public static Provider internal() {
        return new Provider(ProviderKind.INTERNAL, null, null);
    }
}
