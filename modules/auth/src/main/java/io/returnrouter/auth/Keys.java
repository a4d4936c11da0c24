package io.returnrouter.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSA and EC keys in PEM form (public: X.509 "PUBLIC KEY"; private: PKCS#8 "PRIVATE KEY", what
 * {@code openssl genpkey} writes), decoded by {@code java.security}; their fingerprints and key
 * ids; the committed DEVELOPMENT public key.
 */
public final class Keys {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final String DEV = "/io/returnrouter/auth/dev/";

    private Keys() {
    }

    /** Every public key in the text (several PEM blocks may follow each other: key rotation). */
    public static List<PublicKey> publicKeys(String pem) {
        List<PublicKey> keys = new ArrayList<>();
        Matcher m = PEM.matcher(pem);
        while (m.find()) {
            if (!m.group(1).equals("PUBLIC KEY")) {
                throw new IllegalArgumentException("expected PEM blocks of type PUBLIC KEY, found " + m.group(1));
            }
            keys.add(publicKey(decode(m.group(2))));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no -----BEGIN PUBLIC KEY----- block found");
        }
        return keys;
    }

    /** An X.509 SubjectPublicKeyInfo of an RSA (RS256) or P-256 EC (ES256) key. */
    private static PublicKey publicKey(byte[] der) {
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // not of this algorithm: try the next
            }
        }
        throw new IllegalArgumentException("not an RSA or EC public key");
    }

    /** A PKCS#8 RSA or EC private key. */
    public static PrivateKey privateKey(String pem) {
        Matcher m = PEM.matcher(pem);
        if (!m.find() || !m.group(1).equals("PRIVATE KEY")) {
            throw new IllegalArgumentException("expected a PKCS#8 -----BEGIN PRIVATE KEY----- block"
                    + " (convert with: openssl pkcs8 -topk8 -nocrypt -in key.pem)");
        }
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(decode(m.group(2))));
            } catch (GeneralSecurityException e) {
                // not of this algorithm: try the next
            }
        }
        throw new IllegalArgumentException("not an RSA or EC private key");
    }

    /** The public half of an RSA private key (PKCS#8 RSA keys carry it). */
    public static PublicKey publicKeyOf(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalArgumentException("not an RSA private key with CRT parameters");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(rsa.getModulus(),
                    rsa.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the key's X.509 encoding, hex: what {@code kid} and the logs name a key by. */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key id put in a token's header: the first 16 hex digits of the fingerprint. */
    public static String keyId(PublicKey key) {
        return fingerprint(key).substring(0, 16);
    }

    /**
     * The committed development public key (config/dev-keys; the only key half in the jar). Never
     * for production: accepted only in development mode.
     */
    public static PublicKey developmentPublicKey() {
        return publicKeys(resource("returnrouter-dev-public.pem")).get(0);
    }

    public static boolean isDevelopmentKey(PublicKey key) {
        return fingerprint(key).equals(fingerprint(developmentPublicKey()));
    }

    private static String resource(String name) {
        try (InputStream in = Keys.class.getResourceAsStream(DEV + name)) {
            if (in == null) {
                throw new IllegalStateException("development key " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64.replaceAll("\\s", ""));
    }
}
