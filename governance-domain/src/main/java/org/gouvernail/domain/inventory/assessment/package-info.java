/**
 * Vendor security assessments (évaluations sécurité): the association's checklist V01–V17 applied
 * to one AI tool at one date. The result (score, level, blocking findings) is computed from the
 * answers, the tool's data categories and a few facts of context, never typed in; an assessment
 * touching personal data is validated by the data protection referent.
 */
package org.gouvernail.domain.inventory.assessment;
