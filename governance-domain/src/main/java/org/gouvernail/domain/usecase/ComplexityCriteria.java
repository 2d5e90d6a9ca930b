package org.gouvernail.domain.usecase;

/** The five sub-criteria of complexity, each 1–5 (5 = hardest); the complexity score is their rounded mean. */
public record ComplexityCriteria(
        int dataSensitivity, int integrationEffort, int skillsNeeded, int cost, int changeManagement) {

    public ComplexityCriteria {
        Score.check("complexity.dataSensitivity", dataSensitivity);
        Score.check("complexity.integrationEffort", integrationEffort);
        Score.check("complexity.skillsNeeded", skillsNeeded);
        Score.check("complexity.cost", cost);
        Score.check("complexity.changeManagement", changeManagement);
    }

    public int score() {
        return Score.roundedMean(dataSensitivity, integrationEffort, skillsNeeded, cost, changeManagement);
    }

    @Override
    public String toString() {
        return "[data " + dataSensitivity + ", integration " + integrationEffort + ", skills " + skillsNeeded
                + ", cost " + cost + ", change " + changeManagement + " → " + score() + "]";
    }
}
