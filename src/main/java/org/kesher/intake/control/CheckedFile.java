package org.kesher.intake.control;

import java.util.Objects;

/**
 * A file that has passed {@link AttachmentRules}: one of the allowed kinds by its content, within
 * the size limits, with a display name that is safe to show. Only the rules make one, so whatever
 * {@link Attachments#attach} stores has been checked.
 *
 * <p>The content array is the one received, not a copy (files are up to 10 MB); do not change it.
 */
public final class CheckedFile {

  private final String displayName;
  private final FileKind kind;
  private final byte[] content;

  CheckedFile(String displayName, FileKind kind, byte[] content) {
    this.displayName = Objects.requireNonNull(displayName, "display name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.content = Objects.requireNonNull(content, "content");
  }

  /** The cleaned name to show; only a label, never a path or a type. */
  public String displayName() {
    return displayName;
  }

  /** What the content is, as its bytes show. */
  public FileKind kind() {
    return kind;
  }

  /** The bytes, not copied. */
  public byte[] content() {
    return content;
  }

  public int size() {
    return content.length;
  }

  @Override
  public String toString() {
    // no name: a file name can itself say too much about a resident
    return "CheckedFile[" + kind + ", " + content.length + " bytes]";
  }
}
