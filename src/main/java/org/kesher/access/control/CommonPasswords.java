package org.kesher.access.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;

/**
 * The list of common and breached passwords shipped with Kesher ({@code common-passwords.txt.gz}
 * beside this class; its source and licence in {@code common-passwords.SOURCE.md}): read once, and
 * kept as a sorted array searched in halves (Passay's dictionary), ignoring case. Only entries at
 * least as long as the length rule's minimum are kept, since shorter ones are refused anyway.
 */
public final class CommonPasswords {

  static final String RESOURCE = "common-passwords.txt.gz";

  private static volatile CommonPasswords shipped;

  private final WordListDictionary dictionary;
  private final int read;

  private CommonPasswords(WordListDictionary dictionary, int read) {
    this.dictionary = dictionary;
    this.read = read;
  }

  /** The shipped list, read at the first call. */
  public static CommonPasswords shipped() {
    CommonPasswords list = shipped;
    if (list == null) {
      synchronized (CommonPasswords.class) {
        if (shipped == null) {
          try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            shipped = read(new GZIPInputStream(in), PasswordPolicy.MIN_LENGTH);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        list = shipped;
      }
    }
    return list;
  }

  /** A list read from one password a line, keeping those of at least {@code minLength}. */
  static CommonPasswords read(InputStream lines, int minLength) throws IOException {
    List<String> kept = new ArrayList<>();
    int read = 0;
    try (var reader = new BufferedReader(new InputStreamReader(lines, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        read++;
        if (line.length() >= minLength) {
          kept.add(line);
        }
      }
    }
    String[] words = kept.toArray(String[]::new);
    Arrays.sort(words, WordLists.CASE_INSENSITIVE_COMPARATOR);
    return new CommonPasswords(new WordListDictionary(new ArrayWordList(words, false)), read);
  }

  /** Passay's dictionary over the kept entries. */
  public WordListDictionary dictionary() {
    return dictionary;
  }

  /** How many passwords the shipped file holds (all lengths). */
  public int entriesRead() {
    return read;
  }

  public boolean contains(String password) {
    return dictionary.search(password);
  }
}
