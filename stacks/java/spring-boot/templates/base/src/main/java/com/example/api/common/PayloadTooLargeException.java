package com.example.api.common;

import java.io.IOException;

/** Thrown while reading a request body that goes past the size limit. */
public class PayloadTooLargeException extends IOException {

  public PayloadTooLargeException() {
    super("Request body is too large");
  }
}
