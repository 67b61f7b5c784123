"""The open project and where it lives: the GeoPackage file, the shared
PostGIS store, autosave and crash recovery, and the one atomic writer.

Qt-free (DESIGN.md rule 1). :class:`Project` is the entry point.
"""
from app.project.project import (  # noqa: F401  (the package's public names)
    AUDIT_LOG_COLUMNS,
    FORMAT_VERSION,
    META_TABLE,
    SAVING_SUFFIX,
    STANDARD_LAYERS,
    STANDARD_TABLES,
    Project,
    read_project_file,
    remove_stale_save_files,
    write_project_atomically,
    write_project_file,
)
