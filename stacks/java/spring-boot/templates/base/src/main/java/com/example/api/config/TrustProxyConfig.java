package com.example.api.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * TRUST_PROXY=true, behind a reverse proxy or load balancer: the client's address (which the login
 * rate limit counts by) and the scheme come from the Forwarded / X-Forwarded-* headers the proxy
 * sets. Off by default, because a client talking to the app directly could forge them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.trust-proxy", havingValue = "true")
class TrustProxyConfig {

  @Bean
  FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaderFilter() {
    FilterRegistrationBean<ForwardedHeaderFilter> registration =
        new FilterRegistrationBean<>(new ForwardedHeaderFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
