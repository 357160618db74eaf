package com.example.api;

import com.example.api.config.DatabaseUrl;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("migrate")) {
      migrate(databaseUrl());
      return;
    }
    SpringApplication.run(Application.class, args);
  }

  /**
   * {@code java -jar target/<name>.jar migrate}: applies the Flyway migrations in
   * src/main/resources/db/migration and exits, without starting the app. A normal start never
   * migrates (spring.flyway.enabled=false), so deploying a new version and changing the schema stay
   * two deliberate steps.
   */
  static void migrate(String databaseUrl) {
    if (databaseUrl == null || databaseUrl.isBlank()) {
      throw new IllegalStateException("DATABASE_URL must be set (see .env.example)");
    }
    DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
    var result =
        Flyway.configure()
            .dataSource(url.jdbcUrl(), url.username(), url.password())
            .load()
            .migrate();
    System.out.printf(
        "Applied %d migration(s); schema version %s%n",
        result.migrationsExecuted, result.targetSchemaVersion);
  }

  /** DATABASE_URL from the environment, else from a local .env file, as the app reads it. */
  private static String databaseUrl() throws IOException {
    String fromEnvironment = System.getenv("DATABASE_URL");
    Path dotenv = Path.of(".env");
    if (fromEnvironment != null || !Files.isRegularFile(dotenv)) {
      return fromEnvironment;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(dotenv)) {
      properties.load(reader);
    }
    return properties.getProperty("DATABASE_URL");
  }
}
