"""Model assumptions: every number with its unit and its source, in one place.

Each area keeps its assumptions in ``app/resources/assumptions/<area>.json``::

    {"area": "pv",
     "assumptions": {
        "soiling_loss": {"value": 2.0, "unit": "%", "title_zh": "积尘损失",
                          "title_en": "Soiling loss", "source": "PVWatts v5 default (Dobos 2014)"}}}

Code reads values with :func:`value` (``value("pv.soiling_loss")``); never
inline. The UI lists and edits them through :func:`all_assumptions` and
:func:`with_overrides`; a project may store overrides in ``project_meta``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from app.resources import resource_path

#: The package's ``app/resources/`` folder (inside the wheel, so installs work).
RESOURCES_DIR = resource_path()
ASSUMPTIONS_DIR = RESOURCES_DIR / "assumptions"


@dataclass(frozen=True)
class Assumption:
    """One model assumption.

    Attributes
    ----------
    key : str
        ``"<area>.<name>"``, e.g. ``"pv.soiling_loss"``.
    value : float | str | list
        The value, in ``unit``.
    unit : str
        Unit of ``value`` (``"%"``, ``"m"``, ``"kWp/m2"``, ``"tCO2/MWh"``...).
    source : str
        Where the number comes from: a plan clause, a standard, a paper.
    """

    key: str
    value: object
    unit: str
    source: str
    title_zh: str = ""
    title_en: str = ""
    extra: dict = field(default_factory=dict, compare=False)

    def title(self, lang: str = "zh") -> str:
        """The title in ``lang`` (``zh``/``en``), the other language's or the key when it has none."""
        return (self.title_zh if lang == "zh" else self.title_en) or self.title_en or self.title_zh or self.key

    def cite(self, lang: str = "zh") -> str:
        """The short citation for readers (``"PVWatts v5 (Dobos 2014)"``, ``"《实施方案》三、（5）3"``), or ''.

        The JSON's ``cite``: one text for both languages, or ``{"zh": ..., "en": ...}``.
        ``source`` keeps the full technical reference.
        """
        cite = self.extra.get("cite", "")
        return cite.get(lang, "") if isinstance(cite, dict) else str(cite)

    @property
    def for_readers(self) -> bool:
        """True for the model numbers a report lists for readers: cited, not a guard value or numerical setting."""
        return bool(self.extra.get("cite")) and not self.extra.get("technical", False)


@lru_cache(maxsize=1)
def _load_all() -> dict[str, Assumption]:
    found: dict[str, Assumption] = {}
    for path in sorted(ASSUMPTIONS_DIR.glob("*.json")):
        with path.open(encoding="utf-8") as f:
            doc = json.load(f)
        area = doc.get("area", path.stem)
        for name, spec in doc.get("assumptions", {}).items():
            missing = [k for k in ("value", "unit", "source") if k not in spec]
            if missing:
                raise ValueError(f"{path.name}: assumption {name!r} lacks {', '.join(missing)}")
            key = f"{area}.{name}"
            extra = {k: v for k, v in spec.items() if k not in ("value", "unit", "source", "title_zh", "title_en")}
            found[key] = Assumption(key, spec["value"], spec["unit"], spec["source"],
                                    spec.get("title_zh", ""), spec.get("title_en", ""), extra)
    return found


def all_assumptions() -> dict[str, Assumption]:
    """All assumptions by key, as shipped in ``app/resources/assumptions``."""
    return dict(_load_all())


def get(key: str) -> Assumption:
    """The :class:`Assumption` for ``key``; ``KeyError`` names the known keys of its area."""
    table = _load_all()
    try:
        return table[key]
    except KeyError:
        area = key.split(".")[0]
        known = sorted(k for k in table if k.startswith(area + "."))
        raise KeyError(f"unknown assumption {key!r}; known in {area!r}: {', '.join(known) or 'none'}") from None


def value(key: str, overrides: dict | None = None):
    """The value of assumption ``key``, or its override when one is given."""
    if overrides and key in overrides:
        return overrides[key]
    return get(key).value
