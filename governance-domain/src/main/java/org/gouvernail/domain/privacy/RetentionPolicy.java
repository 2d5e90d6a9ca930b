package org.gouvernail.domain.privacy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Aggregate: how long one organisation keeps each type of record, in months, within each rule's
 * bounds; the defaults until its administrator chooses (version 0).
 */
public record RetentionPolicy(OrganisationId organisationId, Map<RetentionRule, Integer> months, long version) {

    public RetentionPolicy {
        Objects.requireNonNull(organisationId, "organisationId");
        EnumMap<RetentionRule, Integer> complete = new EnumMap<>(RetentionRule.class);
        for (RetentionRule rule : RetentionRule.values()) {
            Integer chosen = months.get(rule);
            complete.put(rule, chosen == null ? rule.defaultMonths() : rule.check(chosen));
        }
        months = Map.copyOf(complete);
    }

    public static RetentionPolicy defaults(OrganisationId organisationId) {
        return new RetentionPolicy(organisationId, Map.of(), 0);
    }

    public int monthsOf(RetentionRule rule) {
        return months.get(rule);
    }

    /** The policy with these rules changed (the others kept), each checked against its bounds. */
    public RetentionPolicy with(Map<RetentionRule, Integer> changes) {
        EnumMap<RetentionRule, Integer> next = new EnumMap<>(months);
        changes.forEach((rule, value) -> next.put(rule, rule.check(value)));
        return new RetentionPolicy(organisationId, next, version);
    }
}
