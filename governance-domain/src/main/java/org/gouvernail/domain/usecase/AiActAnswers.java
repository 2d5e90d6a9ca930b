package org.gouvernail.domain.usecase;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.gouvernail.domain.shared.Check;

/**
 * The AI Act questionnaire of one use case: the art. 5 practices it involves, the Annex III areas
 * it falls in, the art. 6(3) exceptions claimed, whether it profiles natural persons, the art. 50
 * duties it triggers (and whether a human reviews published text under editorial responsibility),
 * and the association's operator role.
 */
public record AiActAnswers(
        Set<ProhibitedPractice> prohibitedPractices,
        Set<AnnexIIIArea> annexIiiAreas,
        Set<Article63Exception> article63Exceptions,
        boolean profilesNaturalPersons,
        Set<TransparencyDuty> transparencyDuties,
        boolean humanEditorialReview,
        OperatorRole operatorRole) {

    public AiActAnswers {
        prohibitedPractices = copy(prohibitedPractices, ProhibitedPractice.class);
        annexIiiAreas = copy(annexIiiAreas, AnnexIIIArea.class);
        article63Exceptions = copy(article63Exceptions, Article63Exception.class);
        transparencyDuties = copy(transparencyDuties, TransparencyDuty.class);
        Check.present("operatorRole", operatorRole);
    }

    /** Nothing ticked, as a deployer: the starting point of tests and forms. */
    public static AiActAnswers none() {
        return new AiActAnswers(Set.of(), Set.of(), Set.of(), false, Set.of(), false, OperatorRole.DEPLOYER);
    }

    public AiActClassification classify() {
        return AiActClassification.of(this);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
