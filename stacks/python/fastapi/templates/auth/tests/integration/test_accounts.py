"""Registering, signing in, roles and the login rate limit, through HTTP."""

from fastapi.testclient import TestClient

from tests.integration.helpers import MakeClient, register, sign_in, unique_email


def test_register_returns_the_user_without_the_password(client: TestClient) -> None:
    email = unique_email()
    response = client.post(
        "/api/v1/auth/register",
        json={"email": f"  {email.upper()} ", "password": "correct horse", "name": "Ada"},
    )
    assert response.status_code == 201
    user = response.json()["user"]
    assert set(user) == {"id", "email", "name", "role", "createdAt"}
    assert (user["email"], user["name"], user["role"]) == (email, "Ada", "user")
    assert "argon2" not in response.text
    assert "correct horse" not in response.text


def test_duplicate_email_is_409_in_any_case(client: TestClient) -> None:
    credentials = register(client)
    again = {**credentials, "email": f" {credentials['email'].upper()} "}
    response = client.post("/api/v1/auth/register", json=again)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


def test_register_names_every_bad_field(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register", json={"email": "nope", "password": "short", "name": ""}
    )
    assert response.status_code == 422
    details = response.json()["error"]["details"]
    assert {detail["field"] for detail in details} == {"email", "password", "name"}


def test_login_and_me(client: TestClient) -> None:
    credentials = register(client)
    body = sign_in(client, credentials)
    assert body["user"]["email"] == credentials["email"]
    me = client.get("/api/v1/auth/me")
    assert me.status_code == 200
    assert me.json() == {"user": body["user"]}


def test_login_accepts_the_email_in_another_case(client: TestClient) -> None:
    credentials = register(client)
    sign_in(client, {**credentials, "email": f" {credentials['email'].upper()} "})


def test_wrong_password_and_unknown_email_look_the_same(client: TestClient) -> None:
    credentials = register(client)
    wrong = client.post(
        "/api/v1/auth/login", json={"email": credentials["email"], "password": "wrong password"}
    )
    unknown = client.post(
        "/api/v1/auth/login", json={"email": unique_email(), "password": "wrong password"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_me_without_credentials_is_401(client: TestClient) -> None:
    response = client.get("/api/v1/auth/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_login_rate_limit(client: TestClient) -> None:
    victim = register(client)
    bystander = register(client)
    for attempt in range(10):
        response = client.post(
            "/api/v1/auth/login", json={"email": victim["email"], "password": f"wrong-{attempt}"}
        )
        assert response.status_code == 401
    limited = client.post("/api/v1/auth/login", json=victim)
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    sign_in(client, bystander)  # other emails are unaffected


def test_admin_email_gets_the_admin_role_and_can_list_users(
    make_client: MakeClient, admin_email: str
) -> None:
    admin = make_client()
    body = sign_in(admin, register(admin, email=admin_email))
    assert body["user"]["role"] == "admin"
    response = admin.get("/api/v1/users", params={"pageSize": 1})
    assert response.status_code == 200
    page = response.json()
    assert (page["page"], page["pageSize"], len(page["data"])) == (1, 1, 1)
    assert page["total"] >= 1
    assert "password" not in response.text.lower()


def test_users_is_403_for_users_and_401_without_credentials(
    api: TestClient, client: TestClient
) -> None:
    forbidden = api.get("/api/v1/users")
    assert forbidden.status_code == 403
    assert forbidden.json()["error"]["code"] == "forbidden"
    assert client.get("/api/v1/users").status_code == 401
