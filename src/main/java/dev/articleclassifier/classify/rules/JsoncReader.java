package dev.articleclassifier.classify.rules;

import dev.articleclassifier.parse.InputLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON with {@code //} and {@code /* *}{@code /} comments (and tolerated trailing commas) into
 * {@link JsoncNode}s that know their line. A small recursive-descent reader of its own rather than a JSON
 * library: it runs on the Lambda cold-start path, where loading and initialising a general-purpose parser costs
 * more than parsing the rules themselves. It reads the UTF-8 bytes as they are, without decoding the whole file
 * first: every character that gives JSON its structure is ASCII, so only the strings are decoded, each on its own
 * (most are ASCII, which decodes fastest). Duplicate keys are rejected, since in a hand-edited rules file they
 * are almost always a mistake.
 *
 * <p>A data file is bounded like any upload: no larger than the size limit ({@link InputLimits#DEFAULT_MAX_BYTES})
 * and nested no deeper than {@link #MAX_DEPTH} levels (the bundled files nest six), so a hostile file is a clear
 * error at load instead of a stack overflow or a long stall.
 */
public final class JsoncReader {

    /** The deepest nesting of objects and arrays a data file may have. */
    public static final int MAX_DEPTH = 64;

    /** The file's UTF-8 bytes; {@link #end} is where they stop. */
    private final byte[] text;
    private final int end;
    private final String file;
    private int pos;
    private int line = 1;
    private int depth;

    private JsoncReader(byte[] text, int start, String file) {
        this.text = text;
        this.end = text.length;
        this.pos = start;
        this.file = file;
    }

    /** Parses {@code content} (UTF-8, optional BOM); {@code file} names it in error messages. */
    public static JsoncNode read(byte[] content, String file) {
        if (content.length > InputLimits.DEFAULT_MAX_BYTES) {
            throw new DataFileException(file + ": file too large: " + content.length + " bytes, limit "
                    + InputLimits.DEFAULT_MAX_BYTES);
        }
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        JsoncReader reader = new JsoncReader(content, bom ? 3 : 0, file);
        reader.skipSpace();
        if (reader.pos >= reader.end) {
            throw new DataFileException(file + ":1: the file is empty");
        }
        JsoncNode root = reader.value(FieldPath.ROOT);
        reader.skipSpace();
        if (reader.pos < reader.end) {
            throw reader.fail("unexpected content after the top-level value");
        }
        return root;
    }

    private JsoncNode value(FieldPath path) {
        int at = line;
        char c = peek();
        switch (c) {
            case '{':
            case '[':
                if (++depth > MAX_DEPTH) {
                    throw fail("nested more than " + MAX_DEPTH + " levels deep (depth limit " + MAX_DEPTH + ")");
                }
                JsoncNode nested = c == '{' ? object(path, at) : array(path, at);
                depth--;
                return nested;
            case '"':
                return new JsoncNode(string(), file, at, path);
            case 't':
                word("true");
                return new JsoncNode(Boolean.TRUE, file, at, path);
            case 'f':
                word("false");
                return new JsoncNode(Boolean.FALSE, file, at, path);
            case 'n':
                word("null");
                return new JsoncNode(null, file, at, path);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return new JsoncNode(number(), file, at, path);
                }
                throw fail(c == 0 ? "unexpected end of file" : "unexpected character '" + characterAt(pos) + "'");
        }
    }

    private JsoncNode object(FieldPath path, int at) {
        pos++;
        Map<String, JsoncNode> fields = JsoncNode.newObject();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return new JsoncNode(fields, file, at, path);
            }
            if (peek() != '"') {
                throw fail("expected a field name in double quotes or '}'");
            }
            int keyLine = line;
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (fields.containsKey(name)) {
                line = keyLine;
                throw fail("Duplicate field '" + name + "'");
            }
            fields.put(name, value(path.field(name)));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != '}') {
                throw fail("expected ',' or '}' after a field");
            }
        }
    }

    private JsoncNode array(FieldPath path, int at) {
        pos++;
        List<JsoncNode> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == ']') {
                pos++;
                return new JsoncNode(items, file, at, path);
            }
            items.add(value(path.item(items.size())));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != ']') {
                throw fail("expected ',' or ']' after an array item");
            }
        }
    }

    private String string() {
        pos++;
        int start = pos;
        while (pos < end && text[pos] != '"' && text[pos] != '\\' && text[pos] != '\n') {
            pos++;
        }
        if (pos < end && text[pos] == '"') {
            return new String(text, start, pos++ - start, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder().append(new String(text, start, pos - start, StandardCharsets.UTF_8));
        while (true) {
            if (pos >= end) {
                throw fail("unterminated string");
            }
            int run = pos;
            while (pos < end && text[pos] != '"' && text[pos] != '\\' && text[pos] != '\n') {
                pos++;
            }
            out.append(new String(text, run, pos - run, StandardCharsets.UTF_8));
            if (pos >= end) {
                throw fail("unterminated string");
            }
            char c = (char) text[pos++];
            if (c == '"') {
                return out.toString();
            }
            if (c == '\n') {
                throw fail("line break inside a string");
            }
            char e = pos < end ? (char) text[pos++] : 0;
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > end) {
                        throw fail("bad \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(new String(text, pos, 4, StandardCharsets.ISO_8859_1), 16));
                    } catch (NumberFormatException ex) {
                        throw fail("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> throw fail("bad escape '\\" + (e < 0x80 ? String.valueOf(e) : characterAt(pos - 1)) + "'");
            }
        }
    }

    private Double number() {
        int start = pos;
        long digits = 0;
        boolean plain = true;
        for (; pos < end && isNumberByte(text[pos]); pos++) {
            byte b = text[pos];
            plain &= b >= '0' && b <= '9';
            digits = digits * 10 + (b - '0');
        }
        // a non-negative integer of up to 15 digits is exactly that double: no need of the general conversion
        if (plain && pos - start <= 15) {
            return (double) digits;
        }
        String number = new String(text, start, pos - start, StandardCharsets.ISO_8859_1);
        try {
            return Double.valueOf(number);
        } catch (NumberFormatException e) {
            throw fail("bad number '" + number + "'");
        }
    }

    private static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '.' || b == '-' || b == '+' || b == 'e' || b == 'E';
    }

    private void word(String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (pos + i >= end || text[pos + i] != expected.charAt(i)) {
                throw fail("unexpected word (expected " + expected + ")");
            }
        }
        pos += expected.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail("expected '" + c + "'");
        }
        pos++;
    }

    /** The byte at the reading position as a character (non-ASCII bytes are never structure), 0 at the end. */
    private char peek() {
        return pos < end ? (char) (text[pos] & 0xFF) : 0;
    }

    /** The whole character starting at byte {@code at}, decoded, for an error message. */
    private String characterAt(int at) {
        int lead = text[at] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return new String(text, at, Math.min(length, end - at), StandardCharsets.UTF_8);
    }

    /** Skips whitespace and comments, counting lines. */
    private void skipSpace() {
        while (pos < end) {
            byte c = text[pos];
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < end && text[pos + 1] == '/') {
                while (pos < end && text[pos] != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < end && text[pos + 1] == '*') {
                pos += 2;
                while (pos + 1 < end && !(text[pos] == '*' && text[pos + 1] == '/')) {
                    if (text[pos++] == '\n') {
                        line++;
                    }
                }
                if (pos + 1 >= end) {
                    throw fail("unterminated /* comment");
                }
                pos += 2;
            } else {
                return;
            }
        }
    }

    private DataFileException fail(String problem) {
        return new DataFileException(file + ":" + line + ": " + problem);
    }
}
