package io.returnrouter.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationIndexTest {

    @Test
    void indexListsExactlyTheSqlFilesOfTheMigrationFolder() throws IOException {
        Path folder = Path.of("src/main/resources", IndexedMigrations.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            var sqlFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();

            assertThat(IndexedMigrations.readIndex(getClass().getClassLoader()))
                    .as("every migration must be listed in %s", IndexedMigrations.INDEX)
                    .containsExactlyInAnyOrderElementsOf(sqlFiles);
        }
    }
}
