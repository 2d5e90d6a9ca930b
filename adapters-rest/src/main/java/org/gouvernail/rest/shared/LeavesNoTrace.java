package org.gouvernail.rest.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose caller must leave no trace (anonymous feedback, receipts), or whose
 * answer carries a secret shown once and stored only as a hash (a calendar token): the
 * Idempotency-Key filter ignores it, since its store is keyed by the caller's subject and keeps the
 * request's path and answer for a day. A retry of such a request may therefore create a duplicate.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LeavesNoTrace {}
