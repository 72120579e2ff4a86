package org.kesher.sealing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The re-sealing job's list of sealed columns is the schema's: every entity field sealed by {@link
 * SealedText} or {@link SealedBytes} is in {@link SealedColumns#ALL} under its table, and nothing
 * else is. (An embeddable's or mapped superclass's fields belong to the case file, the only entity
 * that has them.)
 */
class SealedColumnsTest {

  @Test
  void everySealedFieldOfEveryEntityIsInTheList() {
    Set<String> sealedFields = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kesher")) {
      for (JavaField field : type.getFields()) {
        if (!field.isAnnotatedWith(Convert.class)) {
          continue;
        }
        Class<?> converter = field.getAnnotationOfType(Convert.class).converter();
        if (converter != SealedText.class && converter != SealedBytes.class) {
          continue;
        }
        String table =
            type.isAnnotatedWith(Table.class)
                ? type.getAnnotationOfType(Table.class).name()
                : "case_file";
        String column =
            field.isAnnotatedWith(Column.class)
                    && !field.getAnnotationOfType(Column.class).name().isEmpty()
                ? field.getAnnotationOfType(Column.class).name()
                : field.getName();
        sealedFields.add(table + "." + column);
      }
    }
    Set<String> listed = new TreeSet<>();
    SealedColumns.ALL.forEach(t -> t.sealed().forEach(c -> listed.add(t.name() + "." + c)));
    assertEquals(sealedFields, listed);
  }
}
