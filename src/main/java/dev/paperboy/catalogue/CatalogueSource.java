package dev.paperboy.catalogue;

/**
 * Where the catalogue's content comes from, named in every card's footer as its licence asks.
 *
 * @param name    e.g. {@code leemengtw/deep-learning-resources}
 * @param url     the list's address
 * @param licence e.g. {@code MIT, Copyright (c) 2019 LeeMeng}
 */
public record CatalogueSource(String name, String url, String licence) {
}
