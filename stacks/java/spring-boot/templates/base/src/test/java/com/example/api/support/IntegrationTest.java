package com.example.api.support;

import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the whole app against a real database of the tests' own (see
 * {@link TestDatabase}: created for the run, never the development one), driven through MockMvc.
 * Every subclass shares this one configuration, so Spring builds the context once for the whole run
 * (starting it is most of the suite's time). Tests use unique emails and titles, so they run
 * against a database that already has data.
 */
@SpringBootTest(
    properties = {
      // Hermetic: APP_ENV, PORT or LOG_LEVEL exported in the shell don't change a result.
      "app.env=test",
      "logging.level.root=warn",
      "spring.flyway.enabled=true",
      "app.test.fast-password-hashing=true"
    })
@ActiveProfiles("test")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest {

  /** This run's admin account: unique, so reruns against the same database never collide. */
  protected static final String ADMIN_EMAIL = "admin-" + UUID.randomUUID() + "@example.com";

  @Autowired protected MockMvc mvc;
  @Autowired protected JsonMapper json;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("app.database-url", TestDatabase::url);
    registry.add("app.admin-email", () -> ADMIN_EMAIL);
  }

  protected static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }
}
