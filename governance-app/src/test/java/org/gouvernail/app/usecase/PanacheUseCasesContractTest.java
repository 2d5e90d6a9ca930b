package org.gouvernail.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.usecase.UseCaseDetailsBuilder.aUseCase;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.usecase.AnnexIIIArea;
import org.gouvernail.domain.usecase.RiskTier;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.junit.jupiter.api.Test;

/** The use cases contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheUseCasesContractTest extends UseCasesContract {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    UseCases useCases;

    @Inject
    Tools tools;

    @Inject
    EntityManager entityManager;

    /**
     * A row answered with the first questionnaire, never saved since V113, keeps its answers and tier:
     * it is read through the version-1 columns; saved again, it is written in the answers column.
     */
    @Test
    void aRowAnsweredWithVersion1IsReadCompatiblyAndRewrittenWhenSaved() {
        UseCase proposed = UseCase.propose(
                new UseCaseId(anyId()),
                organisation(),
                aUseCase().ownedBy(member()).build(),
                null,
                member(),
                NOW);
        useCases().add(proposed);
        entityManager.flush();
        entityManager
                .createNativeQuery(
                        "UPDATE use_case SET ai_act_answers = NULL, ai_act_practices = '', ai_act_areas = 'A5_A,A7',"
                                + " ai_act_exceptions = '', ai_act_profiling = 0, ai_act_duties = 'INTERACTS_WITH_PEOPLE',"
                                + " ai_act_editorial_review = 0, ai_act_operator_role = 'DEPLOYER', ai_act_tier = 'HIGH_RISK' WHERE id = ?1")
                .setParameter(1, proposed.id().value().toString())
                .executeUpdate();
        entityManager.clear();

        UseCase read = useCases().find(organisation(), proposed.id()).orElseThrow();

        assertThat(read.aiActAnswers().legacy()).isTrue();
        assertThat(read.aiActAnswers().annexIiiAreas()).containsExactly(AnnexIIIArea.A5_A, AnnexIIIArea.A7);
        assertThat(read.tier()).contains(RiskTier.HIGH_RISK);

        useCases().update(read);
        entityManager.flush();
        entityManager.clear();

        assertThat(entityManager
                        .createNativeQuery("SELECT ai_act_answers FROM use_case WHERE id = ?1")
                        .setParameter(1, proposed.id().value().toString())
                        .getSingleResult()
                        .toString())
                .startsWith("version=1;");
        assertThat(useCases().find(organisation(), proposed.id()).orElseThrow().aiActAnswers())
                .isEqualTo(read.aiActAnswers());
    }

    @Override
    protected Organisations organisations() {
        return organisations;
    }

    @Override
    protected Memberships memberships() {
        return memberships;
    }

    @Override
    protected UseCases useCases() {
        return useCases;
    }

    @Override
    protected Tools tools() {
        return tools;
    }
}
