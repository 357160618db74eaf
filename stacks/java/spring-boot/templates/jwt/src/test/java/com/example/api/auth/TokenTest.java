package com.example.api.auth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.api.support.Caller;
import com.example.api.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenTest extends IntegrationTest {

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private void expectUnauthorized(String token) throws Exception {
    mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void refusesTamperedUnsignedAndMalformedTokens() throws Exception {
    String token = Caller.signUp(mvc).token();
    String[] parts = token.split("\\.");
    String otherPayload =
        BASE64.encodeToString(
            "{\"sub\":\"00000000-0000-0000-0000-000000000000\",\"role\":\"admin\"}"
                .getBytes(StandardCharsets.UTF_8));
    expectUnauthorized(parts[0] + "." + otherPayload + "." + parts[2]);
    String none = BASE64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    expectUnauthorized(none + "." + parts[1] + ".");
    expectUnauthorized("not-a-token");
    mvc.perform(get("/api/v1/auth/me")).andExpect(status().isUnauthorized());
  }
}
