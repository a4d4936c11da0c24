package io.returnrouter.persistence.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * Gives Flyway the migrations named in {@code db/migration/index.txt} instead of letting it scan
 * the class path: Liberty's class loader cannot list a folder inside a jar inside a war, and an
 * explicit list behaves the same in the server, the CLI and the tests.
 */
final class IndexedMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration";
    static final String INDEX = FOLDER + "/index.txt";

    private final List<LoadableResource> resources;

    IndexedMigrations(ClassLoader classLoader) {
        Location location = new Location("classpath:" + FOLDER);
        this.resources = readIndex(classLoader).stream()
                .map(name -> (LoadableResource) new ClassPathResource(location, FOLDER + "/" + name, classLoader, StandardCharsets.UTF_8))
                .toList();
    }

    /** The file names the index lists, without comments and blank lines. */
    static List<String> readIndex(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("Migration index " + INDEX + " is missing from the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(r -> r.getRelativePath().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream()
                .filter(r -> r.getFilename().startsWith(prefix))
                .filter(r -> Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith))
                .toList();
    }
}
