"""Attribute form of a candidate site (CONTRACT.md candidate-site schema), with validation.

Opened when a polygon is finished on the map, beside the polygon (never over
it: :func:`place_beside`), its kind defaulting from where the polygon lies
(offshore wind at sea, onshore wind on land:
:func:`app.siting.eligibility.default_site_kind`). ``Save`` is refused, with the
problems listed in the form, while a field is wrong; a self-intersecting
polygon is explained and can be repaired with ``make_valid`` from the form.
Accepting pushes one :class:`~app.layers.edits.AddFeature` on the project's
undo stack (:func:`add_site_from_geometry`).
"""
from __future__ import annotations

import re

import geopandas as gpd
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout)

from app.core.errors import InputError
from app.layers.edits import AddFeature
from app.core.vocabulary import SITE_KINDS, SITE_STATUSES, WIND_KINDS
from app.siting.eligibility import check_site_geometry, default_site_kind, repair_geometry
from app.ui.i18n import message_text, translate, ui_language



def kind_text(kind) -> str:
    """The name of a site kind in the UI's language (the key itself when unknown)."""
    return SITE_KINDS.label(kind, ui_language())


def status_text(status) -> str:
    """The name of a site status in the UI's language (the key itself when unknown)."""
    return SITE_STATUSES.label(status, ui_language())


def next_site_id(existing) -> str:
    """The next free ``CS-NN`` id after the highest one in ``existing``."""
    numbers = [int(m.group(1)) for s in existing if (m := re.fullmatch(r"CS-(\d+)", str(s)))]
    return f"CS-{max(numbers, default=0) + 1:02d}"


def county_at(project, geometry) -> str:
    """Adcode of the county containing (or nearest to) the geometry's representative point."""
    layer = project.layers.get("counties") if project is not None else None
    if layer is None or layer.gdf.empty:
        return ""
    point = geometry.representative_point() if geometry.is_valid else geometry.centroid
    hits = layer.gdf[layer.gdf.contains(point)]
    if hits.empty:  # offshore sites: nearest coastal county, in metres
        metric = layer.gdf.to_crs("EPSG:4549")
        p = gpd.GeoSeries([point], crs=layer.gdf.crs).to_crs("EPSG:4549").iloc[0]
        hits = layer.gdf.loc[[metric.distance(p).idxmin()]]
    return str(hits["adcode"].iloc[0])


class SiteForm(QDialog):
    """Edit the attributes of a (new) candidate site drawn as ``geometry``."""

    def __init__(self, project, geometry, parent=None, values: dict | None = None):
        super().__init__(parent)
        self.project = project
        self.geometry = geometry
        self.setWindowTitle(self.tr("Candidate site"))
        layer = project.layers.get("candidate_sites")
        existing = layer.gdf["site_id"].tolist() if layer is not None and "site_id" in layer.gdf else []
        self.existing_ids = {str(s) for s in existing}
        values = dict(values or {})

        self.site_id = QLineEdit(values.get("site_id") or next_site_id(existing))
        self.name = QLineEdit(values.get("name", ""))
        self.name.setPlaceholderText(self.tr("e.g. 赣榆海上风电二期"))
        self.kind = QComboBox()
        for kind in SITE_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        kind = values.get("kind") or default_site_kind(project, geometry)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.turbine_type = QComboBox()
        self.turbine_type.setEditable(True)
        self.turbine_type.addItems(_turbine_types())
        self.turbine_type.setCurrentText(values.get("turbine_type") or "V164/9500")
        self.hub_height = QDoubleSpinBox()
        self.hub_height.setRange(0, 250)
        self.hub_height.setSuffix(" m")
        self.hub_height.setValue(float(values.get("hub_height_m") or 125.0))
        self.capacity = QDoubleSpinBox()
        self.capacity.setRange(0, 10_000)
        self.capacity.setSuffix(" MW")
        self.capacity.setValue(float(values.get("capacity_mw") or 0.0))
        self.status = QComboBox()
        for status in SITE_STATUSES:
            self.status.addItem(status_text(status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status", "idea"))))
        self.county = QComboBox()
        counties = project.layers.get("counties")
        if counties is not None:
            for _, row in counties.gdf.iterrows():
                self.county.addItem(f"{row['name_zh']} ({row['adcode']})", str(row["adcode"]))
        adcode = values.get("county_adcode") or county_at(project, geometry)
        index = self.county.findData(adcode)
        if index >= 0:
            self.county.setCurrentIndex(index)

        form = QFormLayout()
        form.addRow(self.tr("Site id"), self.site_id)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Turbine type"), self.turbine_type)
        form.addRow(self.tr("Hub height"), self.hub_height)
        form.addRow(self.tr("Planned capacity"), self.capacity)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("County"), self.county)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b2182b")
        self.repair_button = QPushButton(self.tr("Repair polygon (make_valid)"))
        self.repair_button.clicked.connect(self.repair)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.repair_button)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda *_: self._kind_changed(self.kind.currentData()))
        self._kind_changed(self.kind.currentData())
        self.validate()

    def _kind_changed(self, kind: str) -> None:
        wind = kind in WIND_KINDS
        self.turbine_type.setEnabled(wind)
        self.hub_height.setEnabled(wind)

    def values(self) -> dict:
        """The attributes as the ``candidate_sites`` layer stores them."""
        wind = self.kind.currentData() in WIND_KINDS
        return {"site_id": self.site_id.text().strip(), "name": self.name.text().strip(),
                "kind": self.kind.currentData(),
                "turbine_type": self.turbine_type.currentText().strip() if wind else None,
                "hub_height_m": float(self.hub_height.value()) if wind else None,
                "capacity_mw": float(self.capacity.value()), "status": self.status.currentData(),
                "county_adcode": self.county.currentData() or ""}

    def validate(self) -> list[str]:
        """Problems with the current values (shown in the form); empty when it can be saved."""
        problems = []
        values = self.values()
        if not values["site_id"]:
            problems.append(self.tr("Site id is empty: expected e.g. CS-07."))
        elif values["site_id"] in self.existing_ids:
            problems.append(self.tr("Site id {id} is taken: expected a new id.").format(id=values["site_id"]))
        if not values["name"]:
            problems.append(self.tr("Name is empty: expected a name such as 赣榆海上风电二期."))
        if values["turbine_type"] is not None:
            if values["turbine_type"] not in _turbine_types():
                problems.append(self.tr("Turbine type {t} is not in windpowerlib's library (with power curve).")
                                .format(t=values["turbine_type"]))
            if not values["hub_height_m"]:
                problems.append(self.tr("Hub height is 0: expected the hub height in m."))
        geometry_ok = True
        try:
            check_site_geometry(self.geometry, values["site_id"] or self.tr("new site"))
        except InputError as exc:
            problems.append(message_text(exc))
            geometry_ok = self.geometry.is_valid
        self.repair_button.setVisible(not geometry_ok)
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        return problems

    def repair(self) -> None:
        """Replace the polygon by its ``make_valid`` repair (a bow-tie becomes two lobes)."""
        try:
            self.geometry = repair_geometry(self.geometry)
        except InputError as exc:
            self.problems.setText(message_text(exc))
            return
        self.validate()

    def accept(self) -> None:
        if self.validate():
            return  # problems are listed in the form; the dialog stays open
        super().accept()


_TYPES: list = []


def _turbine_types() -> list:
    if not _TYPES:
        from app.resource.wind import list_turbines

        _TYPES.extend(t["turbine_type"] for t in list_turbines(with_power_curve_only=True)
                      if t["has_power_curve"])
    return _TYPES


def add_site_from_geometry(project, geometry, values: dict) -> AddFeature:
    """Push an undoable AddFeature of a candidate site; returns the command."""
    layer = project.layers["candidate_sites"]
    command = AddFeature(layer, geometry, values,
                         text=translate("SiteForm", "add site {id}").format(id=values.get("site_id", "")))
    project.undo_stack.push(command)
    return command


def polygon_screen_rect(canvas, geometry, margin: int = 16) -> QRect:
    """The global screen rectangle the polygon covers on ``canvas`` (grown by ``margin`` px)."""
    x0, y0, x1, y1 = geometry.bounds
    top_left = canvas.mapToGlobal(canvas.to_screen(x0, y1).toPoint())
    bottom_right = canvas.mapToGlobal(canvas.to_screen(x1, y0).toPoint())
    return QRect(top_left, bottom_right).normalized().adjusted(-margin, -margin, margin, margin)


def place_beside(dialog, canvas, geometry) -> QRect:
    """Move ``dialog`` beside the polygon drawn on ``canvas``: right of it, else left, below, above.

    The first place where the dialog fits on the screen without covering the
    polygon wins; where none does (a polygon filling the map), the one that
    covers least of it. Returns the dialog's new frame rectangle (global).
    """
    dialog.adjustSize()
    size = dialog.frameGeometry().size().expandedTo(dialog.sizeHint())
    polygon = polygon_screen_rect(canvas, geometry)
    screen = (canvas.screen() or dialog.screen()).availableGeometry()

    def clamp(value, low, high):
        return max(low, min(value, high))

    y_beside = clamp(polygon.top(), screen.top(), screen.bottom() - size.height())
    x_beside = clamp(polygon.left(), screen.left(), screen.right() - size.width())
    candidates = [QPoint(polygon.right() + 1, y_beside), QPoint(polygon.left() - size.width(), y_beside),
                  QPoint(x_beside, polygon.bottom() + 1), QPoint(x_beside, polygon.top() - size.height())]

    def overlap(point):
        rect = QRect(point, size)
        if not screen.contains(rect):
            return float("inf")
        shared = rect.intersected(polygon)
        return 0 if shared.isEmpty() else shared.width() * shared.height()

    best = min(candidates, key=overlap)
    if overlap(best) == float("inf"):  # nowhere on screen beside it: the screen corner farthest from it
        corners = [screen.topLeft(), QPoint(screen.right() - size.width(), screen.top()),
                   QPoint(screen.left(), screen.bottom() - size.height()),
                   QPoint(screen.right() - size.width(), screen.bottom() - size.height())]
        best = max(corners, key=lambda p: (QRect(p, size).center() - polygon.center()).manhattanLength())
    dialog.move(best)
    return QRect(best, size)


def open_site_form(window, geometry, exec_=True):
    """Show the form for a drawn polygon beside it; on Save add the site (undoable)."""
    form = SiteForm(window.project, geometry, parent=window)
    place_beside(form, window.canvas, geometry)
    window.canvas.set_sketch(geometry)  # the polygon stays in sight while its form is open
    form.finished.connect(lambda *_: window.canvas.clear_sketch())

    def saved():
        add_site_from_geometry(window.project, form.geometry, form.values())
        layer = window.project.layers["candidate_sites"]
        layer.select([int(layer.gdf.index.max())])

    form.accepted.connect(saved)
    if exec_:
        form.open()
    return form


__all__ = ["SiteForm", "open_site_form", "place_beside", "add_site_from_geometry", "next_site_id", "county_at"]
