package org.gouvernail.domain.inventory;

/** How the association reaches the tool: a personal free account is where most data leaks start. */
public enum AccountType {
    PERSONAL_FREE,
    PROFESSIONAL,
    ENTERPRISE,
    SELF_HOSTED
}
