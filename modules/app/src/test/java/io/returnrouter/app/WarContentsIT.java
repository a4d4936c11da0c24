package io.returnrouter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The war that ships holds no private key: every file, also inside the jars in WEB-INF/lib, is
 * searched for a PEM private key block and for the development key's own text. (The auth jar used
 * to carry the development key pair; now only its public half is in there.)
 */
class WarContentsIT {

    /** A PEM private key block with content (class files may well name the marker in a message). */
    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----\\s*[A-Za-z0-9+/=\\s]{64,}");

    @Test
    void theWarHoldsNoPrivateKey() throws IOException {
        Path war = Path.of(System.getProperty("it.war", "target/returnrouter.war"));
        String devKeyBody = developmentKeyBody();
        List<String> found = new ArrayList<>();
        int[] files = {0};
        try (InputStream in = Files.newInputStream(war)) {
            scan(war.getFileName().toString(), in, devKeyBody, found, files);
        }

        assertThat(files[0]).as("files searched").isGreaterThan(1_000);
        assertThat(found).as("files with a private key").isEmpty();
    }

    private static void scan(String name, InputStream archive, String devKeyBody, List<String> found, int[] files)
            throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.isDirectory()) {
                continue;
            }
            byte[] content = zip.readAllBytes();
            files[0]++;
            String path = name + "!/" + entry.getName();
            if (entry.getName().endsWith(".jar")) {
                scan(path, new ByteArrayInputStream(content), devKeyBody, found, files);
                continue;
            }
            String text = new String(content, StandardCharsets.ISO_8859_1);
            if (PEM_PRIVATE_KEY.matcher(text).find() || text.contains(devKeyBody)) {
                found.add(path);
            }
        }
    }

    /** A line from the middle of the committed development private key. */
    private static String developmentKeyBody() throws IOException {
        Path key = Path.of("../../config/dev-keys/returnrouter-dev-private.pem");
        List<String> lines = Files.readAllLines(key, StandardCharsets.US_ASCII);
        return lines.get(lines.size() / 2);
    }
}
