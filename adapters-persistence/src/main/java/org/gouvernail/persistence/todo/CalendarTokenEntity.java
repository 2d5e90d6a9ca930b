package org.gouvernail.persistence.todo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of table calendar_token: the digest of one person's calendar-feed token. */
@Entity
@Table(name = "calendar_token")
public class CalendarTokenEntity {

    @Id
    public String subject;

    // snake_case of tokenSha256 would be token_sha_256: the column is named after the digest it holds
    @Column(name = "token_sha256")
    public String tokenSha256;

    public Instant issuedAt;
}
