package com.example.api.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A variable from the environment, else from the project's .env file: what the app reads through
 * Spring's config import, for the code that runs without Spring (migrate, the tests' database).
 */
public final class DotEnv {

  private DotEnv() {}

  /** The variable's value, or null when it is unset or empty in both places. */
  public static String get(String name) {
    return get(name, Path.of(".env"));
  }

  static String get(String name, Path dotenv) {
    String fromEnvironment = System.getenv(name);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    if (!Files.isRegularFile(dotenv)) {
      return null;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(dotenv)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + dotenv + " failed", e);
    }
    String value = properties.getProperty(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
