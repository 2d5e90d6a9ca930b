/**
 * The AI governance committee (comité de gouvernance IA): its charter and members, its meetings with
 * a computed quorum, the approval requests that queue for it, and its decisions, the only way a
 * tool's, a use case's or a HIGH risk's governed status changes.
 */
package org.gouvernail.domain.committee;
