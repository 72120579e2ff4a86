package org.kesher.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data source that remembers every prepared statement EclipseLink runs, with the exact values it
 * binds, so that the application's own queries can be explained and timed over plain JDBC.
 */
final class RecordingDataSource {

  /** One bound parameter: the setter EclipseLink called and its arguments. */
  record Binding(String method, Class<?>[] types, Object[] args) {}

  /** A statement as the database received it. */
  record Statement(String sql, List<Binding> bindings) {

    PreparedStatement prepare(Connection c, String prefix) throws SQLException {
      PreparedStatement s = c.prepareStatement(prefix + sql);
      for (Binding b : bindings) {
        try {
          PreparedStatement.class.getMethod(b.method(), b.types()).invoke(s, b.args());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot replay " + b.method(), e);
        }
      }
      return s;
    }

    /** The SQL with its values written in, for the report. */
    String literal() {
      StringBuilder out = new StringBuilder();
      int next = 0;
      for (char ch : sql.toCharArray()) {
        if (ch == '?' && next < bindings.size()) {
          Binding b = bindings.get(next++);
          Object value = b.args().length > 1 ? b.args()[1] : null;
          out.append(
              value == null || b.method().equals("setNull")
                  ? "NULL"
                  : value instanceof Number || value instanceof Boolean
                      ? value.toString()
                      : "'" + value + "'");
        } else {
          out.append(ch);
        }
      }
      return out.toString();
    }
  }

  private final DataSource target;
  private final List<Statement> statements = Collections.synchronizedList(new ArrayList<>());

  RecordingDataSource(DataSource target) {
    this.target = target;
  }

  List<Statement> drain() {
    synchronized (statements) {
      List<Statement> copy = List.copyOf(statements);
      statements.clear();
      return copy;
    }
  }

  DataSource dataSource() {
    return proxy(
        DataSource.class,
        (proxy, method, args) -> {
          Object result = call(target, method, args);
          return result instanceof Connection c ? connection(c) : result;
        });
  }

  private Connection connection(Connection real) {
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          Object result = call(real, method, args);
          if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement) {
            return statement((PreparedStatement) result, (String) args[0]);
          }
          return result;
        });
  }

  private PreparedStatement statement(PreparedStatement real, String sql) {
    List<Binding> bindings = new ArrayList<>();
    return proxy(
        PreparedStatement.class,
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("set")
              && args != null
              && args.length >= 2
              && args[0] instanceof Integer index) {
            while (bindings.size() < index) {
              bindings.add(null);
            }
            bindings.set(index - 1, new Binding(name, method.getParameterTypes(), args.clone()));
          } else if (name.equals("clearParameters")) {
            bindings.clear();
          } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
            statements.add(new Statement(sql, new ArrayList<>(bindings)));
          }
          return call(real, method, args);
        });
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T)
        Proxy.newProxyInstance(
            RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
