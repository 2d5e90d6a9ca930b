package org.gouvernail.domain.incident;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Policy: the duties an incident starts, computed from its facts, its severity and the
 * organisation's country, each with its due time and reason (GDPR art. 33 and 34, as in the
 * project's reference notes incidents.md; AI Act art. 26(5)). Art. 73 (the provider's report) is
 * not computed: associations deploy, they rarely provide.
 */
public final class Duties {

    /** GDPR art. 33(1): within 72 hours of becoming aware, weekends included. */
    public static final Duration NOTIFICATION_DELAY = Duration.ofHours(72);

    /** Supervisory authorities for art. 33(1), by ISO country code (incidents.md; not verified against each authority). */
    static final Map<String, String> AUTHORITIES = Map.of(
            "BE", "APD/GBA (Autorité de protection des données / Gegevensbeschermingsautoriteit)",
            "FR", "CNIL (Commission nationale de l'informatique et des libertés)",
            "NL", "Autoriteit Persoonsgegevens",
            "LU", "CNPD (Commission nationale pour la protection des données)",
            "DE", "the data protection authority of the Land (federal bodies: BfDI)");

    private Duties() {}

    public static String authority(String country) {
        String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
        return AUTHORITIES.getOrDefault(code, "the supervisory authority of the main establishment (GDPR art. 56)");
    }

    public static List<Duty> of(IncidentFacts facts, Severity severity, String country) {
        List<Duty> duties = new ArrayList<>();
        boolean breach = facts.kind() == IncidentKind.INCIDENT && facts.personalData();
        if (breach) {
            duties.add(Duty.pending(DutyCode.GDPR_33_5_REGISTER, "personal-data-breach", null, null));
            duties.add(Duty.pending(
                    DutyCode.GDPR_33_1_NOTIFY_AUTHORITY,
                    "personal-data-breach",
                    authority(country),
                    facts.detectedAt().plus(NOTIFICATION_DELAY)));
            if (severity.compareTo(Severity.HIGH) >= 0) {
                duties.add(Duty.pending(DutyCode.GDPR_34_INFORM_PEOPLE, "high-risk-to-people", null, null));
            }
        }
        if (facts.kind() == IncidentKind.INCIDENT && facts.type().involvesVendor()) {
            duties.add(Duty.pending(DutyCode.VENDOR_ACTIONS, "data-with-vendor", null, null));
        }
        if (facts.kind() == IncidentKind.INCIDENT && facts.highRiskSystem()) {
            // "immediately": due at detection, late as soon as it is not done
            duties.add(Duty.pending(
                    DutyCode.AI_ACT_26_5_INFORM_PROVIDER, "high-risk-system-deployer", null, facts.detectedAt()));
        }
        return duties;
    }
}
