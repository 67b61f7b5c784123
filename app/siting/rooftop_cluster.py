"""Rooftop potential of a province on a Dask cluster: spatial tiles with a halo, dask-geopandas.

A city is computed in one process (:func:`app.siting.rooftop.roof_potential`);
a province with shading is split into square tiles (``PARTITION_TILE_M``,
10 km) that run on the workers of a Dask cluster:

1. Every building belongs to the tile holding the centre of its bounding box.
2. A tile's partition carries its own buildings plus, when shading, its
   *halo*: every other building whose bounds come within the shading halo
   (``rooftop.shading_halo_m``, 400 m, taken 10 % wider and in conservative
   degrees) of the tile's own footprints. Halo buildings only cast shadows;
   results come back for the tile's own buildings only.
3. The partitions form a :class:`dask_geopandas.GeoDataFrame` with its
   ``spatial_partitions`` (each partition's extent); ``map_partitions`` runs
   :func:`tile_potential` on each, i.e. ``roof_potential(own, neighbours=halo)``.
4. The weather, the rooftop assumptions (all of them, resolved here: the
   workers' files do not count), the specific yield of every possible roof
   plane and, when shading, the plane's sky-cell table
   (:class:`app.siting.shading.ShadeTable`) are computed once here and
   shipped to each worker once (one node of the graph that every tile
   depends on), not sent per tile.
5. The tiles' data travel inside the task graph too, so the scheduler can
   run a tile again on another worker when one dies (scattered data could
   not be: a scattered key whose last holder dies is lost, and Dask's memory
   manager keeps one replica of a broadcast); a tile that fails (or a
   cluster left without workers) stops the run naming the tiles, and nothing
   is written (the caller writes only a finished result, atomically).

Why the result equals the one-process run: a roof's shading depends only on
the casters within the halo of its footprint (the horizon is a maximum over
them, computed per roof point from exact coordinates), every one of which
is in the roof's partition; the other columns are per-building formulas and
per-plane look-ups of the same numbers. On one machine the columns are equal
to the last bit (tests/core/test_rooftop_cluster.py); workers on different
CPUs may differ in the last bits of numpy's vectorised sin/arctan (about
1e-15 relative), never more.

Where it runs (:func:`plan_run`): an address given (``--scheduler
tcp://HOST:PORT``, else the ``DASK_SCHEDULER_ADDRESS`` convention of Dask),
else a local cluster of one worker per core when the run shades at least
``LOCAL_CLUSTER_MIN_BUILDINGS`` buildings, else this process. ``local`` and
``none`` force either.

Qt-free.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import math
import os
import time
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from app.core.errors import InputError, LygError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message

#: A run that shades at least this many buildings goes to a local Dask cluster when no scheduler is named:
#: below it the cluster's start (2-4 s for two worker processes) and the transfers cost more than the second
#: core gains (benchmarks/README.md, "Rooftop at city and province scale").
LOCAL_CLUSTER_MIN_BUILDINGS = 250_000
#: Side of a partition tile [m]: ~20,000 buildings in a dense city, a halo of 400 m adds ~16 %.
PARTITION_TILE_M = 10_000.0
#: Dask's own convention for the address of an existing scheduler.
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
#: How long to wait for a named scheduler to answer [s] (the message comes within 10 s).
CONNECT_TIMEOUT_S = 6.0
#: How long a run waits with no worker left before it gives up, naming the unfinished tiles [s]; Dask's
#: configuration ``lyg-siting.no-worker-timeout`` (env ``DASK_LYG_SITING__NO_WORKER_TIMEOUT``) overrides it,
#: e.g. for a cloud cluster whose autoscaler takes minutes to bring workers back.
NO_WORKER_TIMEOUT_S = 60.0
#: Values of ``scheduler`` that choose where to run instead of naming an address.
LOCAL, IN_PROCESS = "local", "none"

#: How to run on this computer, said with every cluster error.
RUN_HERE = (f"to compute on this computer instead, leave out --scheduler and unset {SCHEDULER_ENV} "
            f"(or pass --scheduler none)")


class SchedulerUnreachableError(InputError):
    """No Dask scheduler answers at the address given (the GUI offers to run on this computer)."""

    def __init__(self, message: str, address: str = ""):
        super().__init__(message)
        self.address = address


class ClusterRunError(LygError):
    """Tiles of a cluster run failed or could not finish; nothing was written.

    Attributes
    ----------
    tiles : list of str
        The tiles that did not finish, named by number, extent and size.
    """

    def __init__(self, message, tiles=()):
        super().__init__(message)
        self.tiles = list(tiles)


# ----------------------------------------------------------------------------- where to run


def scheduler_address(scheduler: str | None = None) -> str | None:
    """The scheduler named for a run: ``scheduler`` when given, else ``$DASK_SCHEDULER_ADDRESS``, else None.

    ``"local"`` and ``"none"`` pass through (a local cluster; this process).
    """
    text = (scheduler or "").strip() or os.environ.get(SCHEDULER_ENV, "").strip()
    if not text:
        return None
    if text.lower() in (LOCAL, IN_PROCESS):
        return text.lower()
    if "://" not in text:
        text = f"tcp://{text}"  # Dask's default protocol, as `dask worker HOST:PORT` accepts it
    scheme = text.split("://", 1)[0].lower()
    if scheme not in ("tcp", "tls", "inproc", "ucx", "ws", "wss"):
        raise InputError(f"--scheduler {scheduler or text!r}: expected tcp://HOST:PORT (or tls://HOST:PORT), "
                         f"'local' or 'none'")
    return text


def plan_run(n_buildings: int, shading: bool, scheduler: str | None = None) -> str:
    """Where a run goes: ``"none"`` (this process), ``"local"`` (a local cluster) or a scheduler address."""
    address = scheduler_address(scheduler)
    if address is not None:
        return address
    if shading and n_buildings >= LOCAL_CLUSTER_MIN_BUILDINGS:
        return LOCAL
    return IN_PROCESS


@lru_cache(maxsize=1)
def code_identity() -> str:
    """A digest of the program's code and the data files it reads (a worker must run the same)."""
    root = Path(__file__).resolve().parents[1]
    files = []
    for folder, folders, names in os.walk(root):
        # the window's code does not compute; compiled files follow their sources
        folders[:] = [f for f in folders if f != "__pycache__" and not (Path(folder) == root and f == "ui")]
        files += [Path(folder, n) for n in names if n.endswith((".py", ".json", ".csv"))]
    digest = hashlib.sha1()
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def installed_version() -> str:
    """The lyg-siting version installed here (the package's own when not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lyg-siting")
    except PackageNotFoundError:
        from app import __version__

        return __version__


class Cluster:
    """A connection to a Dask cluster for rooftop runs: an existing scheduler, or a local cluster started here.

    Use as a context manager; the local cluster (if any) is shut down on exit.

    Parameters
    ----------
    address : str
        ``tcp://HOST:PORT`` (or another Dask protocol) of a running scheduler, or ``"local"``.
    workers : int, optional
        Worker processes of a local cluster (default: one per core).
    processes : bool
        A local cluster of processes (default); False runs its workers as threads of this process.
    """

    def __init__(self, address: str, workers: int | None = None, processes: bool = True):
        self.address = address
        self.workers = workers
        self.processes = processes
        self.client = None
        self._local = None

    def __enter__(self) -> "Cluster":
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        from distributed import Client

        if self.address == LOCAL:
            from distributed import LocalCluster

            self._local = LocalCluster(n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1,
                                       processes=self.processes, dashboard_address=None,
                                       silence_logs=logging.ERROR)
            self.client = Client(self._local)
            return
        started = time.monotonic()
        try:
            # a scheduler that does not answer: Dask raises OSError (TimeoutError is one) after `timeout`
            self.client = Client(self.address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        except (OSError, ValueError) as exc:
            waited = time.monotonic() - started
            raise SchedulerUnreachableError(
                f"no Dask scheduler answers at {self.address} (waited {waited:.0f} s: "
                f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}); {RUN_HERE}", self.address) from None
        self.check_workers()

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self._local is not None:
            self._local.close()
            self._local = None

    def check_workers(self) -> None:
        """Refuse workers that run another version of the program (results would differ) or none at all."""
        from importlib.metadata import version

        try:
            versions = self.client.run(version, "lyg-siting")
        except ImportError as exc:  # PackageNotFoundError is an ImportError
            raise InputError(f"the Dask workers at {self.address} do not have lyg-siting installed ({exc}); "
                             f"install lyg-siting {installed_version()} on every worker; {RUN_HERE}") from None
        here = installed_version()
        other = {w: v for w, v in versions.items() if v != here}
        if other:
            worker, found = next(iter(other.items()))
            raise InputError(f"Dask worker {worker} runs lyg-siting {found}, this computer {here}: install the same "
                             f"version on every worker; {RUN_HERE}")
        codes = self.client.run(code_identity)
        other = {w: c for w, c in codes.items() if c != code_identity()}
        if other:
            worker, found = next(iter(other.items()))
            raise InputError(f"Dask worker {worker} runs other code or data files of lyg-siting {here} (digest "
                             f"{found}, here {code_identity()}): install the same build on every worker; {RUN_HERE}")

    def worker_count(self) -> int:
        return len(self.client.scheduler_info().get("workers", {}))


# ----------------------------------------------------------------------------- tiles


@dataclass
class Tile:
    """One partition: its own buildings (positions in the input) and its halo's.

    Attributes
    ----------
    number : int
    own : numpy.ndarray
        Positions of the tile's buildings in the input frame.
    halo : numpy.ndarray
        Positions of the other buildings that can shade them.
    bounds : tuple
        (west, south, east, north) of the own footprints [deg].
    """

    number: int
    own: np.ndarray
    halo: np.ndarray
    bounds: tuple

    def name(self) -> str:
        w, s, e, n = self.bounds
        return f"tile {self.number} ({w:.3f}-{e:.3f} E, {s:.3f}-{n:.3f} N, {len(self.own):,} buildings)"


def halo_reach_deg(halo_m: float, max_abs_latitude: float) -> tuple[float, float]:
    """The shading halo in degrees of longitude and latitude, taken wide: 10 % more, degrees counted short.

    A degree of latitude is >= 110.57 km and of longitude >= 111.32 km x cos(lat) on the
    ellipsoid, and the metric CRS's scale factor is within 0.2 % in Jiangsu; 110 km and a
    tenth more keep every building within ``halo_m`` of a tile inside its partition.
    """
    reach_lat = 1.1 * halo_m / 110_000.0
    reach_lon = reach_lat / max(math.cos(math.radians(min(max_abs_latitude, 89.0))), 0.01)
    return reach_lon, reach_lat


def spatial_tiles(bounds: np.ndarray, tile_m: float = PARTITION_TILE_M, halo_m: float | None = None) -> list[Tile]:
    """Split buildings into square tiles (by the centre of their bounds) with a halo of neighbours.

    Parameters
    ----------
    bounds : numpy.ndarray
        (n, 4) footprint bounds [deg, EPSG:4490].
    tile_m : float
        Tile side [m] (in degrees at the buildings' mean latitude).
    halo_m : float, optional
        Shading halo [m]; None: no halo (a run without shading).

    Returns
    -------
    list of Tile
        Non-empty tiles, west to east then south to north.
    """
    from shapely import STRtree, box

    n = len(bounds)
    if n == 0:
        return []
    centre = 0.5 * (bounds[:, :2] + bounds[:, 2:])
    mean_lat = float(np.nanmean(centre[:, 1]))
    step_lat = tile_m / 110_574.0
    step_lon = tile_m / (111_320.0 * max(math.cos(math.radians(mean_lat)), 0.01))
    cell = np.floor((centre - np.nanmin(centre, axis=0)) / [step_lon, step_lat]).astype(np.int64)
    key = cell[:, 0] * (int(cell[:, 1].max()) + 1) + cell[:, 1]
    order = np.argsort(key, kind="stable")
    groups = np.split(order, np.flatnonzero(np.diff(key[order])) + 1)
    tree = None
    if halo_m:
        reach_lon, reach_lat = halo_reach_deg(halo_m, float(np.nanmax(np.abs(bounds[:, [1, 3]]))))
        tree = STRtree(box(bounds[:, 0], bounds[:, 1], bounds[:, 2], bounds[:, 3]))
    tiles = []
    for number, own in enumerate(groups):
        own = np.sort(own)
        b = bounds[own]
        extent = (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max()))
        halo = np.empty(0, dtype=np.int64)
        if tree is not None:
            near = tree.query(box(extent[0] - reach_lon, extent[1] - reach_lat, extent[2] + reach_lon,
                                  extent[3] + reach_lat))
            halo = np.setdiff1d(near, own)
        tiles.append(Tile(number, own, halo, extent))
    return tiles


# ----------------------------------------------------------------------------- what the workers get


class PlaneYields:
    """Specific yields of roof planes computed beforehand: ``(tilt, azimuth, mount) -> kWh/kWp``.

    Called like :func:`app.siting.rooftop.default_specific_yield`'s function; a plane not in
    the table (none is expected) is computed with the yield engine on the weather given.
    """

    def __init__(self, table: dict, weather):
        self.table = dict(table)
        self.weather = weather

    def __call__(self, tilt: float, azimuth: float, mount: str = "roof") -> float:
        key = (float(tilt), float(azimuth), str(mount))
        if key not in self.table:
            from app.resource.pv import specific_yield_kwh_per_kwp

            self.table[key] = specific_yield_kwh_per_kwp(self.weather, tilt, azimuth, mount=mount)
        return self.table[key]


@dataclass
class RunContext:
    """What every tile needs, shipped to each worker once (scattered).

    Attributes
    ----------
    weather : app.resource.weather.Weather
    overrides : dict
        Every ``rooftop.*`` assumption, resolved on the computer that starts the run.
    specific_yield : PlaneYields
    shading : bool
    shade_tables : dict or None
        ``(tilt, azimuth) -> ShadeTable`` of every possible plane.
    """

    weather: object
    overrides: dict
    specific_yield: PlaneYields
    shading: bool
    shade_tables: dict | None = None


def resolved_overrides(overrides: dict | None = None) -> dict:
    """Every ``rooftop.*`` assumption with the user's overrides applied (the workers' files do not count)."""
    from app.core.assumptions import all_assumptions, value

    return {key: value(key, overrides) for key in all_assumptions() if key.startswith("rooftop.")}


def possible_planes(overrides: dict | None = None) -> list[tuple[float, float, str]]:
    """Every roof plane :func:`~app.siting.rooftop.roof_potential` can give a roof: (tilt, azimuth, mount).

    Flat roofs: ``flat_tilt_deg`` facing south; pitched: the category's pitch facing any
    multiple of ``azimuth_bin_deg`` (the ridge azimuth is rounded to it), and the opposite
    slope. The values are made with the same numpy operations as the potential's, so they
    are the same floats.
    """
    from app.siting.rooftop import params

    p = params(overrides)
    step = p["azimuth_bin_deg"]
    azimuth = (np.round(np.arange(0.0, math.ceil(360.0 / step) + 1.0)) * step) % 360.0
    azimuth = np.unique(np.concatenate([azimuth, (azimuth + 180.0) % 360.0]))
    planes = [(float(p["flat_tilt_deg"]), 180.0, p["mount_flat"])]
    for tilt in sorted({p["pitched_tilt_deg"], p["pitched_tilt_factory_deg"]}):
        planes += [(float(tilt), float(a), p["mount_pitched"]) for a in azimuth]
    return planes


def run_context(weather=None, overrides: dict | None = None, shading: bool = True) -> RunContext:
    """The weather, assumptions, plane yields and shade tables of a run, computed once here."""
    from app.resource.weather import default_weather
    from app.siting.rooftop import default_specific_yield

    weather = weather or default_weather()
    resolved = resolved_overrides(overrides)
    planes = possible_planes(resolved)
    engine = default_specific_yield(weather)
    yields = {(t, a, m): float(engine(t, a, m)) for t, a, m in planes}
    tables = None
    if shading:
        from app.siting.shading import shade_table

        tables = {(t, a): shade_table(weather, t, a) for t, a, _ in planes}
    # the worker needs the data and its fingerprint, not the derived arrays kept with it here
    shipped = dataclasses.replace(weather, _cache={"fingerprint": weather.fingerprint})
    return RunContext(shipped, resolved, PlaneYields(yields, shipped), shading, tables)


#: The building columns a tile needs (the rest stay on the computer that started the run).
TILE_COLUMNS = ("roof_type", "category", "height_m", "floors")


def tile_potential(part, context: RunContext) -> pd.DataFrame:
    """The potential columns of one partition's own buildings (runs on a worker).

    Parameters
    ----------
    part : GeoDataFrame
        The tile's buildings then its halo, with ``_halo`` (bool) and ``_row``
        (position in the input).
    context : RunContext

    Returns
    -------
    pandas.DataFrame
        :data:`app.siting.rooftop.POTENTIAL_COLUMNS`, indexed by ``_row``.
    """
    from app.siting.rooftop import POTENTIAL_COLUMNS, roof_potential

    halo = part["_halo"].to_numpy(dtype=bool)
    own = part[~halo]
    result = roof_potential(own.drop(columns=["_halo", "_row"]), weather=context.weather,
                            overrides=context.overrides, specific_yield=context.specific_yield,
                            shading=context.shading, neighbours=part[halo] if halo.any() else None,
                            shade_tables=context.shade_tables)
    return pd.DataFrame({c: result[c].to_numpy() for c in POTENTIAL_COLUMNS},
                        index=pd.Index(own["_row"].to_numpy(), name="_row"))


def _potential_meta() -> pd.DataFrame:
    """Empty frame with the types of :func:`tile_potential`'s columns (so Dask need not run it on nothing)."""
    from app.siting.rooftop import POTENTIAL_COLUMNS

    text = {"pv_mount", "height_source", "shade_status"}
    dtypes = {c: (object if c in text else np.int64 if c == "pv_faces" else float) for c in POTENTIAL_COLUMNS}
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in dtypes.items()},
                        index=pd.Index([], dtype=np.int64, name="_row"))


# ----------------------------------------------------------------------------- the run


def partitioned_roof_potential(buildings, cluster: Cluster, weather=None, overrides: dict | None = None,
                               shading: bool = True, progress=None, tile_m: float = PARTITION_TILE_M,
                               no_worker_timeout_s: float | None = None):
    """:func:`app.siting.rooftop.roof_potential` of ``buildings`` on a Dask cluster, tile by tile.

    Parameters
    ----------
    buildings : GeoDataFrame
        Footprints in EPSG:4490 with the building schema.
    cluster : Cluster
        An open cluster connection.
    weather, overrides, shading
        As for :func:`~app.siting.rooftop.roof_potential`.
    progress : callable, optional
        ``progress(done_tiles, total_tiles)``, also called once with 0 done.
    tile_m : float
        Partition tile side [m].
    no_worker_timeout_s : float, optional
        How long to wait while the cluster has no worker at all [s]; default
        :data:`NO_WORKER_TIMEOUT_S` or Dask's ``lyg-siting.no-worker-timeout``.

    Returns
    -------
    GeoDataFrame
        Equal to ``roof_potential(buildings, ...)``.

    Raises
    ------
    ClusterRunError
        Tiles failed (an error in a tile, a tile whose workers kept dying) or the
        cluster had no worker for ``no_worker_timeout_s``; names the tiles.
    """
    import dask
    import dask.dataframe as dd
    import dask_geopandas
    import geopandas as gpd
    import shapely

    from app.siting.rooftop import POTENTIAL_COLUMNS, _roof_types, check_footprints, params

    if buildings.crs is None:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the buildings have no CRS; expected EPSG:4490 (CGCS2000) "
                                                    "footprints"), code="buildings_crs_epsg_cgcs")
    # the checks that name rows, here where the rows are the input's (a tile would count its own)
    _roof_types(buildings)
    check_footprints(buildings.geometry.to_numpy())
    if no_worker_timeout_s is None:
        no_worker_timeout_s = float(dask.config.get("lyg-siting.no-worker-timeout", NO_WORKER_TIMEOUT_S))
    # tiles from CGCS2000 degrees; the workers get the footprints as given, so each is computed as it would be here
    degrees = buildings.geometry if buildings.crs.to_epsg() == 4490 else buildings.geometry.to_crs(4490)
    context = run_context(weather, overrides, shading)
    p = params(context.overrides)
    tiles = spatial_tiles(shapely.bounds(degrees.to_numpy()), tile_m, p["shading_halo_m"] if shading else None)
    columns = [c for c in TILE_COLUMNS if c in buildings.columns]
    base = gpd.GeoDataFrame(buildings[columns].reset_index(drop=True), geometry=buildings.geometry.to_numpy(),
                            crs=buildings.crs)
    base["_row"] = np.arange(len(base))
    frames = []
    for tile in tiles:
        part = base.iloc[np.concatenate([tile.own, tile.halo])].copy()
        part["_halo"] = np.r_[np.zeros(len(tile.own), dtype=bool), np.ones(len(tile.halo), dtype=bool)]
        frames.append(part)
    client = cluster.client
    token = hashlib.sha1(f"{time.time_ns()}-{os.getpid()}".encode()).hexdigest()[:10]
    # The tiles' data and the context travel inside the graph (named, not hashed), so the scheduler can hand
    # a tile to another worker when the one running it dies. The context is one node that every tile depends
    # on: each worker gets it once, from the scheduler or a peer, not once per tile. (Scattered data would not
    # survive: Dask's memory manager drops broadcast replicas, and a scattered key whose last holder dies
    # cannot be recovered, which cancels every tile.)
    shipped = dask.delayed(context, name=f"lyg-rooftop-context-{token}")
    delayed = [dask.delayed(frame, name=f"lyg-rooftop-tile-{token}-{i}") for i, frame in enumerate(frames)]
    with client.as_current():  # this client, not a process-wide default
        partitions = dask_geopandas.from_dask_dataframe(
            dd.from_delayed(delayed, meta=frames[0].iloc[:0], verify_meta=False), geometry="geometry")
        partitions.spatial_partitions = gpd.GeoSeries([shapely.box(*f.total_bounds) for f in frames],
                                                      crs=buildings.crs)
        results = partitions.map_partitions(tile_potential, shipped, meta=_potential_meta())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "large graph": the tiles are meant to travel in it
            futures = client.compute(results.to_delayed())
        done_frames = _collect_tiles(cluster, futures, tiles, progress, no_worker_timeout_s)
    combined = pd.concat([done_frames[f.key] for f in futures]).sort_index()
    if not np.array_equal(combined.index.to_numpy(), np.arange(len(buildings))):
        raise ClusterRunError(Message(QT_TRANSLATE_NOOP("Error", "the tiles returned {rows:,} rows for {count:,} "
                                                                 "buildings; nothing was written"),
                                      rows=len(combined), count=len(buildings)))
    out = buildings.copy()
    out.attrs["weather_source"] = context.weather.source
    for column in POTENTIAL_COLUMNS:
        out[column] = combined[column].to_numpy()
    return out


def _collect_tiles(cluster: Cluster, futures: list, tiles: list, progress, no_worker_timeout_s: float) -> dict:
    """Wait for the tiles' futures, reporting progress; their frames by key.

    Raises :class:`ClusterRunError` naming the tiles when one fails, or when the cluster has no
    worker for ``no_worker_timeout_s`` (a tile on a worker that died runs again elsewhere: the
    scheduler does that by itself while workers remain).
    """
    from distributed import wait

    client = cluster.client
    tile_of = {f.key: tile for f, tile in zip(futures, tiles)}
    done_frames, failed = {}, []
    if progress is not None:
        progress(0, len(tiles))
    pending, lonely_since = set(futures), None
    try:
        while pending:
            try:
                finished, pending = wait(pending, timeout=2.0, return_when="FIRST_COMPLETED")
            except TimeoutError:
                finished = set()
            for future in finished:
                if future.status == "finished":
                    done_frames[future.key] = future.result()
                else:
                    failed.append((tile_of[future.key], future.exception()))
                future.release()
            if failed:
                break
            if finished and progress is not None:
                progress(len(done_frames), len(tiles))
            if cluster.worker_count() == 0:
                lonely_since = lonely_since or time.monotonic()
                if time.monotonic() - lonely_since > no_worker_timeout_s:
                    names = [tile_of[f.key].name() for f in sorted(pending, key=lambda f: tile_of[f.key].number)]
                    raise ClusterRunError(
                        f"the Dask cluster at {cluster.address} has had no worker for {no_worker_timeout_s:.0f} s; "
                        f"{len(names)} tile(s) unfinished: {'; '.join(names[:5])}"
                        f"{' ...' if len(names) > 5 else ''}; nothing was written; {RUN_HERE}", names)
            else:
                lonely_since = None
    finally:
        client.cancel(list(pending))
    if failed:
        names = [tile.name() for tile, _ in sorted(failed, key=lambda item: item[0].number)]
        error = failed[0][1]
        raise ClusterRunError(Message(QT_TRANSLATE_NOOP("Error", "{count} tile(s) failed on the Dask cluster: "
                                                                 "{tiles}: {error}; nothing was written"),
                                      count=len(names), tiles=Listing(names[:5], "; "),
                                      error=f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"),
                              names)
    return done_frames


def roof_potential_anywhere(buildings, weather=None, overrides: dict | None = None, shading: bool = True,
                            scheduler: str | None = None, progress=None, cluster: Cluster | None = None,
                            workers: int | None = None):
    """:func:`app.siting.rooftop.roof_potential` in this process or on a cluster (:func:`plan_run`).

    Parameters
    ----------
    buildings, weather, overrides, shading
        As for :func:`~app.siting.rooftop.roof_potential`.
    scheduler : str, optional
        A scheduler address, ``"local"`` or ``"none"``; default: ``$DASK_SCHEDULER_ADDRESS``, else by size.
    progress : callable, optional
        ``progress(done_tiles, total_tiles)``.
    cluster : Cluster, optional
        A cluster already opened for this run (the CLI opens a named one before reading the input).
    workers : int, optional
        Worker processes of a local cluster.

    Returns
    -------
    GeoDataFrame
    """
    from app.siting.rooftop import roof_potential

    where = cluster.address if cluster is not None else plan_run(len(buildings), shading, scheduler)
    if where == IN_PROCESS:
        return roof_potential(buildings, weather=weather, overrides=overrides, shading=shading, progress=progress)
    if cluster is not None:
        return partitioned_roof_potential(buildings, cluster, weather, overrides, shading, progress)
    with Cluster(where, workers) as opened:
        return partitioned_roof_potential(buildings, opened, weather, overrides, shading, progress)


__all__ = ["LOCAL_CLUSTER_MIN_BUILDINGS", "PARTITION_TILE_M", "SCHEDULER_ENV", "SchedulerUnreachableError",
           "ClusterRunError", "scheduler_address", "plan_run", "Cluster", "Tile", "spatial_tiles",
           "RunContext", "run_context", "possible_planes", "tile_potential", "partitioned_roof_potential",
           "roof_potential_anywhere"]
