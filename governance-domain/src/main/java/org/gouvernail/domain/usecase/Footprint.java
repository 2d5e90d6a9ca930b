package org.gouvernail.domain.usecase;

import static org.gouvernail.domain.usecase.FootprintCoefficients.CAR_PER_KM;
import static org.gouvernail.domain.usecase.FootprintCoefficients.GPUS_INSTALLED;
import static org.gouvernail.domain.usecase.FootprintCoefficients.GPU_ENERGY_ALPHA;
import static org.gouvernail.domain.usecase.FootprintCoefficients.GPU_ENERGY_BETA;
import static org.gouvernail.domain.usecase.FootprintCoefficients.GPU_MEMORY;
import static org.gouvernail.domain.usecase.FootprintCoefficients.KETTLE_BOIL;
import static org.gouvernail.domain.usecase.FootprintCoefficients.LAPTOP_POWER;
import static org.gouvernail.domain.usecase.FootprintCoefficients.LATENCY_A;
import static org.gouvernail.domain.usecase.FootprintCoefficients.LATENCY_B;
import static org.gouvernail.domain.usecase.FootprintCoefficients.MEMORY_OVERHEAD;
import static org.gouvernail.domain.usecase.FootprintCoefficients.PUE;
import static org.gouvernail.domain.usecase.FootprintCoefficients.QUANTISATION_BITS;
import static org.gouvernail.domain.usecase.FootprintCoefficients.SERVER_POWER;

import java.util.ArrayList;
import java.util.List;

/**
 * Policy: the monthly footprint of a generative use, as ranges, following the usage part of the
 * EcoLogits methodology v1.0. Per request, for each bound (low: the smaller model of the class, 8-bit
 * weights, PUE 1.2; high: the larger model, float16, PUE 1.58):
 *
 * <pre>
 * E_GPU      = T_out × (α × P_active + β)                       Wh
 * ΔT         = T_out × (A × P_active + B)                       s
 * GPUs       = ceil(1.2 × P_total × bits / 8 / 80 GB)
 * E_server   = ΔT / 3600 × 1000 W × GPUs / 8 + GPUs × E_GPU     Wh
 * E_request  = PUE × E_server                                   Wh
 * </pre>
 *
 * then × requests per month, × the region's g CO2e/kWh. Input tokens are not in this model (EcoLogits
 * v1.0 counts generated tokens only): a warning says so when inputs are much longer than outputs.
 * Water: no coefficient in the reference table gives it, so none is estimated (null, with a warning).
 */
public record Footprint(
        FootprintRange energyKwhPerMonth,
        FootprintRange co2eKgPerMonth,
        FootprintRange waterLitresPerMonth,
        FootprintRange carKmPerMonth,
        FootprintRange kettleBoilsPerMonth,
        FootprintRange alternativeEnergyKwhPerMonth,
        FootprintRange alternativeCo2eKgPerMonth,
        List<String> warnings) {

    /** Inputs at least this many times longer than outputs are flagged: their processing is not counted. */
    public static final int LONG_INPUT_RATIO = 10;

    public Footprint {
        warnings = List.copyOf(warnings);
    }

    public static Footprint of(FootprintInputs inputs) {
        double tokens = inputs.outputTokens();
        double lowWh = requestWh(
                tokens, inputs.model().activeLow(), inputs.model().totalLow(), QUANTISATION_BITS.low(), PUE.low());
        double highWh = requestWh(
                tokens, inputs.model().activeHigh(), inputs.model().totalHigh(), QUANTISATION_BITS.high(), PUE.high());
        int requests = inputs.requestsPerMonth();
        FootprintRange energy = new FootprintRange(lowWh * requests / 1000, highWh * requests / 1000);
        double factor = inputs.region().gramsCo2ePerKwh() / 1000;
        FootprintRange co2e = energy.times(factor, factor);
        List<String> warnings = new ArrayList<>();
        warnings.add("water-not-estimated");
        warnings.add("embodied-impacts-excluded");
        if (inputs.inputTokens() >= LONG_INPUT_RATIO * tokens) {
            warnings.add("long-inputs-not-counted");
        }
        if (inputs.region() == GridRegion.UNKNOWN) {
            warnings.add("region-unknown-world-average");
        }
        FootprintRange alternativeEnergy = null;
        FootprintRange alternativeCo2e = null;
        if (inputs.alternativeHoursPerMonth() != null) {
            int hours = inputs.alternativeHoursPerMonth();
            alternativeEnergy = new FootprintRange(hours * LAPTOP_POWER.low(), hours * LAPTOP_POWER.high());
            // The work by hand happens where the association is, not where the model runs: the same
            // regional factor is used for lack of the association's own, which the warning says.
            alternativeCo2e = alternativeEnergy.times(factor, factor);
            warnings.add("alternative-counts-computer-only");
        }
        return new Footprint(
                energy,
                co2e,
                null,
                new FootprintRange(co2e.low() / CAR_PER_KM.high(), co2e.high() / CAR_PER_KM.low()),
                new FootprintRange(energy.low() / KETTLE_BOIL.low(), energy.high() / KETTLE_BOIL.high()),
                alternativeEnergy,
                alternativeCo2e,
                warnings);
    }

    /** Energy of one request in Wh, EcoLogits v1.0 usage model. */
    static double requestWh(double outputTokens, double activeBillions, double totalBillions, double bits, double pue) {
        double gpuWh = outputTokens * (GPU_ENERGY_ALPHA.low() * activeBillions + GPU_ENERGY_BETA.low());
        double latencySeconds = outputTokens * (LATENCY_A.low() * activeBillions + LATENCY_B.low());
        double gpus = gpus(totalBillions, bits);
        double serverWh = latencySeconds / 3600 * SERVER_POWER.low() * gpus / GPUS_INSTALLED.low();
        return pue * (serverWh + gpus * gpuWh);
    }

    /** GPUs needed to hold the model: ceil(1.2 × P_total × bits / 8 / 80 GB). */
    static double gpus(double totalBillions, double bits) {
        return Math.ceil(MEMORY_OVERHEAD.low() * totalBillions * bits / 8 / GPU_MEMORY.low());
    }
}
