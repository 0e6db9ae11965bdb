"""Simpan pinjam koperasi (konvensional dan syariah): simpanan anggota, jadwal angsuran, biaya
sebenarnya, kualitas pinjaman, BMPP, bunga simpanan, murabahah dan mudharabah.

Setiap modul satu tugas: ``simpanan`` (saldo), ``jadwal`` (flat/efektif/anuitas), ``biaya_sebenarnya``
(bunga efektif, batas bunga), ``kualitas`` (kolektibilitas, PPAP, NPL), ``bmpp``, ``bunga_simpanan``,
``syariah``; simulatornya di ``widget``. Angka aturan (batas bunga, kelas dan PPAP, BMPP) ada di
``kopkit/simpan_pinjam/aturan/``.

    >>> from kopkit import simpan_pinjam
    >>> "saldo_simpanan" in simpan_pinjam.__all__
    True
    >>> int(simpan_pinjam.jadwal_angsuran(1_000_000, 4, "2", metode="efektif")["jasa"].sum())
    50000
"""
from kopkit.simpan_pinjam.biaya_sebenarnya import *  # noqa: F401,F403
from kopkit.simpan_pinjam.biaya_sebenarnya import __all__ as _biaya
from kopkit.simpan_pinjam.bmpp import *  # noqa: F401,F403
from kopkit.simpan_pinjam.bmpp import __all__ as _bmpp
from kopkit.simpan_pinjam.bunga_simpanan import *  # noqa: F401,F403
from kopkit.simpan_pinjam.bunga_simpanan import __all__ as _bunga_simpanan
from kopkit.simpan_pinjam.jadwal import *  # noqa: F401,F403
from kopkit.simpan_pinjam.jadwal import __all__ as _jadwal
from kopkit.simpan_pinjam.kualitas import *  # noqa: F401,F403
from kopkit.simpan_pinjam.kualitas import __all__ as _kualitas
from kopkit.simpan_pinjam.simpanan import *  # noqa: F401,F403
from kopkit.simpan_pinjam.simpanan import __all__ as _simpanan
from kopkit.simpan_pinjam.suku_bunga import *  # noqa: F401,F403
from kopkit.simpan_pinjam.suku_bunga import __all__ as _suku_bunga
from kopkit.simpan_pinjam.syariah import *  # noqa: F401,F403
from kopkit.simpan_pinjam.syariah import __all__ as _syariah

__all__ = sorted(set(_simpanan) | set(_jadwal) | set(_biaya) | set(_kualitas) | set(_bmpp) | set(_bunga_simpanan)
                 | set(_suku_bunga) | set(_syariah))
