"""Wind turbines with a power and a thrust curve from a named source.

Wakes need the thrust coefficient Ct of every turbine, so every turbine the
wind-farm yield uses carries both curves and says where they come from:

- **Reference turbines** shipped with DTU's PyWake with their published power
  and thrust curves: the DTU 10 MW Reference Wind Turbine [1]_, the Vestas
  V80-2.0 MW of Horns Rev 1 and the Siemens SWT-2.3-93 of Lillgrund.
- **windpowerlib's library** (power curves from the OpenEnergy Database)
  paired with the generic Ct model of :func:`generic_thrust_curve` [2]_.
- **User turbines** from a manufacturer's datasheet: a CSV of wind speed and
  power (and Ct where the datasheet gives it) read by
  :func:`read_turbine_csv`, kept in the user's library
  (:func:`user_library_path`) and in the project (table ``turbine_types``),
  so that Chinese makers' models (明阳, 金风, 远景, 上海电气, 运达 ...) can be
  used and a project file stays self-contained.

:func:`resolve_turbine` finds a type by name in that order: the project's own
turbines, the reference turbines, the user library, windpowerlib.

References
----------
.. [1] Bak, C. et al. (2013). Description of the DTU 10 MW Reference Wind
   Turbine. DTU Wind Energy Report-I-0092, Table 3.5.
.. [2] Sørensen, J. N. and Larsen, G. C. (2021). A minimalistic prediction
   model to determine energy production and costs of offshore wind farms.
   Energies 14(2), 448, eq. 6.
"""
from __future__ import annotations

import difflib
import json
import math
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from app.core import assumptions
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, close_matches, listing_or_none
from app.core.undo import Command

#: Project table holding the project's own turbine types (CONTRACT.md "Project file").
PROJECT_TABLE = "turbine_types"
#: Columns of a turbine datasheet CSV.
CSV_COLUMNS = ("wind_speed_ms", "power_kw")
#: Upper bound of a plausible thrust coefficient [-] (momentum theory allows
#: ~1 in the turbulent-wake state; datasheets reach ~1.1 near cut-in).
MAX_CT = 1.2
#: Betz limit of the power coefficient [-].
BETZ_CP = 16.0 / 27.0
#: Density the curves refer to [kg/m3] (IEC 61400-12-1 standard air).
STANDARD_AIR_DENSITY = 1.225
ORIGINS = ("project", "reference", "user", "windpowerlib")


@dataclass(frozen=True)
class Turbine:
    """One turbine type with its power and thrust curves.

    Attributes
    ----------
    name : str
        Type name used in ``candidate_sites.turbine_type``.
    maker : str
    rotor_diameter_m : float
        [m]
    rated_kw : float
        Rated (nominal) electrical power [kW].
    wind_speed_ms : tuple of float
        Wind speeds of the curves [m/s], strictly increasing.
    power_kw : tuple of float
        Electrical power at ``wind_speed_ms`` [kW], standard air density.
    ct : tuple of float
        Thrust coefficient at ``wind_speed_ms`` [-].
    hub_heights_m : tuple of float
        Hub heights the maker lists [m] (may be empty).
    source : str
        Where the power curve comes from.
    ct_source : str
        Where the thrust curve comes from (a publication or the generic model).
    origin : str
        ``"reference"``, ``"windpowerlib"`` or ``"user"``.
    """

    name: str
    maker: str
    rotor_diameter_m: float
    rated_kw: float
    wind_speed_ms: tuple
    power_kw: tuple
    ct: tuple
    hub_heights_m: tuple = ()
    source: str = ""
    ct_source: str = ""
    origin: str = "user"
    offshore: bool = field(default=False, compare=False)

    # -- curves -----------------------------------------------------------
    @property
    def has_published_ct(self) -> bool:
        """True when Ct comes with the turbine, not from the generic model."""
        return not self.ct_source.startswith(GENERIC_CT_LABEL)

    def power_curve(self) -> list:
        """``[[wind speed m/s, power kW], ...]``."""
        return [[float(v), float(p)] for v, p in zip(self.wind_speed_ms, self.power_kw)]

    def ct_curve(self) -> list:
        """``[[wind speed m/s, Ct], ...]``."""
        return [[float(v), float(c)] for v, c in zip(self.wind_speed_ms, self.ct)]

    @property
    def cut_in_ms(self) -> float:
        """Lowest wind speed of the curve with power above zero [m/s]."""
        power = np.asarray(self.power_kw)
        return float(np.asarray(self.wind_speed_ms)[np.argmax(power > 0)])

    @property
    def cut_out_ms(self) -> float:
        """Highest wind speed of the curve with power above zero [m/s]."""
        power = np.asarray(self.power_kw)
        return float(np.asarray(self.wind_speed_ms)[len(power) - 1 - np.argmax(power[::-1] > 0)])

    @property
    def rated_speed_ms(self) -> float:
        """Lowest wind speed at which the curve reaches 99 % of rated power [m/s]."""
        return rated_wind_speed(np.asarray(self.wind_speed_ms), np.asarray(self.power_kw), self.rated_kw)

    def power_at(self, wind_speed) -> np.ndarray:
        """Power [kW] at ``wind_speed`` [m/s]: linear in the curve, 0 outside cut-in..cut-out."""
        v = np.asarray(wind_speed, dtype=float)
        out = np.interp(v, self.wind_speed_ms, self.power_kw, left=0.0, right=0.0)
        return np.where((v >= self.cut_in_ms) & (v <= self.cut_out_ms), out, 0.0)

    # -- hub height ---------------------------------------------------------
    def hub_height_range(self) -> tuple[float, float]:
        """Plausible hub heights [m]: rotor radius + ``wind.min_tip_clearance`` .. ``wind.max_hub_height``."""
        low = 0.5 * self.rotor_diameter_m + float(assumptions.value("wind.min_tip_clearance"))
        return low, float(assumptions.value("wind.max_hub_height"))

    def check_hub_height(self, hub_height) -> float:
        """``hub_height`` [m] as a float, or :class:`InputError` naming the range."""
        try:
            hub = float(hub_height)
        except (TypeError, ValueError):
            raise InputError(QT_TRANSLATE_NOOP("Error", "hub height: expected a number in m, got {hub_height!r}"),
                             code="hub_height_number", hub_height=hub_height) from None
        low, high = self.hub_height_range()
        if not (math.isfinite(hub) and low <= hub <= high):
            listed = Message(QT_TRANSLATE_NOOP("Error", "; listed hub heights: {heights} m"),
                             heights=Listing(f"{h:g}" for h in self.hub_heights_m)) if self.hub_heights_m else ""
            raise InputError(QT_TRANSLATE_NOOP("Error", "hub height {hub:g} m out of range for {name}: expected "
                                                        "{low:.0f}..{high:.0f} m (rotor diameter "
                                                        "{rotor_diameter_m:g} m; tip clearance >= {clearance:g} "
                                                        "m){listed}"), code="hub_height_out_range", hub=hub,
                             name=self.name, low=low, high=high, rotor_diameter_m=self.rotor_diameter_m,
                             clearance=assumptions.value('wind.min_tip_clearance'), listed=listed)
        return hub

    @property
    def default_hub_height_m(self) -> float:
        """The first listed hub height, else the lowest plausible one plus 10 % [m]."""
        if self.hub_heights_m:
            return float(self.hub_heights_m[0])
        return round(self.hub_height_range()[0] * 1.1)

    # -- library objects ----------------------------------------------------
    def pywake_turbine(self, hub_height: float):
        """A :class:`py_wake.wind_turbines.WindTurbine` with this turbine's tabulated curves.

        Linear interpolation in the table; below cut-in and above cut-out the
        turbine idles (no power, Ct of the last tabulated point).
        """
        from py_wake.wind_turbines import WindTurbine
        from py_wake.wind_turbines.power_ct_functions import PowerCtTabular

        v = np.asarray(self.wind_speed_ms, dtype=float)
        inside = (v >= self.cut_in_ms) & (v <= self.cut_out_ms)
        curve = PowerCtTabular(v[inside], np.asarray(self.power_kw)[inside], "kW", np.asarray(self.ct)[inside],
                               ws_cutin=self.cut_in_ms, ws_cutout=self.cut_out_ms, power_idle=0.0,
                               ct_idle=float(np.asarray(self.ct)[inside][-1]), method="linear")
        return WindTurbine(name=self.name, diameter=self.rotor_diameter_m, hub_height=float(hub_height),
                           powerCtFunction=curve)

    def windpowerlib_turbine(self, hub_height: float):
        """A :class:`windpowerlib.WindTurbine` with this power curve [W] (for the hourly chain)."""
        from windpowerlib import WindTurbine

        curve = pd.DataFrame({"wind_speed": np.asarray(self.wind_speed_ms, dtype=float),
                              "value": np.asarray(self.power_kw, dtype=float) * 1000.0})
        return WindTurbine(hub_height=float(hub_height), nominal_power=self.rated_kw * 1000.0,
                           power_curve=curve, rotor_diameter=self.rotor_diameter_m, turbine_type=self.name)

    # -- dictionaries -------------------------------------------------------
    def describe(self) -> dict:
        """The ``turbine`` block of ``lygsite windfarm --json`` (without the hub height)."""
        return {"type": self.name, "maker": self.maker, "rotor_diameter_m": self.rotor_diameter_m,
                "rated_kw": self.rated_kw, "power_curve": self.power_curve(), "ct_curve": self.ct_curve(),
                "source": self.source, "ct_source": self.ct_source, "origin": self.origin}

    def listing(self) -> dict:
        """One row of ``lygsite turbines --json``."""
        return {"turbine_type": self.name, "manufacturer": self.maker, "nominal_power_kw": self.rated_kw,
                "rotor_diameter_m": self.rotor_diameter_m, "hub_heights_m": [float(h) for h in self.hub_heights_m],
                "has_power_curve": True, "has_cp_curve": False, "has_ct_curve": self.has_published_ct,
                "origin": self.origin, "offshore": self.offshore, "source": self.source, "ct_source": self.ct_source}

    def to_record(self) -> dict:
        """A row of the project table / the user library (curves as JSON text)."""
        return {"name": self.name, "maker": self.maker, "rotor_diameter_m": float(self.rotor_diameter_m),
                "rated_kw": float(self.rated_kw), "hub_heights_m": json.dumps([float(h) for h in self.hub_heights_m]),
                "power_curve": json.dumps(self.power_curve()), "ct_curve": json.dumps(self.ct_curve()),
                "source": self.source, "ct_source": self.ct_source, "offshore": int(bool(self.offshore))}

    @classmethod
    def from_record(cls, record: dict, origin: str = "user") -> "Turbine":
        """Inverse of :meth:`to_record` (a project-table row or a library entry)."""
        power = json.loads(record["power_curve"]) if isinstance(record["power_curve"], str) else record["power_curve"]
        ct = json.loads(record["ct_curve"]) if isinstance(record["ct_curve"], str) else record["ct_curve"]
        hubs = record.get("hub_heights_m") or "[]"
        hubs = json.loads(hubs) if isinstance(hubs, str) else hubs
        return cls(name=str(record["name"]), maker=str(record.get("maker") or ""),
                   rotor_diameter_m=float(record["rotor_diameter_m"]), rated_kw=float(record["rated_kw"]),
                   wind_speed_ms=tuple(float(p[0]) for p in power), power_kw=tuple(float(p[1]) for p in power),
                   ct=tuple(float(c[1]) for c in ct), hub_heights_m=tuple(float(h) for h in hubs),
                   source=str(record.get("source") or ""), ct_source=str(record.get("ct_source") or ""),
                   origin=origin, offshore=bool(int(record.get("offshore") or 0)))


# ---------------------------------------------------------------------------
# generic thrust curve

GENERIC_CT_LABEL = "generic Ct model"


def rated_wind_speed(wind_speed: np.ndarray, power_kw: np.ndarray, rated_kw: float) -> float:
    """Lowest wind speed [m/s] at which ``power_kw`` reaches 99 % of ``rated_kw`` (linear in the table)."""
    target = 0.99 * float(rated_kw)
    above = np.flatnonzero(power_kw >= target)
    if above.size == 0:
        return float(wind_speed[int(np.argmax(power_kw))])
    i = int(above[0])
    if i == 0:
        return float(wind_speed[0])
    v0, v1, p0, p1 = wind_speed[i - 1], wind_speed[i], power_kw[i - 1], power_kw[i]
    return float(v0 + (target - p0) * (v1 - v0) / (p1 - p0)) if p1 > p0 else float(v1)


def generic_thrust_curve(wind_speed, power_kw, rated_kw: float, overrides: dict | None = None) -> np.ndarray:
    """Thrust coefficient [-] for a power curve published without one.

    ``Ct = Ct0`` from cut-in to the rated wind speed ``u_r`` and
    ``Ct0 (u_r / u) ** n`` above it, the form of Sørensen and Larsen (2021)
    eq. 6 [2]_ (PyWake's ``SimpleGenericWindTurbine``), with ``Ct0`` =
    ``wind.ct_generic_partial_load`` and ``n`` = ``wind.ct_generic_decay_exponent``.
    Below cut-in the value at cut-in is kept (the turbine idles there; it
    makes no difference to the energy).

    Parameters
    ----------
    wind_speed : array-like
        [m/s], increasing.
    power_kw : array-like
        [kW]
    rated_kw : float
        [kW]

    Returns
    -------
    numpy.ndarray
        Ct at ``wind_speed``.
    """
    v = np.asarray(wind_speed, dtype=float)
    p = np.asarray(power_kw, dtype=float)
    ct0 = float(assumptions.value("wind.ct_generic_partial_load", overrides))
    exponent = float(assumptions.value("wind.ct_generic_decay_exponent", overrides))
    u_rated = rated_wind_speed(v, p, rated_kw)
    with np.errstate(divide="ignore"):
        return np.where(v <= u_rated, ct0, ct0 * (u_rated / np.maximum(v, 1e-9)) ** exponent)


def generic_ct_source(overrides: dict | None = None) -> str:
    ct0 = float(assumptions.value("wind.ct_generic_partial_load", overrides))
    exponent = float(assumptions.value("wind.ct_generic_decay_exponent", overrides))
    return (f"{GENERIC_CT_LABEL}: Ct = {ct0:g} up to rated wind speed, {ct0:g} (u_r/u)^{exponent:g} above "
            "(Sørensen and Larsen 2021, Energies 14(2) 448, eq. 6)")


# ---------------------------------------------------------------------------
# reference turbines (PyWake)


#: PyWake's reference turbines: (name, maker, module, power unit factor to kW, rated [kW], rotor [m], hub [m],
#: source, Ct source).
_REFERENCE = (
    ("DTU-10MW-RWT", "DTU Wind Energy (reference turbine)", "dtu10mw", 1.0, 10000.0, 178.3, 119.0,
     "Bak, C. et al. (2013), Description of the DTU 10 MW Reference Wind Turbine, DTU Wind Energy Report-I-0092, "
     "Table 3.5; electrical = 0.94 x aerodynamic power (PyWake py_wake.examples.data.dtu10mw)",
     "Bak et al. (2013), Table 3.5 (PyWake py_wake.examples.data.dtu10mw)"),
    ("Vestas-V80-2.0MW", "Vestas", "hornsrev1", 1e-3, 2000.0, 80.0, 70.0,
     "Vestas V80-2.0 MW power curve of the Horns Rev 1 offshore wind farm as published with PyWake "
     "(py_wake.examples.data.hornsrev1)",
     "Vestas V80-2.0 MW thrust curve, Horns Rev 1 (py_wake.examples.data.hornsrev1)"),
    ("Siemens-SWT-2.3-93", "Siemens", "lillgrund", 1.0, 2300.0, 93.0, 65.0,
     "Siemens SWT-2.3-93 power curve of the Lillgrund offshore wind farm as published with PyWake "
     "(py_wake.examples.data.lillgrund)",
     "Siemens SWT-2.3-93 thrust curve, Lillgrund (py_wake.examples.data.lillgrund)"),
)


@lru_cache(maxsize=1)
def reference_turbines() -> dict[str, Turbine]:
    """The reference turbines that ship with PyWake, with their published curves.

    Kept in the user's cache (:mod:`app.core.cache`, keyed by this module and
    PyWake's version): importing PyWake takes 1-2 s, and the turbine list of
    the yield panel needs only these numbers while the app starts.
    """
    from dataclasses import asdict, fields

    from app.core.cache import cached_json, package_versions, version_key

    rows = cached_json("reference-turbines", version_key(Path(__file__), package_versions("py_wake")),
                       lambda: [asdict(t) for t in _reference_turbines_from_pywake().values()])
    tuples = {f.name for f in fields(Turbine) if f.type == "tuple"}
    return {row["name"]: Turbine(**{k: tuple(v) if k in tuples else v for k, v in row.items()}) for row in rows}


def _reference_turbines_from_pywake() -> dict[str, Turbine]:
    # named imports (not by string) so that a frozen bundle's import analysis finds them
    from py_wake.examples.data import dtu10mw, hornsrev1, lillgrund

    modules = {"dtu10mw": dtu10mw, "hornsrev1": hornsrev1, "lillgrund": lillgrund}
    out = {}
    for name, maker, module, to_kw, rated, rotor, hub, source, ct_source in _REFERENCE:
        data = modules[module]
        power = np.asarray(data.power_curve, dtype=float)
        ct = np.asarray(data.ct_curve, dtype=float)
        kw = power[:, 1] * to_kw
        out[name] = Turbine(name=name, maker=maker, rotor_diameter_m=rotor, rated_kw=rated,
                            wind_speed_ms=tuple(power[:, 0]), power_kw=tuple(kw), ct=tuple(ct[:, 1]),
                            hub_heights_m=(hub,), source=source, ct_source=ct_source, origin="reference",
                            offshore=True)
    return out


# ---------------------------------------------------------------------------
# windpowerlib library


@lru_cache(maxsize=256)
def windpowerlib_turbine(turbine_type: str) -> Turbine:
    """A windpowerlib library type with the generic Ct model.

    Raises
    ------
    InputError
        Unknown type, no power curve or no rotor diameter in the library.
    """
    import warnings

    from windpowerlib import WindTurbine

    from app.resource.wind import _listed_hub_heights, _turbine_row

    row = _turbine_row(turbine_type)
    if not row["has_power_curve"]:
        raise InputError(QT_TRANSLATE_NOOP("Error", "turbine {turbine_type!r} has no power curve in windpowerlib's "
                                                    "library: expected a type with has_power_curve true ('lygsite "
                                                    "turbines' lists them)"), code="turbine_power_curve_windpowerlib",
                         turbine_type=turbine_type)
    if pd.isna(row["rotor_diameter_m"]):
        raise InputError(QT_TRANSLATE_NOOP("Error", "turbine {turbine_type!r} has no rotor diameter in "
                                                    "windpowerlib's library; expected a type with a known rotor"),
                         code="turbine_rotor_diameter_windpowerlib", turbine_type=turbine_type)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wpl = WindTurbine(hub_height=100.0, turbine_type=turbine_type)
    curve = wpl.power_curve.sort_values("wind_speed")
    v = curve["wind_speed"].to_numpy(dtype=float)
    p = curve["value"].to_numpy(dtype=float) / 1000.0
    rated = float(row["nominal_power_kw"])
    return Turbine(name=turbine_type, maker=str(row["manufacturer"]), rotor_diameter_m=float(row["rotor_diameter_m"]),
                   rated_kw=rated, wind_speed_ms=tuple(v), power_kw=tuple(p),
                   ct=tuple(generic_thrust_curve(v, p, rated)), hub_heights_m=tuple(_listed_hub_heights(row["hub_heights_m"])),
                   origin="windpowerlib",
                   source=Message(QT_TRANSLATE_NOOP("Note", "windpowerlib {windpowerlib_version} turbine library "
                                                            "(OpenEnergy Database), power curve of {turbine_type}"),
                                  windpowerlib_version=_windpowerlib_version(), turbine_type=turbine_type),
                   ct_source=generic_ct_source())


def _windpowerlib_version() -> str:
    import windpowerlib

    return getattr(windpowerlib, "__version__", "")


# ---------------------------------------------------------------------------
# datasheet CSV


def parse_hub_heights(text) -> list:
    """Hub heights [m] from ``"120"`` or ``"110, 120"``, or :class:`InputError`."""
    try:
        heights = [float(v) for v in str(text).replace(";", ",").replace("，", ",").split(",") if v.strip()]
    except ValueError:
        heights = []
    if not heights:
        raise InputError(QT_TRANSLATE_NOOP("Error", "hub height: expected a height in m or several separated by "
                                                    "commas, got {text!r}"), code="hub_height_height_several",
                         text=text)
    return heights


def read_turbine_csv(path, name: str, rotor_diameter_m, hub_height_m, maker: str = "",
                     rated_kw=None, offshore: bool = False) -> Turbine:
    """A user turbine from a manufacturer's datasheet CSV, checked.

    Parameters
    ----------
    path : str or pathlib.Path
        CSV with a header row and the columns ``wind_speed_ms`` [m/s] and
        ``power_kw`` [kW], optionally ``ct`` [-] (any other columns are
        ignored). UTF-8 (with or without BOM) or GBK.
    name : str
        Type name (e.g. ``"MySE 6.45-180"``).
    rotor_diameter_m : float
        [m]
    hub_height_m : float or sequence of float
        The hub height(s) the maker lists [m]; each must suit the rotor.
    maker : str
    rated_kw : float, optional
        [kW]; default the curve's maximum. When given it must agree with the
        curve within 2 %.
    offshore : bool
        Mark the type as an offshore model.

    Returns
    -------
    Turbine

    Raises
    ------
    InputError
        Naming the field and the expected form: a missing column,
        non-numeric values, wind speeds not strictly increasing, negative
        power, Ct outside 0..1.2, power above the Betz limit of the rotor
        (kW mistaken for W, or a wrong diameter), a hub height outside the
        rotor's range.
    """
    path = Path(path)
    label = f"turbine CSV {path.name}"
    if not path.is_file():
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: file not found; expected a CSV with columns "
                                                    "wind_speed_ms, power_kw[, ct]"), code="file_found_csv_columns",
                         label=label)
    frame = None
    for encoding in ("utf-8-sig", "gbk"):
        try:
            frame = pd.read_csv(path, encoding=encoding)
            break
        except UnicodeDecodeError:
            continue
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: not a readable CSV ({splitlines}); expected a "
                                                        "header row wind_speed_ms,power_kw[,ct] and one row per "
                                                        "wind speed"), code="readable_csv_header_row", label=label,
                             splitlines=str(exc).splitlines()[0]) from None
    if frame is None:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: unknown text encoding; expected UTF-8 or GBK"),
                         code="unknown_text_encoding_utf", label=label)
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return turbine_from_table(frame, name, rotor_diameter_m, hub_height_m, maker=maker, rated_kw=rated_kw,
                              offshore=offshore, label=label, source=Message(QT_TRANSLATE_NOOP("Note", "manufacturer datasheet {name}"),
                                                                             name=path.name))


def turbine_from_table(frame: pd.DataFrame, name: str, rotor_diameter_m, hub_height_m, maker: str = "",
                       rated_kw=None, offshore: bool = False, label: str = "turbine curve",
                       source: str = "manufacturer datasheet") -> Turbine:
    """A user turbine from a table with ``wind_speed_ms``, ``power_kw`` and optional ``ct`` (see :func:`read_turbine_csv`)."""
    missing = [c for c in CSV_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: missing column(s) {missing}: expected columns "
                                                    "wind_speed_ms [m/s], power_kw [kW] and optionally ct [-]; got "
                                                    "{value}"), code="missing_column_columns_wind", label=label,
                         missing=Listing(missing), value=listing_or_none(frame.columns))
    name = str(name or "").strip()
    if not name or len(name) > 80:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: name: expected a turbine type name of 1-80 "
                                                    "characters, got {name!r}"), code="name_turbine_type_name",
                         label=label, name=name)
    columns = list(CSV_COLUMNS) + (["ct"] if "ct" in frame.columns else [])
    values = {}
    for column in columns:
        numbers = pd.to_numeric(frame[column], errors="coerce")
        bad = np.flatnonzero(~np.isfinite(numbers.to_numpy(dtype=float)))
        if bad.size:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: column {column}: row {bad} holds {iloc!r}: "
                                                        "expected a number in every row"),
                             code="column_row_holds_number", label=label, column=column, bad=int(bad[0]) + 2,
                             iloc=frame[column].iloc[bad[0]])
        values[column] = numbers.to_numpy(dtype=float)
    v, p = values["wind_speed_ms"], values["power_kw"]
    if len(v) < 5:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: {n_v} row(s): expected a power curve of at least 5 "
                                                    "wind speeds"), code="row_power_curve_least", label=label,
                         n_v=len(v))
    step = np.flatnonzero(np.diff(v) <= 0)
    if step.size:
        i = int(step[0]) + 1
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: column wind_speed_ms: {v:g} m/s in row {i} does not "
                                                    "follow {v2:g} m/s: expected strictly increasing wind speeds"),
                         code="column_wind_speed_ms", label=label, v=v[i], i=i + 2, v2=v[i - 1])
    if v[0] < 0 or v[-1] > 40:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: column wind_speed_ms runs {v:g}..{v2:g}: expected "
                                                    "m/s within 0..40"), code="column_wind_speed_ms_2", label=label,
                         v=v[0], v2=v[-1])
    if (p < 0).any():
        i = int(np.argmax(p < 0))
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: column power_kw: {p:g} at {v:g} m/s (row {i}): "
                                                    "expected power >= 0 kW"), code="column_power_kw_row",
                         label=label, p=p[i], v=v[i], i=i + 2)
    if not (p > 0).any():
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: column power_kw is zero everywhere: expected the "
                                                    "turbine's power in kW"), code="column_power_kw_zero",
                         label=label)
    try:
        rotor = float(rotor_diameter_m)
    except (TypeError, ValueError):
        raise InputError(QT_TRANSLATE_NOOP("Error", "rotor diameter: expected a number in m, got "
                                                    "{rotor_diameter_m!r}"), code="rotor_diameter_number",
                         rotor_diameter_m=rotor_diameter_m) from None
    if not (math.isfinite(rotor) and 10.0 <= rotor <= 350.0):
        raise InputError(QT_TRANSLATE_NOOP("Error", "rotor diameter: expected 10..350 m, got {rotor:g}"),
                         code="rotor_diameter", rotor=rotor)
    area = math.pi * rotor ** 2 / 4.0
    betz = BETZ_CP * 0.5 * STANDARD_AIR_DENSITY * area * v ** 3 / 1000.0
    over = np.flatnonzero((p > 1.02 * betz) & (v >= 2.0))
    if over.size:
        i = int(over[0])
        raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: column power_kw: {p:g} at {v:g} m/s exceeds the Betz "
                                                    "limit of a {rotor:g} m rotor ({betz:.0f} kW): expected power "
                                                    "in kW (not W) and the rotor diameter in m"),
                         code="column_power_kw_exceeds", label=label, p=p[i], v=v[i], rotor=rotor, betz=betz[i])
    curve_max = float(p.max())
    if rated_kw is None or (isinstance(rated_kw, float) and math.isnan(rated_kw)):
        rated = curve_max
    else:
        try:
            rated = float(rated_kw)
        except (TypeError, ValueError):
            raise InputError(QT_TRANSLATE_NOOP("Error", "rated power: expected a number in kW, got {rated_kw!r}"),
                             code="rated_power_number_kw", rated_kw=rated_kw) from None
        if not (rated > 0 and abs(curve_max - rated) <= 0.02 * rated):
            raise InputError(QT_TRANSLATE_NOOP("Error", "rated power {rated:g} kW: the curve's maximum is "
                                                        "{curve_max:g} kW; expected them to agree within 2 % "
                                                        "(power_kw in kW)"), code="rated_power_kw_curve", rated=rated,
                             curve_max=curve_max)
    if "ct" in values:
        c = values["ct"]
        bad = np.flatnonzero((c < 0) | (c > MAX_CT))
        if bad.size:
            i = int(bad[0])
            raise InputError(QT_TRANSLATE_NOOP("Error", "{label}: column ct: {c:g} at {v:g} m/s (row {i}): "
                                                        "expected a thrust coefficient within 0..{max_ct:g}"),
                             code="column_ct_row_thrust", label=label, c=c[i], v=v[i], i=i + 2, max_ct=MAX_CT)
        ct, ct_source = c, f"{source} (Ct column)"
    else:
        ct, ct_source = generic_thrust_curve(v, p, rated), generic_ct_source()
    hubs = hub_height_m if isinstance(hub_height_m, (list, tuple)) else [hub_height_m]
    turbine = Turbine(name=name, maker=str(maker or "").strip(), rotor_diameter_m=rotor, rated_kw=rated,
                      wind_speed_ms=tuple(float(x) for x in v), power_kw=tuple(float(x) for x in p),
                      ct=tuple(float(x) for x in ct), hub_heights_m=(), source=source, ct_source=ct_source,
                      origin="user", offshore=bool(offshore))
    checked = tuple(turbine.check_hub_height(h) for h in hubs)
    return replace(turbine, hub_heights_m=checked)


# ---------------------------------------------------------------------------
# user library and project table


def user_library_path() -> Path:
    """``$XDG_DATA_HOME/lyg-siting/turbines.json`` (``~/.local/share`` by default)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "lyg-siting" / "turbines.json"


def user_library() -> dict[str, Turbine]:
    """The user's own turbine types (empty when the library does not exist yet)."""
    path = user_library_path()
    if not path.is_file():
        return {}
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return {r["name"]: Turbine.from_record(r, "user") for r in doc.get("turbines", [])}
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "user turbine library {file}: unreadable ({exc}); expected the "
                                                    "JSON this program writes (move the file away to start a new "
                                                    "library)"), code="user_turbine_library_unreadable", file=path,
                         exc=exc) from None


def _check_new_name(turbine: Turbine, replace_existing: bool, project=None) -> None:
    taken = {**{n: "a reference turbine" for n in reference_turbines()}}
    from app.resource.wind import turbine_library

    taken.update({n: "a windpowerlib library type" for n in turbine_library()["turbine_type"]})
    if turbine.name in taken:
        raise InputError(QT_TRANSLATE_NOOP("Error", "name {turbine_name!r} is already {taken}: expected a new name "
                                                    "for your turbine (e.g. maker and model, 'MySE 6.45-180')"),
                         code="name_already_new_name", turbine_name=turbine.name, taken=taken[turbine.name])
    if not replace_existing and (turbine.name in user_library() or turbine.name in project_turbines(project)):
        raise InputError(QT_TRANSLATE_NOOP("Error", "name {turbine_name!r} is already one of your turbines: "
                                                    "expected a new name (or replace it explicitly)"),
                         code="name_already_your_turbines", turbine_name=turbine.name)


def save_to_user_library(turbine: Turbine, replace_existing: bool = False) -> Path:
    """Add ``turbine`` to the user library (atomic write); returns the library path."""
    from app.project.atomic import atomic_output

    _check_new_name(turbine, replace_existing)
    path = user_library_path()
    library = user_library()
    library[turbine.name] = turbine
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"format": "lyg-siting turbines 1", "turbines": [t.to_record() for t in library.values()]}
    with atomic_output(path, "turbines") as tmp:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def project_turbines(project) -> dict[str, Turbine]:
    """The turbine types stored in the project (table ``turbine_types``)."""
    table = None if project is None else project.tables.get(PROJECT_TABLE)
    if table is None or table.empty or "name" not in table.columns:
        return {}
    return {str(r["name"]): Turbine.from_record(r, "project") for r in table.to_dict("records")}


def project_table_with(project, turbine: Turbine) -> pd.DataFrame:
    """The project's ``turbine_types`` table with ``turbine`` added or replaced."""
    old = project.tables.get(PROJECT_TABLE) if project is not None else None
    row = pd.DataFrame([turbine.to_record()])
    if old is None or old.empty or "name" not in old.columns:
        return row
    keep = old[old["name"].astype(str) != turbine.name]
    return pd.concat([keep, row], ignore_index=True)


def add_user_turbine(turbine: Turbine, project=None, replace_existing: bool = False) -> Path:
    """Store a checked user turbine in the user library and, with a project, in its table.

    The project table is set directly (the CLI saves the project afterwards);
    the GUI pushes :class:`app.siting.site_analysis`'s undoable command
    instead. Nothing is written when the name is taken.
    """
    _check_new_name(turbine, replace_existing, project)
    path = save_to_user_library(turbine, replace_existing=True)
    if project is not None:
        project.set_table(PROJECT_TABLE, project_table_with(project, turbine))
    return path


# ---------------------------------------------------------------------------
# lookup


def resolve_turbine(name, project=None) -> Turbine:
    """The turbine type ``name``: the project's, a reference turbine, the user's, or windpowerlib's.

    Raises
    ------
    InputError
        No such type (with close matches from every source).
    """
    if name is None or (isinstance(name, float) and math.isnan(name)) or not str(name).strip():
        raise InputError(QT_TRANSLATE_NOOP("Error", "no turbine type: expected a type such as 'DTU-10MW-RWT' or "
                                                    "'E-126/4200' ('lygsite turbines' lists them)"),
                         code="turbine_type_type_such")
    name = str(name).strip()
    for source in (project_turbines(project), reference_turbines(), user_library()):
        if name in source:
            return source[name]
    from app.resource.wind import turbine_library

    names = turbine_library()["turbine_type"].tolist()
    if name in names:
        return windpowerlib_turbine(name)
    known = list(project_turbines(project)) + list(reference_turbines()) + list(user_library()) + names
    close = difflib.get_close_matches(name, known, n=5, cutoff=0.5)
    raise InputError(QT_TRANSLATE_NOOP("Error", "unknown turbine type {name!r}: expected a reference turbine, one "
                                                "of your own or a type from windpowerlib's library ('lygsite "
                                                "turbines' lists them){close}"),
                     code="unknown_turbine_type_reference", name=name,
                     close=close_matches(close))


def default_offshore_turbine(overrides: dict | None = None) -> Turbine:
    """The turbine an offshore site without a type uses (``wind.default_turbine_offshore``)."""
    return resolve_turbine(str(assumptions.value("wind.default_turbine_offshore", overrides)))


def all_turbines(project=None, with_windpowerlib: bool = True) -> list[Turbine]:
    """Every type there is: the project's, reference, the user's (and windpowerlib's with a power curve)."""
    seen: dict[str, Turbine] = {}
    for source in (project_turbines(project), reference_turbines(), user_library()):
        for turbine_name, turbine in source.items():
            seen.setdefault(turbine_name, turbine)
    out = list(seen.values())
    if with_windpowerlib:
        from app.resource.wind import turbine_library

        table = turbine_library()
        for rec in table[table["has_power_curve"] & table["rotor_diameter_m"].notna()].to_dict("records"):
            if rec["turbine_type"] not in seen:
                out.append(windpowerlib_turbine(rec["turbine_type"]))
    return out


__all__ = ["Turbine", "PROJECT_TABLE", "read_turbine_csv", "turbine_from_table", "generic_thrust_curve",
           "reference_turbines", "windpowerlib_turbine", "resolve_turbine", "default_offshore_turbine",
           "all_turbines", "user_library", "user_library_path", "save_to_user_library", "add_user_turbine",
           "project_turbines", "project_table_with", "rated_wind_speed", "AddTurbineType"]


class AddTurbineType(Command):
    """Undoable: put a user turbine into the project's ``turbine_types`` table.

    The user library is not part of the project's history and keeps the turbine.
    """

    def __init__(self, project, turbine: Turbine):
        self.project, self.turbine = project, turbine
        self.before = project.tables.get(PROJECT_TABLE)
        self.text = f"add turbine {turbine.name}"

    def redo(self) -> None:
        self.project.set_table(PROJECT_TABLE, project_table_with(self.project, self.turbine))

    def undo(self) -> None:
        if self.before is None:
            self.project.tables.pop(PROJECT_TABLE, None)
            self.project.events.tables.emit(name=PROJECT_TABLE)
        else:
            self.project.set_table(PROJECT_TABLE, self.before)
