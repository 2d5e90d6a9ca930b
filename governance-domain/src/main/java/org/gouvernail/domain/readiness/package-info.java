/**
 * Readiness: where an association stands on AI (a self-assessment campaign answered by board,
 * direction, staff and volunteers against a versioned framework), the governance profile sized to it,
 * the recommended practices applied or explained, and the roadmap of first actions with its setup journey.
 */
package org.gouvernail.domain.readiness;
