package org.gouvernail.domain.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.training.LiteracyStanding.Obligation;
import org.gouvernail.domain.training.LiteracyStanding.State;

/**
 * Read model: how far the literacy requirements are met on a day, per requirement, per team and per
 * person type; volunteers without an account count like everyone. A person is "covered" when every
 * obligation of theirs is met; per team and per person type, only the MANDATORY requirements count.
 * People in no team are counted under the team {@code null}.
 */
public record LiteracyCoverage(
        LocalDate on,
        List<RequirementCoverage> requirements,
        List<GroupCoverage> teams,
        List<GroupCoverage> personTypes) {

    public LiteracyCoverage {
        requirements = List.copyOf(requirements);
        teams = List.copyOf(teams);
        personTypes = List.copyOf(personTypes);
    }

    /** One requirement: the people of its audience who have obligations, those covered, due and overdue. */
    public record RequirementCoverage(LiteracyRequirement requirement, int people, int covered, int due, int overdue) {}

    /** One team or person type: the people with MANDATORY obligations and those who meet them all. */
    public record GroupCoverage(String group, int people, int covered) {}

    public static LiteracyCoverage of(LocalDate on, LiteracyStanding.Facts facts, List<Obligation> obligations) {
        Map<LiteracyRequirementId, List<Obligation>> byRequirement = new LinkedHashMap<>();
        for (LiteracyRequirement requirement : facts.requirements()) {
            if (requirement.isActive()) {
                byRequirement.put(requirement.id(), new ArrayList<>());
            }
        }
        for (Obligation obligation : obligations) {
            byRequirement
                    .computeIfAbsent(obligation.requirement().id(), id -> new ArrayList<>())
                    .add(obligation);
        }
        List<RequirementCoverage> perRequirement = new ArrayList<>();
        for (LiteracyRequirement requirement : facts.requirements()) {
            if (!requirement.isActive()) {
                continue;
            }
            List<Obligation> own = byRequirement.get(requirement.id());
            Map<MemberId, State> worst = new HashMap<>();
            for (Obligation obligation : own) {
                worst.merge(obligation.memberId(), obligation.state(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            int covered =
                    (int) worst.values().stream().filter(s -> s == State.MET).count();
            int overdue = (int)
                    worst.values().stream().filter(s -> s == State.OVERDUE).count();
            perRequirement.add(new RequirementCoverage(
                    requirement, worst.size(), covered, worst.size() - covered - overdue, overdue));
        }
        perRequirement.sort(Comparator.comparing(c -> c.requirement().terms().title()));

        List<Obligation> mandatory = obligations.stream()
                .filter(o -> o.requirement().terms().level() == RequirementLevel.MANDATORY)
                .toList();
        Set<MemberId> concerned = new HashSet<>();
        mandatory.forEach(o -> concerned.add(o.memberId()));
        Set<MemberId> covered = LiteracyStanding.fullyMet(mandatory);
        Map<ToolId, AiTool> tools = new HashMap<>();
        facts.tools().forEach(tool -> tools.put(tool.id(), tool));
        Map<MemberId, List<ToolUse>> uses = new HashMap<>();
        facts.uses()
                .forEach(use -> uses.computeIfAbsent(use.memberId(), id -> new ArrayList<>())
                        .add(use));
        Map<String, int[]> teams = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, int[]> types = new TreeMap<>();
        for (Membership person : facts.people()) {
            if (!concerned.contains(person.id())) {
                continue;
            }
            int met = covered.contains(person.id()) ? 1 : 0;
            Set<String> own = LiteracyStanding.teamsOf(uses.getOrDefault(person.id(), List.of()), tools);
            if (own.isEmpty()) {
                add(teams, null, met);
            }
            own.forEach(team -> add(teams, team, met));
            PersonType type = person.details().personType();
            add(types, type.name(), met);
        }
        return new LiteracyCoverage(on, perRequirement, groups(teams), groups(types));
    }

    private static void add(Map<String, int[]> groups, String key, int met) {
        int[] counts = groups.computeIfAbsent(key, k -> new int[2]);
        counts[0]++;
        counts[1] += met;
    }

    private static List<GroupCoverage> groups(Map<String, int[]> groups) {
        List<GroupCoverage> list = new ArrayList<>();
        groups.forEach((key, counts) -> list.add(new GroupCoverage(key, counts[0], counts[1])));
        return list;
    }
}
