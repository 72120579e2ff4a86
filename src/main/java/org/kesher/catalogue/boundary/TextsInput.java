package org.kesher.catalogue.boundary;

import java.io.Serializable;
import org.kesher.catalogue.control.Texts;

/** The inputs of one text: Hebrew, Arabic and English, and Russian and Amharic where given. */
public class TextsInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String he;
  private String ar;
  private String en;
  private String ru;
  private String am;

  public TextsInput() {}

  public TextsInput(Texts texts) {
    if (texts != null) {
      he = texts.he();
      ar = texts.ar();
      en = texts.en();
      ru = texts.ru();
      am = texts.am();
    }
  }

  public Texts texts() {
    return new Texts(he, ar, en, ru, am);
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

  public String getRu() {
    return ru;
  }

  public void setRu(String ru) {
    this.ru = ru;
  }

  public String getAm() {
    return am;
  }

  public void setAm(String am) {
    this.am = am;
  }
}
