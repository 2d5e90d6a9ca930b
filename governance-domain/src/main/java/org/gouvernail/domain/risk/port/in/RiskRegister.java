package org.gouvernail.domain.risk.port.in;

import java.util.List;
import org.gouvernail.domain.risk.ActionDetails;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.CatalogueEntry;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskHeatmap;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use cases: the risk register. Every member reads it; CONTRIBUTOR and up raise risks; ADMIN,
 * COMMITTEE, DATA_REFERENT and the risk's owner edit it, move its status and manage its
 * actions (an action's owner may update that action); ADMIN or COMMITTEE accept a LOW or MEDIUM
 * risk; ADMIN, COMMITTEE or DATA_REFERENT delete one.
 */
public interface RiskRegister {

    /** The starter catalogue, for anyone signed in. */
    List<CatalogueEntry> catalogue();

    Risk raise(Caller caller, OrganisationId organisationId, RiskDraft draft);

    Page<Risk> risks(Caller caller, OrganisationId organisationId, RiskFilter filter, PageRequest page);

    Risk risk(Caller caller, OrganisationId organisationId, RiskId riskId);

    Risk update(Caller caller, OrganisationId organisationId, RiskId riskId, long expectedVersion, RiskDetails details);

    /** OPEN, TREATING, MONITORED or CLOSED as {@link RiskStatus} allows (start-treatment, monitor, close, reopen). */
    Risk changeStatus(
            Caller caller, OrganisationId organisationId, RiskId riskId, long expectedVersion, RiskStatus target);

    /** ADMIN or COMMITTEE; LOW and MEDIUM only: a HIGH or CRITICAL risk is accepted by a committee decision. */
    Risk accept(Caller caller, OrganisationId organisationId, RiskId riskId, long expectedVersion, String rationale);

    void remove(Caller caller, OrganisationId organisationId, RiskId riskId, long expectedVersion);

    RiskHeatmap heatmap(Caller caller, OrganisationId organisationId);

    Actioned action(Caller caller, OrganisationId organisationId, RiskId riskId, ActionId actionId);

    /** Adds an action; no expected version: adding never overwrites anyone's change (the risk's version still moves). */
    Actioned addAction(Caller caller, OrganisationId organisationId, RiskId riskId, ActionDetails details);

    Actioned updateAction(
            Caller caller,
            OrganisationId organisationId,
            RiskId riskId,
            ActionId actionId,
            long expectedVersion,
            ActionDetails details);

    Risk removeAction(
            Caller caller, OrganisationId organisationId, RiskId riskId, ActionId actionId, long expectedVersion);

    /** Read model: a risk and one of its actions (the action's ETag is its risk's version). */
    record Actioned(Risk risk, MitigationAction action) {}
}
