"""The core's infrastructure: errors, events, undo, long-running tasks,
model assumptions and the vocabulary. Qt-free (DESIGN.md rule 1).
"""
