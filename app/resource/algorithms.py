"""The yield analyses as algorithms: ``pv`` and ``wind`` (DESIGN.md rule 5).

Each wraps the functions of :mod:`app.resource.pv` and
:mod:`app.resource.wind` and supplies the assumption-driven values
(``app/resources/assumptions/pv.json``) where the functions default to the
published reference values.
"""
from __future__ import annotations

from app.core.algorithm import WEATHER, Algorithm, Parameter, register
from app.resource.pv import LOSS_KEYS


def _turbine_types() -> list[str]:
    from app.resource.wind import list_turbines

    return [t["turbine_type"] for t in list_turbines() if t["has_power_curve"]]


#: The PVWatts losses, one field per loss, defaults from pv.json.
PV_LOSSES = Parameter(
    "losses", "mapping", title="Losses", unit="%",
    fields=tuple(Parameter(name, "float", default_from=key, minimum=0.0, maximum=100.0, decimals=1)
                 for name, key in LOSS_KEYS.items()),
    help="PVWatts loss percentages, e.g. soiling=3,shading=0; names not given keep their defaults")


@register
class PVYield(Algorithm):
    """Yield of a fixed-tilt PV system: :func:`app.resource.pv.pv_yield` (pvlib PVWatts chain)."""

    name = "pv"
    title = "PV yield"
    group = "resource"
    help = "PV yield of a system (pvlib PVWatts chain)"
    parameters = (
        Parameter("latitude", "float", title="Latitude", unit="deg", minimum=-90, maximum=90, decimals=5,
                  flag="--lat", help="site latitude, north positive"),
        Parameter("longitude", "float", title="Longitude", unit="deg", minimum=-180, maximum=180, decimals=5,
                  flag="--lon", help="site longitude, east positive"),
        Parameter("kwp", "float", title="Capacity", unit="kWp", minimum=0, exclusive_minimum=True, decimals=1,
                  help="DC nameplate capacity"),
        Parameter("tilt", "float", title="Tilt", unit="deg", minimum=0, maximum=90, decimals=1,
                  help="tilt of the modules from horizontal"),
        Parameter("azimuth", "float", title="Azimuth", unit="deg", minimum=0, maximum=360, decimals=1,
                  help="azimuth of the modules clockwise from north, 180 = south"),
        Parameter("mount", "enum", title="Mount", default="open_rack",
                  choices=(("roof", "Roof (close mount)"), ("open_rack", "Open rack (ground)"),
                           ("float", "Floating (offshore)")),
                  help="mounting, which sets the SAPM cell temperature model"),
        WEATHER,
        Parameter("dc_ac_ratio", "float", default_from="pv.dc_ac_ratio", minimum=0.5, maximum=3, decimals=2,
                  help="DC nameplate over inverter AC rating"),
        PV_LOSSES,
        Parameter("module", "text", title="CEC module", optional=True, advanced=True,
                  help="CEC module name from pvlib's bundled database (advanced; default: the PVWatts DC model)"),
        Parameter("gamma_pdc", "float", default_from="pv.gamma_pdc", minimum=-0.01, maximum=0.0, decimals=4,
                  advanced=True, help="power temperature coefficient of the PVWatts DC model"),
        Parameter("eta_inv_nom", "float", default_from="pv.eta_inv_nom", minimum=0.5, maximum=1.0, decimals=3,
                  advanced=True, help="nominal inverter efficiency"),
    )

    def process(self, values, feedback):
        from app.resource.pv import pv_yield

        weather = values["weather"]
        feedback(0.1, f"running the PVWatts chain on {weather.source}")
        return pv_yield(values["latitude"], values["longitude"], values["kwp"], values["tilt"], values["azimuth"],
                        mount=values["mount"], weather=weather, dc_ac_ratio=values["dc_ac_ratio"],
                        losses=values["losses"], module=values["module"] or None,
                        gamma_pdc=values["gamma_pdc"], eta_inv_nom=values["eta_inv_nom"])


@register
class WindYield(Algorithm):
    """Yield of one turbine: :func:`app.resource.wind.wind_yield` (windpowerlib ModelChain)."""

    name = "wind"
    title = "Wind turbine yield"
    group = "resource"
    help = "yield of one wind turbine (windpowerlib ModelChain)"
    parameters = (
        Parameter("turbine_type", "text", title="Turbine type", flag="--turbine", suggestions=_turbine_types,
                  help="turbine type (see 'lygsite turbines')"),
        Parameter("hub_height", "float", title="Hub height", unit="m", minimum=10, maximum="wind.max_hub_height",
                  decimals=1, help="height of the rotor centre above ground; the turbine's own range applies"),
        WEATHER,
        Parameter("roughness", "enum", title="Roughness", open_choices=True, optional=True,
                  choices=(("land", "Land (farmland)"), ("coast", "Coast (tidal flats)"), ("sea", "Sea")),
                  help="roughness length in m, or land|coast|sea (default: the weather file's, else land)"),
    )

    def process(self, values, feedback):
        from app.resource.wind import wind_yield

        weather = values["weather"]
        feedback(0.1, f"running windpowerlib ModelChain on {weather.source}")
        return wind_yield(values["turbine_type"], values["hub_height"], weather=weather,
                          roughness=values["roughness"])
