package org.gouvernail.domain.incident;

/** Who a contractual notification duty is owed to. */
public enum ContractPartyKind {
    FUNDER,
    INSURER
}
