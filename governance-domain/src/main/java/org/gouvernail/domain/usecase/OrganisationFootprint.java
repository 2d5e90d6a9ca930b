package org.gouvernail.domain.usecase;

import java.util.ArrayList;
import java.util.List;

/**
 * Read model: the estimated monthly footprint of an organisation's generative uses, summed bound by
 * bound over the use cases of its portfolio (neither rejected nor retired) that declared their usage,
 * with each one's share; {@code truncated} when the portfolio holds more than the sum read.
 */
public record OrganisationFootprint(
        List<Item> useCases,
        FootprintRange energyKwhPerMonth,
        FootprintRange co2eKgPerMonth,
        FootprintRange carKmPerMonth,
        FootprintRange kettleBoilsPerMonth,
        int withoutDeclaredUsage,
        boolean truncated) {

    /** One use case's footprint within the sum. */
    public record Item(UseCaseId id, String title, UseCaseStatus status, Footprint footprint) {}

    public OrganisationFootprint {
        useCases = List.copyOf(useCases);
    }

    public static OrganisationFootprint of(List<UseCase> portfolio, boolean truncated) {
        List<Item> items = new ArrayList<>();
        FootprintRange energy = FootprintRange.ZERO;
        FootprintRange co2e = FootprintRange.ZERO;
        FootprintRange car = FootprintRange.ZERO;
        FootprintRange kettle = FootprintRange.ZERO;
        int without = 0;
        for (UseCase useCase : portfolio) {
            if (useCase.footprint().isEmpty()) {
                without++;
                continue;
            }
            Footprint footprint = useCase.footprint().get();
            items.add(new Item(useCase.id(), useCase.details().title(), useCase.status(), footprint));
            energy = energy.plus(footprint.energyKwhPerMonth());
            co2e = co2e.plus(footprint.co2eKgPerMonth());
            car = car.plus(footprint.carKmPerMonth());
            kettle = kettle.plus(footprint.kettleBoilsPerMonth());
        }
        return new OrganisationFootprint(items, energy, co2e, car, kettle, without, truncated);
    }
}
