"""Pembukuan: jurnal, pemeriksaan, buku besar, neraca saldo, tutup buku, laporan keuangan, impor
dari Excel, tampilan dan ekspor.

    >>> from kopkit import buku, data
    >>> ns = buku.neraca_saldo(data.muat("jurnal_umum"), data.muat("akun"), sampai="2025-12-31")
    >>> int(ns["debit"].sum()) == int(ns["kredit"].sum())
    True
"""
from kopkit.buku.calk import *  # noqa: F401,F403
from kopkit.buku.calk import __all__ as _calk
from kopkit.buku.impor import *  # noqa: F401,F403
from kopkit.buku.impor import __all__ as _impor
from kopkit.buku.jurnal import *  # noqa: F401,F403
from kopkit.buku.jurnal import __all__ as _jurnal
from kopkit.buku.laporan import *  # noqa: F401,F403
from kopkit.buku.laporan import __all__ as _laporan
from kopkit.buku.laporan_koperasi import *  # noqa: F401,F403
from kopkit.buku.laporan_koperasi import __all__ as _laporan_koperasi
from kopkit.buku.pajak import *  # noqa: F401,F403
from kopkit.buku.pajak import __all__ as _pajak
from kopkit.buku.peran import *  # noqa: F401,F403
from kopkit.buku.peran import __all__ as _peran
from kopkit.buku.tampilan import *  # noqa: F401,F403
from kopkit.buku.tampilan import __all__ as _tampilan
from kopkit.buku.validasi import (PEMERIKSAAN_AKUN, PEMERIKSAAN_JURNAL, PEMERIKSAAN_PERAN, PRASYARAT_AKUN,  # noqa: F401
                                  PRASYARAT_JURNAL, KonteksAkun, KonteksJurnal, daftar_pemeriksaan, konteks_akun,
                                  konteks_jurnal)

_validasi = ["PEMERIKSAAN_AKUN", "PEMERIKSAAN_JURNAL", "PEMERIKSAAN_PERAN", "PRASYARAT_AKUN", "PRASYARAT_JURNAL",
             "KonteksAkun", "KonteksJurnal", "daftar_pemeriksaan", "konteks_akun", "konteks_jurnal"]

__all__ = sorted(set(_calk) | set(_jurnal) | set(_laporan) | set(_impor) | set(_laporan_koperasi) | set(_pajak) | set(_peran) | set(_tampilan)
                 | set(_validasi))
