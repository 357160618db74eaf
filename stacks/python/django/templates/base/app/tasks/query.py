"""
`GET /api/v1/tasks` parameters: parsing (every bad value is reported at once) and what they
do to a queryset. Unknown parameter names are ignored.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.db.models import F, OrderBy, Q, QuerySet
from rest_framework.exceptions import ValidationError

from app.core.pagination import Errors, parse_page
from app.lib.pagination import PageRequest
from app.lib.text import text_problem
from app.tasks.models import Status, Task

# Newest first breaks every tie, so equal titles or due dates come in a stable order.
_NEWEST_FIRST = [F("created_at").desc(), F("id").desc()]

# Each `sort` value and its ORDER BY. Tasks without a due date come last in both directions;
# Django writes NULLS LAST on PostgreSQL and an equivalent IS NULL sort key on MySQL/SQLite.
SORTS: dict[str, list[OrderBy]] = {
    "createdAt": [F("created_at").asc(), F("id").asc()],
    "-createdAt": _NEWEST_FIRST,
    "dueDate": [F("due_date").asc(nulls_last=True), *_NEWEST_FIRST],
    "-dueDate": [F("due_date").desc(nulls_last=True), *_NEWEST_FIRST],
    "title": [F("title").asc(), *_NEWEST_FIRST],
    "-title": [F("title").desc(), *_NEWEST_FIRST],
}
DEFAULT_SORT = "-createdAt"


@dataclass(frozen=True)
class TaskQuery:
    page: PageRequest = field(default_factory=PageRequest)
    status: str | None = None
    q: str | None = None
    sort: str = DEFAULT_SORT


def parse_task_query(params: Mapping[str, str]) -> TaskQuery:
    """The list parameters, or ValidationError naming each bad one (422)."""
    errors: Errors = {}
    page = parse_page(params, errors)
    status = params.get("status")
    if status is not None and status not in Status.values:
        errors["status"] = [f"Must be one of {', '.join(Status.values)}"]
    sort = params.get("sort", DEFAULT_SORT)
    if sort not in SORTS:
        errors["sort"] = [f"Must be one of {', '.join(SORTS)}"]
    q = params.get("q") or None
    problem = text_problem(q) if q is not None else None
    if problem is not None:
        errors["q"] = [problem]
    if errors:
        raise ValidationError(errors)
    return TaskQuery(page=page, status=status, q=q, sort=sort)


def apply(queryset: QuerySet[Task], query: TaskQuery) -> QuerySet[Task]:
    """Filters and orders; pagination is left to the caller."""
    if query.status is not None:
        queryset = queryset.filter(status=query.status)
    if query.q is not None:
        # icontains is a parameterised LIKE in which Django escapes %, _ and \ itself, so q
        # is matched as a literal substring, case-insensitively, on all three databases.
        queryset = queryset.filter(Q(title__icontains=query.q) | Q(description__icontains=query.q))
    return queryset.order_by(*SORTS[query.sort])
