package org.gouvernail.domain.incident;

/**
 * Read model: the duties with a clock whose time has come (done, or still pending past their due
 * time; NOT_REQUIRED ones and pending ones not yet due are left out), and how many of them were
 * done by their due time.
 */
public record DutyTally(long due, long onTime) {}
