package org.kesher.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The access log's chain: each link is SHA-256 over the link before it and the entry's columns. */
public final class HashChain {

  /** Where the chain starts: the link before the first entry ever sealed. */
  public static final String START = "0".repeat(64);

  private HashChain() {}

  /** The link after {@code previous} that seals an entry's canonical bytes, in hexadecimal. */
  public static String next(String previous, byte[] entry) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(previous.getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) '\n');
      sha.update(entry);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
