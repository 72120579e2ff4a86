package org.kesher.intake.control;

/**
 * The kinds of file a resident may attach to a request or a reply, each with the media type and
 * file name extension it is stored and offered under. Which kind a file is comes from its content
 * ({@link AttachmentRules#kindOf}), never from its name or declared type.
 */
public enum FileKind {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

  private final String mediaType;
  private final String extension;

  FileKind(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The IANA media type, e.g. {@code application/pdf}. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }
}
