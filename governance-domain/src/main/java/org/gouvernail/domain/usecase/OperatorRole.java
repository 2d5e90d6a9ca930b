package org.gouvernail.domain.usecase;

/**
 * AI Act art. 3: the association's role for this use. Most associations are deployers; one that
 * puts its own chatbot into service under its name may be a provider.
 */
public enum OperatorRole {
    PROVIDER,
    DEPLOYER,
    IMPORTER,
    DISTRIBUTOR
}
