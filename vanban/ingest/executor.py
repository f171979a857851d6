"""The one seam through which ingestion work is run: in-process, a process pool, or Dask.

Every executor takes a function and an iterable of items and yields ``(item, result)`` as
results arrive, keeping at most ``max_in_flight`` items submitted at once so that memory stays
flat however many files there are. ``--scheduler tcp://HOST:8786`` selects a Dask distributed
cluster for archives that outgrow one machine; the work function and its results are the same.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Protocol, TypeVar

from vanban.errors import MissingDependencyError

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Runs ``fn`` over ``items``; yields ``(item, fn(item))`` in completion order."""

    def run(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R]]: ...

    def close(self) -> None: ...


class SerialExecutor:
    """Runs everything in this process (``--workers 1``): simplest to debug and profile."""

    def run(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R]]:
        for item in items:
            yield item, fn(item)

    def close(self) -> None:
        pass


def _bounded(
    submit: Callable[[T], Any],
    items: Iterable[T],
    limit: int,
    wait_some: Callable[[set[Any]], set[Any]],
    result_of: Callable[[Any], R],
) -> Iterator[tuple[T, R]]:
    pending: dict[Any, T] = {}
    for item in items:
        pending[submit(item)] = item
        while len(pending) >= limit:
            for fut in wait_some(set(pending)):
                yield pending.pop(fut), result_of(fut)
    while pending:
        for fut in wait_some(set(pending)):
            yield pending.pop(fut), result_of(fut)


class PoolExecutor:
    """A local process pool, one process per core by default."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers)

    def run(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R]]:
        def wait_some(futs: set[Future[R]]) -> set[Future[R]]:
            return wait(futs, return_when=FIRST_COMPLETED).done

        return _bounded(
            lambda item: self._pool.submit(fn, item),
            items,
            self.workers * 2,
            wait_some,
            lambda fut: fut.result(),
        )

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Submits the same work to a Dask distributed scheduler (``tcp://HOST:8786``)."""

    def __init__(self, scheduler: str) -> None:
        try:
            from distributed import Client
        except ImportError as e:  # pragma: no cover - depends on the install
            raise MissingDependencyError(
                "--scheduler needs Dask distributed: pip install 'vanban[dask]'"
            ) from e
        self._client = Client(scheduler)
        self.workers = max(1, sum(self._client.nthreads().values()))

    def run(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R]]:
        from distributed import wait as dwait

        def wait_some(futs: set[Any]) -> set[Any]:
            return set(dwait(list(futs), return_when="FIRST_COMPLETED").done)

        return _bounded(
            lambda item: self._client.submit(fn, item, pure=False),
            items,
            self.workers * 2,
            wait_some,
            lambda fut: fut.result(),
        )

    def close(self) -> None:
        self._client.close()


def make_executor(workers: int | None = None, scheduler: str | None = None) -> Executor:
    """Pick the executor: Dask when ``scheduler`` is given, else a pool of ``workers`` processes.

    Args:
        workers: Local processes; defaults to the number of cores. 1 runs in this process.
        scheduler: Address of a Dask scheduler, e.g. ``tcp://10.0.0.5:8786``.
    """
    if scheduler:
        return DaskExecutor(scheduler)
    workers = workers or os.cpu_count() or 1
    return SerialExecutor() if workers <= 1 else PoolExecutor(workers)
