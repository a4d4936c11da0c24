package io.returnrouter.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;

/**
 * The committed DEVELOPMENT private key, read at run time from the clone's
 * {@code config/dev-keys/returnrouter-dev-private.pem}: it is in no jar or war, so nothing that
 * ships can mint development tokens. The CLI and the tests find it from the working directory
 * upwards, or in the folder named by {@code RETURNROUTER_DEV_KEYS_DIR}.
 */
public final class DevelopmentKeys {

    static final String PRIVATE_KEY_FILE = "returnrouter-dev-private.pem";
    static final String DIR_VARIABLE = "RETURNROUTER_DEV_KEYS_DIR";

    private DevelopmentKeys() {
    }

    /** The development private key, from a clone of the repository. */
    public static PrivateKey privateKey() {
        Path file = locate(System.getenv(DIR_VARIABLE), Path.of(System.getProperty("user.dir")));
        try {
            return Keys.privateKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the development key " + file + ": " + e.getMessage(), e);
        }
    }

    static Path locate(String configuredDir, Path start) {
        if (configuredDir != null && !configuredDir.isBlank()) {
            return Path.of(configuredDir, PRIVATE_KEY_FILE);
        }
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("config").resolve("dev-keys").resolve(PRIVATE_KEY_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the development key config/dev-keys/" + PRIVATE_KEY_FILE + " is not in "
                + start.toAbsolutePath() + " or a folder above it: run from a clone of the repository, set "
                + DIR_VARIABLE + ", or sign with your own key (--key-file, RETURNROUTER_AUTH_PRIVATE_KEY_FILE)");
    }
}
