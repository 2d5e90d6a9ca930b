package org.gouvernail.domain.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Read model: "you said, we did" for the members, over the items received in a period (an anonymous
 * item counts from its release). Counts by kind, by outcome and by what the items were acted on with,
 * the policy versions they led to, and quotes of the items whose reporter consented, with no identity,
 * no id and no date: only the kind, the text and what became of it. No count crosses the kind with the
 * outcome or the identity mode: in a small association such a cell may be one person (see docs/api.md).
 */
public record FeedbackDigest(
        LocalDate from,
        LocalDate to,
        int received,
        Map<FeedbackKind, Integer> byKind,
        Map<DigestOutcome, Integer> byOutcome,
        Map<FollowUpKind, Integer> actedOnWith,
        List<Revision> policyVersions,
        List<Quote> quotes,
        boolean quotesTruncated) {

    public static final int MAX_QUOTES = 50;
    /** Most policy versions listed, the most cited first kept (far above what an association revises in a year). */
    public static final int MAX_REVISIONS = 100;

    /** What the digest reads of one item: {@code quotable} is its text when its reporter consented, null otherwise. */
    public record Row(
            FeedbackItemId id, FeedbackKind kind, FeedbackStatus status, String quotable, List<FollowUp> followUps) {

        public Row {
            Objects.requireNonNull(id, "id");
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
        }
    }

    /** A policy version items led to, and how many items did. */
    public record Revision(UUID policyId, int version, int items) {}

    /** A consented quote: the kind, the text, what became of it, never who or when. */
    public record Quote(FeedbackKind kind, String text, DigestOutcome outcome, Set<FollowUpKind> actedOnWith) {}

    public FeedbackDigest {
        byKind = Map.copyOf(byKind);
        byOutcome = Map.copyOf(byOutcome);
        actedOnWith = Map.copyOf(actedOnWith);
        policyVersions = List.copyOf(policyVersions);
        quotes = List.copyOf(quotes);
    }

    /** The digest of these rows (in id order: random ids, so no order of arrival shows in the quotes). */
    public static FeedbackDigest of(LocalDate from, LocalDate to, List<Row> rows) {
        Map<FeedbackKind, Integer> byKind = zeros(FeedbackKind.class);
        Map<DigestOutcome, Integer> byOutcome = zeros(DigestOutcome.class);
        Map<FollowUpKind, Integer> actedOnWith = zeros(FollowUpKind.class);
        Map<String, int[]> revisions = new java.util.TreeMap<>();
        List<Quote> quotes = new ArrayList<>();
        boolean truncated = false;
        List<Row> ordered = rows.stream()
                .sorted(Comparator.comparing(row -> row.id().value()))
                .toList();
        for (Row row : ordered) {
            byKind.merge(row.kind(), 1, Integer::sum);
            DigestOutcome outcome =
                    DigestOutcome.of(row.status(), !row.followUps().isEmpty());
            byOutcome.merge(outcome, 1, Integer::sum);
            Set<FollowUpKind> kinds = EnumSet.noneOf(FollowUpKind.class);
            Set<String> versions = new TreeSet<>();
            for (FollowUp followUp : row.followUps()) {
                kinds.add(followUp.kind());
                if (followUp.kind() == FollowUpKind.POLICY_REVISION) {
                    versions.add(followUp.targetId() + "#" + followUp.policyVersion());
                }
            }
            kinds.forEach(kind -> actedOnWith.merge(kind, 1, Integer::sum));
            versions.forEach(key -> revisions.computeIfAbsent(key, k -> new int[1])[0]++);
            if (row.quotable() != null) {
                if (quotes.size() < MAX_QUOTES) {
                    quotes.add(new Quote(row.kind(), row.quotable(), outcome, Set.copyOf(kinds)));
                } else {
                    truncated = true;
                }
            }
        }
        List<Revision> policyVersions = revisions.entrySet().stream()
                .map(entry -> {
                    String[] parts = entry.getKey().split("#");
                    return new Revision(UUID.fromString(parts[0]), Integer.parseInt(parts[1]), entry.getValue()[0]);
                })
                .sorted(Comparator.comparingInt(Revision::items).reversed())
                .limit(MAX_REVISIONS)
                .toList();
        return new FeedbackDigest(
                from, to, ordered.size(), byKind, byOutcome, actedOnWith, policyVersions, quotes, truncated);
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        return counts;
    }
}
