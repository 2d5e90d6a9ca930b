/**
 * Reports for the board, the general assembly, funders and auditors: a DRAFT whose narrative the
 * governors write, then a FINAL whose data is frozen at finalisation and carries its SHA-256.
 */
package org.gouvernail.domain.report;
