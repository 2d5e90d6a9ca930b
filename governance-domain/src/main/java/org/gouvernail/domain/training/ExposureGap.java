package org.gouvernail.domain.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Read model: the people who use a tool handling PERSONAL data or more sensitive data without a valid
 * record of a module on DATA_PROTECTION and one on CHECKING_OUTPUTS: those whose AI literacy the
 * association should see to first (art. 4(1) AI Act: the context of use and the persons the systems
 * are used on).
 */
public record ExposureGap(LocalDate on, List<ExposedPerson> people) {

    /** The topics a person handling personal data through an AI tool needs valid training on. */
    public static final Set<Topic> REQUIRED = EnumSet.of(Topic.DATA_PROTECTION, Topic.CHECKING_OUTPUTS);

    public ExposureGap {
        people = List.copyOf(people);
    }

    /** One exposed person: the tools that expose them and the topics they lack. */
    public record ExposedPerson(MemberId memberId, List<ToolId> tools, Set<Topic> missing) {

        public ExposedPerson {
            tools = List.copyOf(tools);
            missing = Set.copyOf(missing);
        }
    }

    /**
     * The gap on {@code on}, from the tool uses, the tools, the live records (not voided) and the
     * modules they name. A record counts when VALID or EXPIRING that day and not superseded by a newer
     * revision asking for a refresh; a retired module's records still count until they expire.
     */
    public static ExposureGap on(
            LocalDate on,
            List<ToolUse> uses,
            List<AiTool> tools,
            List<TrainingRecord> records,
            List<TrainingModule> modules) {
        Map<ToolId, AiTool> toolsById = tools.stream().collect(Collectors.toMap(AiTool::id, Function.identity()));
        Map<TrainingModuleId, TrainingModule> modulesById =
                modules.stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        Map<MemberId, Set<Topic>> covered = new HashMap<>();
        for (TrainingRecord record : records) {
            TrainingModule module = modulesById.get(record.moduleId());
            if (module == null || record.voidedBy().isPresent()) {
                continue;
            }
            boolean outdated = !module.stillCounts(record.moduleRevision());
            if (record.countsOn(on, outdated)) {
                covered.computeIfAbsent(record.memberId(), id -> new HashSet<>())
                        .addAll(module.content().topics());
            }
        }
        Map<MemberId, List<ToolId>> exposing = new HashMap<>();
        for (ToolUse use : uses) {
            AiTool tool = toolsById.get(use.toolId());
            if (tool != null && tool.details().highestDataCategory().atLeast(DataCategory.PERSONAL)) {
                exposing.computeIfAbsent(use.memberId(), id -> new ArrayList<>())
                        .add(use.toolId());
            }
        }
        List<ExposedPerson> people = new ArrayList<>();
        exposing.forEach((member, exposingTools) -> {
            Set<Topic> missing = EnumSet.copyOf(REQUIRED);
            missing.removeAll(covered.getOrDefault(member, Set.of()));
            if (!missing.isEmpty()) {
                people.add(new ExposedPerson(
                        member,
                        exposingTools.stream()
                                .sorted(Comparator.comparing(ToolId::value))
                                .toList(),
                        missing));
            }
        });
        people.sort(Comparator.comparing(person -> person.memberId().value()));
        return new ExposureGap(on, people);
    }
}
