package com.example.api.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Creates an account through the API and logs in, as a client would ({@link Caller}). */
final class SignUp {

  private SignUp() {}

  /** Registers {@code email} with {@code password}, logs in, and returns the login response. */
  static MockHttpServletResponse registerAndLogIn(MockMvc mvc, String email, String password)
      throws Exception {
    String register =
        "{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"Test User\"}".formatted(email, password);
    mvc.perform(
            post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).content(register))
        .andExpect(status().isCreated());
    return logIn(mvc, email, password);
  }

  /** Logs in an existing account and returns the login response. */
  static MockHttpServletResponse logIn(MockMvc mvc, String email, String password)
      throws Exception {
    String login = "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password);
    return mvc.perform(
            post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(login))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse();
  }
}
