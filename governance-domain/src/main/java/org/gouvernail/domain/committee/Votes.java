package org.gouvernail.domain.committee;

import org.gouvernail.domain.shared.Check;

/** Value: the votes cast on a decision. */
public record Votes(int inFavour, int against, int abstain) {

    public Votes {
        Check.range("votes", inFavour, 0, Charter.LARGEST);
        Check.range("votes", against, 0, Charter.LARGEST);
        Check.range("votes", abstain, 0, Charter.LARGEST);
    }

    public int cast() {
        return inFavour + against + abstain;
    }
}
