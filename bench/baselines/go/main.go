// Bare baseline for the serving bench: net/http + database/sql over pgx (the generated app's
// driver), the three routes the bench loads, on the app's own schema. No framework.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type task struct {
	ID          string     `json:"id"`
	Title       string     `json:"title"`
	Description *string    `json:"description"`
	Status      string     `json:"status"`
	DueDate     *time.Time `json:"dueDate"`
	CreatedAt   time.Time  `json:"createdAt"`
	UpdatedAt   time.Time  `json:"updatedAt"`
}

const columns = "id, title, description, status, due_date, created_at, updated_at"

var (
	db     *sql.DB
	jwt    = os.Getenv("BENCH_AUTH") == "jwt"
	secret = []byte(os.Getenv("JWT_SECRET"))
)

func caller(r *http.Request) string {
	parts := strings.Split(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), ".")
	if len(parts) != 3 {
		return ""
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(parts[0] + "." + parts[1]))
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil || !hmac.Equal(sig, mac.Sum(nil)) {
		return ""
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	var claims struct {
		Sub string  `json:"sub"`
		Exp float64 `json:"exp"`
	}
	if err != nil || json.Unmarshal(payload, &claims) != nil || claims.Exp < float64(time.Now().Unix()) {
		return ""
	}
	return claims.Sub
}

func scan(rows interface{ Scan(...any) error }) (task, error) {
	var t task
	err := rows.Scan(&t.ID, &t.Title, &t.Description, &t.Status, &t.DueDate, &t.CreatedAt, &t.UpdatedAt)
	return t, err
}

func send(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

func handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/health" {
		send(w, 200, map[string]string{"status": "ok"})
		return
	}
	var args []any
	where := ""
	if jwt {
		owner := caller(r)
		if owner == "" {
			send(w, 401, map[string]any{"error": map[string]string{"code": "unauthorized", "message": "Sign in"}})
			return
		}
		args, where = []any{owner}, "WHERE owner_id = $1"
	}
	fail := func() {
		send(w, 500, map[string]any{"error": map[string]string{"code": "internal", "message": "Internal error"}})
	}
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/api/v1/tasks":
		rows, err := db.QueryContext(r.Context(), "SELECT "+columns+" FROM tasks "+where+" ORDER BY created_at DESC LIMIT 20", args...)
		if err != nil {
			fail()
			return
		}
		defer rows.Close()
		data := []task{}
		for rows.Next() {
			t, err := scan(rows)
			if err != nil {
				fail()
				return
			}
			data = append(data, t)
		}
		var total int
		if err := db.QueryRowContext(r.Context(), "SELECT count(*) FROM tasks "+where, args...).Scan(&total); err != nil {
			fail()
			return
		}
		send(w, 200, map[string]any{"data": data, "page": 1, "pageSize": 20, "total": total})
	case r.Method == http.MethodPost && r.URL.Path == "/api/v1/tasks":
		var in struct {
			Title       string  `json:"title"`
			Description *string `json:"description"`
		}
		if json.NewDecoder(r.Body).Decode(&in) != nil {
			send(w, 400, map[string]any{"error": map[string]string{"code": "bad_request", "message": "Malformed JSON"}})
			return
		}
		ownerCol, ownerVal := "", ""
		if jwt {
			ownerCol, ownerVal = "owner_id, ", "$3, "
		}
		row := db.QueryRowContext(r.Context(), "INSERT INTO tasks (id, "+ownerCol+"title, description, status, created_at, updated_at) VALUES (gen_random_uuid(), "+ownerVal+"$1, $2, 'todo', now(), now()) RETURNING "+columns, append([]any{in.Title, in.Description}, args...)...)
		t, err := scan(row)
		if err != nil {
			fail()
			return
		}
		send(w, 201, t)
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/api/v1/tasks/"):
		q := "SELECT " + columns + " FROM tasks WHERE id = $1"
		if jwt {
			q += " AND owner_id = $2"
		}
		t, err := scan(db.QueryRowContext(r.Context(), q, append([]any{strings.TrimPrefix(r.URL.Path, "/api/v1/tasks/")}, args...)...))
		if err != nil {
			send(w, 404, map[string]any{"error": map[string]string{"code": "not_found", "message": "No such task"}})
			return
		}
		send(w, 200, t)
	default:
		send(w, 404, map[string]any{"error": map[string]string{"code": "not_found", "message": "No such route"}})
	}
}

func main() {
	var err error
	if db, err = sql.Open("pgx", os.Getenv("DATABASE_URL")); err != nil {
		panic(err)
	}
	db.SetMaxOpenConns(10)
	db.SetMaxIdleConns(10)
	srv := &http.Server{Addr: "127.0.0.1:" + os.Getenv("PORT"), Handler: http.HandlerFunc(handle), ReadHeaderTimeout: 5 * time.Second}
	panic(srv.ListenAndServe())
}
