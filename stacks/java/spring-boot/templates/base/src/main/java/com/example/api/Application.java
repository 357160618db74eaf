package com.example.api;

import com.example.api.config.DatabaseUrl;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("migrate")) {
      migrate(System.getenv("DATABASE_URL"));
      return;
    }
    SpringApplication.run(Application.class, args);
  }

  /**
   * {@code java -jar target/api.jar migrate}: applies the Flyway migrations in
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
}
