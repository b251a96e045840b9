package dev.articleclassifier.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;
import java.nio.charset.StandardCharsets;
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

    @Test
    void createTable_leavesTableActiveWithTheTemplateIndex() {
        backend.createTable("template-shaped");

        var table = backend.dynamo().describeTable(b -> b.tableName("template-shaped")).table();
        assertEquals("ACTIVE", table.tableStatusAsString());
        assertTrue(table.globalSecondaryIndexes().stream().anyMatch(i -> i.indexName().equals("byTag")));
    }
}
