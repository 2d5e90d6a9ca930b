package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.readiness.Dimension;
import org.gouvernail.domain.readiness.GovernanceProfile;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.ReadinessResults;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** The demo data of ./run.sh: Entraide Quartier's readiness shows board and volunteers disagreeing, and a trend. */
@QuarkusTest
class DemoReadinessTest {

    private static final Caller ALICE = new Caller("alice", "alice@demo.gouvernail.org", true, "Alice Dubois", false);

    @Inject
    DemoData demo;

    @Inject
    OrganisationManagement organisations;

    @Inject
    ReadinessAssessment assessment;

    @Test
    void theBoardAndTheVolunteersDisagreeAndTheAutumnShowsATrend() {
        demo.seed();
        OrganisationId entraide = organisations.me(ALICE).stream()
                .filter(mine -> mine.organisation().profile().slug().equals("entraide-quartier"))
                .findFirst()
                .orElseThrow()
                .organisation()
                .id();
        List<ReadinessCampaign> campaigns =
                assessment.campaigns(ALICE, entraide, PageRequest.first(10)).items();
        assertThat(campaigns).hasSize(2);
        ReadinessResults autumn =
                assessment.results(ALICE, entraide, campaigns.get(1).id()).results();
        assertThat(autumn.respondents()).isEqualTo(6);
        ReadinessResults.DimensionResult data =
                autumn.dimension(Dimension.DATA_PRIVACY).orElseThrow();
        assertThat(data.disagreement()).isTrue();
        assertThat(data.dispersion()).isEqualTo(3.0);
        assertThat(data.groups())
                .filteredOn(score -> score.group() == RespondentGroup.STAFF)
                .extracting(ReadinessResults.GroupScore::mean)
                .containsExactly(3.0);
        assertThat(autumn.dimension(Dimension.CURRENT_PRACTICES).orElseThrow().trend())
                .isEqualTo(0.67);
        assertThat(autumn.dimension(Dimension.LEADERSHIP_GOVERNANCE)
                        .orElseThrow()
                        .dontKnow())
                .isEqualTo(2);
        assertThat(assessment.setup(ALICE, entraide).chosen()).isEqualTo(GovernanceProfile.MID_SIZE);
    }
}
