/**
 * The use-case portfolio (cas d'usage): what the association wants to do with AI, scored on impact
 * and complexity into a prioritisation matrix, profiled against the EU AI Act and screened for a
 * GDPR impact assessment, then approved or rejected by the committee only.
 */
package org.gouvernail.domain.usecase;
