package com.example.api.auth;

import com.example.api.common.ErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its session cookie and, for a state-changing request, demands the
 * session's CSRF token in X-CSRF-Token (403 without it). A cookie rides along with every request a
 * browser makes to this origin, including ones another site triggers; the header can only be set by
 * this site's own script.
 */
class SessionAuthenticationFilter extends OncePerRequestFilter {

  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String SESSION_ATTRIBUTE = "auth.sessionId";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final SessionService sessions;
  private final ErrorWriter errors;

  SessionAuthenticationFilter(SessionService sessions, ErrorWriter errors) {
    this.sessions = sessions;
    this.errors = errors;
  }

  /** Register and login need no session; a stale cookie sent along must not block them. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.equals("/api/v1/auth/login") || path.equals("/api/v1/auth/register");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String value = cookieValue(request);
    var session = value == null ? null : sessions.find(value).orElse(null);
    if (session != null) {
      if (!SAFE_METHODS.contains(request.getMethod())
          && !matches(request.getHeader(CSRF_HEADER), session.csrfToken())) {
        errors.write(response, 403, "Missing or invalid X-CSRF-Token header");
        return;
      }
      var authentication =
          new UsernamePasswordAuthenticationToken(
              session.user(),
              null,
              List.of(new SimpleGrantedAuthority("ROLE_" + session.user().role())));
      SecurityContextHolder.getContext().setAuthentication(authentication);
      request.setAttribute(SESSION_ATTRIBUTE, session.id());
    }
    chain.doFilter(request, response);
  }

  private static String cookieValue(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    return Arrays.stream(cookies)
        .filter(c -> c.getName().equals(SessionService.COOKIE) && !c.getValue().isEmpty())
        .map(Cookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Constant-time comparison, so response timing doesn't reveal the token byte by byte. */
  private static boolean matches(String given, String expected) {
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
