package org.gouvernail.domain.communication;

import java.util.List;
import java.util.Optional;

/**
 * Read model: where a plan stands with the consultation it owes. PROPOSED while no action carries
 * it, PLANNED once one does, DONE once that action is done; LATE (a flag, not a state) when it is
 * not done and its due date has passed, or when it was done after its due date.
 *
 * @param actionIds the live actions that carry it
 */
public record ConsultationStep(
        ConsultationDuty duty, Progress progress, boolean late, List<CommunicationActionId> actionIds) {

    public enum Progress {
        PROPOSED,
        PLANNED,
        DONE
    }

    public ConsultationStep {
        actionIds = List.copyOf(actionIds);
    }

    static ConsultationStep of(ConsultationDuty duty, List<CommunicationAction> actions, java.time.LocalDate today) {
        List<CommunicationAction> carrying = actions.stream()
                .filter(CommunicationAction::live)
                .filter(CommunicationAction::consultation)
                .filter(action -> action.details().legalBasis() == duty.basis())
                .toList();
        Optional<CommunicationAction> done = carrying.stream()
                .filter(action -> action.status() == CommunicationStatus.DONE)
                .min(java.util.Comparator.comparing(CommunicationAction::day));
        Progress progress =
                done.isPresent() ? Progress.DONE : carrying.isEmpty() ? Progress.PROPOSED : Progress.PLANNED;
        boolean late = done.map(action -> action.day().isAfter(duty.dueOn())).orElseGet(() -> duty.lateOn(today));
        return new ConsultationStep(
                duty,
                progress,
                late,
                carrying.stream().map(CommunicationAction::id).toList());
    }
}
