/**
 * Learners: each person's marks on the catalogue (read, done, saved) and what follows from them,
 * the next step on the list's path and the progress picture. Domain: no JDA, no SQL; marks are
 * kept behind the {@link dev.paperboy.learn.MarkStore} port.
 */
package dev.paperboy.learn;
