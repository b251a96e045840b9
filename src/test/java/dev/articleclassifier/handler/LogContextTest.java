package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogContextTest {

    @Test
    void stamp_putsTheRequestIdAndColdStartFirst() {
        LogContext context = new LogContext();
        context.begin("8f5b-1");

        assertEquals("{\"requestId\":\"8f5b-1\",\"coldStart\":true,\"level\":\"INFO\"}",
                context.stamp("{\"level\":\"INFO\"}"));
    }

    @Test
    void begin_marksOnlyTheFirstInvocationAsColdStart() {
        LogContext context = new LogContext();
        context.begin("a");
        context.begin("b");

        assertEquals("{\"requestId\":\"b\",\"coldStart\":false,\"x\":1}", context.stamp("{\"x\":1}"));
    }

    @Test
    void stamp_beforeAnyInvocation_saysColdStartWithoutRequestId() {
        assertEquals("{\"coldStart\":true,\"message\":\"primed\"}", new LogContext().stamp("{\"message\":\"primed\"}"));
    }

    @Test
    void stamp_handlesAnEmptyObjectAndLeavesOtherLinesAlone() {
        LogContext context = new LogContext();

        assertEquals("{\"coldStart\":true}", context.stamp("{}"));
        assertEquals("plain text", context.stamp("plain text"));
    }

    @Test
    void stamp_escapesARequestIdThatIsNotPlainAscii() {
        LogContext context = new LogContext();
        context.begin("a\"b\u00e9");

        assertEquals("{\"requestId\":\"a\\\"b\\u00e9\",\"coldStart\":true}", context.stamp("{}"));
    }

    @Test
    void stamping_passesStampedLinesToTheSink() {
        LogContext context = new LogContext();
        List<String> lines = new ArrayList<>();
        context.begin("r1");

        context.stamping(lines::add).accept("{\"n\":1}");

        assertEquals(List.of("{\"requestId\":\"r1\",\"coldStart\":true,\"n\":1}"), lines);
    }
}
