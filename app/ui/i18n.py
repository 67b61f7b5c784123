"""UI language: Qt translation files, switched at run time.

Source strings are English. ``app/resources/i18n/lygsite_zh_CN.qm`` holds the
Chinese of the whole application (compiled from ``resources/i18n/lygsite_zh_CN.ts``
by ``make translations``); Qt's own ``qtbase_zh_CN.qm``, shipped with PySide6,
translates Qt's dialogs and standard buttons. Installing or removing a
translator sends ``QEvent.LanguageChange`` to every widget, which retranslates
itself.

Code marks text for translation in the two ways ``pyside6-lupdate`` reads:
``self.tr("…")`` in a QObject subclass (the class name is the context) and,
outside such a class, :func:`translate` with a literal context and text.
"""
from __future__ import annotations


from app.resources import resource_path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

#: The package's folder of compiled translations (``.qm``).
I18N_DIR = resource_path("i18n")
#: Stem of the application's translation files: ``lygsite_<locale>.qm``.
CATALOG = "lygsite"
#: Languages offered in the Language menu: key -> (Qt locale name, native name).
LANGUAGES = {"zh": ("zh_CN", "中文"), "en": ("en_US", "English")}
#: The language the UI shows now: "en" (the source strings) until a LanguageManager switches it.
_ui_language = "en"


#: Texts of Qt's own dialogs that PySide6's qtbase_zh_CN.qm leaves in English (the non-native file dialog):
#: translated in the app's catalogue under Qt's own context, which Qt consults after qtbase's.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def ui_language() -> str:
    """``"zh"`` or ``"en"``: the language the UI shows now.

    Coded values (categories, statuses, kinds) are labelled from
    :mod:`app.core.vocabulary` in this language, so they switch together with
    the translated strings.
    """
    return _ui_language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the UI language, looked up under ``context``.

    Give both as string literals: ``pyside6-lupdate`` reads them from the call
    (as it reads ``QCoreApplication.translate``). Inside a QObject subclass use
    ``self.tr(text)`` instead.

    Parameters
    ----------
    context : str
        Translation context, by convention the name of the class or panel
        whose text it is (e.g. ``"RooftopPanel"``).
    text : str
        Source text in English.
    disambiguation : str, optional
        Tells apart two meanings of the same source text in one context.
    n : int, optional
        Count for plural forms (``%n`` in ``text``).
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def message_text(message) -> str:
    """A core message, error or note (:class:`app.core.i18n.Message`) in the UI language.

    Errors of the project carry their message as a template with parameters
    (DESIGN.md rule 6); this words it with Qt's translators, parameters that
    are words (field names, coded values, lists) in the UI language. Anything
    else (a library's error) is shown as its text.
    """
    from app.core.i18n import message_text as worded

    return worded(message, ui_language(), QCoreApplication.translate)


def system_language() -> str:
    """``"zh"`` when the system locale is Chinese, else ``"en"``."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class LanguageManager:
    """Installs the translators of one language into the application."""

    def __init__(self, app: QCoreApplication | None = None):
        self._app = app or QCoreApplication.instance()
        self._translators: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Switch to ``"zh"`` or ``"en"``; returns False when no translation was found."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
        global _ui_language
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        self.language = _ui_language = language
        QLocale.setDefault(QLocale(LANGUAGES[language][0]))
        if language == "en":
            self._deliver_language_change()
            return True
        locale_name = LANGUAGES[language][0]
        found = self._install(f"{CATALOG}_{locale_name}", str(I18N_DIR))
        # Qt's own strings (dialog buttons, file and colour dialogs), shipped with PySide6
        self._install(f"qtbase_{locale_name}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self._deliver_language_change()
        return found

    def _install(self, name: str, directory: str) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, directory):
            return False
        self._app.installTranslator(translator)
        self._translators.append(translator)
        return True

    @staticmethod
    def _deliver_language_change() -> None:
        # Qt posts LanguageChange; deliver it now so the switch is visible at once
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


class Retranslating:
    """Mixin of a widget that sets its texts in ``retranslate_ui()``: called again on every language switch.

    List it before the Qt base class: ``class MyDialog(Retranslating, QDialog)``.
    """

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def layer_base_title(layer) -> str:
    """The title of ``layer`` without the sample-data note, in the UI language (:func:`app.layers.titles.standard_base_title`)."""
    from app.layers.titles import standard_base_title

    return standard_base_title(layer, ui_language(), QCoreApplication.translate)


#: Geometry types as words (QGIS's Chinese names), keyed by the shapely/GeoPackage names the data keep.
GEOMETRY_TYPE_WORDS = {
    "Point": QT_TRANSLATE_NOOP("Geometry", "point"), "MultiPoint": QT_TRANSLATE_NOOP("Geometry", "multipoint"),
    "LineString": QT_TRANSLATE_NOOP("Geometry", "line"),
    "MultiLineString": QT_TRANSLATE_NOOP("Geometry", "multiline"),
    "Polygon": QT_TRANSLATE_NOOP("Geometry", "polygon"), "MultiPolygon": QT_TRANSLATE_NOOP("Geometry", "multipolygon"),
    "Geometry": QT_TRANSLATE_NOOP("Geometry", "mixed geometry"), "Unknown": QT_TRANSLATE_NOOP("Geometry", "unknown"),
}


def geometry_type_text(geometry_type: str) -> str:
    """A layer's geometry type (``"MultiPolygon"``) as a word in the UI language (多边形 / polygon)."""
    word = GEOMETRY_TYPE_WORDS.get(str(geometry_type))
    return QCoreApplication.translate("Geometry", word) if word else str(geometry_type)


def layer_display_title(layer) -> str:
    """The title shown for ``layer`` in the UI language (:func:`app.layers.titles.display_title`)."""
    from app.layers.titles import display_title

    return display_title(layer, ui_language(), QCoreApplication.translate)
