package com.example.api.config;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

@Configuration(proxyBeanMethods = false)
class JacksonConfig {

  /**
   * No request body of this API nests deeper than two levels; refusing deeper JSON early keeps a
   * hostile body (thousands of {@code [[[[...}) from costing stack and CPU. The answer is 400.
   */
  @Bean
  JsonFactoryBuilderCustomizer nestingLimit() {
    return builder ->
        builder.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
  }

  /**
   * Jackson would turn {@code {"title": 5}} or {@code true} into the string "5"; the API spec says
   * a value of the wrong type is a validation failure, so text fields take only strings.
   */
  @Bean
  JsonMapperBuilderCustomizer strictStrings() {
    return builder ->
        builder.withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
