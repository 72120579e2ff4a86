package org.kesher.sealing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the key ring comes from: {@code KESHER_DATA_KEY} and {@code KESHER_INDEX_KEY} in
 * production; with the embedded default, a key file under the data directory that is created on the
 * first start and kept.
 */
@ApplicationScoped
public class SealingKeys {

  static final String DATA_KEY = "kesher.data-key";
  static final String INDEX_KEY = "kesher.index-key";

  @Inject
  @ConfigProperty(name = DATA_KEY)
  Optional<String> dataKey;

  @Inject
  @ConfigProperty(name = INDEX_KEY)
  Optional<String> indexKey;

  /**
   * A properties file holding both keys, for installations that mount secrets as files; with the
   * embedded default it is created under the data directory on the first start.
   */
  @Inject
  @ConfigProperty(name = "kesher.key-file")
  String keyFile;

  /**
   * The loaded ring, for the JPA converter and entity listener, which the container creates outside
   * CDI's reach.
   */
  private static volatile KeyRing ring;

  /**
   * Loads the keys; called once at start-up, before anything is sealed.
   *
   * @param mayCreateKeyFile with the embedded default: keep generated keys in a file when no key is
   *     configured
   * @throws IllegalStateException with a line naming the setting when a key is missing or bad
   */
  public void load(boolean mayCreateKeyFile) {
    Path file = Path.of(keyFile);
    if (dataKey.isPresent() || indexKey.isPresent()) {
      ring = fromSettings(dataKey, indexKey);
    } else if (Files.exists(file) || mayCreateKeyFile) {
      ring = fromKeyFile(file);
    } else {
      ring = fromSettings(dataKey, indexKey);
    }
  }

  /**
   * Loads the keys outside the container, for tools that read or write sealed columns directly: the
   * benchmark's data generator and tests of queries.
   */
  public static void install(String dataKey, String indexKey) {
    ring = fromSettings(Optional.of(dataKey), Optional.of(indexKey));
  }

  public static KeyRing ring() {
    KeyRing current = ring;
    if (current == null) {
      throw new IllegalStateException("the sealing keys are not loaded yet");
    }
    return current;
  }

  static KeyRing fromSettings(Optional<String> dataKey, Optional<String> indexKey) {
    String data =
        dataKey.orElseThrow(
            () -> new IllegalStateException(missing("KESHER_DATA_KEY (" + DATA_KEY + ")")));
    String index =
        indexKey.orElseThrow(
            () -> new IllegalStateException(missing("KESHER_INDEX_KEY (" + INDEX_KEY + ")")));
    return new KeyRing(
        dataKeys(data, "KESHER_DATA_KEY (" + DATA_KEY + ")"),
        decode(index, "KESHER_INDEX_KEY (" + INDEX_KEY + ")"));
  }

  private static String missing(String setting) {
    return setting
        + " is not set: give it 32 random bytes in Base64, for example from"
        + " `openssl rand -base64 32`, and keep it safe (without it sealed case content cannot be"
        + " read)";
  }

  /** "key" is key 1; "1:key,2:key" is a ring whose highest id seals new values. */
  static Map<Integer, byte[]> dataKeys(String value, String setting) {
    Map<Integer, byte[]> keys = new LinkedHashMap<>();
    for (String part : value.split(",")) {
      String entry = part.strip();
      int colon = entry.indexOf(':');
      if (colon < 0) {
        keys.put(1, decode(entry, setting));
        continue;
      }
      try {
        keys.put(
            Integer.parseInt(entry.substring(0, colon).strip()),
            decode(entry.substring(colon + 1), setting));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(setting + " has a key id that is not a number");
      }
    }
    return keys;
  }

  private static byte[] decode(String base64, String setting) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + " is not valid Base64");
    }
    if (key.length != 32) {
      throw new IllegalStateException(
          setting + " must be 32 bytes in Base64 (`openssl rand -base64 32`), not " + key.length);
    }
    return key;
  }

  private static KeyRing fromKeyFile(Path file) {
    try {
      Properties keys = new Properties();
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          keys.load(in);
        }
      } else {
        Files.createDirectories(file.getParent());
        keys.setProperty(DATA_KEY, KeyRing.newKey());
        keys.setProperty(INDEX_KEY, KeyRing.newKey());
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          keys.store(out, "Kesher's sealing keys for the embedded database; keep with ./data");
        }
      }
      return fromSettings(
          Optional.ofNullable(keys.getProperty(DATA_KEY)),
          Optional.ofNullable(keys.getProperty(INDEX_KEY)));
    } catch (IOException e) {
      throw new IllegalStateException(
          "the key file " + file + " cannot be read or written: " + e.getMessage());
    }
  }
}
