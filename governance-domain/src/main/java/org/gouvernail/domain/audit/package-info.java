/**
 * The audit trail: every change to an organisation's governance records who did what and when,
 * in the same transaction, and nobody can edit or delete it.
 */
package org.gouvernail.domain.audit;
