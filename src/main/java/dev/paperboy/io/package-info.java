/**
 * Files written so that a crash leaves the old content or the new, never half of either.
 */
package dev.paperboy.io;
