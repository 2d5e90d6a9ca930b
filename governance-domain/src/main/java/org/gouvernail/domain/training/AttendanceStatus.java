package org.gouvernail.domain.training;

/** Whether one person attended a session, as the attendance sheet says. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
