package com.example.api.docs;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /openapi.json serves the OpenAPI document at the project root (packaged into the jar by the
 * pom); GET /docs is Swagger UI for it. Swagger UI's files come from the swagger-ui webjar and are
 * served by this app, so the explorer works offline and needs no third-party CDN.
 */
@RestController
class DocsController {

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>API explorer</title>
          <link rel="stylesheet" href="/webjars/swagger-ui/swagger-ui.css" />
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="/webjars/swagger-ui/swagger-ui-bundle.js"></script>
          <script src="/docs/init.js"></script>
        </body>
      </html>
      """;

  // A separate file rather than an inline script, so a Content-Security-Policy without
  // 'unsafe-inline' still allows it.
  private static final String INIT_SCRIPT =
      "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });\n";

  private final byte[] spec;

  DocsController() throws IOException {
    try (InputStream in = new ClassPathResource("openapi.json").getInputStream()) {
      spec = in.readAllBytes();
    }
  }

  @GetMapping(value = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  byte[] openApi() {
    return spec;
  }

  @GetMapping(value = "/docs", produces = MediaType.TEXT_HTML_VALUE)
  String docs() {
    return PAGE;
  }

  @GetMapping(value = "/docs/init.js", produces = "text/javascript")
  ResponseEntity<String> initScript() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(INIT_SCRIPT);
  }
}
