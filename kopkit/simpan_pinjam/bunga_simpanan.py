"""Bunga simpanan sukarela (saldo terendah, saldo rata-rata, saldo harian) dan simpanan berjangka,
dengan pemeriksaan batas bunga simpanan (tabel aturan ``batas_bunga_usp``).

Cara menghitung bunga satu bulan (``r`` = bunga per tahun):

* **saldo terendah** — saldo akhir hari terendah dalam bulan itu × r / 12;
* **saldo rata-rata** — rata-rata saldo akhir hari × r / 12;
* **saldo harian** — jumlah (saldo akhir hari × r / hari_setahun) setiap hari.

Semua dibulatkan **ke bawah** ke rupiah per anggota (koperasi tidak membayar pecahan rupiah).
Masukan berbentuk dataset ``simpanan`` (tanggal, id_anggota, jenis, setor, tarik).
"""
from __future__ import annotations

__all__ = ["METODE_SIMPANAN", "bunga_berjangka", "bunga_simpanan", "cek_batas_simpanan", "saldo_harian"]

from decimal import Decimal

import numpy as np

from kopkit.simpan_pinjam.suku_bunga import bunga_per_bulan

METODE_SIMPANAN = ("saldo_terendah", "saldo_rata_rata", "saldo_harian")


def saldo_harian(simpanan, bulan, *, jenis: str = "sukarela"):
    """Saldo akhir setiap hari dalam ``bulan`` ("2025-03") per anggota (baris) dan tanggal (kolom), rupiah bulat.
    Bulan di luar catatan simpanan menjadi galat."""
    import pandas as pd

    from kopkit.dasar.galat import GalatData, GalatMasukan

    try:
        periode = pd.Period(str(bulan), freq="M")
    except (ValueError, TypeError):
        raise GalatMasukan(f"Bulan '{bulan}' tidak dapat dibaca.", saran="Tulis seperti '2025-03'.") from None
    s = simpanan[simpanan["jenis"].astype(str) == jenis]
    if s.empty:
        raise GalatData(f"Tidak ada catatan simpanan {jenis}.", saran="Periksa kolom jenis.")
    tgl = s["tanggal"].to_numpy("datetime64[D]")
    awal = np.datetime64(periode.start_time.date(), "D")
    akhir = np.datetime64(periode.end_time.date(), "D")
    awal_data = tgl.min().astype("datetime64[M]").astype("datetime64[D]")
    akhir_data = (tgl.max().astype("datetime64[M]") + np.timedelta64(1, "M")).astype("datetime64[D]") - np.timedelta64(1, "D")
    if awal < awal_data or akhir > akhir_data:
        raise GalatData(f"Catatan simpanan tidak mencakup bulan {bulan}.",
                        saran="Pilih bulan di dalam periode catatan simpanan.")
    neto = s["setor"].to_numpy(np.int64) - s["tarik"].to_numpy(np.int64)
    anggota, kode = np.unique(s["id_anggota"].to_numpy().astype(str), return_inverse=True)
    hari = int((akhir - awal).astype(int)) + 1
    sebelum = tgl < awal
    buka = np.bincount(kode[sebelum], weights=neto[sebelum], minlength=len(anggota)).astype(np.int64)
    dalam = (tgl >= awal) & (tgl <= akhir)
    mutasi = np.zeros((len(anggota), hari), np.int64)
    np.add.at(mutasi, (kode[dalam], (tgl[dalam] - awal).astype(np.int64)), neto[dalam])
    saldo = buka[:, None] + np.cumsum(mutasi, axis=1)
    kolom = pd.date_range(periode.start_time, periode.end_time.normalize(), freq="D")
    return pd.DataFrame(saldo, index=pd.Index(anggota, name="id_anggota"), columns=kolom)


def bunga_simpanan(simpanan, bulan, bunga, *, metode: str, per: str = "tahun", jenis: str = "sukarela",
                   hari_setahun: int = 365):
    """Bunga simpanan satu bulan per anggota (Series rupiah bulat, dibulatkan ke bawah).

    >>> import pandas as pd
    >>> s = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-01", "2025-01-16"]), "id_anggota": ["A1", "A1"],
    ...                   "jenis": ["sukarela", "sukarela"], "setor": [1_000_000, 1_000_000], "tarik": [0, 0]})
    >>> [int(bunga_simpanan(s, "2025-01", "6", metode=m)["A1"]) for m in METODE_SIMPANAN]
    [5000, 7580, 7726]
    """
    import pandas as pd

    from kopkit.dasar.galat import GalatMasukan

    if metode not in METODE_SIMPANAN:
        raise GalatMasukan(f"Metode '{metode}' tidak dikenal.", saran=f"Pilih: {', '.join(METODE_SIMPANAN)}.")
    r_bulan = bunga_per_bulan(bunga, per)
    saldo = saldo_harian(simpanan, bulan, jenis=jenis)
    nilai = np.clip(saldo.to_numpy(), 0, None)
    hari = nilai.shape[1]
    if metode == "saldo_terendah":
        dasar, f = nilai.min(axis=1), r_bulan
    elif metode == "saldo_rata_rata":
        dasar, f = nilai.sum(axis=1), r_bulan / hari
    else:
        dasar, f = nilai.sum(axis=1), r_bulan * 12 / hari_setahun
    hasil = dasar.astype(object) * f.numerator // f.denominator
    return pd.Series(hasil.astype(np.int64), index=saldo.index, name="bunga")


def bunga_berjangka(nominal: int, bunga, tenor_bulan: int, *, per: str = "tahun"):
    """Bunga simpanan berjangka dibayar setiap bulan: nominal × r / 12, dibulatkan ke bawah; satu baris
    per bulan (bulan_ke, bunga) dan nominal kembali di bulan terakhir.

    >>> bunga_berjangka(10_000_000, "6", 3)["bunga"].tolist()
    [50000, 50000, 50000]
    """
    import pandas as pd

    from kopkit.dasar.galat import GalatMasukan
    from kopkit.dasar.uang import parse_rupiah

    pokok = parse_rupiah(nominal)
    if pokok <= 0 or isinstance(tenor_bulan, bool) or not isinstance(tenor_bulan, int) or tenor_bulan < 1:
        raise GalatMasukan("Nominal dan tenor simpanan berjangka harus positif.",
                           saran="Mis. bunga_berjangka(10_000_000, '6', 12).")
    r = bunga_per_bulan(bunga, per)
    per_bulan = pokok * r.numerator // r.denominator
    return pd.DataFrame({"bulan_ke": np.arange(1, tenor_bulan + 1), "bunga": np.full(tenor_bulan, per_bulan, np.int64),
                         "pokok_kembali": np.where(np.arange(1, tenor_bulan + 1) == tenor_bulan, pokok, 0)})


def cek_batas_simpanan(bunga, pada, *, per: str = "tahun") -> dict:
    """Bandingkan bunga simpanan (persen per ``per``) dengan batas per tahun yang berlaku pada ``pada``.

    >>> cek_batas_simpanan("10", "2025-12-31")["melewati"]
    True
    """
    from kopkit.simpan_pinjam.biaya_sebenarnya import batas_bunga

    r = bunga_per_bulan(bunga, per) * 1200
    nilai = Decimal(r.numerator) / Decimal(r.denominator)
    batas = batas_bunga("simpanan", pada)
    return {"batas_persen": batas, "bunga_persen": nilai, "melewati": nilai > batas}
