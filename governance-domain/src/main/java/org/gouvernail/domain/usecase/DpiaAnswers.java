package org.gouvernail.domain.usecase;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The DPIA screening questionnaire of one use case: the art. 35(3) cases and the WP248 criteria that apply. */
public record DpiaAnswers(Set<Article35Case> requiredCases, Set<DpiaCriterion> criteria) {

    public DpiaAnswers {
        requiredCases = requiredCases == null || requiredCases.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredCases));
        criteria = criteria == null || criteria.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(criteria));
    }

    public DpiaScreening screen() {
        return DpiaScreening.of(this);
    }
}
