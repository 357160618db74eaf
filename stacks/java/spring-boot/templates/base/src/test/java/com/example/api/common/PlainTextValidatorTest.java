package com.example.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.api.common.validation.PlainTextValidator;
import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

  @Test
  void acceptsOrdinaryTextAndPairedSurrogates() {
    assertThat(PlainTextValidator.isPlainText("plain text, ünïcode")).isTrue();
    assertThat(PlainTextValidator.isPlainText("emoji \uD83D\uDE00")).isTrue();
  }

  @Test
  void rejectsNulAndUnpairedSurrogates() {
    assertThat(PlainTextValidator.isPlainText("a\u0000b")).isFalse();
    assertThat(PlainTextValidator.isPlainText("lone high \uD83D")).isFalse();
    assertThat(PlainTextValidator.isPlainText("\uDE00 lone low")).isFalse();
    assertThat(PlainTextValidator.isPlainText("reversed \uDE00\uD83D")).isFalse();
  }
}
