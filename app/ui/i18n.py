"""UI language: Qt translation files, switched at run time.

Source strings are English; ``app/resources/i18n/lygsite_zh_CN.qm`` holds the
Chinese. Panels may ship their own ``app/resources/i18n/<name>_zh_CN.qm``: every
``*_zh_CN.qm`` file there is installed. Installing or removing a translator
sends ``QEvent.LanguageChange`` to every widget, which retranslates itself.
"""
from __future__ import annotations


from app.resources import resource_path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

#: The repository's translation folder (``.ts`` sources and compiled ``.qm``).
I18N_DIR = resource_path("i18n")
#: Languages offered in the Language menu: key -> (Qt locale name, native name).
LANGUAGES = {"zh": ("zh_CN", "中文"), "en": ("en_US", "English")}
#: The language the UI shows now: "en" (the source strings) until a LanguageManager switches it.
_ui_language = "en"


def ui_language() -> str:
    """``"zh"`` or ``"en"``: the language the UI shows now.

    Coded values (categories, statuses, kinds) are labelled from
    :mod:`app.core.vocabulary` in this language, so they switch together with
    the translated strings.
    """
    return _ui_language


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
        found = False
        locale_name = LANGUAGES[language][0]
        for path in sorted(I18N_DIR.glob(f"*_{locale_name}.qm")):
            translator = QTranslator(self._app)
            if translator.load(str(path)):
                self._app.installTranslator(translator)
                self._translators.append(translator)
                found = True
        # Qt's own strings (dialog buttons, colour dialog)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(self._app)
        if translator.load(f"qtbase_{locale_name}", qt_dir):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        self._deliver_language_change()
        return found

    @staticmethod
    def _deliver_language_change() -> None:
        # Qt posts LanguageChange; deliver it now so the switch is visible at once
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def standard_layer_titles() -> dict[str, str]:
    """Translated titles of the project's standard layers."""
    return {
        "counties": QCoreApplication.translate("LayerTitles", "County boundaries"),
        "sea_area": QCoreApplication.translate("LayerTitles", "Sea area"),
        "buildings": QCoreApplication.translate("LayerTitles", "Buildings (sample data)"),
        "candidate_sites": QCoreApplication.translate("LayerTitles", "Candidate sites (sample data)"),
        "turbines": QCoreApplication.translate("LayerTitles", "Turbine layout"),
        "island_components": QCoreApplication.translate("LayerTitles", "Offshore energy island (sample data)"),
        "excluded_areas": QCoreApplication.translate("LayerTitles", "Excluded areas"),
        "wind_speed_100m": QCoreApplication.translate("LayerTitles", "Mean wind speed at 100 m (indicative)"),
        "ghi_annual": QCoreApplication.translate("LayerTitles", "Annual GHI (indicative)"),
    }


def layer_display_title(layer) -> str:
    """The title shown for ``layer``: standard layers follow the UI language.

    A standard layer still carrying its default (Chinese) title is shown in
    the current language; a title the user changed is shown as written. A
    sample layer always says so.
    """
    from app.sample.demo import LAYER_TITLES_ZH

    title = layer.title
    if title == LAYER_TITLES_ZH.get(layer.name) or title == layer.name:
        title = standard_layer_titles().get(layer.name, title)
    if getattr(layer, "sample", False) and "示例数据" not in title and "sample data" not in title.lower():
        title = QCoreApplication.translate("LayerTitles", "{title} (sample data)").format(title=title)
    return title
