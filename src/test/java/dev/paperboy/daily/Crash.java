package dev.paperboy.daily;

/** Stands for the process dying at this point (kill -9): nothing after it runs. */
final class Crash extends Error {

    Crash(String where) {
        super("simulated crash: " + where);
    }
}
