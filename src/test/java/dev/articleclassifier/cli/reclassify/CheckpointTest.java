package dev.articleclassifier.cli.reclassify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    private static final String ID_1 = "0123456789abcdef0123456789abcdef";
    private static final String ID_2 = "fedcba9876543210fedcba9876543210";

    @TempDir
    Path dir;

    @Test
    void open_remembersIdsMarkedByAnEarlierRun() {
        Path file = dir.resolve("cp");
        try (Checkpoint first = Checkpoint.open(file, "hash1")) {
            first.markDone(ID_1);
        }

        try (Checkpoint second = Checkpoint.open(file, "hash1")) {
            assertTrue(second.isDone(ID_1));
            assertFalse(second.isDone(ID_2));
            assertEquals(1, second.doneBefore());
        }
    }

    @Test
    void open_refusesACheckpointOfOtherRules() {
        Path file = dir.resolve("cp");
        Checkpoint.open(file, "hash1").close();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.open(file, "hash2"));

        assertTrue(e.getMessage().contains("hash1"), e.getMessage());
    }

    @Test
    void open_refusesAFileThatIsNoCheckpoint() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "shopping list\n");

        assertThrows(IllegalArgumentException.class, () -> Checkpoint.open(file, "hash1"));
    }

    @Test
    void open_ignoresALineCutShortByACrash() throws IOException {
        // Problem: a run killed mid-write leaves half an id on the last line. Fix: only whole ids count, and the
        // next id starts on a fresh line.
        Path file = Files.writeString(dir.resolve("cp"), "# reclassify checkpoint, rules hash1\n" + ID_1 + "\nfedcba98");

        try (Checkpoint checkpoint = Checkpoint.open(file, "hash1")) {
            assertEquals(1, checkpoint.doneBefore());
            checkpoint.markDone(ID_2);
        }

        assertTrue(Files.readAllLines(file).contains(ID_2));
    }
}
