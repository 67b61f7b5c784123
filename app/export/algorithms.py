"""The report as an algorithm: ``report`` writes the PDF or Excel report of a project (DESIGN.md rule 5)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.algorithm import PROJECT, QT_TRANSLATE_NOOP, Algorithm, Parameter, register
from app.core.i18n import Message


@dataclass
class ReportResult:
    """The report written: its path, language, whether the project is sample data, its title and weather."""

    path: str
    lang: str
    sample: bool
    title: str = ""
    weather_source: str = ""

    def to_dict(self) -> dict:
        return {"path": self.path, "lang": self.lang, "sample": self.sample, "title": self.title,
                "weather_source": self.weather_source}


@register
class Report(Algorithm):
    """PDF or Excel report of a project.

    Wraps :func:`app.export.report_pdf.write_pdf_report` and :func:`app.export.report_xlsx.write_xlsx_report`.
    """

    name = "report"
    title = QT_TRANSLATE_NOOP("Algorithm", "Report")
    group = "export"
    help = "write a PDF or Excel report of the project"
    parameters = (
        PROJECT,
        Parameter("out", "path", extensions=(".pdf", ".xlsx"),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Report file"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "FILE.pdf or FILE.xlsx")),
        Parameter("lang", "enum", default="zh",
                  choices=(("zh", QT_TRANSLATE_NOOP("Algorithm", "Chinese")),
                           ("en", QT_TRANSLATE_NOOP("Algorithm", "English"))),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Report language"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "report language (default zh)")),
    )

    def process(self, values, feedback):
        project, out, lang = values["project"], Path(values["out"]), values["lang"]
        feedback(None, Message(QT_TRANSLATE_NOOP("Progress", "writing {out_suffix} report to {out}"),
                               out_suffix=out.suffix[1:].upper(), out=out))
        if out.suffix.lower() == ".pdf":
            from app.export.report_pdf import write_pdf_report

            written = write_pdf_report(project, out, lang=lang, progress=lambda message: feedback(None, message))
        else:
            from app.export.report_xlsx import write_xlsx_report

            written = write_xlsx_report(project, out, lang=lang)
        from app.project.weather import weather_source

        return ReportResult(str(written), lang, bool(project.is_sample), project.title, weather_source(project))
