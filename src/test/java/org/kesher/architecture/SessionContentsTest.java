package org.kesher.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a staff session holds must travel to the other nodes of a cluster (the application is
 * distributable: sessions are copied in the data grid). Every bean kept in a session or a view is
 * serialisable, and so is everything it holds: an injected bean only as the container's proxy of a
 * normal-scoped bean, every other field as a serialisable value (a collection declared by its
 * interface holds the views the beans build). A field that could not travel (an {@code Optional},
 * an entity manager, a stream) fails here rather than on the day a node dies.
 */
class SessionContentsTest {

  private static final List<Class<? extends java.lang.annotation.Annotation>> NORMAL_SCOPES =
      List.of(ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class);

  private static final List<Class<?>> KESHER =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.kesher")
              .stream()
              .map(JavaClass::reflect)
              .toList();

  @Test
  void everythingASessionHoldsCanTravelToAnotherNode() {
    List<Class<?>> beans =
        KESHER.stream()
            .filter(
                c ->
                    c.isAnnotationPresent(ViewScoped.class)
                        || c.isAnnotationPresent(SessionScoped.class))
            .toList();
    assertTrue(beans.size() >= 20, "the staff screens' view beans are found: " + beans.size());
    List<String> problems = new ArrayList<>();
    java.util.Set<Class<?>> seen = new java.util.HashSet<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not serialisable");
      }
      held(bean, problems, seen);
    }
    assertEquals(List.of(), problems);
  }

  /** The fields of a class kept in a session, and of Kesher's own values they hold, deeply. */
  private static void held(Class<?> holder, List<String> problems, java.util.Set<Class<?>> seen) {
    if (!seen.add(holder)) {
      return;
    }
    // the fields Kesher declares; a library's superclass (PrimeFaces' data model) answers for its
    // own
    for (Class<?> type = holder; type != null && type.getName().startsWith("org.kesher."); ) {
      for (Field field : type.getDeclaredFields()) {
        check(holder, field).ifPresent(problems::add);
        if (field.isAnnotationPresent(Inject.class)
            || Modifier.isStatic(field.getModifiers())
            || Modifier.isTransient(field.getModifiers())) {
          continue;
        }
        for (Class<?> value : named(field.getGenericType())) {
          if (value.getName().startsWith("org.kesher.") && !value.isEnum()) {
            if (!Serializable.class.isAssignableFrom(value)) {
              problems.add(holder.getSimpleName() + "." + field.getName() + " holds " + value);
            }
            held(value, problems, seen);
          }
        }
      }
      type = type.getSuperclass();
    }
  }

  /** The classes a field's declared type names, with those of its type arguments. */
  private static List<Class<?>> named(java.lang.reflect.Type type) {
    List<Class<?>> classes = new ArrayList<>();
    if (type instanceof Class<?> plain) {
      classes.add(plain);
    } else if (type instanceof java.lang.reflect.ParameterizedType generic) {
      classes.addAll(named(generic.getRawType()));
      for (var argument : generic.getActualTypeArguments()) {
        classes.addAll(named(argument));
      }
    } else if (type instanceof java.lang.reflect.WildcardType wildcard) {
      for (var bound : wildcard.getUpperBounds()) {
        classes.addAll(named(bound));
      }
    }
    return classes;
  }

  private static java.util.Optional<String> check(Class<?> bean, Field field) {
    int modifiers = field.getModifiers();
    if (Modifier.isStatic(modifiers)
        || Modifier.isTransient(modifiers)
        || field.isSynthetic()
        || field.getGenericType() instanceof java.lang.reflect.TypeVariable) {
      // a type variable's value is checked where the type is used (Versioned<TypeDraft>)
      return java.util.Optional.empty();
    }
    Class<?> type = field.getType();
    boolean fits;
    if (field.isAnnotationPresent(Inject.class)) {
      fits = Serializable.class.isAssignableFrom(type) || injectedByProxy(type);
    } else {
      fits =
          type.isPrimitive()
              || Serializable.class.isAssignableFrom(type)
              || type == List.class
              || type == Map.class
              || type == java.util.Set.class
              || type == Collection.class;
    }
    return fits
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            bean.getSimpleName() + "." + field.getName() + " (" + type.getName() + ")");
  }

  /** A normal-scoped bean, or an interface whose every bean is one: injected as a proxy. */
  private static boolean injectedByProxy(Class<?> type) {
    if (!type.isInterface()) {
      return normalScoped(type);
    }
    List<Class<?>> beans =
        KESHER.stream().filter(c -> !c.isInterface() && type.isAssignableFrom(c)).toList();
    return !beans.isEmpty() && beans.stream().allMatch(SessionContentsTest::normalScoped);
  }

  private static boolean normalScoped(Class<?> type) {
    return NORMAL_SCOPES.stream().anyMatch(type::isAnnotationPresent);
  }
}
