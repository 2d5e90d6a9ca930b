package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The footprint model (EcoLogits methodology v1.0, usage part; every coefficient in
 * {@link FootprintCoefficients} with its source). The first test is the hand calculation written out
 * in docs/api.md, "Environmental footprint: a worked example".
 */
class FootprintTest {

    private static FootprintInputs inputs(
            int requests, int output, FootprintInputs.LengthUnit unit, FootprintModel model, GridRegion region) {
        return new FootprintInputs(requests, 300, output, unit, model, region, null, null);
    }

    @Test
    void theDocumentedExampleMatchesTheHandCalculation() {
        // 1 000 requests a month, 400 output tokens each, Llama 3.1 8B (8.03 B parameters), hosted in France.
        // GPU energy/token = 8.91e-5 × 8.03 + 1.43e-3 = 2.145473e-3 Wh; × 400 = 0.8581892 Wh
        // latency = 400 × (8.02e-4 × 8.03 + 2.23e-2) = 11.496024 s
        // GPUs = ceil(1.2 × 8.03 × 8/8 / 80) = 1 (and 1 at 16 bits: 19.272 GB)
        // server without GPU = 11.496024 / 3600 × 1000 W × 1/8 = 0.3991675 Wh
        // request = PUE × (0.3991675 + 0.8581892) = 1.2 × 1.2573567 = 1.50882804 Wh (low); × 1.58 = 1.98662359 Wh
        // (high)
        // month = × 1000 / 1000 = 1.5088 – 1.9866 kWh; × 81.3 g/kWh = 0.12267 – 0.16151 kg CO2e
        Footprint footprint = inputs(
                        1000, 400, FootprintInputs.LengthUnit.TOKENS, FootprintModel.LLAMA_3_1_8B, GridRegion.FRANCE)
                .estimate();

        assertThat(footprint.energyKwhPerMonth().low()).isCloseTo(1.50882804, within(1e-8));
        assertThat(footprint.energyKwhPerMonth().high()).isCloseTo(1.98662359, within(1e-8));
        assertThat(footprint.co2eKgPerMonth().low()).isCloseTo(0.12266772, within(1e-8));
        assertThat(footprint.co2eKgPerMonth().high()).isCloseTo(0.16151250, within(1e-8));
        // equivalents: kg / 0.218 – kg / 0.107 km by car; kWh / 0.093 litres boiled
        assertThat(footprint.carKmPerMonth().low()).isCloseTo(0.56269596, within(1e-6));
        assertThat(footprint.carKmPerMonth().high()).isCloseTo(1.50946259, within(1e-6));
        assertThat(footprint.kettleBoilsPerMonth().low()).isCloseTo(16.2239574, within(1e-6));
        assertThat(footprint.kettleBoilsPerMonth().high()).isCloseTo(21.3615439, within(1e-6));
        assertThat(footprint.waterLitresPerMonth()).isNull();
        assertThat(footprint.warnings()).containsExactly("water-not-estimated", "embodied-impacts-excluded");
        assertThat(footprint.energyKwhPerMonth().rounded()).isEqualTo(new FootprintRange(1.51, 1.99));
    }

    static Stream<Arguments> perRequest() {
        return Stream.of(
                // output tokens, active B, total B, bits, PUE → Wh per request (hand-computed with the formulas)
                Arguments.of(400, 8.03, 8.03, 8, 1.2, 1.50882804),
                Arguments.of(400, 8.03, 8.03, 16, 1.58, 1.98662359),
                // 70 B at 8 bits: ceil(1.2 × 70 / 80) = 2 GPUs
                Arguments.of(500, 70, 70, 8, 1.2, 12.46873333),
                // 400 B at 16 bits: ceil(1.2 × 400 × 2 / 80) = 12 GPUs, more than one server's 8: counted as 12/8 of it
                Arguments.of(500, 400, 400, 16, 1.58, 464.36068333),
                // Mixtral: energy per token follows the 12.9 B active, the GPUs the 46.7 B total
                Arguments.of(100, 12.9, 46.7, 16, 1.2, 0.89110193));
    }

    @ParameterizedTest(name = "{0} tokens, {1}/{2} B, {3} bits, PUE {4} → {5} Wh")
    @MethodSource("perRequest")
    void oneRequestFollowsTheEcoLogitsFormulas(
            int tokens, double active, double total, int bits, double pue, double expectedWh) {
        assertThat(Footprint.requestWh(tokens, active, total, bits, pue)).isCloseTo(expectedWh, within(1e-6));
    }

    @Test
    void gpusAreThoseTheWeightsNeed() {
        assertThat(Footprint.gpus(8.03, 16)).isEqualTo(1);
        assertThat(Footprint.gpus(70, 8)).isEqualTo(2);
        assertThat(Footprint.gpus(70, 16)).isEqualTo(3);
        assertThat(Footprint.gpus(405, 16)).isEqualTo(13);
    }

    @Test
    void aSizeClassGivesAWiderRangeThanANamedModel() {
        Footprint large = inputs(1000, 400, FootprintInputs.LengthUnit.TOKENS, FootprintModel.LARGE, GridRegion.EUROPE)
                .estimate();
        Footprint named = inputs(
                        1000, 400, FootprintInputs.LengthUnit.TOKENS, FootprintModel.LLAMA_3_1_70B, GridRegion.EUROPE)
                .estimate();
        double largeRatio =
                large.energyKwhPerMonth().high() / large.energyKwhPerMonth().low();
        double namedRatio =
                named.energyKwhPerMonth().high() / named.energyKwhPerMonth().low();
        assertThat(largeRatio).isGreaterThan(namedRatio);
        assertThat(named.energyKwhPerMonth().low())
                .isGreaterThanOrEqualTo(large.energyKwhPerMonth().low());
    }

    @Test
    void wordsAreCountedAsFourThirdsOfATokenAndTheRegionScalesEmissionsOnly() {
        Footprint words = inputs(
                        1000, 300, FootprintInputs.LengthUnit.WORDS, FootprintModel.LLAMA_3_1_8B, GridRegion.USA)
                .estimate();
        Footprint tokens = inputs(
                        1000, 400, FootprintInputs.LengthUnit.TOKENS, FootprintModel.LLAMA_3_1_8B, GridRegion.FRANCE)
                .estimate();
        assertThat(words.energyKwhPerMonth().low())
                .isCloseTo(tokens.energyKwhPerMonth().low(), within(1e-9));
        assertThat(words.co2eKgPerMonth().low() / tokens.co2eKgPerMonth().low()).isCloseTo(679.8 / 81.3, within(1e-9));
    }

    @Test
    void warningsSayWhatTheEstimateLeavesOut() {
        Footprint footprint = new FootprintInputs(
                        100, 20_000, 200, null, FootprintModel.SMALL, null, 10, "Résumer à la main")
                .estimate();
        assertThat(footprint.warnings())
                .contains(
                        "long-inputs-not-counted", "region-unknown-world-average", "alternative-counts-computer-only");
        // 10 hours of a 20-60 W laptop
        assertThat(footprint.alternativeEnergyKwhPerMonth()).isEqualTo(new FootprintRange(10 * 0.02, 10 * 0.06));
    }

    @Test
    void inputsAreBounded() {
        assertThatThrownBy(() -> inputs(0, 400, null, FootprintModel.SMALL, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> inputs(1000, 100_001, null, FootprintModel.SMALL, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new FootprintInputs(1, 1, 1, null, null, null, null, null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void everyCoefficientNamesItsSourceAndDate() {
        assertThat(FootprintCoefficients.ALL).allSatisfy(coefficient -> {
            assertThat(coefficient.source()).isNotBlank();
            assertThat(coefficient.asOf()).isNotBlank();
        });
        assertThat(FootprintModel.values())
                .allSatisfy(model -> assertThat(model.source()).isNotBlank());
    }
}
