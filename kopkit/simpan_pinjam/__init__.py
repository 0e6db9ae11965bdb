"""Simpan pinjam: simpanan anggota (saldo per jenis dan per bulan).

    >>> from kopkit import simpan_pinjam
    >>> "saldo_simpanan" in simpan_pinjam.__all__
    True
"""
from kopkit.simpan_pinjam.simpanan import *  # noqa: F401,F403
from kopkit.simpan_pinjam.simpanan import __all__ as _simpanan

__all__ = sorted(_simpanan)
