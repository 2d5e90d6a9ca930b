/**
 * AI literacy (AI Act art. 4): the training modules an association offers its staff, volunteers and
 * board, the sessions where people follow them, and the append-only records of who followed what,
 * which version, when and how: the evidence shown to an inspector, a funder or the board.
 */
package org.gouvernail.domain.training;
