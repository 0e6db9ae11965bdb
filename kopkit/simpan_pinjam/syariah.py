"""Produk syariah koperasi (KSPPS/BMT): murabahah dan mudharabah.

**Murabahah** (jual beli, fatwa DSN-MUI 04/2000): koperasi membeli barang dan menjualnya kepada
anggota seharga harga beli + margin yang disepakati di awal; harga jual tidak berubah sampai lunas.
Keuntungan (margin) diakui per bulan menurut fatwa DSN-MUI 84/2012 dengan salah satu cara:

* ``"proporsional"`` — margin diakui sebanding dengan angsuran yang diterima (sama setiap bulan);
* ``"anuitas"`` — margin diakui besar di awal dan mengecil, mengikuti sisa pokok pembiayaan
  (seperti bagian bunga pada anuitas). Total margin sama; angsuran anggota sama.

**Mudharabah** (fatwa DSN-MUI 07/2000): pemilik dana dan pengelola membagi *hasil usaha yang
benar-benar diperoleh* menurut **nisbah** (perbandingan bagi hasil, mis. 60 : 40) yang disepakati
di awal. Bagian setiap penyimpan = saldo rata-ratanya / jumlah saldo rata-rata × pendapatan yang
dibagihasilkan × nisbah penyimpan.

**Mengapa persen tetap dari angsuran (atau dari pokok) bukan bagi hasil.** Bagi hasil adalah bagian
dari hasil yang baru diketahui sesudah usaha berjalan: bila hasilnya kecil, bagiannya kecil; bila rugi
(tanpa kelalaian pengelola), pemilik dana menanggung ruginya. Yang disepakati di awal hanya
*nisbah* (perbandingan), bukan jumlah rupiah. Persen tetap dari angsuran atau pokok sudah pasti
besarnya sebelum usaha berjalan, apa pun hasilnya — secara hitungan sama dengan bunga, walau diberi
nama lain. Kopkit hanya menjelaskan perbedaan hitungannya; penilaian hukumnya urusan dewan
pengawas syariah dan para ahli.

    >>> j = jadwal_murabahah(90_000_000, 18_000_000, 24)
    >>> j.loc[0, ["angsuran", "pokok", "margin"]].tolist()
    [4500000, 3750000, 750000]
"""
from __future__ import annotations

__all__ = ["PENGAKUAN", "bagi_hasil_mudharabah", "bagi_hasil_pembiayaan", "jadwal_murabahah"]

import numpy as np

PENGAKUAN = ("proporsional", "anuitas")


def _galat(pesan, saran):
    from kopkit.dasar.galat import GalatMasukan

    return GalatMasukan(pesan, saran=saran)


def jadwal_murabahah(pembiayaan: int, margin: int, tenor_bulan: int, *, pengakuan: str = "proporsional"):
    """Jadwal angsuran murabahah: ``pembiayaan`` (harga beli − uang muka) + ``margin`` (rupiah) dibayar
    dalam ``tenor_bulan`` angsuran yang sama (selisih rupiah di angsuran pertama). Kolom: angsuran_ke,
    angsuran, pokok, margin, sisa_pokok, sisa_piutang. Jumlah pokok = pembiayaan dan jumlah margin =
    margin, tepat.

    >>> j = jadwal_murabahah(10_000_000, 1_200_000, 12, pengakuan="anuitas")
    >>> int(j["margin"].sum()), int(j["pokok"].sum()), bool(j["margin"].iat[0] > j["margin"].iat[-1])
    (1200000, 10000000, True)
    """
    import numpy_financial as npf
    import pandas as pd

    from kopkit.dasar.pembagian import bagi_proporsional
    from kopkit.dasar.uang import parse_rupiah

    P, M = parse_rupiah(pembiayaan), parse_rupiah(margin)
    if P <= 0 or M < 0:
        raise _galat("Pembiayaan harus positif dan margin tidak negatif.", "Mis. jadwal_murabahah(90_000_000, 18_000_000, 24).")
    if M > P:
        raise _galat("Margin lebih besar dari pembiayaan (harga beli − uang muka).",
                     "Periksa angkanya: margin ditulis dalam rupiah, mis. 18.000.000 untuk pembiayaan 90.000.000.")
    if isinstance(tenor_bulan, bool) or not isinstance(tenor_bulan, (int, np.integer)) or tenor_bulan < 1:
        raise _galat(f"Tenor {tenor_bulan!r} tidak sah.", "Tulis banyaknya bulan, mis. 24.")
    if pengakuan not in PENGAKUAN:
        raise _galat(f"Cara pengakuan '{pengakuan}' tidak dikenal.", "Pilih 'proporsional' atau 'anuitas' (fatwa DSN-MUI 84/2012).")
    n = int(tenor_bulan)
    angsuran = bagi_proporsional(P + M, pd.Series(np.ones(n, np.int64))).to_numpy(np.int64)
    if pengakuan == "proporsional":
        bagian_margin = bagi_proporsional(M, pd.Series(angsuran)).to_numpy(np.int64)
        bagian_pokok = angsuran - bagian_margin
    else:
        # Margin bulan k sebanding dengan "bunga anuitas" bulan itu: IRR × sisa pokok (hitungan tanpa
        # pembulatan), lalu dibagi tepat dengan sisa terbesar sehingga jumlahnya = margin.
        i = float(npf.irr(np.concatenate([[-P], angsuran]).astype(np.float64))) if M > 0 else 0.0
        saldo, bobot = float(P), np.empty(n)
        for k in range(n):
            bobot[k] = max(saldo * i, 0.0)
            saldo = saldo * (1 + i) - float(angsuran[k])
        bagian_margin = (bagi_proporsional(M, pd.Series(bobot)).to_numpy(np.int64) if M > 0
                         else np.zeros(n, np.int64))
        bagian_pokok = angsuran - bagian_margin
    sisa_pokok = P - np.cumsum(bagian_pokok)
    return pd.DataFrame({"angsuran_ke": np.arange(1, n + 1), "angsuran": angsuran, "pokok": bagian_pokok,
                         "margin": bagian_margin, "sisa_pokok": sisa_pokok,
                         "sisa_piutang": P + M - np.cumsum(angsuran)})


def _nisbah(nisbah):
    from fractions import Fraction

    from kopkit.dasar.uang import parse_angka

    teks = nisbah.strip().rstrip("%") if isinstance(nisbah, str) else nisbah
    f = Fraction(parse_angka(teks, kolom="nisbah")) / 100
    if not 0 <= f <= 1:
        raise _galat(f"Nisbah {nisbah} harus antara 0 dan 100 persen.", "Tulis bagian penyimpan, mis. '60' untuk 60 : 40.")
    return f


def bagi_hasil_mudharabah(saldo_rata_rata, pendapatan: int, nisbah_penyimpan) -> "pd.Series":  # noqa: F821
    """Bagi hasil untuk setiap penyimpan mudharabah. ``saldo_rata_rata``: Series per penyimpan;
    ``pendapatan``: pendapatan yang dibagihasilkan (rupiah); ``nisbah_penyimpan``: persen bagian
    penyimpan ("60" untuk 60 : 40). Bagian semua penyimpan = ⌊pendapatan × nisbah⌋, dibagi menurut
    saldo dengan sisa terbesar — jumlahnya tepat sama dengan bagian itu.

    >>> import pandas as pd
    >>> bagi_hasil_mudharabah(pd.Series({"A": 3_000_000, "B": 1_000_000}), 100_000, "60").tolist()
    [45000, 15000]
    """
    from kopkit.dasar.pembagian import bagi_proporsional
    from kopkit.dasar.uang import parse_rupiah

    f = _nisbah(nisbah_penyimpan)
    hasil = parse_rupiah(pendapatan)
    if hasil < 0:
        raise _galat("Pendapatan yang dibagihasilkan negatif: itu kerugian, bukan bagi hasil.",
                     "Kerugian mudharabah ditanggung pemilik dana menurut porsi modal, bukan lewat nisbah.")
    kolam = hasil * f.numerator // f.denominator
    return bagi_proporsional(kolam, saldo_rata_rata).rename("bagi_hasil")


def bagi_hasil_pembiayaan(pendapatan_usaha: int, nisbah_koperasi) -> dict:
    """Pembiayaan mudharabah: bagian koperasi dan anggota pengelola dari hasil usaha yang benar-benar
    diperoleh bulan itu (bagian koperasi dibulatkan ke bawah; jumlah keduanya tepat = hasil).

    >>> bagi_hasil_pembiayaan(2_000_000, "30")
    {'koperasi': 600000, 'pengelola': 1400000}
    """
    from kopkit.dasar.uang import parse_rupiah

    f = _nisbah(nisbah_koperasi)
    hasil = parse_rupiah(pendapatan_usaha)
    if hasil < 0:
        raise _galat("Hasil usaha negatif: tidak ada yang dibagi.", "Kerugian ditanggung pemilik modal (koperasi), "
                     "kecuali karena kelalaian pengelola.")
    koperasi = hasil * f.numerator // f.denominator
    return {"koperasi": koperasi, "pengelola": hasil - koperasi}
