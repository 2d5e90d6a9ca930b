package org.gouvernail.persistence.readiness;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.readiness.GovernanceProfile;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.readiness.Practice;
import org.gouvernail.domain.readiness.PracticeDecision;
import org.gouvernail.domain.readiness.PracticeStatus;
import org.gouvernail.domain.readiness.ProfileFacts;
import org.gouvernail.domain.readiness.RoadmapAction;
import org.gouvernail.domain.readiness.RoadmapStep;
import org.gouvernail.domain.readiness.StepStatus;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Row of table governance_setup, with its practice decisions (governance_practice) and roadmap steps
 * (roadmap_step) as maps keyed by their codes, under the setup's one version.
 */
@Entity
@Table(name = "governance_setup")
public class GovernanceSetupEntity {

    @Id
    public UUID organisationId;

    public int staff;
    public int volunteers;
    public boolean beneficiaryFacing;
    public boolean vulnerableGroups;
    public int countries;
    public boolean federation;

    @Enumerated(EnumType.STRING)
    public GovernanceProfile chosenProfile;

    public String overrideReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "governance_practice", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "practice")
    @MapKeyEnumerated(EnumType.STRING)
    public Map<Practice, PracticeRow> practices = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roadmap_step", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "action")
    @MapKeyEnumerated(EnumType.STRING)
    public Map<RoadmapAction, StepRow> steps = new HashMap<>();

    @Version
    public long version;

    static GovernanceSetupEntity from(GovernanceSetup setup) {
        GovernanceSetupEntity entity = new GovernanceSetupEntity();
        entity.organisationId = setup.organisationId().value();
        entity.version = setup.version();
        entity.apply(setup);
        return entity;
    }

    void apply(GovernanceSetup setup) {
        ProfileFacts facts = setup.facts();
        staff = facts.staff();
        volunteers = facts.volunteers();
        beneficiaryFacing = facts.beneficiaryFacing();
        vulnerableGroups = facts.vulnerableGroups();
        countries = facts.countries();
        federation = facts.federation();
        chosenProfile = setup.chosen();
        overrideReason = setup.overrideReason();
        setup.practices().forEach((practice, decision) -> {
            PracticeRow row = PracticeRow.of(decision);
            if (!row.equals(practices.get(practice))) {
                practices.put(practice, row);
            }
        });
        setup.steps().forEach((action, step) -> {
            StepRow row = StepRow.of(step);
            if (!row.equals(steps.get(action))) {
                steps.put(action, row);
            }
        });
    }

    GovernanceSetup toDomain() {
        Map<Practice, PracticeDecision> decisions = new EnumMap<>(Practice.class);
        practices.forEach((practice, row) ->
                decisions.put(practice, new PracticeDecision(practice, row.status, row.explanation, row.decidedAt)));
        Map<RoadmapAction, RoadmapStep> roadmap = new EnumMap<>(RoadmapAction.class);
        steps.forEach((action, row) ->
                roadmap.put(action, new RoadmapStep(action, row.status, row.createdId, row.changedAt)));
        return new GovernanceSetup(
                new OrganisationId(organisationId),
                new ProfileFacts(staff, volunteers, beneficiaryFacing, vulnerableGroups, countries, federation),
                chosenProfile,
                overrideReason,
                decisions,
                roadmap,
                version);
    }

    /** Row of table governance_practice; equality by value. */
    @Embeddable
    public static class PracticeRow {

        @Enumerated(EnumType.STRING)
        public PracticeStatus status;

        public String explanation;
        public Instant decidedAt;

        static PracticeRow of(PracticeDecision decision) {
            PracticeRow row = new PracticeRow();
            row.status = decision.status();
            row.explanation = decision.explanation();
            row.decidedAt = decision.decidedAt();
            return row;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PracticeRow row
                    && status == row.status
                    && Objects.equals(explanation, row.explanation)
                    && Objects.equals(decidedAt, row.decidedAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, explanation, decidedAt);
        }
    }

    /** Row of table roadmap_step; equality by value. */
    @Embeddable
    public static class StepRow {

        @Enumerated(EnumType.STRING)
        public StepStatus status;

        public UUID createdId;
        public Instant changedAt;

        static StepRow of(RoadmapStep step) {
            StepRow row = new StepRow();
            row.status = step.status();
            row.createdId = step.createdId();
            row.changedAt = step.changedAt();
            return row;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StepRow row
                    && status == row.status
                    && Objects.equals(createdId, row.createdId)
                    && Objects.equals(changedAt, row.changedAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, createdId, changedAt);
        }
    }
}
