package org.kesher.ground.boundary;

import org.kesher.ground.control.Language;

/**
 * The language the logged-in staff member reads Kesher in. The access feature knows who is logged
 * in and provides it; screens of lower floors (the catalogue's) ask for only this.
 */
public interface StaffLanguage {

  /** The staff member's language, or the default one when they chose none. */
  Language language();
}
