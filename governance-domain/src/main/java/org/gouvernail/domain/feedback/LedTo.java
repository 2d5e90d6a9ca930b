package org.gouvernail.domain.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * Read model, the loop closed: a policy version revised after the item has been published. "Your
 * feedback led to version {@code number} of {@code policyTitle}", shown to the handlers, the author
 * and, through the receipt, to an anonymous reporter.
 */
public record LedTo(UUID policyId, String policyTitle, int number, Instant publishedAt) {}
