"""Pasar online: membaca ekspor penjualan, analisis kanal/produk/wilayah, biaya platform dan QRIS
dari tabel tarif bertanggal, kelas usaha, harga minimum, titik impas, skenario berjualan daring,
pajak penghasilan dan dampaknya pada SHU, kesiapan digital. Simulator harganya ada di :mod:`kopkit.pasar.widget`.

    >>> from kopkit import pasar
    >>> pasar.biaya_persen(9_000, "7,5")
    675
"""
from kopkit.pasar.analisis import *  # noqa: F401,F403
from kopkit.pasar.analisis import __all__ as _analisis
from kopkit.pasar.biaya import *  # noqa: F401,F403
from kopkit.pasar.biaya import __all__ as _biaya
from kopkit.pasar.pajak import *  # noqa: F401,F403
from kopkit.pasar.pajak import __all__ as _pajak

__all__ = sorted(set(_analisis) | set(_biaya) | set(_pajak))
