package com.example.api.db;

import com.example.api.config.DatabaseUrl;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The migrate command: applies the Flyway migrations in src/main/resources/db/migration. A normal
 * start never migrates (spring.flyway.enabled=false), so deploying a new version and changing the
 * schema stay two deliberate steps.
 */
public final class Migrations {

  private Migrations() {}

  public static MigrateResult apply(String databaseUrl) {
    DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
    try {
      return Flyway.configure()
          .dataSource(url.jdbcUrl(), url.username(), url.password())
          .load()
          .migrate();
    } catch (FlywayException e) {
      if (missingDatabase(e)) {
        throw new MissingDatabaseException(url);
      }
      throw e;
    }
  }

  /** PostgreSQL's SQLSTATE 3D000 or MariaDB's error 1049: the database named does not exist. */
  private static boolean missingDatabase(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && ("3D000".equals(sql.getSQLState()) || sql.getErrorCode() == 1049)) {
        return true;
      }
    }
    return false;
  }

  /** The one line a learner needs when the database isn't there yet: how to create it. */
  public static final class MissingDatabaseException extends RuntimeException {

    MissingDatabaseException(DatabaseUrl url) {
      super(message(url));
    }

    private static String message(DatabaseUrl url) {
      String name = url.databaseName();
      String create =
          url.jdbcUrl().startsWith("jdbc:postgresql:")
              ? "createdb -h %s -p %d -U %s %s"
                  .formatted(url.host(), url.port(), url.username(), name)
              : "mysql -h %s -P %d -u %s -p -e 'CREATE DATABASE %s'"
                  .formatted(url.host(), url.port(), url.username(), name);
      return "Database \"%s\" does not exist on %s:%d: create it with `%s`, then run migrate again"
          .formatted(name, url.host(), url.port(), create);
    }
  }
}
