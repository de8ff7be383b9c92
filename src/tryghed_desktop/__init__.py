"""Tryghed Desktop: simple risk profiles, action cards and incident registration for residential care."""

__version__ = "0.1.0"
