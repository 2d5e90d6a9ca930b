package org.gouvernail.rest.shared;

import java.util.Base64;
import java.util.HexFormat;

/** The RFC 9530 {@code Repr-Digest} header of a representation whose SHA-256 is known as hex. */
public final class ReprDigest {

    public static final String HEADER = "Repr-Digest";

    private ReprDigest() {}

    public static String sha256(String sha256Hex) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex)) + ":";
    }
}
