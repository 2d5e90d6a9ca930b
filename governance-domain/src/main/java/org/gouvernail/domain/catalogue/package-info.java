/**
 * Shared tool catalogue [Catalogue partagé]: a federation publishes entries (CatalogueEntry, DRAFT →
 * PUBLISHED → DEPRECATED) carrying its vendor assessment summary, the data ceiling it assessed and a
 * recommendation; an ACTIVE member adopts an entry as its own tool, and the member's own data
 * categories are re-evaluated locally against the ceiling (LocalReevaluation). The member's committee
 * still decides.
 */
package org.gouvernail.domain.catalogue;
