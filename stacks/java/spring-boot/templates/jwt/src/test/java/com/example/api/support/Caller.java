package com.example.api.support;

import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A signed-in user of the API: every request it sends carries its bearer token. */
public final class Caller implements RequestPostProcessor {

  public static final String PASSWORD = "correct horse battery";

  private final String email;
  private final String token;
  private final JsonNode user;

  private Caller(String email, String token, JsonNode user) {
    this.email = email;
    this.token = token;
    this.user = user;
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
    return new Caller(email, json.get("accessToken").asString(), json.get("user"));
  }

  public String email() {
    return email;
  }

  public String token() {
    return token;
  }

  public JsonNode user() {
    return user;
  }

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    return request;
  }
}
