/**
 * The risk register (audit et sécurité): what could go wrong with the association's use of AI,
 * rated likelihood × severity, treated, followed by mitigation actions and reviewed. Accepting a
 * HIGH or CRITICAL risk needs a committee decision; a starter catalogue helps a small team begin.
 */
package org.gouvernail.domain.risk;
