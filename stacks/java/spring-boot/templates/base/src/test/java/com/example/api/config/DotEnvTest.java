package com.example.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvTest {

  // A name no shell exports, so only the file can answer.
  private static final String NAME = "DOTENV_TEST_VARIABLE_7F3A";

  @TempDir Path dir;

  @Test
  void readsTheFileWhenTheEnvironmentHasNoValue() throws IOException {
    Path dotenv = Files.writeString(dir.resolve(".env"), "# comment\n" + NAME + "= value \n");
    assertThat(DotEnv.get(NAME, dotenv)).isEqualTo("value");
  }

  @Test
  void treatsAnEmptyValueOrNoFileAsUnset() throws IOException {
    Path dotenv = Files.writeString(dir.resolve(".env"), NAME + "=\n");
    assertThat(DotEnv.get(NAME, dotenv)).isNull();
    assertThat(DotEnv.get(NAME, dir.resolve("missing.env"))).isNull();
  }

  @Test
  void prefersTheEnvironment() throws IOException {
    Path dotenv = Files.writeString(dir.resolve(".env"), "PATH=/from/dotenv\n");
    assertThat(DotEnv.get("PATH", dotenv)).isEqualTo(System.getenv("PATH"));
  }
}
