package dev.articleclassifier.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

class LocalEmulatorsTest {

    private final Backend backend = EmulatorBackend.shared();

    // Problem: s3rver stored aws-chunked signatures inside uploaded objects. Fix: unchunked uploads (LocalClients).
    @Test
    void s3Upload_roundTripsTheExactBytes() {
        backend.createBucket("round-trip");
        String text = "MOSCOW, Dec. 24 (Xinhua) -- Talks é ü 中文\n";

        backend.s3().putObject(b -> b.bucket("round-trip").key("incoming/a b+c.txt"),
                RequestBody.fromString(text, StandardCharsets.UTF_8));

        String read = backend.s3().getObjectAsBytes(b -> b.bucket("round-trip").key("incoming/a b+c.txt"))
                .asString(StandardCharsets.UTF_8);
        assertEquals(text, read);
    }

    // Problem: after Ctrl-C the S3 data folder and both emulator logs stayed in the temporary folder, though the
    // command said they go. Fix: the shutdown hook removes them, as close() does.
    @Test
    void shutdownHook_removesDataFolderLogsAndAnnouncement(@TempDir Path dir) {
        LocalEmulators emulators = LocalEmulators.start(Path.of(""));
        Path announcement = dir.resolve("stack.properties");
        emulators.announce(announcement, "articles", "bucket");
        List<Path> leftovers = emulators.leftovers();
        assertEquals(3, leftovers.size(), leftovers.toString());
        assertTrue(LocalStackFile.running(announcement).isPresent());

        emulators.runShutdownHook();

        leftovers.forEach(p -> assertFalse(Files.exists(p), p + " is left behind"));
        assertFalse(Files.exists(announcement));
        emulators.close();
    }

    @Test
    void running_ignoresAnAnnouncementOfAProcessThatIsGone(@TempDir Path dir) {
        Path file = dir.resolve("stack.properties");
        LocalStackFile.write(file, new LocalStackFile.Endpoints(Long.MAX_VALUE - 1, URI.create("http://127.0.0.1:1"),
                URI.create("http://127.0.0.1:2"), "articles", "bucket"));

        assertTrue(LocalStackFile.running(file).isEmpty());
    }

    @Test
    void createTable_leavesTableActiveWithTheTemplateIndex() {
        backend.createTable("template-shaped");

        var table = backend.dynamo().describeTable(b -> b.tableName("template-shaped")).table();
        assertEquals("ACTIVE", table.tableStatusAsString());
        assertTrue(table.globalSecondaryIndexes().stream().anyMatch(i -> i.indexName().equals("byTag")));
    }
}
