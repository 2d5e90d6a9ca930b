package org.gouvernail.domain.usecase;

import org.gouvernail.domain.shared.Check;

/**
 * Value: the declared usage of a generative use, from which its footprint is estimated: requests per
 * month, the typical length of a request's input and output (in tokens or words), the model (a size
 * class or a named model), the hosting region, and optionally the non-AI alternative (hours of work per
 * month by hand, and what it is).
 */
public record FootprintInputs(
        Integer requestsPerMonth,
        Integer inputLength,
        Integer outputLength,
        LengthUnit lengthUnit,
        FootprintModel model,
        GridRegion region,
        Integer alternativeHoursPerMonth,
        String alternativeDescription) {

    public static final int MAX_REQUESTS = 10_000_000;
    public static final int MAX_INPUT_LENGTH = 1_000_000;
    public static final int MAX_OUTPUT_LENGTH = 100_000;
    public static final int MAX_HOURS = 10_000;

    /** How input and output lengths are counted. */
    public enum LengthUnit {
        TOKENS,
        WORDS
    }

    public FootprintInputs {
        Check.present("requestsPerMonth", requestsPerMonth);
        Check.range("requestsPerMonth", requestsPerMonth, 1, MAX_REQUESTS);
        Check.present("inputLength", inputLength);
        Check.range("inputLength", inputLength, 1, MAX_INPUT_LENGTH);
        Check.present("outputLength", outputLength);
        Check.range("outputLength", outputLength, 1, MAX_OUTPUT_LENGTH);
        lengthUnit = lengthUnit == null ? LengthUnit.TOKENS : lengthUnit;
        Check.present("model", model);
        region = region == null ? GridRegion.UNKNOWN : region;
        Check.range("alternativeHoursPerMonth", alternativeHoursPerMonth, 0, MAX_HOURS);
        alternativeDescription = Check.text("alternativeDescription", alternativeDescription, Check.SHORT_TEXT_LENGTH);
    }

    /** Output tokens per request (words converted at {@link FootprintCoefficients#TOKENS_PER_WORD}). */
    public double outputTokens() {
        return lengthUnit == LengthUnit.WORDS
                ? outputLength * FootprintCoefficients.TOKENS_PER_WORD.low()
                : outputLength;
    }

    /** Input tokens per request, shown but not used by the energy model (see {@link Footprint}). */
    public double inputTokens() {
        return lengthUnit == LengthUnit.WORDS ? inputLength * FootprintCoefficients.TOKENS_PER_WORD.low() : inputLength;
    }

    public Footprint estimate() {
        return Footprint.of(this);
    }
}
