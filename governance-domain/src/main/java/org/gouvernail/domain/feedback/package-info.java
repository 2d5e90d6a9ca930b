/**
 * Feedback loops [Boucles de retour]: what members see in the field (a concern, a suggestion, a
 * question, a success, an error) reaches a designated handler, identified, confidential or
 * anonymous, and is acknowledged within 7 days and answered within 3 months (the deadlines of the
 * Belgian whistleblowing law of 28 Nov 2022 for organisations of 50 workers or more).
 */
package org.gouvernail.domain.feedback;
