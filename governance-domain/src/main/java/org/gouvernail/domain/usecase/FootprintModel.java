package org.gouvernail.domain.usecase;

/**
 * Reference data: the model a generative use runs on, as a size class or a named open-weight model
 * whose parameter counts are public. Counts in billions; {@code active} drives energy per token,
 * {@code total} the number of GPUs (EcoLogits methodology v1.0). Class ranges are the project's
 * assumption (closed models do not disclose their size); named models carry their model card's figure.
 */
public enum FootprintModel {
    /** Small models (e.g. 3B-10B parameters). Assumption of this project. */
    SMALL(3, 10, 3, 10, "Gouvernail assumption: small class, 3-10 B parameters, dense"),
    /** Medium models (10B-70B). Assumption of this project. */
    MEDIUM(10, 70, 10, 70, "Gouvernail assumption: medium class, 10-70 B parameters, dense"),
    /** Large frontier models (70B-400B active). Assumption of this project; sizes are not disclosed. */
    LARGE(70, 400, 70, 400, "Gouvernail assumption: large class, 70-400 B active parameters, dense equivalent"),
    /** Mistral 7B (7.3B). */
    MISTRAL_7B(7.3, 7.3, 7.3, 7.3, "Mistral AI, Mistral 7B announcement (27 Sept 2023): 7.3 B parameters"),
    /** Llama 3.1 8B (8.03B). */
    LLAMA_3_1_8B(8.03, 8.03, 8.03, 8.03, "Meta, Llama 3.1 8B model card (July 2024): 8.03 B parameters"),
    /** Llama 3.1 70B (70.6B). */
    LLAMA_3_1_70B(70.6, 70.6, 70.6, 70.6, "Meta, Llama 3.1 70B model card (July 2024): 70.6 B parameters"),
    /** Llama 3.1 405B. */
    LLAMA_3_1_405B(405, 405, 405, 405, "Meta, Llama 3.1 405B model card (July 2024): 405 B parameters"),
    /** Mixtral 8x7B: a sparse mixture of experts, 46.7B in total, 12.9B active per token. */
    MIXTRAL_8X7B(
            12.9,
            12.9,
            46.7,
            46.7,
            "Mistral AI, Mixtral of experts (11 Dec 2023): 46.7 B total, 12.9 B active per token");

    private final double activeLow;
    private final double activeHigh;
    private final double totalLow;
    private final double totalHigh;
    private final String source;

    FootprintModel(double activeLow, double activeHigh, double totalLow, double totalHigh, String source) {
        this.activeLow = activeLow;
        this.activeHigh = activeHigh;
        this.totalLow = totalLow;
        this.totalHigh = totalHigh;
        this.source = source;
    }

    public double activeLow() {
        return activeLow;
    }

    public double activeHigh() {
        return activeHigh;
    }

    public double totalLow() {
        return totalLow;
    }

    public double totalHigh() {
        return totalHigh;
    }

    public String source() {
        return source;
    }

    /** Whether it is one of the three size classes rather than a named model. */
    public boolean sizeClass() {
        return this == SMALL || this == MEDIUM || this == LARGE;
    }
}
