"""Fixture uji bersama untuk tests/ (pengaturan lingkungan ada di conftest.py akar repo)."""
