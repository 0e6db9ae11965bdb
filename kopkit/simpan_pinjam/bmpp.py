"""Batas maksimum pemberian pinjaman (BMPP): pinjaman kepada satu peminjam paling banyak sekian persen
dari modal sendiri koperasi — lebih ketat untuk orang dalam (pengurus, pengawas, pengelola dan
pihak terafiliasi). Persennya dari tabel aturan ``bmpp`` (Permenkop UKM 8/2023).

    >>> batas_bmpp(2_000_000_000, "2025-12-31")
    {'orang_dalam': 200000000, 'lainnya': 300000000}
"""
from __future__ import annotations

__all__ = ["batas_bmpp", "cek_bmpp"]

from fractions import Fraction


def batas_bmpp(modal_sendiri: int, pada) -> dict:
    """Batas pinjaman per peminjam (rupiah, dibulatkan ke bawah) untuk setiap golongan pada ``pada``."""
    from kopkit.dasar.galat import GalatMasukan
    from kopkit.dasar.uang import parse_rupiah
    from kopkit.simpan_pinjam._aturan import _muat_aturan

    modal = parse_rupiah(modal_sendiri)
    if modal <= 0:
        raise GalatMasukan(f"Modal sendiri {modal_sendiri} tidak positif; BMPP tidak dapat dihitung.",
                           saran="Modal sendiri = jumlah ekuitas di neraca (akun 3xx).")
    t = _muat_aturan("bmpp", pada)
    hasil = {}
    for golongan, persen in zip(t["golongan"], t["batas_persen_modal_sendiri"]):
        f = Fraction(persen) / 100
        hasil[str(golongan)] = modal * f.numerator // f.denominator
    return hasil


def cek_bmpp(pinjaman, modal_sendiri: int, pada, *, orang_dalam=()):
    """Jumlah pinjaman per peminjam dibanding BMPP. Kolom ``sisa_pokok`` dipakai bila ada (mis. hasil
    kualitas_pinjaman), kalau tidak ``pokok``. ``orang_dalam``: daftar id_anggota pengurus, pengawas,
    pengelola dan pihak terafiliasi. Hasil urut dari yang paling besar: id_anggota, golongan,
    pinjaman, batas, melebihi, kelebihan.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"id_anggota": ["A1", "A2", "A2"], "pokok": [250_000_000, 100_000_000, 150_000_000]})
    >>> cek_bmpp(p, 2_000_000_000, "2025-12-31", orang_dalam=["A1"])[["id_anggota", "melebihi", "kelebihan"]].values.tolist()
    [['A1', True, 50000000], ['A2', False, 0]]
    """
    import pandas as pd

    from kopkit.dasar.galat import GalatData

    kolom = "sisa_pokok" if "sisa_pokok" in pinjaman.columns else "pokok"
    if kolom not in pinjaman.columns or "id_anggota" not in pinjaman.columns:
        raise GalatData("Tabel pinjaman perlu kolom id_anggota dan pokok (atau sisa_pokok).",
                        saran="Gunakan dataset 'pinjaman' atau hasil kualitas_pinjaman.")
    batas = batas_bmpp(modal_sendiri, pada)
    per_orang = pinjaman.groupby("id_anggota", observed=True)[kolom].sum().astype("int64")
    dalam = per_orang.index.isin(list(orang_dalam))
    hasil = pd.DataFrame({
        "id_anggota": per_orang.index,
        "golongan": ["orang_dalam" if d else "lainnya" for d in dalam],
        "pinjaman": per_orang.to_numpy(),
    })
    hasil["batas"] = hasil["golongan"].map(batas).astype("int64")
    hasil["melebihi"] = hasil["pinjaman"] > hasil["batas"]
    hasil["kelebihan"] = (hasil["pinjaman"] - hasil["batas"]).clip(lower=0)
    return hasil.sort_values(["kelebihan", "pinjaman", "id_anggota"], ascending=[False, False, True]).reset_index(drop=True)
