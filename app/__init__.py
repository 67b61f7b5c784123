"""LYG Siting: renewable-energy siting for Lianyungang (连云港).

The core (everything outside :mod:`app.ui`) never imports Qt; see DESIGN.md.
"""
__version__ = "0.1.0"
