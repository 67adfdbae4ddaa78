/**
 * Files written so that a crash leaves the old content or the new, never half of either; a
 * directory held by one process; JSON files read into a tree without databind's start-up cost.
 */
package dev.paperboy.io;
