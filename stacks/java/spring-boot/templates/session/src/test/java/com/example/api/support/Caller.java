package com.example.api.support;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in user of the API, as a browser would be: every request carries the session cookie and
 * the session's X-CSRF-Token header (use {@link #withoutCsrf()} to leave the header out).
 */
public final class Caller implements RequestPostProcessor {

  public static final String PASSWORD = "correct horse battery";

  private final String email;
  private final Cookie cookie;
  private final String csrfToken;
  private final JsonNode user;
  private final boolean sendCsrf;

  private Caller(String email, Cookie cookie, String csrfToken, JsonNode user, boolean sendCsrf) {
    this.email = email;
    this.cookie = cookie;
    this.csrfToken = csrfToken;
    this.user = user;
    this.sendCsrf = sendCsrf;
  }

  public static Caller signUp(MockMvc mvc) throws Exception {
    return signUp(mvc, "user-" + UUID.randomUUID() + "@example.com");
  }

  /** Registers {@code email} with {@link #PASSWORD} and logs in. */
  public static Caller signUp(MockMvc mvc, String email) throws Exception {
    return of(email, SignUp.registerAndLogIn(mvc, email, PASSWORD));
  }

  /** Logs in an account that already exists. */
  public static Caller logIn(MockMvc mvc, String email, String password) throws Exception {
    return of(email, SignUp.logIn(mvc, email, password));
  }

  private static Caller of(String email, MockHttpServletResponse login) throws Exception {
    JsonNode json = JsonMapper.shared().readTree(login.getContentAsString());
    return new Caller(
        email, login.getCookie("sid"), json.get("csrfToken").asString(), json.get("user"), true);
  }

  public String email() {
    return email;
  }

  public Cookie cookie() {
    return cookie;
  }

  public JsonNode user() {
    return user;
  }

  /** The same session, without the X-CSRF-Token header. */
  public Caller withoutCsrf() {
    return new Caller(email, cookie, csrfToken, user, false);
  }

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    request.setCookies(cookie);
    if (sendCsrf) {
      request.addHeader("X-CSRF-Token", csrfToken);
    }
    return request;
  }
}
