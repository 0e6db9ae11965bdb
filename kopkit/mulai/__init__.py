"""Modul 00 (Mulai): widget pertama kursus, lihat :mod:`kopkit.mulai.widget`."""
__all__: list[str] = []
