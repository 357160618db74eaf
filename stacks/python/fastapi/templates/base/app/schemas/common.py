"""Base models and the page envelope shared by every resource.

JSON is camelCase while Python is snake_case: input models accept only the camelCase names
(so `due_date` from a client is an unknown field, ignored like any other), output models are
written with camelCase names.
"""

from typing import Generic, TypeVar

from pydantic import AfterValidator, AliasGenerator, BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError

from app.lib.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE
from app.lib.text import text_problem

T = TypeVar("T")


def _reject_unstorable(value: str) -> str:
    # NUL and lone surrogates reach no database intact; refusing them keeps that a 422, not a 500.
    problem = text_problem(value)
    if problem is not None:
        raise PydanticCustomError("unstorable_text", problem)
    return value


#: Add to any text field that is stored, searched or hashed: Annotated[str, ..., SafeText].
SafeText = AfterValidator(_reject_unstorable)


class InputModel(BaseModel):
    """A request body or query string. Unknown fields are ignored, never stored."""

    model_config = ConfigDict(
        alias_generator=AliasGenerator(validation_alias=to_camel), extra="ignore"
    )


class OutputModel(BaseModel):
    """A response, built from ORM objects or values and written as camelCase JSON."""

    model_config = ConfigDict(
        alias_generator=AliasGenerator(serialization_alias=to_camel),
        from_attributes=True,
        # A field with a default is still always written: required in the OpenAPI document.
        json_schema_serialization_defaults_required=True,
    )


class PageParams(InputModel):
    """?page=1&pageSize=20"""

    page: int = Field(default=1, ge=1, le=MAX_PAGE)
    page_size: int = Field(default=DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


class Page(OutputModel, Generic[T]):
    data: list[T]
    page: int
    page_size: int
    total: int
