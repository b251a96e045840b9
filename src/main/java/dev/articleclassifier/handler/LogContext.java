package dev.articleclassifier.handler;

import java.util.function.Consumer;

/**
 * What every log line of the function says about the invocation it belongs to: Lambda's request id, to find all
 * the lines of one invocation (and the invocation of one line) in CloudWatch Logs Insights, and whether it ran in
 * a cold start, the first invocation of a container (with SnapStart: the first after a restore).
 *
 * <p>A line is stamped as it is written: the fields go first in the JSON object, so record lines, rules-change
 * warnings and EMF metric lines all carry them without knowing of each other. Lines written before the first
 * invocation (SnapStart priming at init) carry {@code coldStart: true} and no request id. Lambda runs one
 * invocation at a time per container, so one context per handler is enough.
 */
public final class LogContext {

    private volatile String requestId;
    private volatile boolean coldStart = true;
    private boolean invoked;

    /** Marks the start of an invocation; {@code requestId} is null where no Lambda context exists (local runs). */
    public synchronized void begin(String requestId) {
        this.coldStart = !invoked;
        this.invoked = true;
        this.requestId = requestId;
    }

    /** A sink that stamps every JSON-object line with the current invocation before passing it on. */
    public Consumer<String> stamping(Consumer<String> sink) {
        return line -> sink.accept(stamp(line));
    }

    /** The line with {@code requestId} (when known) and {@code coldStart} as its first fields. */
    String stamp(String line) {
        if (!line.startsWith("{")) {
            return line;
        }
        String id = requestId;
        StringBuilder stamped = new StringBuilder(line.length() + 72).append('{');
        if (id != null) {
            stamped.append("\"requestId\":\"").append(escape(id)).append("\",");
        }
        stamped.append("\"coldStart\":").append(coldStart);
        String rest = line.substring(1).stripLeading();
        if (!rest.startsWith("}")) {
            stamped.append(',');
        }
        return stamped.append(rest).toString();
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
