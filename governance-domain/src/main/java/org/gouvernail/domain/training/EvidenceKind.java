package org.gouvernail.domain.training;

/** What proves a record; evidence is optional: art. 4 asks for no certificate (Commission Q&A on AI literacy). */
public enum EvidenceKind {
    ATTENDANCE_SHEET,
    CERTIFICATE,
    QUIZ,
    TRAINER_ATTESTATION,
    LINK
}
