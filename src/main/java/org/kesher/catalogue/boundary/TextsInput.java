package org.kesher.catalogue.boundary;

import java.io.Serializable;
import org.kesher.catalogue.control.Texts;

/** Three inputs of one text, in Hebrew, Arabic and English. */
public class TextsInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String he;
  private String ar;
  private String en;

  public TextsInput() {}

  public TextsInput(Texts texts) {
    if (texts != null) {
      he = texts.he();
      ar = texts.ar();
      en = texts.en();
    }
  }

  public Texts texts() {
    return new Texts(he, ar, en);
  }

  public String getHe() {
    return he;
  }

  public void setHe(String he) {
    this.he = he;
  }

  public String getAr() {
    return ar;
  }

  public void setAr(String ar) {
    this.ar = ar;
  }

  public String getEn() {
    return en;
  }

  public void setEn(String en) {
    this.en = en;
  }
}
