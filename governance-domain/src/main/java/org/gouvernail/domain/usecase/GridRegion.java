package org.gouvernail.domain.usecase;

/**
 * Reference data: where the model is served, with the greenhouse-gas intensity of its electricity in
 * g CO2e per kWh, as EcoLogits methodology v1.0 lists it from the ADEME Base Empreinte (life-cycle
 * factors of the electricity mix). UNKNOWN takes the world average, as EcoLogits does.
 */
public enum GridRegion {
    WORLD(590.4),
    UNKNOWN(590.4),
    EUROPE(509.4),
    FRANCE(81.3),
    USA(679.8),
    CHINA(1057);

    public static final String SOURCE =
            "EcoLogits methodology v1.0, 'Environmental Impacts of LLM Inference', table of "
                    + "F_em per area (from ADEME Base Empreinte), https://ecologits.ai/latest/methodology/llm_inference/";

    private final double gramsCo2ePerKwh;

    GridRegion(double gramsCo2ePerKwh) {
        this.gramsCo2ePerKwh = gramsCo2ePerKwh;
    }

    public double gramsCo2ePerKwh() {
        return gramsCo2ePerKwh;
    }
}
