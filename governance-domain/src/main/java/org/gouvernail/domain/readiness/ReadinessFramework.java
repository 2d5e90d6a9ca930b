package org.gouvernail.domain.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.shared.Localized;
import org.gouvernail.domain.shared.TextBundle;

/**
 * Reference data: the readiness framework written for associations, versioned. A campaign names the
 * version it was answered against, so that a later edition never changes past results. Each question
 * is a behavioural statement with five described stages; "I don't know" is always allowed and counted.
 */
public record ReadinessFramework(String version, List<ReadinessQuestion> questions) {

    /** The edition in use: new campaigns are answered against it. */
    public static final String CURRENT_VERSION = "2026.1";

    public ReadinessFramework {
        questions = List.copyOf(questions);
    }

    public static ReadinessFramework current() {
        return V2026_1;
    }

    /** The edition named by a campaign; empty for a version this platform never published. */
    public static Optional<ReadinessFramework> find(String version) {
        return CURRENT_VERSION.equals(version) ? Optional.of(V2026_1) : Optional.empty();
    }

    public Optional<ReadinessQuestion> question(String code) {
        return questions.stream()
                .filter(question -> question.code().equals(code))
                .findFirst();
    }

    /** The question codes of each dimension, in the framework's order. */
    public Map<Dimension, List<String>> codesByDimension() {
        Map<Dimension, List<String>> codes = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            codes.put(
                    dimension,
                    questions.stream()
                            .filter(question -> question.dimension() == dimension)
                            .map(ReadinessQuestion::code)
                            .toList());
        }
        return codes;
    }

    /**
     * The prose of the framework, the roadmap actions and the practices, one file per language
     * ({@code readiness_<language>.properties} next to this class, ADR 0012); the Java keeps the structure.
     */
    static final TextBundle TEXTS = TextBundle.load(ReadinessFramework.class, "readiness");

    private static ReadinessQuestion q(Dimension dimension, String code) {
        List<Localized> described = new ArrayList<>();
        for (int stage = 1; stage <= ReadinessQuestion.STAGES; stage++) {
            described.add(TEXTS.text("question." + code + ".stage." + stage));
        }
        return new ReadinessQuestion(code, dimension, TEXTS.text("question." + code + ".statement"), described);
    }

    private static final ReadinessFramework V2026_1 = new ReadinessFramework(
            CURRENT_VERSION,
            List.of(
                    q(Dimension.MISSION_VALUES, "MV1"),
                    q(Dimension.MISSION_VALUES, "MV2"),
                    q(Dimension.LEADERSHIP_GOVERNANCE, "LG1"),
                    q(Dimension.LEADERSHIP_GOVERNANCE, "LG2"),
                    q(Dimension.UNDERSTANDING_AI, "UA1"),
                    q(Dimension.UNDERSTANDING_AI, "UA2"),
                    q(Dimension.DATA_PRIVACY, "DP1"),
                    q(Dimension.DATA_PRIVACY, "DP2"),
                    q(Dimension.TOOLS_SECURITY, "TS1"),
                    q(Dimension.TOOLS_SECURITY, "TS2"),
                    q(Dimension.CURRENT_PRACTICES, "CP1"),
                    q(Dimension.CURRENT_PRACTICES, "CP2"),
                    q(Dimension.PEOPLE_SOCIAL_DIALOGUE, "PS1"),
                    q(Dimension.PEOPLE_SOCIAL_DIALOGUE, "PS2"),
                    q(Dimension.RESOURCES, "RS1"),
                    q(Dimension.RESOURCES, "RS2")));
}
