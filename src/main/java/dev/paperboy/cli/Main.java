package dev.paperboy.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run} (the default), {@code import}, {@code preview}, {@code check}.
 * Every expected failure (bad config, bad catalogue, missing token) ends as a message and a
 * non-zero exit status, never as a stack trace.
 */
@Command(name = "paperboy", mixinStandardHelpOptions = true, version = "Paperboy 0.1",
        description = "A Discord bot that brings a deep-learning catalogue and a paper of the day to study groups.",
        subcommands = {RunCommand.class, ImportCommand.class, PreviewCommand.class, CheckCommand.class})
public final class Main implements Callable<Integer> {

    /** When main began: start-up phases are logged from here (the JVM's own start is a few hundred ms earlier). */
    static final long STARTED_MILLIS = System.currentTimeMillis();

    public static void main(String[] args) {
        if (args.length == 0) {
            // `java -jar paperboy.jar`, as the container starts it: run the bot without building
            // picocli's model of every subcommand first (reflection, a few hundred ms of a cold start)
            System.exit(runDirectly());
        }
        System.exit(execute(args));
    }

    /** What picocli does for no arguments ({@link #call()}), with its failure handler. */
    private static int runDirectly() {
        try {
            return new RunCommand().call();
        } catch (Exception e) {
            System.err.println("paperboy: " + e.getMessage());
            return 2;
        }
    }

    static int execute(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("paperboy: " + e.getMessage());
                    return 2;
                })
                .execute(args);
    }

    /** No subcommand: run the bot, as {@code java -jar paperboy.jar} is expected to. */
    @Override
    public Integer call() throws Exception {
        return new RunCommand().call();
    }
}
