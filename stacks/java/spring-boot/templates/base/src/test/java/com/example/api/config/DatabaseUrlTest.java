package com.example.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void convertsPostgresUrlsAndDecodesTheCredentials() {
    DatabaseUrl url =
        DatabaseUrl.parse("postgres://app:p%40ss%3Aword@db.local:5433/tasks?sslmode=require");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/tasks?sslmode=require");
    assertThat(url.username()).isEqualTo("app");
    assertThat(url.password()).isEqualTo("p@ss:word");
    assertThat(DatabaseUrl.parse("postgresql://u:p@h/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h/db");
  }

  @Test
  void convertsMysqlUrlsToTheMariadbDriver() {
    DatabaseUrl url = DatabaseUrl.parse("mysql://root:root@127.0.0.1:3306/app");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/app");
    assertThat(url.username()).isEqualTo("root");
  }

  @Test
  void convertsRelativeAndAbsoluteSqlitePaths() {
    assertThat(DatabaseUrl.parse("sqlite:///data/app.db").jdbcUrl())
        .startsWith("jdbc:sqlite:data/app.db?foreign_keys=true");
    assertThat(DatabaseUrl.parse("sqlite:////var/lib/app.db").jdbcUrl())
        .startsWith("jdbc:sqlite:/var/lib/app.db?");
  }

  @Test
  void rejectsOtherSchemesAndNeverPrintsThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("oracle://u:p@h/db"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DatabaseUrl.parse("postgres://u:secret@h/db").toString()).doesNotContain("secret");
  }
}
