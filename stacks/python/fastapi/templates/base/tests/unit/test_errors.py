from app.errors import error_body, field_name, validation_details


def test_field_names_drop_the_source() -> None:
    assert field_name(("body", "dueDate")) == "dueDate"
    assert field_name(("query", "pageSize")) == "pageSize"
    assert field_name(("body", "tags", 0)) == "tags.0"


def test_a_missing_body_is_named_body() -> None:
    assert field_name(("body",)) == "body"


def test_details_only_for_validation_errors() -> None:
    assert error_body("not_found", "Task not found") == {
        "error": {"code": "not_found", "message": "Task not found"}
    }
    body = error_body("validation_failed", "Invalid", [{"field": "title", "message": "Required"}])
    assert body["error"]["details"] == [{"field": "title", "message": "Required"}]


def test_validation_details_strip_the_value_error_prefix() -> None:
    errors = [
        {"loc": ("body", "title"), "msg": "Field required"},
        {"loc": ("query", "sort"), "msg": "Value error, unknown sort"},
    ]
    assert validation_details(errors) == [
        {"field": "title", "message": "Field required"},
        {"field": "sort", "message": "unknown sort"},
    ]
