package org.gouvernail.rest.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.Rating;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.rest.shared.Spreadsheets;

/** CSV of the risk register, one risk a line, for the board's or the funder's spreadsheet. */
final class RiskSpreadsheet {

    private static final List<String> FRENCH = List.of(
            "id",
            "titre",
            "categorie",
            "vraisemblance",
            "gravite",
            "score",
            "niveau",
            "vraisemblance residuelle",
            "gravite residuelle",
            "niveau residuel",
            "traitement",
            "statut",
            "proprietaire",
            "prochaine revue",
            "en retard",
            "actions ouvertes",
            "outils",
            "description");
    private static final List<String> ENGLISH = List.of(
            "id",
            "title",
            "category",
            "likelihood",
            "severity",
            "score",
            "level",
            "residual likelihood",
            "residual severity",
            "residual level",
            "treatment",
            "status",
            "owner",
            "next review",
            "overdue",
            "open actions",
            "tools",
            "description");

    private RiskSpreadsheet() {}

    static String write(List<Risk> risks, LocalDate today, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Risk risk : risks) {
            RiskDetails details = risk.details();
            Rating residual = risk.residual().orElse(null);
            long openActions = risk.actions().stream()
                    .filter(action -> action.details().status() == ActionStatus.PLANNED
                            || action.details().status() == ActionStatus.IN_PROGRESS)
                    .count();
            rows.add(Arrays.asList(
                    risk.id(),
                    details.title(),
                    details.category(),
                    details.likelihood(),
                    details.severity(),
                    risk.inherent().score(),
                    risk.inherent().level(),
                    details.residualLikelihood(),
                    details.residualSeverity(),
                    residual == null ? null : residual.level(),
                    details.treatment(),
                    risk.status(),
                    details.ownerId(),
                    details.nextReviewDate(),
                    risk.overdueOn(today),
                    openActions,
                    details.toolIds().stream().map(Object::toString).collect(Collectors.joining("|")),
                    details.description()));
        }
        return Spreadsheets.csv(locale, Spreadsheets.french(locale) ? FRENCH : ENGLISH, rows);
    }
}
