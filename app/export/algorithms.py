"""The report as an algorithm: ``report`` writes the PDF or Excel report of a project (DESIGN.md rule 5)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.algorithm import PROJECT, Algorithm, Parameter, register


@dataclass
class ReportResult:
    """The report written: its path, language and whether the project is sample data."""

    path: str
    lang: str
    sample: bool

    def to_dict(self) -> dict:
        return {"path": self.path, "lang": self.lang, "sample": self.sample}


@register
class Report(Algorithm):
    """PDF (:func:`app.export.report_pdf.write_pdf_report`) or Excel (:func:`app.export.report_xlsx.write_xlsx_report`) report."""

    name = "report"
    title = "Report"
    group = "export"
    help = "write a PDF or Excel report of the project"
    parameters = (
        PROJECT,
        Parameter("out", "path", title="Report file", extensions=(".pdf", ".xlsx"), help="FILE.pdf or FILE.xlsx"),
        Parameter("lang", "enum", title="Report language", default="zh", choices=(("zh", "Chinese"), ("en", "English")),
                  help="report language (default zh)"),
    )

    def process(self, values, feedback):
        project, out, lang = values["project"], Path(values["out"]), values["lang"]
        feedback(None, f"writing {out.suffix[1:].upper()} report to {out}")
        if out.suffix.lower() == ".pdf":
            from app.export.report_pdf import write_pdf_report

            written = write_pdf_report(project, out, lang=lang, progress=lambda message: feedback(None, message))
        else:
            from app.export.report_xlsx import write_xlsx_report

            written = write_xlsx_report(project, out, lang=lang)
        return ReportResult(str(written), lang, bool(project.is_sample))
