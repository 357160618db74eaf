// Bare baseline for the serving bench: the JDK's HttpServer on virtual threads + JDBC through
// HikariCP and the PostgreSQL driver (the generated app's pool and driver, from its own jar),
// Jackson for JSON, the three routes the bench loads, on the app's own schema. No framework.
// Run from the project: java -cp 'bench-lib/BOOT-INF/lib/*' BenchBaseline.java
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class BenchBaseline {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String COLUMNS = "id, title, description, status, due_date, created_at, updated_at";
  static final boolean JWT = "jwt".equals(System.getenv("BENCH_AUTH"));
  static final byte[] SECRET = String.valueOf(System.getenv("JWT_SECRET")).getBytes(StandardCharsets.UTF_8);
  static HikariDataSource db;

  public static void main(String[] args) throws Exception {
    URI url = URI.create(System.getenv("DATABASE_URL"));
    String[] user = url.getUserInfo().split(":", 2);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://" + url.getHost() + ":" + (url.getPort() < 0 ? 5432 : url.getPort()) + url.getPath());
    config.setUsername(user[0]);
    config.setPassword(user.length > 1 ? user[1] : "");
    db = new HikariDataSource(config);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("PORT"))), 512);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", BenchBaseline::handle);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
  }

  static String caller(HttpExchange ex) throws Exception {
    String header = ex.getRequestHeaders().getFirst("Authorization");
    String[] parts = header == null ? new String[0] : header.replaceFirst("^Bearer ", "").split("\\.");
    if (parts.length != 3) return null;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
    byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    if (!java.security.MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) return null;
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    if (claims.path("exp").asLong() < Instant.now().getEpochSecond()) return null;
    return claims.path("sub").asString();
  }

  static Map<String, Object> task(ResultSet rs) throws SQLException {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", rs.getString(1));
    t.put("title", rs.getString(2));
    t.put("description", rs.getString(3));
    t.put("status", rs.getString(4));
    t.put("dueDate", rs.getString(5));
    t.put("createdAt", rs.getTimestamp(6).toInstant().toString());
    t.put("updatedAt", rs.getTimestamp(7).toInstant().toString());
    return t;
  }

  static void send(HttpExchange ex, int status, Object body) throws java.io.IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (var out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  static Map<String, Object> error(String code, String message) {
    return Map.of("error", Map.of("code", code, "message", message));
  }

  static void handle(HttpExchange ex) throws java.io.IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      if (path.equals("/health")) {
        send(ex, 200, Map.of("status", "ok"));
        return;
      }
      String owner = JWT ? caller(ex) : null;
      if (JWT && owner == null) {
        send(ex, 401, error("unauthorized", "Sign in"));
        return;
      }
      String where = JWT ? " WHERE owner_id = ?::uuid" : "";
      try (Connection c = db.getConnection()) {
        if (method.equals("GET") && path.equals("/api/v1/tasks")) {
          List<Map<String, Object>> data = new ArrayList<>();
          try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM tasks" + where + " ORDER BY created_at DESC LIMIT 20")) {
            if (JWT) q.setString(1, owner);
            try (ResultSet rs = q.executeQuery()) {
              while (rs.next()) data.add(task(rs));
            }
          }
          long total;
          try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM tasks" + where)) {
            if (JWT) q.setString(1, owner);
            try (ResultSet rs = q.executeQuery()) {
              rs.next();
              total = rs.getLong(1);
            }
          }
          send(ex, 200, Map.of("data", data, "page", 1, "pageSize", 20, "total", total));
        } else if (method.equals("POST") && path.equals("/api/v1/tasks")) {
          JsonNode in = JSON.readTree(ex.getRequestBody());
          String sql = "INSERT INTO tasks (id, " + (JWT ? "owner_id, " : "") + "title, description, status, created_at, updated_at) VALUES (?::uuid, "
              + (JWT ? "?::uuid, " : "") + "?, ?, 'todo', now(), now()) RETURNING " + COLUMNS;
          try (PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            q.setString(i++, UUID.randomUUID().toString());
            if (JWT) q.setString(i++, owner);
            q.setString(i++, in.path("title").asString());
            q.setString(i, in.path("description").isString() ? in.path("description").asString() : null);
            try (ResultSet rs = q.executeQuery()) {
              rs.next();
              send(ex, 201, task(rs));
            }
          }
        } else if (method.equals("GET") && path.startsWith("/api/v1/tasks/")) {
          String id = path.substring("/api/v1/tasks/".length());
          try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM tasks WHERE id = ?::uuid" + (JWT ? " AND owner_id = ?::uuid" : ""))) {
            q.setString(1, id);
            if (JWT) q.setString(2, owner);
            try (ResultSet rs = q.executeQuery()) {
              if (rs.next()) send(ex, 200, task(rs));
              else send(ex, 404, error("not_found", "No such task"));
            }
          }
        } else {
          send(ex, 404, error("not_found", "No such route"));
        }
      }
    } catch (Exception e) {
      send(ex, 500, error("internal", "Internal error"));
    }
  }
}
