/**
 * The organisation dashboard: a versioned catalogue of indicators (what each figure counts, in
 * French, English and Dutch), today's figures read from the registers by aggregate queries, and
 * daily snapshots that give each figure its trend against the previous period.
 */
package org.gouvernail.domain.dashboard;
