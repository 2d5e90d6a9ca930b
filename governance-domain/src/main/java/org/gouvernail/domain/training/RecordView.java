package org.gouvernail.domain.training;

/** Read model: a record with its status on the day it is read ({@code null} status when it is voided). */
public record RecordView(TrainingRecord record, RecordStatus status) {}
