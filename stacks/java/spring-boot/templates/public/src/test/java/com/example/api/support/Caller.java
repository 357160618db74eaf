package com.example.api.support;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A client of the API. The API is public, so a caller carries no credentials. */
public final class Caller implements RequestPostProcessor {

  public static Caller signUp(MockMvc mvc) {
    return new Caller();
  }

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    return request;
  }
}
