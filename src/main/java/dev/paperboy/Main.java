package dev.paperboy;
public final class Main { public static void main(String[] a) {} }
