package org.gouvernail.domain.shared;

import java.util.UUID;

/** Out-port: new identities, time-ordered so that keyset pagination follows creation order. */
public interface IdGenerator {

    UUID next();
}
