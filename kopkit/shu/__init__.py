"""SHU: aturan pembagian (AD/ART), alokasi ke pos, pembagian per anggota tepat sampai rupiah,
jurnal keputusan RAT, rencana dana sosial, dan Daftar Pembagian SHU ke Excel.
Simulatornya ada di :mod:`kopkit.shu.widget`.

    >>> from kopkit import shu
    >>> int(shu.alokasi_shu(1_000_000)["jumlah"].sum())
    1000000
"""
from kopkit.shu.inti import *  # noqa: F401,F403
from kopkit.shu.inti import __all__ as _inti

__all__ = sorted(_inti)
