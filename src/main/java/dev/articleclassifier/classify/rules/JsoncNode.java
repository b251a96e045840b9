package dev.articleclassifier.classify.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value read from a JSON-with-comments data file that remembers where it came from (file, line, field path),
 * so validation errors can point a rule author at the exact place. The accessors throw {@link DataFileException}
 * with that location when the value has the wrong type.
 */
public final class JsoncNode {

    private final Object value;
    private final String file;
    private final int line;
    private final FieldPath path;

    JsoncNode(Object value, String file, int line, FieldPath path) {
        this.value = value;
        this.file = file;
        this.line = line;
        this.path = path;
    }

    public String path() {
        return path.toString();
    }

    public int line() {
        return line;
    }

    /** An error at this node's place. */
    public DataFileException error(String problem) {
        return new DataFileException(file + ":" + line + ": " + (path == FieldPath.ROOT ? "(top level)" : path) + ": " + problem);
    }

    public boolean isObject() {
        return value instanceof Map;
    }

    public boolean isNumber() {
        return value instanceof Number;
    }

    public boolean isString() {
        return value instanceof String;
    }

    @SuppressWarnings("unchecked")
    public Map<String, JsoncNode> asObject() {
        if (!isObject()) {
            throw error("expected an object, got " + describe());
        }
        return (Map<String, JsoncNode>) value;
    }

    @SuppressWarnings("unchecked")
    public List<JsoncNode> asArray() {
        if (!(value instanceof List)) {
            throw error("expected an array, got " + describe());
        }
        return (List<JsoncNode>) value;
    }

    public String asText() {
        if (!isString() || ((String) value).isBlank()) {
            throw error("expected a non-empty string, got " + describe());
        }
        return (String) value;
    }

    public double asNumber(double min, double max) {
        if (!isNumber()) {
            throw error("expected a number, got " + describe());
        }
        double d = ((Number) value).doubleValue();
        if (d < min || d > max) {
            throw error("expected a number from " + min + " to " + max + ", got " + d);
        }
        return d;
    }

    public boolean asBoolean() {
        if (!(value instanceof Boolean)) {
            throw error("expected true or false, got " + describe());
        }
        return (Boolean) value;
    }

    /** A required field of this object. */
    public JsoncNode required(String field) {
        JsoncNode child = asObject().get(field);
        if (child == null || child.value == null) {
            throw error("missing required field \"" + field + "\"");
        }
        return child;
    }

    /** An optional field of this object, or {@code null}. */
    public JsoncNode optional(String field) {
        JsoncNode child = asObject().get(field);
        return child == null || child.value == null ? null : child;
    }

    /** A list of strings, or an empty list when the field is absent. */
    public List<String> strings(String field) {
        JsoncNode node = optional(field);
        List<String> out = new ArrayList<>();
        if (node != null) {
            for (JsoncNode item : node.asArray()) {
                out.add(item.asText());
            }
        }
        return out;
    }

    /** Rejects fields this object is not allowed to have: catches typos such as "treshold". */
    public void allowOnly(String... fields) {
        for (String key : asObject().keySet()) {
            if (!isOneOf(key, fields)) {
                throw asObject().get(key).error("unknown field \"" + key + "\" (allowed: " + String.join(", ", fields) + ")");
            }
        }
    }

    private static boolean isOneOf(String key, String[] fields) {
        for (String field : fields) {
            if (field.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private String describe() {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return value.toString();
    }

    static Map<String, JsoncNode> newObject() {
        return new LinkedHashMap<>();
    }
}
