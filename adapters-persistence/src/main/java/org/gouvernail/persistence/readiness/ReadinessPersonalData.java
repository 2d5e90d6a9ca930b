package org.gouvernail.persistence.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/**
 * Persistence adapter, personal data of the readiness self-assessment: the person's own answers. An
 * anonymous campaign hides who answered from the results, not from the person who answered.
 */
@ApplicationScoped
public class ReadinessPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    ReadinessPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of("readiness_response.member_id");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        return List.of(PersonalRows.of(entityManager, person)
                .category(
                        "readiness.responses",
                        "The person's answers to the readiness self-assessment campaigns",
                        "LEGITIMATE_INTEREST",
                        "For the life of the campaign's results",
                        List.of("campaignId", "campaign", "group", "answers", "submittedAt"),
                        """
                        select c.id, c.title, r.respondent_group, r.answers, r.submitted_at from readiness_response r
                        join readiness_campaign c on c.organisation_id = r.organisation_id and c.id = r.campaign_id
                        where r.organisation_id = :org and r.member_id = :member order by r.submitted_at, c.id"""));
    }
}
