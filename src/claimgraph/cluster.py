"""The per-article function on a Dask distributed cluster (the optional extra
``claimgraph[dask]``): the same ``pipeline.run_article`` the local engines run, so the
build writes the same bytes.

The client (the machine running ``claimgraph build``) reads every article and sends its
bytes with the task, so the workers need claimgraph installed but not the corpus, the
catalogs or a shared disk; each worker builds the pipeline once, on its first article,
and keeps it. Outputs come back in article order, with a bounded number in flight.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from .errors import ClaimgraphError
from .pipeline import ArticleOutput, ArticleTask, Settings, Worker, in_order, relax_collector_for_good, run_article

try:
    from distributed import Client, LocalCluster, WorkerPlugin, get_worker
except ImportError as err:  # pragma: no cover - depends on the installation
    raise ClaimgraphError("--engine dask / --scheduler need Dask: pip install 'claimgraph[dask]'") from err

__all__ = ["PipelinePlugin", "run_on_dask"]

_PLUGIN = "claimgraph-pipeline"
_IN_FLIGHT_PER_WORKER = 8


class PipelinePlugin(WorkerPlugin):
    """Holds one ``pipeline.Worker`` per Dask worker, built on first use."""

    name = _PLUGIN

    def __init__(self, settings: Settings):
        self.settings = settings
        self._worker: Worker | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {"settings": self.settings}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["settings"])

    def setup(self, worker) -> None:  # noqa: ARG002 - the pipeline is built on the first article
        return None

    def pipeline(self) -> Worker:
        with self._lock:
            if self._worker is None:
                relax_collector_for_good()
                self._worker = Worker(self.settings)
            return self._worker


def _run_on_worker(task: ArticleTask) -> ArticleOutput:
    return run_article(task, get_worker().plugins[_PLUGIN].pipeline())


def run_on_dask(tasks: Iterable[ArticleTask], settings: Settings, scheduler: str | None = None,
                jobs: int = 2) -> Iterator[ArticleOutput]:
    """``run_article`` over ``tasks`` on the cluster at ``scheduler`` (or a local cluster of
    ``jobs`` single-threaded worker processes), in task order."""
    try:
        if scheduler:
            client = Client(scheduler)
            cluster = None
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as err:
        raise ClaimgraphError(f"cannot reach the Dask scheduler at {scheduler}: {err}; is it running "
                              "(dask scheduler), and is the address right (tcp://HOST:8786)?") from err
    try:
        client.register_plugin(PipelinePlugin(settings), name=_PLUGIN)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from in_order(tasks, lambda task: client.submit(_run_on_worker, task, pure=False),
                            workers * _IN_FLIGHT_PER_WORKER)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
