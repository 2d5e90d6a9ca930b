/**
 * Incident log [Journal des incidents]: incidents and near misses with AI, their severity computed
 * with reasons, and the legal duties they start (GDPR art. 33 and 34, AI Act art. 26(5), vendor
 * actions), each with its due time counted from the detection.
 */
package org.gouvernail.domain.incident;
