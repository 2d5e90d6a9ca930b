package org.gouvernail.domain.usecase;

/** AI Act tier of a use case, from the most to the least constrained. */
public enum RiskTier {
    /** Art. 5: may never be approved. */
    PROHIBITED,
    /** Art. 6 with Annex III: deployer (art. 26) or provider duties. */
    HIGH_RISK,
    /** Art. 50: tell people. */
    TRANSPARENCY,
    /** No specific duty beyond AI literacy (art. 4). */
    MINIMAL,
    /** Not an AI system (art. 3(1)), or excluded from the regulation (art. 2). */
    OUT_OF_SCOPE
}
