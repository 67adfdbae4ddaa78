package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough multipart/form-data to read JDA's {@code payload_json} part and the names of files. */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {}

    static JsonNode payloadJson(byte[] body, String contentType, List<String> files) {
        return payloadJson(body, contentType, files, new java.util.ArrayList<>());
    }

    /** The same, with each file part's bytes added to {@code contents}, in the order of {@code files}. */
    static JsonNode payloadJson(byte[] body, String contentType, List<String> files, List<byte[]> contents) {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            return null;
        }
        // ISO-8859-1 maps bytes 1:1, so offsets stay valid for binary file parts
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + b.group(1);
        JsonNode payload = null;
        for (String part : text.split(Pattern.quote(delimiter))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String content = part.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher filename = FILENAME.matcher(headers);
            Matcher name = NAME.matcher(headers);
            if (filename.find()) {
                files.add(filename.group(1));
                contents.add(content.getBytes(StandardCharsets.ISO_8859_1));
            } else if (name.find() && name.group(1).equals("payload_json")) {
                payload = Json.parseOrNull(new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
        return payload;
    }
}
