"""Simpanan anggota: saldo per anggota dan per bulan dari catatan setor/tarik.

Tabel masukan berbentuk dataset ``simpanan``: tanggal, id_anggota, jenis (pokok/wajib/sukarela),
setor, tarik — semuanya rupiah bulat.

    >>> import pandas as pd
    >>> catatan = pd.DataFrame({
    ...     "tanggal": pd.to_datetime(["2025-01-05", "2025-02-05", "2025-02-20"]),
    ...     "id_anggota": ["A0001", "A0001", "A0001"], "jenis": ["wajib", "wajib", "sukarela"],
    ...     "setor": [25_000, 25_000, 100_000], "tarik": [0, 0, 40_000]})
    >>> saldo_simpanan(catatan).loc["A0001"].tolist()
    [0, 50000, 60000, 110000]
    >>> saldo_sampai_bulan(catatan, 1, jenis="wajib", tahun=2025)
    25000
"""
from __future__ import annotations

__all__ = ["JENIS_SIMPANAN", "saldo_simpanan", "saldo_bulanan", "saldo_sampai_bulan"]

JENIS_SIMPANAN = ["pokok", "wajib", "sukarela"]


def _periksa_kolom(simpanan) -> None:
    from kopkit.dasar.galat import GalatData

    kurang = [k for k in ("tanggal", "id_anggota", "jenis", "setor", "tarik") if k not in simpanan.columns]
    if kurang:
        raise GalatData(f"Tabel simpanan tidak punya kolom {', '.join(kurang)}.",
                        saran="Gunakan bentuk dataset 'simpanan' (lihat kopkit.data.kamus_data('simpanan')).")


def _periksa_tahun_ada(simpanan, tahun: int) -> None:
    """Tahun yang tidak ada di catatan simpanan adalah galat, bukan saldo nol atau saldo lama."""
    import pandas as pd

    from kopkit.dasar.galat import GalatData

    tahun_ada = sorted({int(t) for t in pd.DatetimeIndex(simpanan["tanggal"]).year.dropna().unique()})
    if int(tahun) not in tahun_ada:
        raise GalatData(f"Catatan simpanan tidak berisi tahun {tahun}. Tahun yang ada: "
                        f"{', '.join(map(str, tahun_ada)) or 'tidak ada'}.",
                        saran="Pilih tahun yang ada di catatan simpanan.")


def saldo_simpanan(simpanan, sampai=None):
    """Saldo tiap anggota per jenis simpanan (pokok, wajib, sukarela, total), s.d. tanggal ``sampai``
    (termasuk; bawaan: semua catatan). Hasil berindeks id_anggota, rupiah bulat (int64)."""
    import pandas as pd

    _periksa_kolom(simpanan)
    if sampai is not None:
        simpanan = simpanan[simpanan["tanggal"] <= pd.Timestamp(sampai)]
    neto = (simpanan["setor"].astype("int64") - simpanan["tarik"].astype("int64")).rename("neto")
    tabel = (pd.concat([simpanan[["id_anggota"]], simpanan["jenis"].astype(str), neto], axis=1)
             .pivot_table(index="id_anggota", columns="jenis", values="neto", aggfunc="sum",
                          fill_value=0, observed=True)
             .reindex(columns=JENIS_SIMPANAN, fill_value=0)
             .astype("int64"))
    tabel["total"] = tabel.sum(axis=1)
    tabel.columns.name = None
    return tabel


def saldo_sampai_bulan(simpanan, bulan: int, jenis: str = "wajib", *, tahun: int) -> int:
    """Jumlah saldo simpanan ``jenis`` semua anggota pada akhir ``bulan`` (1–12) tahun ``tahun``."""
    import pandas as pd

    from kopkit.dasar.galat import GalatMasukan

    if not 1 <= int(bulan) <= 12:
        raise GalatMasukan(f"Bulan {bulan} tidak ada.", saran="Pilih bulan 1 sampai 12.")
    if jenis not in JENIS_SIMPANAN:
        raise GalatMasukan(f"Jenis simpanan '{jenis}' tidak dikenal.",
                           saran=f"Pilih salah satu: {', '.join(JENIS_SIMPANAN)}.")
    akhir_bulan = pd.Timestamp(year=int(tahun), month=int(bulan), day=1) + pd.offsets.MonthEnd(0)
    _periksa_tahun_ada(simpanan, tahun)
    return int(saldo_simpanan(simpanan, sampai=akhir_bulan)[jenis].sum())


def saldo_bulanan(simpanan, *, tahun: int):
    """Saldo akhir bulan semua anggota per jenis simpanan: 12 baris (bulan 1–12), rupiah bulat."""
    import pandas as pd

    baris = [{"bulan": b, **{j: saldo_sampai_bulan(simpanan, b, j, tahun=tahun) for j in JENIS_SIMPANAN}}
             for b in range(1, 13)]
    return pd.DataFrame(baris).set_index("bulan")
