package com.example.api.db;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Spring's error-code table has no entry for SQLite, so a UNIQUE violation (a taken email) would
 * reach the code as an uncategorised error instead of DuplicateKeyException: a 500 instead of the
 * 409. This teaches the JdbcTemplate behind JdbcClient SQLite's result codes; everything else is
 * translated as before.
 */
@Configuration(proxyBeanMethods = false)
class SqliteExceptionTranslation {

  @Bean
  static BeanPostProcessor sqliteExceptionTranslator(ObjectProvider<DataSource> dataSource) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof JdbcTemplate jdbc) {
          jdbc.setExceptionTranslator(new Translator(dataSource.getObject()));
        }
        return bean;
      }
    };
  }

  private static final class Translator extends SQLErrorCodeSQLExceptionTranslator {

    Translator(DataSource dataSource) {
      super(dataSource);
    }

    @Override
    protected DataAccessException customTranslate(String task, String sql, SQLException ex) {
      if (ex instanceof SQLiteException sqlite
          && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
              || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)) {
        return new DuplicateKeyException(task + ": " + ex.getMessage(), ex);
      }
      return null;
    }
  }
}
