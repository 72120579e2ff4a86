package org.kesher.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.kesher.intake.control.InvalidRequest.FieldProblem;
import org.kesher.testing.SampleFiles;

/**
 * The attachment rules on real files: images written by ImageIO, a minimal PDF, DOCX-shaped and
 * other archives written by ZipOutputStream, and files that only pretend.
 */
class AttachmentRulesTest {

  private static byte[] image(String format) {
    return SampleFiles.image(format);
  }

  private static byte[] pdf() {
    return SampleFiles.pdf();
  }

  private static byte[] zip(String comment, String... entries) {
    return SampleFiles.zip(comment, entries);
  }

  private static byte[] docx() {
    return SampleFiles.docx();
  }

  private static List<FieldProblem> problems(List<IncomingFile> files) {
    return assertThrows(InvalidRequest.class, () -> AttachmentRules.check(files)).problems();
  }

  private static IncomingFile file(String name, byte[] content) {
    return new IncomingFile(name, content);
  }

  @Test
  void recognisesEachAllowedKindByItsContent() throws IOException {
    assertEquals(Optional.of(FileKind.PNG), AttachmentRules.kindOf(image("png")));
    assertEquals(Optional.of(FileKind.JPEG), AttachmentRules.kindOf(image("jpg")));
    assertEquals(Optional.of(FileKind.PDF), AttachmentRules.kindOf(pdf()));
    assertEquals(Optional.of(FileKind.DOCX), AttachmentRules.kindOf(docx()));
    assertEquals(
        Optional.of(FileKind.DOCX),
        AttachmentRules.kindOf(zip("made by a word processor", "word/document.xml")),
        "an archive comment does not hide the directory");
  }

  @Test
  void acceptsGoodFilesAndKeepsTheirOrderAndBytes() throws IOException {
    byte[] scan = pdf();
    List<CheckedFile> checked =
        AttachmentRules.check(
            List.of(
                file("lease.pdf", scan),
                file("photo.jpeg", image("jpg")),
                file("screenshot.png", image("png")),
                file("letter.docx", docx())));
    assertEquals(
        List.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.DOCX),
        checked.stream().map(CheckedFile::kind).toList());
    assertEquals(
        List.of("lease.pdf", "photo.jpeg", "screenshot.png", "letter.docx"),
        checked.stream().map(CheckedFile::displayName).toList());
    assertSame(scan, checked.get(0).content(), "not copied");
    assertEquals("application/pdf", checked.get(0).kind().mediaType());
    assertFalse(checked.get(0).toString().contains("lease"), "no name in logs");
    assertEquals(List.of(), AttachmentRules.check(null));
    assertEquals(List.of(), AttachmentRules.check(List.of()));
  }

  @Test
  void theContentDecidesNotTheNameNorTheDeclaredType() throws IOException {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertEquals(
        List.of(new FieldProblem("attachments[0]", "file-type-not-allowed")),
        problems(List.of(file("x.pdf", exe))));
    byte[] text = "just some text, not a PDF".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        List.of(new FieldProblem("attachments[1]", "file-type-not-allowed")),
        problems(List.of(file("a.pdf", pdf()), file("b.pdf", text))));
    // a PNG named .pdf is stored as the PNG it is
    CheckedFile png = AttachmentRules.check(List.of(file("scan.pdf", image("png")))).get(0);
    assertEquals(FileKind.PNG, png.kind());
    assertEquals("image/png", png.kind().mediaType());
  }

  @Test
  void anArchiveIsADocxOnlyWithAWordDocumentAndNoMacros() throws IOException {
    assertEquals(
        Optional.empty(),
        AttachmentRules.kindOf(zip(null, "[Content_Types].xml", "notes.txt", "wordy/x.xml")),
        "a plain zip");
    assertEquals(
        Optional.empty(),
        AttachmentRules.kindOf(
            zip(null, "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")),
        "a macro-enabled document (DOCM)");
    byte[] cut = docx();
    assertEquals(
        Optional.empty(),
        AttachmentRules.kindOf(Arrays.copyOf(cut, cut.length - 10)),
        "a damaged archive");
    assertEquals(
        Optional.empty(), AttachmentRules.kindOf(new byte[] {'P', 'K', 3, 4}), "a bare header");
    assertEquals(
        List.of(new FieldProblem("attachments[0]", "file-type-not-allowed")),
        problems(List.of(file("archive.docx", zip(null, "a.txt", "b.txt")))));
  }

  @Test
  void readsOnlyEntryNamesAndNeverInflatesContent() throws IOException {
    byte[] document = docx();
    // damage the compressed data of the first entry: inflating it would fail
    int dataStart =
        30
            + (document[26] & 0xFF | (document[27] & 0xFF) << 8)
            + (document[28] & 0xFF | (document[29] & 0xFF) << 8);
    Arrays.fill(document, dataStart, dataStart + 4, (byte) 0xFF);
    assertThrows(
        ZipException.class,
        () -> {
          try (var zip = new ZipInputStream(new ByteArrayInputStream(document))) {
            while (zip.getNextEntry() != null) {
              // ZipInputStream reaches the next name only by inflating the entry before it
            }
          }
        });
    assertEquals(Optional.of(FileKind.DOCX), AttachmentRules.kindOf(document));
  }

  @Test
  void atMostFiveFilesOfAtMostTenMegabytesNoneEmpty() throws IOException {
    List<IncomingFile> six = Collections.nCopies(6, file("p.pdf", pdf()));
    assertEquals(List.of(new FieldProblem("attachments", "too-many-files")), problems(six));
    assertEquals(5, AttachmentRules.check(six.subList(0, 5)).size());

    byte[] eleven = Arrays.copyOf(pdf(), 11 * 1024 * 1024);
    byte[] ten = Arrays.copyOf(pdf(), 10 * 1024 * 1024);
    byte[] justOver = Arrays.copyOf(pdf(), 10 * 1024 * 1024 + 1);
    assertEquals(1, AttachmentRules.check(List.of(file("ten.pdf", ten))).size(), "10 MB is fine");
    assertEquals(
        List.of(
            new FieldProblem("attachments[0]", "file-too-large"),
            new FieldProblem("attachments[1]", "file-too-large")),
        problems(List.of(file("big.pdf", eleven), file("over.pdf", justOver))));

    List<IncomingFile> empties = new ArrayList<>();
    empties.add(file("empty.pdf", new byte[0]));
    empties.add(file("none.pdf", null));
    empties.add(null);
    assertEquals(
        List.of(
            new FieldProblem("attachments[0]", "file-empty"),
            new FieldProblem("attachments[1]", "file-empty"),
            new FieldProblem("attachments[2]", "file-empty")),
        problems(empties));
  }

  @Test
  void reportsEveryProblemAtOnceBesideOthers() throws IOException {
    List<IncomingFile> files = new ArrayList<>(Collections.nCopies(5, file("p.pdf", pdf())));
    files.add(2, file("run.pdf", "MZ".getBytes(StandardCharsets.US_ASCII)));
    files.add(file("", new byte[0]));
    List<FieldProblem> problems = new ArrayList<>(List.of(new FieldProblem("name", "required")));
    List<CheckedFile> passed = AttachmentRules.check(files, problems);
    assertEquals(
        List.of(
            new FieldProblem("name", "required"),
            new FieldProblem("attachments", "too-many-files"),
            new FieldProblem("attachments[2]", "file-type-not-allowed"),
            new FieldProblem("attachments[6]", "file-empty")),
        problems);
    assertEquals(5, passed.size(), "the files that passed, not to be stored while problems exist");
  }

  @Test
  void keepsTheNameOnlyAsACleanDisplayName() {
    assertEquals(
        "invoicefdp.exe",
        AttachmentRules.displayName("C:\\Users\\ruth\\Desktop\\invoice\u202Efdp.exe", FileKind.PDF),
        "a right-to-left override cannot turn .exe into .pdf on screen");
    assertEquals(
        "passwd.pdf",
        AttachmentRules.displayName("../../etc/\u2066passwd\u2069.pdf", FileKind.PDF));
    assertEquals("abc.pdf", AttachmentRules.displayName("a\u0000b\r\nc\u2028.pdf", FileKind.PDF));
    assertEquals("אישור תושב.pdf", AttachmentRules.displayName("  אישור תושב.pdf ", FileKind.PDF));
    assertEquals("شهادة.docx", AttachmentRules.displayName("/tmp/شهادة.docx", FileKind.DOCX));
    assertEquals("attachment.pdf", AttachmentRules.displayName(null, FileKind.PDF));
    assertEquals("attachment.jpg", AttachmentRules.displayName("", FileKind.JPEG));
    assertEquals("attachment.png", AttachmentRules.displayName("a/b/", FileKind.PNG));
    assertEquals("attachment.docx", AttachmentRules.displayName("..", FileKind.DOCX));
    assertEquals("attachment.pdf", AttachmentRules.displayName("\u202E\u0007 ", FileKind.PDF));

    String longName = "א".repeat(300) + ".pdf";
    assertEquals(
        "א".repeat(200), AttachmentRules.displayName(longName, FileKind.PDF), "200 at most");
    String emoji = "x".repeat(199) + "\uD83D\uDCC4.pdf"; // a pair across the limit is not split
    assertEquals("x".repeat(199), AttachmentRules.displayName(emoji, FileKind.PDF));
    assertEquals(
        "x.pdf", AttachmentRules.displayName("x\uD800.pdf", FileKind.PDF), "half of a pair");
  }

  @Test
  void everyProblemHasAMessageInEveryLanguage() {
    for (Locale locale :
        List.of(
            Locale.ROOT,
            Locale.forLanguageTag("he"),
            Locale.forLanguageTag("ar"),
            Locale.ENGLISH)) {
      var texts = ResourceBundle.getBundle("i18n.problems", locale);
      for (String problem :
          List.of("too-many-files", "file-too-large", "file-type-not-allowed", "file-empty")) {
        assertTrue(texts.containsKey("field." + problem), locale + ": field." + problem);
      }
    }
    // read as UTF-8: the Hebrew and Arabic texts arrive as such
    assertEquals(
        "הקובץ ריק.",
        ResourceBundle.getBundle("i18n.problems", Locale.forLanguageTag("he"))
            .getString("field.file-empty"));
    assertEquals(
        "هذا الملف فارغ.",
        ResourceBundle.getBundle("i18n.problems", Locale.forLanguageTag("ar"))
            .getString("field.file-empty"));
  }
}
