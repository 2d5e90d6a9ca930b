package org.gouvernail.domain.training;

/**
 * Command: one line of a paper attendance sheet typed into a spreadsheet: the person, by e-mail or
 * by name as the organisation lists them, and their attendance.
 *
 * @param line the line number in the file, for the report
 */
public record AttendanceLine(int line, String email, String name, AttendanceStatus status) {}
