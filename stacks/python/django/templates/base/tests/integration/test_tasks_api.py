"""The task endpoints through HTTP, against the real database."""

import uuid
from typing import Any

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

TASKS = "/api/v1/tasks"


def create(client: APIClient, **fields: Any) -> dict[str, Any]:
    response = client.post(TASKS, fields, format="json")
    assert response.status_code == 201, response.content
    task: dict[str, Any] = response.json()
    return task


def listing(client: APIClient, **params: Any) -> dict[str, Any]:
    response = client.get(TASKS, params)
    assert response.status_code == 200, response.content
    page: dict[str, Any] = response.json()
    return page


def marker() -> str:
    """A word no other test's task contains, to find this test's tasks with ?q=."""
    return f"m{uuid.uuid4().hex[:10]}"


def test_create_returns_the_task_and_its_location(user_api: APIClient) -> None:
    response = user_api.post(
        TASKS,
        {
            "title": " Ship it ",
            "description": "soon",
            "status": "in_progress",
            "dueDate": "2030-05-17",
        },
        format="json",
    )
    assert response.status_code == 201
    task = response.json()
    assert set(task) == {
        "id",
        "title",
        "description",
        "status",
        "dueDate",
        "createdAt",
        "updatedAt",
    }
    assert task["title"] == "Ship it"
    assert (task["status"], task["dueDate"]) == ("in_progress", "2030-05-17")
    assert task["createdAt"].endswith("Z")
    assert response["Location"] == f"{TASKS}/{task['id']}"
    assert user_api.get(f"{TASKS}/{task['id']}").json() == task


def test_invalid_input_is_422_naming_each_field(user_api: APIClient) -> None:
    response = user_api.post(
        TASKS, {"title": "  ", "status": "nope", "dueDate": "2024-13-45"}, format="json"
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_failed"
    assert {detail["field"] for detail in error["details"]} == {"title", "status", "dueDate"}


def test_put_replaces_and_resets_omitted_fields(user_api: APIClient) -> None:
    task = create(user_api, title="before", description="d", status="done", dueDate="2030-01-02")
    response = user_api.put(f"{TASKS}/{task['id']}", {"title": "after"}, format="json")
    assert response.status_code == 200
    replaced = response.json()
    assert replaced["title"] == "after"
    assert (replaced["description"], replaced["status"], replaced["dueDate"]) == (
        None,
        "todo",
        None,
    )
    assert replaced["createdAt"] == task["createdAt"]
    assert replaced["updatedAt"] >= task["updatedAt"]


def test_patch_changes_only_the_given_fields(user_api: APIClient) -> None:
    task = create(user_api, title="keep", description="keep too", dueDate="2030-03-04")
    response = user_api.patch(f"{TASKS}/{task['id']}", {"dueDate": None}, format="json")
    assert response.status_code == 200
    assert response.json() == {**task, "dueDate": None, "updatedAt": response.json()["updatedAt"]}
    invalid = user_api.patch(f"{TASKS}/{task['id']}", {"title": None}, format="json")
    assert invalid.status_code == 422


def test_delete_then_everything_is_404(user_api: APIClient) -> None:
    path = f"{TASKS}/{create(user_api, title='doomed')['id']}"
    response = user_api.delete(path)
    assert response.status_code == 204
    assert response.content == b""
    assert user_api.get(path).status_code == 404
    assert user_api.delete(path).status_code == 404


@pytest.mark.parametrize("task_id", [str(uuid.uuid4()), "not-a-uuid", "12345", "1' OR '1'='1"])
def test_unknown_or_malformed_ids_are_404(user_api: APIClient, task_id: str) -> None:
    path = f"{TASKS}/{task_id}"
    assert user_api.get(path).status_code == 404
    assert user_api.put(path, {"title": "x"}, format="json").status_code == 404
    assert user_api.patch(path, {"title": "x"}, format="json").status_code == 404
    assert user_api.delete(path).status_code == 404


def test_list_pages_through_the_results(user_api: APIClient) -> None:
    word = marker()
    made = [create(user_api, title=f"{word} {i}")["id"] for i in range(5)]
    first = listing(user_api, q=word, pageSize=2)
    assert (first["page"], first["pageSize"], first["total"]) == (1, 2, 5)
    pages = [
        first,
        listing(user_api, q=word, pageSize=2, page=2),
        listing(user_api, q=word, pageSize=2, page=3),
    ]
    seen = [task["id"] for page in pages for task in page["data"]]
    assert sorted(seen) == sorted(made)
    assert listing(user_api, q=word, pageSize=2, page=4)["data"] == []


def test_list_rejects_bad_parameters(user_api: APIClient) -> None:
    response = user_api.get(TASKS, {"pageSize": "101", "sort": "priority"})
    assert response.status_code == 422
    fields = {detail["field"] for detail in response.json()["error"]["details"]}
    assert fields == {"pageSize", "sort"}


def test_status_filter(user_api: APIClient) -> None:
    word = marker()
    done = create(user_api, title=f"{word} a", status="done")
    create(user_api, title=f"{word} b", status="todo")
    page = listing(user_api, q=word, status="done")
    assert [task["id"] for task in page["data"]] == [done["id"]]


def test_search_is_a_literal_case_insensitive_substring(user_api: APIClient) -> None:
    word = marker()
    percent = create(user_api, title=f"{word} 100% done")
    create(user_api, title=f"{word} 100 percent")
    underscore = create(user_api, title=f"{word} a_b")
    create(user_api, title=f"{word} axb")
    backslash = create(user_api, title=f"{word} c:\\temp")
    described = create(user_api, title=f"{word} other", description="Has a NEEDLE inside")

    def found(q: str) -> list[str]:
        return [task["id"] for task in listing(user_api, q=q, pageSize=100)["data"]]

    assert found(f"{word} 100%") == [percent["id"]]
    assert found(f"{word} A_B") == [underscore["id"]]
    assert found(f"{word} c:\\t") == [backslash["id"]]
    assert described["id"] in found("needle")
    assert found(f"{word}' OR '1'='1") == []


def test_sorting_by_due_date_puts_tasks_without_one_last_both_ways(user_api: APIClient) -> None:
    word = marker()
    late = create(user_api, title=f"{word} late", dueDate="2031-02-01")
    none_old = create(user_api, title=f"{word} none old")
    early = create(user_api, title=f"{word} early", dueDate="2031-01-01")
    none_new = create(user_api, title=f"{word} none new")

    def order(sort: str) -> list[str]:
        return [task["id"] for task in listing(user_api, q=word, sort=sort)["data"]]

    assert order("dueDate") == [early["id"], late["id"], none_new["id"], none_old["id"]]
    assert order("-dueDate") == [late["id"], early["id"], none_new["id"], none_old["id"]]
    assert order("createdAt") == [late["id"], none_old["id"], early["id"], none_new["id"]]
    assert order("-createdAt") == [none_new["id"], early["id"], none_old["id"], late["id"]]


def test_sorting_by_title_breaks_ties_newest_first(user_api: APIClient) -> None:
    word = marker()
    bravo_old = create(user_api, title=f"{word} bravo")
    alpha = create(user_api, title=f"{word} alpha")
    bravo_new = create(user_api, title=f"{word} bravo")
    titles = [task["id"] for task in listing(user_api, q=word, sort="title")["data"]]
    assert titles == [alpha["id"], bravo_new["id"], bravo_old["id"]]
    reverse = [task["id"] for task in listing(user_api, q=word, sort="-title")["data"]]
    assert reverse == [bravo_new["id"], bravo_old["id"], alpha["id"]]
