package org.gouvernail.domain.usecase;

/** The four sub-criteria of impact, each 1–5; the impact score is their rounded mean. */
public record ImpactCriteria(int timeSaved, int beneficiaryQuality, int reach, int missionAlignment) {

    public ImpactCriteria {
        Score.check("impact.timeSaved", timeSaved);
        Score.check("impact.beneficiaryQuality", beneficiaryQuality);
        Score.check("impact.reach", reach);
        Score.check("impact.missionAlignment", missionAlignment);
    }

    public int score() {
        return Score.roundedMean(timeSaved, beneficiaryQuality, reach, missionAlignment);
    }

    @Override
    public String toString() {
        return "[time " + timeSaved + ", quality " + beneficiaryQuality + ", reach " + reach + ", mission "
                + missionAlignment + " → " + score() + "]";
    }
}
