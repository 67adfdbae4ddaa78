package dev.paperboy.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A JSON file as Jackson's tree, built from the streaming parser alone. The config and the
 * catalogue are read on the start's critical path; an {@code ObjectMapper} there would first
 * build its databind machinery (about 130 ms of CPU in a cold JVM, more with records to
 * introspect), while the tokens of a small file make the same tree in a few milliseconds.
 */
public final class JsonTree {

    /** Plain JSON, as the catalogue and its English are written. */
    private static final JsonFactory STRICT = new JsonFactory();
    /** With {@code //} comments and trailing commas, as the example config documents itself. */
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /** The document in {@code json}, plain JSON; an empty file is the missing node. */
    public static JsonNode parse(byte[] json) throws IOException {
        return parse(STRICT, json);
    }

    /** The document in {@code json}, which may hold comments and trailing commas; an empty (or comments-only) file is the missing node. */
    public static JsonNode parseLenient(byte[] json) throws IOException {
        return parse(LENIENT, json);
    }

    private static JsonNode parse(JsonFactory factory, byte[] json) throws IOException {
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() == null) {
                return MissingNode.getInstance();
            }
            JsonNode root = value(p);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected " + p.currentToken().asString()
                        + " after the end of the document");
            }
            return root;
        }
    }

    private static JsonNode value(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    object.set(key, value(p));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected " + token);
        }
    }
}
