"""Simpan pinjam koperasi (konvensional dan syariah): jadwal angsuran, biaya sebenarnya, kualitas
pinjaman, BMPP, bunga simpanan, murabahah dan mudharabah.

Setiap modul satu tugas: ``jadwal`` (flat/efektif/anuitas), ``biaya_sebenarnya`` (bunga efektif,
batas bunga), ``kualitas`` (kolektibilitas, PPAP, NPL), ``bmpp``, ``bunga_simpanan``, ``syariah``.
Angka aturan (batas bunga, kelas dan PPAP, BMPP) ada di ``kopkit/simpan_pinjam/aturan/``.

    >>> from kopkit.simpan_pinjam import jadwal_angsuran
    >>> int(jadwal_angsuran(1_000_000, 4, "2", metode="efektif")["jasa"].sum())
    50000
"""
from .biaya_sebenarnya import (CARA_UKUR, arus_kas_peminjam, batas_bunga, bunga_efektif, cek_batas_pinjaman,
                               flat_ke_efektif)
from .bmpp import batas_bmpp, cek_bmpp
from .bunga_simpanan import METODE_SIMPANAN, bunga_berjangka, bunga_simpanan, cek_batas_simpanan, saldo_harian
from .jadwal import METODE, PEMBULATAN, jadwal_angsuran, jadwal_banyak
from .kualitas import (SKEMA, aturan_kolektibilitas, daftar_tagih, jurnal_ppap, kelas_dari_hari, kualitas_pinjaman,
                       rasio_npl, rekap_kolektibilitas)
from .suku_bunga import bunga_per_bulan
from .syariah import PENGAKUAN, bagi_hasil_mudharabah, bagi_hasil_pembiayaan, jadwal_murabahah

__all__ = [
    "CARA_UKUR", "METODE", "METODE_SIMPANAN", "PEMBULATAN", "PENGAKUAN", "SKEMA",
    "arus_kas_peminjam", "aturan_kolektibilitas", "bagi_hasil_mudharabah", "bagi_hasil_pembiayaan",
    "batas_bmpp", "batas_bunga", "bunga_berjangka", "bunga_efektif", "bunga_per_bulan", "bunga_simpanan",
    "cek_batas_pinjaman", "cek_batas_simpanan", "cek_bmpp", "daftar_tagih", "flat_ke_efektif",
    "jadwal_angsuran", "jadwal_banyak", "jadwal_murabahah", "jurnal_ppap", "kelas_dari_hari",
    "kualitas_pinjaman", "rasio_npl", "rekap_kolektibilitas", "saldo_harian",
]
