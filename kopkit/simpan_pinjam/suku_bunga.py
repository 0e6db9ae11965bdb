"""Membaca suku bunga yang ditulis orang ("1,5" % per bulan, "18" % per tahun) secara tepat.

Bunga selalu ditulis dalam **persen**, seperti di brosur: ``"1,5"`` atau ``"1,5%"`` berarti 1,5 %
(dibaca dengan pengurai persen kit, :func:`kopkit.dasar.uang.parse_persen`).
Hasilnya pecahan per bulan yang tepat (``Fraction``), tanpa float: 18 % per tahun = 1,5 % per bulan.

    >>> bunga_per_bulan("1,5")
    Fraction(3, 200)
    >>> bunga_per_bulan("18%", per="tahun")
    Fraction(3, 200)
"""
from __future__ import annotations

__all__ = ["PER", "bunga_per_bulan"]

from decimal import Decimal
from fractions import Fraction

PER = ("bulan", "tahun")
# Persen tertulis di bawah ini hampir pasti salah tulis pecahan (0,015 dimaksud 1,5 %).
_TERKECIL_PERSEN = Fraction(1, 20)


def bunga_per_bulan(bunga, per: str = "bulan") -> Fraction:
    """Suku bunga dalam persen (teks "1,5", "18%", Decimal, int) menjadi pecahan per bulan yang tepat.

    ``per="tahun"`` membagi dengan 12 (bunga nominal). Nol boleh (pinjaman tanpa jasa); negatif,
    di atas 100 % per bulan, atau tertulis sangat kecil (di bawah 0,05, biasanya salah tulis
    0,015 untuk 1,5 %) menjadi galat.

    >>> bunga_per_bulan("1,25")
    Fraction(1, 80)
    """
    from kopkit.dasar.galat import GalatMasukan
    from kopkit.dasar.uang import parse_persen

    if per not in PER:
        raise GalatMasukan(f"Satuan bunga '{per}' tidak dikenal.", saran="Tulis per='bulan' atau per='tahun'.")
    if isinstance(bunga, Fraction):
        persen = bunga
    else:
        persen = Fraction(parse_persen(bunga, kolom="bunga"))
    if persen < 0:
        raise GalatMasukan(f"Bunga {bunga} negatif.", kolom="bunga", saran="Tulis bunga 0 atau lebih, mis. '1,5'.")
    bulanan = persen / 12 if per == "tahun" else persen
    if bulanan > 100:
        raise GalatMasukan(f"Bunga {bunga} % per {per} terlalu besar.", kolom="bunga",
                           saran="Tulis bunga dalam persen, mis. '1,5' untuk 1,5 % per bulan.")
    if 0 < persen < _TERKECIL_PERSEN:
        raise GalatMasukan(f"Bunga {bunga} % per {per} sangat kecil; mungkin yang dimaksud {bunga} × 100 %.",
                           kolom="bunga",
                           saran="Bunga ditulis dalam persen: 1,5 % per bulan ditulis '1,5', bukan 0,015.")
    return bulanan / 100


def _pecahan_dari_desimal(nilai) -> Fraction:
    """Pecahan (mis. 0.015 dari kolom dataset ``bunga_per_bulan``) menjadi Fraction tepat seperti tertulis."""
    import math

    from kopkit.dasar.galat import GalatMasukan

    if isinstance(nilai, float) or type(nilai).__name__.startswith("float"):
        if not math.isfinite(float(nilai)):
            raise GalatMasukan("Ada bunga yang kosong.", kolom="bunga_per_bulan", saran="Isi bunga setiap pinjaman.")
        return Fraction(Decimal(str(float(nilai))))
    return Fraction(nilai)
