package org.kesher.catalogue.boundary;

import java.io.Serializable;

/** Something to pick in a menu: its id and its name in the administrator's language. */
public record Choice(Long id, String name) implements Serializable {}
