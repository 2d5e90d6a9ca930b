package org.gouvernail.domain.usecase;

/**
 * AI Act art. 3: the association's role for this use. Most associations are deployers; one that
 * puts its own chatbot into service under its name is a provider (art. 3(3)), and one that builds a
 * system and uses it itself is both. Art. 25 may make a deployer, importer or distributor a provider.
 */
public enum OperatorRole {
    PROVIDER,
    DEPLOYER,
    PROVIDER_AND_DEPLOYER,
    IMPORTER,
    DISTRIBUTOR;

    public boolean provides() {
        return this == PROVIDER || this == PROVIDER_AND_DEPLOYER;
    }

    public boolean deploys() {
        return this == DEPLOYER || this == PROVIDER_AND_DEPLOYER;
    }
}
