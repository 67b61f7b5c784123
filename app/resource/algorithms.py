"""The yield analyses as algorithms: ``pv`` and ``wind`` (DESIGN.md rule 5).

Each wraps the functions of :mod:`app.resource.pv` and
:mod:`app.resource.wind` and supplies the assumption-driven values
(``app/resources/assumptions/pv.json``) where the functions default to the
published reference values.
"""
from __future__ import annotations

from app.core.algorithm import QT_TRANSLATE_NOOP, WEATHER, Algorithm, Parameter, register
from app.core.i18n import Message
from app.resource.pv import LOSS_KEYS


def _turbine_types() -> list[str]:
    from app.resource.wind import list_turbines

    return [t["turbine_type"] for t in list_turbines() if t["has_power_curve"]]


#: The PVWatts losses, one field per loss, defaults (and titles) from pv.json.
PV_LOSSES = Parameter(
    "losses", "mapping", unit="%",
    title=QT_TRANSLATE_NOOP("Algorithm", "Losses"),
    help=QT_TRANSLATE_NOOP("Algorithm", "PVWatts loss percentages, e.g. soiling=3,shading=0; names not given keep "
                                        "their defaults"),
    fields=tuple(Parameter(name, "float", default_from=key, minimum=0.0, maximum=100.0, decimals=1)
                 for name, key in LOSS_KEYS.items()))


@register
class PVYield(Algorithm):
    """Yield of a fixed-tilt PV system: :func:`app.resource.pv.pv_yield` (pvlib PVWatts chain)."""

    name = "pv"
    title = QT_TRANSLATE_NOOP("Algorithm", "PV yield")
    group = "resource"
    help = "PV yield of a system (pvlib PVWatts chain)"
    parameters = (
        Parameter("latitude", "float", unit="deg", minimum=-90, maximum=90, decimals=5, flag="--lat",
                  title=QT_TRANSLATE_NOOP("Algorithm", "Latitude"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "site latitude, north positive")),
        Parameter("longitude", "float", unit="deg", minimum=-180, maximum=180, decimals=5, flag="--lon",
                  title=QT_TRANSLATE_NOOP("Algorithm", "Longitude"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "site longitude, east positive")),
        Parameter("kwp", "float", unit="kWp", minimum=0, exclusive_minimum=True, decimals=1,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Capacity"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "DC nameplate capacity")),
        Parameter("tilt", "float", unit="deg", minimum=0, maximum=90, decimals=1,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Tilt"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "tilt of the modules from horizontal")),
        Parameter("azimuth", "float", unit="deg", minimum=0, maximum=360, decimals=1,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Azimuth"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "azimuth of the modules clockwise from north, 180 = south")),
        Parameter("mount", "enum", default="open_rack",
                  choices=(("roof", QT_TRANSLATE_NOOP("Algorithm", "Roof (close mount)")),
                           ("open_rack", QT_TRANSLATE_NOOP("Algorithm", "Open rack (ground)")),
                           ("float", QT_TRANSLATE_NOOP("Algorithm", "Floating (offshore)"))),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Mount"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "mounting, which sets the SAPM cell temperature model")),
        WEATHER,
        Parameter("dc_ac_ratio", "float", default_from="pv.dc_ac_ratio", minimum=0.5, maximum=3, decimals=2,
                  help=QT_TRANSLATE_NOOP("Algorithm", "DC nameplate over inverter AC rating")),
        PV_LOSSES,
        Parameter("module", "text", optional=True, advanced=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "CEC module"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "CEC module name from pvlib's bundled database (advanced; "
                                                      "default: the PVWatts DC model)")),
        Parameter("gamma_pdc", "float", default_from="pv.gamma_pdc", minimum=-0.01, maximum=0.0, decimals=4,
                  advanced=True,
                  help=QT_TRANSLATE_NOOP("Algorithm", "power temperature coefficient of the PVWatts DC model")),
        Parameter("eta_inv_nom", "float", default_from="pv.eta_inv_nom", minimum=0.5, maximum=1.0, decimals=3,
                  advanced=True, help=QT_TRANSLATE_NOOP("Algorithm", "nominal inverter efficiency")),
    )

    def process(self, values, feedback):
        from app.resource.pv import pv_yield

        weather = values["weather"]
        feedback(0.1, Message(QT_TRANSLATE_NOOP("Progress", "running the PVWatts chain on {source}"),
                              source=weather.source))
        return pv_yield(values["latitude"], values["longitude"], values["kwp"], values["tilt"], values["azimuth"],
                        mount=values["mount"], weather=weather, dc_ac_ratio=values["dc_ac_ratio"],
                        losses=values["losses"], module=values["module"] or None,
                        gamma_pdc=values["gamma_pdc"], eta_inv_nom=values["eta_inv_nom"])


@register
class WindYield(Algorithm):
    """Yield of one turbine: :func:`app.resource.wind.wind_yield` (windpowerlib ModelChain)."""

    name = "wind"
    title = QT_TRANSLATE_NOOP("Algorithm", "Wind turbine yield")
    group = "resource"
    help = "yield of one wind turbine (windpowerlib ModelChain)"
    parameters = (
        Parameter("turbine_type", "text", flag="--turbine", suggestions=_turbine_types,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Turbine type"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "turbine type (see 'lygsite turbines')")),
        Parameter("hub_height", "float", unit="m", minimum=10, maximum="wind.max_hub_height", decimals=1,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Hub height"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "height of the rotor centre above ground; the turbine's own "
                                                      "range applies")),
        WEATHER,
        Parameter("roughness", "enum", open_choices=True, optional=True,
                  choices=(("land", QT_TRANSLATE_NOOP("Algorithm", "Land (farmland)")),
                           ("coast", QT_TRANSLATE_NOOP("Algorithm", "Coast (tidal flats)")),
                           ("sea", QT_TRANSLATE_NOOP("Algorithm", "Sea"))),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Roughness"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "roughness length in m, or land|coast|sea (default: the "
                                                      "weather file's, else land)")),
    )

    def process(self, values, feedback):
        from app.resource.wind import wind_yield

        weather = values["weather"]
        feedback(0.1, Message(QT_TRANSLATE_NOOP("Progress", "running windpowerlib ModelChain on {source}"),
                              source=weather.source))
        return wind_yield(values["turbine_type"], values["hub_height"], weather=weather,
                          roughness=values["roughness"])
