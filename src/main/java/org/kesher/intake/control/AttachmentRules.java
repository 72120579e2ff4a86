package org.kesher.intake.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kesher.intake.control.InvalidRequest.FieldProblem;

/**
 * The rules for files a resident attaches to a request or a reply: at most {@value #MAX_FILES}
 * files of at most 10 MB each, none empty, and each a PDF, JPEG, PNG or Word (DOCX) document as its
 * content shows. The name and declared type of a file are never trusted: the name is kept only as a
 * cleaned display name.
 *
 * <p>Problems are reported like {@link IntakeRules} reports them: {@code attachments} for the set
 * as a whole, {@code attachments[i]} (counted from 0, in the order sent) for one file.
 */
public final class AttachmentRules {

  public static final int MAX_FILES = 5;
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int NAME_MAX = 200;
  static final String FIELD = "attachments";

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};

  private static final int END_SIGNATURE = 0x06054b50;
  private static final int END_SIZE = 22;
  private static final int END_COMMENT_MAX = 0xFFFF;
  private static final int DIRECTORY_SIGNATURE = 0x02014b50;
  private static final int DIRECTORY_HEADER_SIZE = 46;
  private static final String WORD_DOCUMENT = "word/document.xml";
  private static final String WORD_MACROS = "word/vbaproject.bin";

  private AttachmentRules() {}

  /**
   * @param files as received, in the order sent; {@code null} or empty for none
   * @return the files that may be stored, in the same order
   * @throws InvalidRequest with every problem found
   */
  public static List<CheckedFile> check(List<IncomingFile> files) {
    List<FieldProblem> problems = new ArrayList<>();
    List<CheckedFile> checked = check(files, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    return checked;
  }

  /**
   * Checks the files and adds their problems to {@code problems}, so that a caller can report them
   * together with the problems of the rest of a submission.
   *
   * @return the files that passed; store them only when {@code problems} stayed empty
   */
  public static List<CheckedFile> check(List<IncomingFile> files, List<FieldProblem> problems) {
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    if (files.size() > MAX_FILES) {
      problems.add(new FieldProblem(FIELD, "too-many-files"));
    }
    List<CheckedFile> checked = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String field = FIELD + "[" + i + "]";
      IncomingFile file = files.get(i);
      byte[] content = file == null ? null : file.content();
      if (content == null || content.length == 0) {
        problems.add(new FieldProblem(field, "file-empty"));
        continue;
      }
      if (content.length > MAX_BYTES) {
        problems.add(new FieldProblem(field, "file-too-large"));
        continue;
      }
      Optional<FileKind> kind = kindOf(content);
      if (kind.isEmpty()) {
        problems.add(new FieldProblem(field, "file-type-not-allowed"));
        continue;
      }
      checked.add(new CheckedFile(displayName(file.name(), kind.get()), kind.get(), content));
    }
    return List.copyOf(checked);
  }

  /**
   * What a file is by its first bytes (and, for a ZIP archive, the names of its entries); empty for
   * anything that is not an allowed kind.
   */
  public static Optional<FileKind> kindOf(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    if (startsWith(content, PDF)) {
      return Optional.of(FileKind.PDF);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(FileKind.PNG);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(FileKind.JPEG);
    }
    if (startsWith(content, ZIP_ENTRY) && isWordDocument(content)) {
      return Optional.of(FileKind.DOCX);
    }
    return Optional.empty();
  }

  /**
   * The name to show for a file: the last part of the name as given, without control characters,
   * line and paragraph separators or bidirectional embeddings, overrides and isolates (U+202A to
   * U+202E, U+2066 to U+2069), which could make {@code "cod.exe"} look like {@code "exe.doc"}; at
   * most {@value #NAME_MAX} characters. {@code attachment.<extension>} when nothing is left.
   */
  public static String displayName(String given, FileKind kind) {
    String fallback = "attachment." + kind.extension();
    if (given == null) {
      return fallback;
    }
    StringBuilder visible = new StringBuilder(given.length());
    given.codePoints().filter(c -> !isHidden(c)).forEach(visible::appendCodePoint);
    String name = Normalizer.normalize(visible, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.length() > NAME_MAX) {
      int end = Character.isHighSurrogate(name.charAt(NAME_MAX - 1)) ? NAME_MAX - 1 : NAME_MAX;
      name = name.substring(0, end).strip();
    }
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return fallback;
    }
    return name;
  }

  private static boolean isHidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE // half of a pair only: whole pairs arrive as one code point
        || codePoint >= 0x202A && codePoint <= 0x202E
        || codePoint >= 0x2066 && codePoint <= 0x2069;
  }

  /**
   * Whether a ZIP archive holds a Word document's main part ({@code word/document.xml}) and no
   * macros ({@code word/vbaProject.bin}, which makes it a DOCM).
   *
   * <p>Reads only the entry names, from the archive's central directory, and never inflates an
   * entry, so a "zip bomb" costs no more than its own bytes. ({@link java.util.zip.ZipInputStream}
   * cannot do that: to reach the next entry's name it inflates the one before.) Anything malformed,
   * split over several disks or in ZIP64 form, which no DOCX of at most 10 MB needs, is not a DOCX.
   */
  static boolean isWordDocument(byte[] zip) {
    int end = endOfDirectory(zip);
    if (end < 0 || u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0) {
      return false;
    }
    int entries = u16(zip, end + 10);
    long size = u32(zip, end + 12);
    long offset = u32(zip, end + 16);
    if (entries == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || offset + size > end) {
      return false;
    }
    boolean document = false;
    boolean macros = false;
    int at = (int) offset;
    for (int i = 0; i < entries; i++) {
      if (at + DIRECTORY_HEADER_SIZE > end || u32(zip, at) != DIRECTORY_SIGNATURE) {
        return false;
      }
      int nameLength = u16(zip, at + 28);
      int nameStart = at + DIRECTORY_HEADER_SIZE;
      if (nameStart + nameLength > end) {
        return false;
      }
      // ISO-8859-1 maps byte to char one to one; only ASCII names are looked for
      String name =
          new String(zip, nameStart, nameLength, StandardCharsets.ISO_8859_1)
              .toLowerCase(Locale.ROOT);
      document |= name.equals(WORD_DOCUMENT);
      macros |= name.equals(WORD_MACROS);
      at = nameStart + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
    }
    return document && !macros;
  }

  /** Where the end-of-central-directory record starts, or -1: it ends the archive exactly. */
  private static int endOfDirectory(byte[] zip) {
    int last = zip.length - END_SIZE;
    int first = Math.max(0, last - END_COMMENT_MAX);
    for (int at = last; at >= first; at--) {
      if (u32(zip, at) == END_SIGNATURE && at + END_SIZE + u16(zip, at + 20) == zip.length) {
        return at;
      }
    }
    return -1;
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] bytes, int at) {
    return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16);
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
