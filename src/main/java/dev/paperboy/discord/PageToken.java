package dev.paperboy.discord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page button's custom id, carrying everything needed to draw that page again, so pages keep
 * turning after a restart with nothing stored: {@code pg:<command>:<owner>:<page>:<args...>}.
 * The last argument (free text) may contain ':'; the others are catalogue keys that cannot.
 * Discord allows 100 characters: free text that does not fit is cut, so a very long query turns
 * its pages as the search for its first words (catalogue keys are at most 25 characters, which
 * leaves the text 30 characters at least).
 */
record PageToken(String command, long owner, int page, List<String> args) {

    static final String PREFIX = "pg";
    /** The page indicator's id: never pressed (disabled), but ids must be unique in a message. */
    static final String INDICATOR = "pg-indicator";
    static final int MAX_ID = 100;

    PageToken {
        args = List.copyOf(args);
    }

    String id() {
        StringBuilder id = new StringBuilder(PREFIX).append(':').append(command).append(':').append(owner)
                .append(':').append(page).append(':');
        for (int i = 0; i < args.size() - 1; i++) {
            id.append(args.get(i)).append(':');
        }
        if (!args.isEmpty()) {
            String text = args.get(args.size() - 1);
            int room = MAX_ID - id.length();
            int end = Math.min(text.length(), Math.max(0, room));
            if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            id.append(text, 0, end);
        }
        if (id.length() > MAX_ID) {
            throw new IllegalStateException("page id over " + MAX_ID + " characters: " + id);
        }
        return id.toString();
    }

    /**
     * A page of a command's answer to a request: the values of {@code pagedOptions}, in that order
     * (empty for an option not given), owned by the user who asked.
     */
    static PageToken of(String command, List<String> pagedOptions, CommandRequest request, int page) {
        List<String> values = pagedOptions.stream().map(o -> Optional.ofNullable(request.option(o)).orElse("")).toList();
        return new PageToken(command, request.userId(), page, values);
    }

    /**
     * The request this page answers, as the owner made it: the values read back under the same
     * {@code pagedOptions} that made the id.
     */
    CommandRequest request(List<String> pagedOptions, Messages messages) {
        if (pagedOptions.size() != args.size()) {
            throw new IllegalArgumentException("a page id of " + args.size() + " options read as " + pagedOptions);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            if (!args.get(i).isEmpty()) {
                options.put(pagedOptions.get(i), args.get(i));
            }
        }
        return new CommandRequest(command, null, options, messages, owner);
    }

    /** The same query at another page. */
    PageToken at(int otherPage) {
        return new PageToken(command, owner, otherPage, args);
    }

    static Optional<PageToken> parse(String id, int argCount) {
        String[] head = id.split(":", 5);
        if (head.length < 4 || !head[0].equals(PREFIX)) {
            return Optional.empty();
        }
        try {
            long owner = Long.parseLong(head[2]);
            int page = Integer.parseInt(head[3]);
            List<String> args = new ArrayList<>(argCount);
            if (argCount > 0) {
                String rest = head.length == 5 ? head[4] : "";
                args.addAll(Arrays.asList(rest.split(":", argCount)));
                while (args.size() < argCount) {
                    args.add("");
                }
            }
            return Optional.of(new PageToken(head[1], owner, page, args));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String commandOf(String id) {
        String[] head = id.split(":", 3);
        return head.length >= 2 && head[0].equals(PREFIX) ? head[1] : null;
    }
}
