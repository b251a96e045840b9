package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.store.ObjectRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3EventDecoderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "incoming/plain.txt                              | incoming/plain.txt",
            "incoming/desk+notes/a+b.txt                     | incoming/desk notes/a b.txt",
            "incoming/C%2B%2B+update.txt                     | incoming/C++ update.txt",
            "incoming/S%C3%A3o+Paulo.txt                     | incoming/São Paulo.txt",
            "incoming/%E5%8C%97%E4%BA%AC.txt                 | incoming/北京.txt",
            "incoming/100%25+sure.txt                        | incoming/100% sure.txt"})
    void decodeKey_readsFormEncodingAsUtf8(String encoded, String decoded) {
        assertEquals(decoded, S3EventDecoder.decodeKey(encoded));
    }

    @ParameterizedTest
    @CsvSource({
            "ObjectCreated:Put, CREATED",
            "ObjectCreated:CompleteMultipartUpload, CREATED",
            "s3:ObjectCreated:Copy, CREATED",
            "ObjectRemoved:Delete, REMOVED",
            "ObjectRemoved:DeleteMarkerCreated, REMOVED",
            "ObjectRestore:Completed, UNSUPPORTED",
            "s3:TestEvent, UNSUPPORTED"})
    void kindOf_groupsEventNames(String eventName, ObjectEvent.Kind kind) {
        assertEquals(kind, S3EventDecoder.kindOf(eventName));
    }

    @Test
    void decode_readsTheSeedPutEvent() throws IOException {
        ObjectEvent event = decodeOnly("s3-put-seed-article.json");

        assertEquals(ObjectEvent.Kind.CREATED, event.kind());
        assertEquals("article-classifier-local", event.object().bucket());
        assertEquals("incoming/xinhua-russia-france-turkey-is.txt", event.object().key());
        assertEquals(2395, event.object().size());
        assertEquals("0065F1A2B3C4D5E6F7", event.sequencer());
        assertEquals(Instant.parse("2015-12-24T08:15:02Z"), event.eventTime());
    }

    @Test
    void decode_readsTheKeyWithSpacesPlusAndNonAscii() throws IOException {
        assertEquals("incoming/desk notes/São Paulo C+ update.txt",
                decodeOnly("s3-put-encoded-key.json").object().key());
    }

    @Test
    void decode_keepsEveryRecordOfAMultiRecordEventInOrder() throws IOException {
        List<ObjectEvent> events = S3EventDecoder.decode(read("s3-put-multiple-records.json"));

        assertEquals(List.of("incoming/reuters-brazil-central-bank-rates.txt",
                "incoming/ap-kenya-floods-displace-thousands.txt", "incoming/empty-upload.txt"),
                events.stream().map(e -> e.object().key()).toList());
    }

    @Test
    void decode_readsADeleteWithoutSizeOrETag() throws IOException {
        ObjectEvent event = decodeOnly("s3-delete-seed-article.json");

        assertEquals(ObjectEvent.Kind.REMOVED, event.kind());
        assertEquals(-1, event.object().size());
        assertNull(event.object().eTag());
    }

    @ParameterizedTest(name = "{0} of version {1}")
    @CsvSource(nullValues = "null", value = {
            "ObjectRemoved:Delete, v1, true",
            "ObjectRemoved:Delete, null, false",
            "ObjectRemoved:DeleteMarkerCreated, v1, false",
            "ObjectCreated:Put, v1, false",
    })
    void isVersionDelete_onlyForAPermanentDeleteNamingAVersion(String eventName, String versionId, boolean expected) {
        ObjectEvent event = new ObjectEvent(S3EventDecoder.kindOf(eventName), eventName,
                new ObjectRef("b", "k", versionId, null, -1), "0A", null);
        assertEquals(expected, event.isVersionDelete());
    }

    @Test
    void decode_returnsNothingForAnEventWithoutRecords() {
        assertTrue(S3EventDecoder.decode("{}").isEmpty());
        assertTrue(S3EventDecoder.decode("{\"Records\": []}").isEmpty());
    }

    @Test
    void decode_refusesWhatIsNotAJsonObject() {
        assertThrows(IllegalArgumentException.class, () -> S3EventDecoder.decode("[1, 2]"));
        assertThrows(IllegalArgumentException.class, () -> S3EventDecoder.decode("not json"));
    }

    @Test
    void decode_readsTheVersionIdOfAVersionedBucket() throws IOException {
        assertEquals("3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", decodeOnly("s3-put-versioned-object.json").object().versionId());
    }

    @Test
    void decode_readsTheEventTimeToTheMillisecond() {
        String event = new S3Notifications().created("b", "k", 1, null)
                .replaceFirst("\"eventTime\":\"[^\"]*\"", "\"eventTime\":\"2026-11-02T08:00:00.123Z\"");

        assertEquals(Instant.parse("2026-11-02T08:00:00.123Z"),
                S3EventDecoder.decode(S3Notifications.event(List.of(event))).get(0).eventTime());
    }

    @Test
    void notifications_encodeKeysSoTheDecoderGetsThemBack() {
        String key = "incoming/desk notes/São Paulo C+ update 100%.txt";
        String event = S3Notifications.event(List.of(new S3Notifications().created("b", key, 10, "\"abc\"")));

        ObjectEvent decoded = S3EventDecoder.decode(event).get(0);

        assertEquals(key, decoded.object().key());
        assertEquals("abc", decoded.object().eTag());
        assertEquals(10, decoded.object().size());
    }

    @Test
    void notifications_giveEachEventAGreaterSequencer() {
        S3Notifications notifications = new S3Notifications();
        String first = S3EventDecoder.decode(S3Notifications.event(List.of(notifications.created("b", "k", 1, "e"))))
                .get(0).sequencer();
        String second = S3EventDecoder.decode(S3Notifications.event(List.of(notifications.removed("b", "k"))))
                .get(0).sequencer();

        assertTrue(dev.articleclassifier.store.Sequencers.compare(first, second) < 0, first + " < " + second);
    }

    private static ObjectEvent decodeOnly(String file) throws IOException {
        List<ObjectEvent> events = S3EventDecoder.decode(read(file));
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static byte[] read(String file) throws IOException {
        return Files.readAllBytes(Path.of("events", file));
    }
}
