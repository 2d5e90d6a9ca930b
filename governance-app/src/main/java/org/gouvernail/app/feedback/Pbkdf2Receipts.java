package org.gouvernail.app.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.spec.KeySpec;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.gouvernail.domain.feedback.Receipt;
import org.gouvernail.domain.feedback.port.out.ReceiptHasher;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Receipt hasher: PBKDF2 with HMAC-SHA-512 from the JDK, {@value #ITERATIONS} iterations (the
 * OWASP password-storage figure for this function). The salt is per organisation (a fixed prefix
 * and its id), not per item, so that the receipt alone finds its item with one hash instead of one
 * per stored item; 10^16 receipts times a slow hash per organisation is still out of reach.
 */
@ApplicationScoped
public class Pbkdf2Receipts implements ReceiptHasher {

    static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 256;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Override
    public String hash(OrganisationId organisationId, Receipt receipt) {
        byte[] salt = ("gouvernail-feedback-receipt:" + organisationId).getBytes(StandardCharsets.UTF_8);
        KeySpec spec = new PBEKeySpec(receipt.digits().toCharArray(), salt, ITERATIONS, KEY_BITS);
        try {
            byte[] key =
                    SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
