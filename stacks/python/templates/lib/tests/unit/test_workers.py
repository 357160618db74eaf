"""WEB_CONCURRENCY, or a worker count sized to the CPUs."""

import pytest

from app.lib.workers import available_cpus, web_concurrency


def test_web_concurrency_wins() -> None:
    assert web_concurrency({"WEB_CONCURRENCY": "3"}, cpus=16) == 3


@pytest.mark.parametrize(("cpus", "workers"), [(1, 2), (2, 2), (4, 4), (64, 8)])
def test_default_is_one_per_cpu_between_2_and_8(cpus: int, workers: int) -> None:
    assert web_concurrency({}, cpus=cpus) == workers


def test_a_stack_may_choose_its_own_default() -> None:
    assert web_concurrency({}, cpus=16, default=1) == 1
    assert web_concurrency({"WEB_CONCURRENCY": "4"}, default=1) == 4


@pytest.mark.parametrize("raw", ["0", "-1", "many"])
def test_bad_values_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match="WEB_CONCURRENCY"):
        web_concurrency({"WEB_CONCURRENCY": raw})


def test_available_cpus_is_positive() -> None:
    assert available_cpus() >= 1
