package org.gouvernail.domain.todo.port.out;

import java.time.Instant;

/**
 * Out-port: the mails sent, one row per person and notice ("digest:2026-W49", "urgent:…"). A claim is
 * one insert on a unique key, committed before the mail leaves, so that of several API instances
 * exactly one sends each notice.
 */
public interface SentNotices {

    /** True if this call claimed the notice (committed: nobody else will send it), false if it was already claimed. */
    boolean claim(String subject, String notice, Instant at);

    /** Gives a claim back after a failed sending, so that the next run tries again. */
    void release(String subject, String notice);
}
