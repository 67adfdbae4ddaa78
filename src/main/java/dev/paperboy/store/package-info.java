/**
 * The state in a database: SQLite in the state directory by default, PostgreSQL when several
 * processes share it. Implements the ports of {@code dev.paperboy.daily} with plain SQL both
 * databases read the same way; the schema is Flyway's migrations in {@code db/migration}. The only
 * package that knows JDBC.
 */
package dev.paperboy.store;
