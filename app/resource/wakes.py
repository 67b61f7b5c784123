"""Wind-farm yield with wake losses by DTU's PyWake.

:func:`farm_wake_yield` runs one of PyWake's engineering wind-farm models
(:data:`WAKE_MODELS`) on turbine positions [m], a :class:`~app.resource.turbines.Turbine`
with its power and thrust curves and a :class:`~app.resource.wind_climate.WindClimate`,
and returns the gross and waked annual energy per turbine. The model and
every parameter are named in the result.

Models (all PyWake ``PropagateDownwind``, as published in ``py_wake.literature``):

``noj``
    Jensen (1983) top-hat wake [1]_ with the squared-sum superposition of
    Katic et al. (1986) [2]_ and rotor-area overlap; parameter ``k``.
``turbopark``
    Ørsted's TurbOPark (Nygaard et al. 2020, 2022) [3]_ [4]_: Gaussian wakes
    expanding with ambient and wake-added turbulence, A = 0.04, squared sum,
    mirror ground model; parameter ``ti`` (ambient turbulence intensity).
``bastankhah``
    Bastankhah and Porté-Agel (2014) [5]_ Gaussian wake, linear superposition;
    parameter ``k``.
``niayifar``
    Niayifar and Porté-Agel (2016) [6]_: Gaussian wake whose expansion
    follows the local turbulence (Crespo-Hernández added turbulence);
    parameter ``ti``.
``none``
    No wakes (the gross energy).

The defaults per site kind and their reasons are assumptions
``wind.wake_model_onshore`` / ``wind.wake_model_offshore`` in
``app/resources/assumptions/wind.json``.

References
----------
.. [1] Jensen, N. O. (1983). A note on wind generator interaction. Risø-M-2411.
.. [2] Katic, I., Højstrup, J. and Jensen, N. O. (1986). A simple model for
   cluster efficiency. Proc. EWEC'86, Rome, 407-410.
.. [3] Nygaard, N. G. et al. (2020). Modelling cluster wakes and wind farm
   blockage. J. Phys.: Conf. Ser. 1618, 062072.
.. [4] Nygaard, N. G. et al. (2022). Large-scale benchmarking of wake models
   for offshore wind farms. J. Phys.: Conf. Ser. 2265, 022008.
.. [5] Bastankhah, M. and Porté-Agel, F. (2014). A new analytical model for
   wind-turbine wakes. Renewable Energy 70, 116-123.
.. [6] Niayifar, A. and Porté-Agel, F. (2016). Analytical modeling of wind
   farms: a new approach for power prediction. Energies 9(9), 741.
.. [7] Pedersen, M. M. et al. (2023). PyWake 2.5.0: an open-source wind farm
   simulation tool. DTU Wind, https://gitlab.windenergy.dtu.dk/TOPFARM/PyWake.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

import numpy as np

from app.core import assumptions
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, Word


@dataclass(frozen=True)
class WakeModel:
    """One selectable wake model.

    Attributes
    ----------
    name : str
        Key used by ``--wake-model`` and stored with results.
    title_en, title_zh : str
    reference : str
    parameters : tuple of str
        Names of its parameters (``k``: wake expansion [-]; ``ti``: ambient
        turbulence intensity [-]).
    """

    name: str
    title_en: str
    title_zh: str
    reference: str
    parameters: tuple = ()


WAKE_MODELS = {
    "noj": WakeModel("noj", "Jensen / NOJ (top-hat)", "Jensen/NOJ 顶帽模型",
                     "Jensen 1983; Katic et al. 1986 (PyWake Jensen_1983)", ("k",)),
    "turbopark": WakeModel("turbopark", "TurbOPark (Ørsted)", "TurbOPark 湍流优化模型",
                           "Nygaard et al. 2020, 2022 (PyWake Nygaard_2022)", ("ti",)),
    "bastankhah": WakeModel("bastankhah", "Bastankhah-Porté-Agel Gaussian", "Bastankhah 高斯模型",
                            "Bastankhah and Porté-Agel 2014 (PyWake Bastankhah_PorteAgel_2014)", ("k",)),
    "niayifar": WakeModel("niayifar", "Niayifar-Porté-Agel (turbulence-dependent Gaussian)", "Niayifar 湍流相关高斯模型",
                          "Niayifar and Porté-Agel 2016 (PyWake Niayifar_PorteAgel_2016)", ("ti",)),
    "none": WakeModel("none", "no wakes", "不计尾流", "gross energy only (PyWake NoWakeDeficit)", ()),
}


def check_wake_model(name) -> str:
    """``name`` as a known wake-model key, or :class:`InputError` listing them."""
    key = str(name or "").strip().lower()
    if key not in WAKE_MODELS:
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown wake model {name!r}: expected one of {wake_models}"),
                         code="unknown_wake_model", name=name, wake_models=Listing(WAKE_MODELS))
    return key


def default_wake_model(offshore: bool, overrides: dict | None = None) -> str:
    """The documented default for the site kind (``wind.wake_model_offshore`` / ``_onshore``)."""
    return check_wake_model(assumptions.value("wind.wake_model_offshore" if offshore else "wind.wake_model_onshore",
                                              overrides))


def default_parameters(name: str, offshore: bool, overrides: dict | None = None) -> dict:
    """Parameters of model ``name`` for the site kind, from the assumptions.

    ``k`` of Jensen: ``wind.wake_decay_offshore`` / ``_onshore``. ``k`` of
    Bastankhah: 0.38 TI + 0.004 (Niayifar and Porté-Agel 2016, eq. 16) with
    the site's TI. ``ti``: ``wind.turbulence_intensity_offshore`` / ``_onshore``.
    """
    name = check_wake_model(name)
    ti = float(assumptions.value("wind.turbulence_intensity_offshore" if offshore
                                 else "wind.turbulence_intensity_onshore", overrides))
    if name == "noj":
        return {"k": float(assumptions.value("wind.wake_decay_offshore" if offshore else "wind.wake_decay_onshore",
                                             overrides)), "ti": ti}
    if name == "bastankhah":
        return {"k": round(0.38 * ti + 0.004, 5), "ti": ti}
    return {"ti": ti}


def describe_model(name: str, parameters: dict) -> Listing:
    """One line naming the model and its parameters, e.g. ``TurbOPark (...), A = 0.04, TI = 0.06``."""
    model = WAKE_MODELS[check_wake_model(name)]
    # readers get the citation without PyWake's class name; the command line keeps it
    short = re.sub(r"\s*\(PyWake [^)]*\)", "", model.reference)
    reference = Word(model.reference, {"zh": "仅计毛发电量", "en": short} if name == "none" else {"zh": short, "en": short})
    parts = [Message(QT_TRANSLATE_NOOP("Note", "{model} [{reference}]"),
                     model=Word(model.title_en, {"zh": model.title_zh}), reference=reference)]
    if name == "turbopark":
        parts.append(Message(QT_TRANSLATE_NOOP("Note", "A = 0.04, squared-sum superposition, mirror ground model, "
                                                       "Gaussian rotor overlap")))
    if "k" in parameters and "k" in model.parameters:
        parts.append(f"k = {parameters['k']:g}")
    if "ti" in parameters and name != "none":
        parts.append(f"TI = {parameters['ti']:g}")
    return Listing(parts)


def build_wind_farm_model(name: str, site, wind_turbines, parameters: dict):
    """The PyWake wind-farm model ``name`` on ``site`` with ``wind_turbines``."""
    name = check_wake_model(name)
    if name == "noj":
        from py_wake.literature.noj import Jensen_1983

        return Jensen_1983(site, wind_turbines, k=float(parameters["k"]))
    if name == "turbopark":
        from py_wake.literature.turbopark import Nygaard_2022

        return Nygaard_2022(site, wind_turbines)
    if name == "bastankhah":
        from py_wake.literature.gaussian_models import Bastankhah_PorteAgel_2014

        return Bastankhah_PorteAgel_2014(site, wind_turbines, k=float(parameters["k"]))
    if name == "niayifar":
        from py_wake.literature.gaussian_models import Niayifar_PorteAgel_2016

        return Niayifar_PorteAgel_2016(site, wind_turbines)
    from py_wake.deficit_models.no_wake import NoWakeDeficit
    from py_wake.wind_farm_models import PropagateDownwind

    return PropagateDownwind(site, wind_turbines, wake_deficitModel=NoWakeDeficit())


def pywake_site(directions_deg, speeds_ms, frequency, turbulence_intensity: float):
    """A PyWake ``XRSite`` whose probability of each (direction, speed) case is ``frequency``."""
    import xarray as xr
    from py_wake.site import XRSite

    ds = xr.Dataset(data_vars={"P": (("wd", "ws"), np.asarray(frequency, dtype=float)),
                               "TI": float(turbulence_intensity)},
                    coords={"wd": np.asarray(directions_deg, dtype=float), "ws": np.asarray(speeds_ms, dtype=float)})
    return XRSite(ds)


@dataclass
class WakeYield:
    """Annual energy of a farm with and without wakes (PyWake).

    Attributes
    ----------
    wake_model : str
        Key of :data:`WAKE_MODELS`.
    parameters : dict
        Parameters the model ran with.
    description : str
        Model, parameters, directions and bins in words.
    gross_mwh : float
        All turbines without wakes [MWh/yr].
    waked_mwh : float
        All turbines with wakes [MWh/yr].
    wake_loss_pct : float
        ``100 (1 - waked / gross)`` [%].
    per_turbine_gross_mwh, per_turbine_waked_mwh : list of float
        [MWh/yr], in input order.
    directions : int
        Wind directions computed.
    direction_step_deg : float
    pywake_version : str
    """

    wake_model: str
    parameters: dict
    description: str
    gross_mwh: float
    waked_mwh: float
    wake_loss_pct: float
    per_turbine_gross_mwh: list = field(default_factory=list)
    per_turbine_waked_mwh: list = field(default_factory=list)
    directions: int = 0
    direction_step_deg: float = 0.0
    pywake_version: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def check_positions(positions_xy_m) -> np.ndarray:
    """``positions_xy_m`` as an (n, 2) float array [m], or :class:`InputError`."""
    positions = np.asarray(positions_xy_m, dtype=float)
    if positions.ndim != 2 or positions.shape[1] != 2 or len(positions) < 1:
        raise InputError(QT_TRANSLATE_NOOP("Error", "positions: expected an (n, 2) array of easting, northing in "
                                                    "m, got shape {shape}"), code="positions_array_easting_northing",
                         shape=positions.shape)
    if not np.isfinite(positions).all():
        raise InputError(QT_TRANSLATE_NOOP("Error", "positions: expected finite coordinates in m (EPSG:4549)"),
                         code="positions_finite_coordinates_epsg")
    if len(positions) > 1:
        gaps = np.sqrt(((positions[:, None] - positions[None]) ** 2).sum(-1))[np.triu_indices(len(positions), 1)]
        if gaps.min() < 1.0:
            raise InputError(QT_TRANSLATE_NOOP("Error", "positions: two turbines {gaps:.2f} m apart: expected "
                                                        "distinct positions in m (EPSG:4549), not degrees"),
                             code="positions_two_turbines_apart", gaps=gaps.min())
    return positions


def farm_wake_yield(turbine, hub_height: float, positions_xy_m, climate, wake_model: str,
                    parameters: dict | None = None, direction_step_deg: float | None = None,
                    offshore: bool = False) -> WakeYield:
    """Gross and waked annual energy of turbines at ``positions_xy_m`` (PyWake).

    Parameters
    ----------
    turbine : app.resource.turbines.Turbine
    hub_height : float
        [m]
    positions_xy_m : array-like, shape (n, 2)
        Easting, northing [m] (EPSG:4549).
    climate : app.resource.wind_climate.WindClimate
        At hub height.
    wake_model : str
        A key of :data:`WAKE_MODELS`.
    parameters : dict, optional
        Default :func:`default_parameters` for the site kind.
    direction_step_deg : float, optional
        Default ``wind.direction_step_deg``.
    offshore : bool
        Chooses the default parameters.

    Returns
    -------
    WakeYield

    Notes
    -----
    Speed bins below cut-in are left out of the PyWake run: wakes only slow
    the wind, so no turbine makes energy there and the energy is the same as
    a run over every bin. Bins above cut-out stay: a turbine in the wake of
    an idling one may see less than cut-out and run.
    """
    import py_wake

    name = check_wake_model(wake_model)
    params = dict(default_parameters(name, offshore))
    params.update(parameters or {})
    for key, value in params.items():
        try:
            params[key] = float(value)
        except (TypeError, ValueError):
            raise InputError(QT_TRANSLATE_NOOP("Error", "wake model parameter {key}: expected a number, got "
                                                        "{value!r}"), code="wake_model_parameter_number", key=key,
                             value=value) from None
    if "k" in params and not 0 < params["k"] <= 0.2:
        raise InputError(QT_TRANSLATE_NOOP("Error", "wake model parameter k: expected a wake expansion of 0..0.2, "
                                                    "got {k:g}"), code="wake_model_parameter_wake", k=params['k'])
    if "ti" in params and not 0 < params["ti"] <= 0.5:
        raise InputError(QT_TRANSLATE_NOOP("Error", "wake model parameter ti: expected an ambient turbulence "
                                                    "intensity of 0..0.5, got {ti:g}"),
                         code="wake_model_parameter_ti", ti=params['ti'])
    positions = check_positions(positions_xy_m)
    hub = turbine.check_hub_height(hub_height)
    if abs(climate.height_m - hub) > 0.5:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the wind climate is at {height_m:g} m: expected it at the hub "
                                                    "height {hub:g} m"), code="wind_climate_hub_height",
                         height_m=climate.height_m, hub=hub)
    step = float(direction_step_deg if direction_step_deg is not None else assumptions.value("wind.direction_step_deg"))
    directions, frequency = climate.fine(step)
    speeds = climate.speed_centres_ms
    working = (speeds >= turbine.cut_in_ms) & (frequency.sum(axis=0) > 0)
    n = len(positions)
    description = Message(QT_TRANSLATE_NOOP("Note", "{model}; {directions} directions every {step:g} deg, {bin:g} m/s "
                                                    "speed bins; PyWake {version}"),
                          model=describe_model(name, params), directions=len(directions), step=step,
                          bin=climate.speed_bin_ms, version=py_wake.__version__)
    if not working.any():
        zeros = [0.0] * n
        return WakeYield(name, params, description, 0.0, 0.0, 0.0, zeros, zeros, len(directions), step,
                         py_wake.__version__)
    site = pywake_site(directions, speeds[working], frequency[:, working], params.get("ti", 0.1))
    model = build_wind_farm_model(name, site, turbine.pywake_turbine(hub), params)
    origin = positions.mean(axis=0)  # PyWake works in local metres; keep the numbers small
    x, y = (positions - origin).T
    result = model(x, y, wd=directions, ws=speeds[working])
    waked = result.aep(with_wake_loss=True).sum(["wd", "ws"]).values * 1000.0  # GWh -> MWh
    gross = result.aep(with_wake_loss=False).sum(["wd", "ws"]).values * 1000.0
    gross_total, waked_total = float(gross.sum()), float(waked.sum())
    loss = 100.0 * (1.0 - waked_total / gross_total) if gross_total > 0 else 0.0
    return WakeYield(name, params, description, gross_total, waked_total, loss,
                     [float(v) for v in gross], [float(v) for v in waked], len(directions), step, py_wake.__version__)


__all__ = ["WAKE_MODELS", "WakeModel", "WakeYield", "check_wake_model", "default_wake_model", "default_parameters",
           "describe_model", "build_wind_farm_model", "pywake_site", "farm_wake_yield", "check_positions"]
