package com.example.api.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connection pool, built from DATABASE_URL rather than spring.datasource.* properties. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

  @Bean
  DataSource dataSource(AppProperties properties) {
    DatabaseUrl url = DatabaseUrl.parse(properties.databaseUrl());
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setPoolName("db");
    dataSource.setJdbcUrl(url.jdbcUrl());
    dataSource.setUsername(url.username());
    dataSource.setPassword(url.password());
    if (url.sqlite()) {
      // SQLite allows one writer at a time; one connection queues requests in the pool instead
      // of letting them fail with SQLITE_BUSY.
      dataSource.setMaximumPoolSize(1);
    }
    return dataSource;
  }
}
