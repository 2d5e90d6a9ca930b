/**
 * Review cycles [Cycles de revue]: what is due for review (policy versions, tools, risks, decisions,
 * pilots, training records, incidents, feedback) becomes the committee's next agenda; the meeting's
 * decision on each item closes it, and a ledger shows each subject reviewed within its cadence, or not.
 */
package org.gouvernail.domain.review;
