package org.gouvernail.domain.usecase;

import java.util.List;
import java.util.Optional;

/**
 * Reference data: every coefficient of the footprint estimate, with its source and date (also listed,
 * with the same values, in docs/api.md "Environmental footprint"). The energy model is the usage part
 * of the EcoLogits methodology v1.0 (GenAI Impact, https://ecologits.ai, page "Environmental Impacts of
 * LLM Inference", read on 30 November 2026); embodied impacts (hardware manufacturing) are left out.
 */
public final class FootprintCoefficients {

    private static final String ECOLOGITS =
            "EcoLogits methodology v1.0, Environmental Impacts of LLM Inference, https://ecologits.ai/latest/methodology/llm_inference/";

    /** GPU energy per output token: ALPHA × active parameters (billions) + BETA, in Wh (EcoLogits fit on the LLM-Perf Leaderboard). */
    public static final Coefficient GPU_ENERGY_ALPHA =
            new Coefficient("gpu-energy-alpha", 8.91e-5, 8.91e-5, "Wh/token/B-params", ECOLOGITS, "2024", true);

    public static final Coefficient GPU_ENERGY_BETA =
            new Coefficient("gpu-energy-beta", 1.43e-3, 1.43e-3, "Wh/token", ECOLOGITS, "2024", true);

    /** Generation latency per output token: A × active parameters + B, in seconds (EcoLogits). */
    public static final Coefficient LATENCY_A =
            new Coefficient("latency-a", 8.02e-4, 8.02e-4, "s/token/B-params", ECOLOGITS, "2024", true);

    public static final Coefficient LATENCY_B =
            new Coefficient("latency-b", 2.23e-2, 2.23e-2, "s/token", ECOLOGITS, "2024", true);

    /** Power of the server without its GPUs (EcoLogits: 1 kW for a high-end cloud instance). */
    public static final Coefficient SERVER_POWER =
            new Coefficient("server-power-without-gpu", 1000, 1000, "W", ECOLOGITS, "2024", true);

    /** GPUs installed in that server (EcoLogits: 8). */
    public static final Coefficient GPUS_INSTALLED =
            new Coefficient("gpus-installed", 8, 8, "GPU", ECOLOGITS, "2024", true);

    /** Memory of one GPU (EcoLogits: NVIDIA A100 80 GB). */
    public static final Coefficient GPU_MEMORY = new Coefficient("gpu-memory", 80, 80, "GB", ECOLOGITS, "2024", true);

    /** Memory overhead when serving a model (EcoLogits, after EleutherAI "Transformer Math 101"). */
    public static final Coefficient MEMORY_OVERHEAD =
            new Coefficient("memory-overhead", 1.2, 1.2, "factor", ECOLOGITS, "2024", true);

    /** Bits per weight: 8 (quantised) to 16 (float16); an assumption of this project within EcoLogits' setup. */
    public static final Coefficient QUANTISATION_BITS = new Coefficient(
            "quantisation-bits",
            8,
            16,
            "bit",
            "Gouvernail assumption: serving between 8-bit quantisation and float16 (EcoLogits assumes quantised production models)",
            "2026",
            false);

    /**
     * Data-centre overhead (PUE). Low: EcoLogits' value for hyperscalers (1.2). High: the industry average
     * reported by the Uptime Institute Global Data Center Survey 2023 (1.58), not read again for this table.
     */
    public static final Coefficient PUE = new Coefficient(
            "pue",
            1.2,
            1.58,
            "factor",
            ECOLOGITS
                    + " (1.2, hyperscalers); Uptime Institute, Global Data Center Survey 2023 (1.58, industry average)",
            "2023",
            false);

    /** Tokens per English word (about 3/4 of a word per token); French and Dutch take somewhat more. */
    public static final Coefficient TOKENS_PER_WORD = new Coefficient(
            "tokens-per-word",
            4.0 / 3.0,
            4.0 / 3.0,
            "token/word",
            "OpenAI Help Center, What are tokens and how to count them? (1 token is about 3/4 of an English word)",
            "2024",
            false);

    /**
     * Emissions of a car per km. Low: average of new passenger cars registered in the EU in 2023, tailpipe,
     * WLTP (about 107 g/km, European Environment Agency). High: average combustion car, life cycle, per
     * vehicle-km (about 218 g/km, ADEME Base Empreinte as shown on impactco2.fr).
     */
    public static final Coefficient CAR_PER_KM = new Coefficient(
            "car-co2e-per-km",
            0.107,
            0.218,
            "kg CO2e/km",
            "European Environment Agency, CO2 emissions from new passenger cars (2023, provisional); ADEME Base Empreinte / impactco2.fr, voiture thermique",
            "2023",
            false);

    /** Heating 1 litre of water from 20 to 100 °C: 4.186 kJ/(kg·K) × 80 K = 334.9 kJ = 0.0930 kWh, losses ignored. */
    public static final Coefficient KETTLE_BOIL = new Coefficient(
            "kettle-boil-1-litre",
            0.093,
            0.093,
            "kWh",
            "Physics: specific heat capacity of water 4.186 kJ/(kg·K), 1 kg heated by 80 K, kettle losses ignored",
            "2026",
            true);

    /** Electricity of a laptop doing the work by hand: an assumption of this project, stated as such. */
    public static final Coefficient LAPTOP_POWER = new Coefficient(
            "laptop-power",
            0.02,
            0.06,
            "kW",
            "Gouvernail assumption: a laptop with its screen under office work draws 20-60 W",
            "2026",
            false);

    public static final List<Coefficient> ALL = List.of(
            GPU_ENERGY_ALPHA,
            GPU_ENERGY_BETA,
            LATENCY_A,
            LATENCY_B,
            SERVER_POWER,
            GPUS_INSTALLED,
            GPU_MEMORY,
            MEMORY_OVERHEAD,
            QUANTISATION_BITS,
            PUE,
            TOKENS_PER_WORD,
            CAR_PER_KM,
            KETTLE_BOIL,
            LAPTOP_POWER);

    private FootprintCoefficients() {}

    public static Optional<Coefficient> find(String code) {
        return ALL.stream()
                .filter(coefficient -> coefficient.code().equals(code))
                .findFirst();
    }
}
