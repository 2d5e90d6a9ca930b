/**
 * The public AI transparency statement: what the association says publicly about its use of AI,
 * derived from its registers, published only by a committee decision and kept as a frozen snapshot
 * per version. Never a person's name: a role's contact address, the organisation's own words.
 */
package org.gouvernail.domain.transparency;
