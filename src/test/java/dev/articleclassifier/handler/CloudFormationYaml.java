package dev.articleclassifier.handler;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CloudFormation / SAM template, turning the short-form intrinsic tags into the long form CloudFormation
 * itself uses: {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes
 * {@code {"Fn::GetAtt": ["A", "B"]}} and any other {@code !Name v} becomes {@code {"Fn::Name": v}}. A plain YAML
 * reader would drop the tags and make {@code !Sub '${Table.Arn}'} indistinguishable from a literal string.
 */
final class CloudFormationYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudFormationYaml() {
    }

    static JsonNode read(Path template) throws IOException {
        try (YAMLParser parser = new YAMLFactory().createParser(Files.newInputStream(template))) {
            parser.nextToken();
            return value(parser);
        }
    }

    private static JsonNode value(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId();
        JsonNode plain = untagged(parser);
        return tag == null ? plain : intrinsic(tag, plain);
    }

    private static JsonNode untagged(YAMLParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, value(parser));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_NUMBER_INT:
                return NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(parser.getText());
        }
    }

    private static JsonNode intrinsic(String tag, JsonNode argument) {
        String name = tag.startsWith("!") ? tag.substring(1) : tag;
        ObjectNode function = NODES.objectNode();
        if (name.equals("Ref") || name.equals("Condition")) {
            function.set(name, argument);
        } else if (name.equals("GetAtt") && argument.isTextual()) {
            String text = argument.asText();
            int dot = text.indexOf('.');
            function.set("Fn::GetAtt", NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1)));
        } else {
            function.set("Fn::" + name, argument);
        }
        return function;
    }
}
