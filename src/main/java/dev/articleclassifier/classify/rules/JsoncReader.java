package dev.articleclassifier.classify.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON with {@code //} and {@code /* *}{@code /} comments into {@link JsoncNode}s that know their line.
 * Uses Jackson's streaming parser only (cheap to load: this runs on the Lambda cold-start path) and rejects
 * duplicate keys, which in a hand-edited rules file are almost always a mistake.
 */
public final class JsoncReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsoncReader() {
    }

    /** Parses {@code content}; {@code file} names it in error messages. */
    public static JsoncNode read(byte[] content, String file) {
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DataFileException(file + ":1: the file is empty");
            }
            JsoncNode root = readValue(parser, file, "");
            if (parser.nextToken() != null) {
                throw new DataFileException(file + ":" + parser.currentLocation().getLineNr()
                        + ": unexpected content after the top-level value");
            }
            return root;
        } catch (JsonParseException e) {
            throw new DataFileException(file + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsoncNode readValue(JsonParser p, String file, String path) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsoncNode> fields = JsoncNode.newObject();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, readValue(p, file, path.isEmpty() ? quote(name) : path + "." + quote(name)));
                }
                return new JsoncNode(fields, file, line, path);
            }
            case START_ARRAY -> {
                List<JsoncNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file, path + "[" + items.size() + "]"));
                }
                return new JsoncNode(items, file, line, path);
            }
            case VALUE_STRING -> {
                return new JsoncNode(p.getText(), file, line, path);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsoncNode(p.getDoubleValue(), file, line, path);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsoncNode(token == JsonToken.VALUE_TRUE, file, line, path);
            }
            case VALUE_NULL -> {
                return new JsoncNode(null, file, line, path);
            }
            default -> throw new DataFileException(file + ":" + line + ": unexpected " + token);
        }
    }

    private static String quote(String name) {
        return name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_') ? name : "\"" + name + "\"";
    }
}
