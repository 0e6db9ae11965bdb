"""Pemeriksaan jenis argumen fungsi publik: argumen yang jenisnya salah (daftar padahal yang
diminta tabel, teks padahal yang diminta rupiah) menjadi galat kopkit berbahasa Indonesia, bukan
``TypeError``/``AttributeError`` Python.

    >>> perlu_tabel(["anggota"], "penjualan")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kopkit.dasar.galat.GalatMasukan: Data penjualan harus tabel, bukan daftar ['anggota']. ...
"""
from __future__ import annotations

from collections.abc import Mapping

from kopkit.dasar.galat import GalatData, GalatMasukan

__all__ = ["ambil_opsi", "jenis_nilai", "perlu_tabel", "perlu_teks", "perlu_pasangan"]


def jenis_nilai(nilai) -> str:
    """Nama jenis sebuah nilai dalam kata sehari-hari, dengan contoh isinya (dipendekkan).

    >>> jenis_nilai(["a"]), jenis_nilai("x"), jenis_nilai(3.5), jenis_nilai(None)
    ("daftar ['a']", "teks 'x'", 'angka 3.5', 'kosong (None)')
    """
    import pandas as pd

    if nilai is None:
        return "kosong (None)"
    contoh = repr(nilai)
    contoh = contoh if len(contoh) <= 40 else contoh[:37] + "..."
    if isinstance(nilai, pd.DataFrame):
        return "tabel"
    if isinstance(nilai, pd.Series):
        return "satu kolom tabel (Series)"
    if isinstance(nilai, bool):
        return f"nilai benar/salah {contoh}"
    if isinstance(nilai, str):
        return f"teks {contoh}"
    if isinstance(nilai, (int, float)) or type(nilai).__name__ in ("Decimal", "Fraction"):
        return f"angka {contoh}"
    if isinstance(nilai, (list, tuple, set)):
        return f"daftar {contoh}"
    if isinstance(nilai, Mapping):
        return f"pasangan nama-nilai {contoh}"
    return f"nilai berjenis {type(nilai).__name__}"


def perlu_tabel(nilai, nama: str, *, kolom=(), saran: str | None = None):
    """Pastikan ``nilai`` tabel pandas yang punya ``kolom``; selain itu galat kopkit yang menyebut ``nama``.

    >>> import pandas as pd
    >>> perlu_tabel(pd.DataFrame({"kode": ["101"]}), "akun", kolom=("kode",)).shape
    (1, 1)
    """
    import pandas as pd

    if not isinstance(nilai, pd.DataFrame):
        raise GalatMasukan(f"Data {nama} harus tabel, bukan {jenis_nilai(nilai)}.",
                           saran=saran or f"Berikan tabel {nama} (mis. hasil kopkit.data.muat(...) atau "
                                          "pd.read_excel(...)), bukan nama atau daftar.")
    kurang = [k for k in kolom if k not in nilai.columns]
    if kurang:
        raise GalatData(f"Tabel {nama} tidak punya kolom {', '.join(kurang)}.", kolom=", ".join(kurang),
                        saran=f"Kolom yang diperlukan: {', '.join(kolom)}." + (f" {saran}" if saran else ""))
    return nilai


def perlu_teks(nilai, nama: str, *, saran: str | None = None) -> str:
    """Pastikan ``nilai`` teks (mis. nama dataset, nama kanal).

    >>> perlu_teks("shopee", "Kanal")
    'shopee'
    """
    if not isinstance(nilai, str):
        raise GalatMasukan(f"{nama} harus teks, bukan {jenis_nilai(nilai)}.", saran=saran)
    return nilai


def perlu_pasangan(nilai, nama: str, *, saran: str | None = None) -> Mapping:
    """Pastikan ``nilai`` pasangan nama-nilai (dict), mis. jawaban daftar periksa.

    >>> perlu_pasangan({1: "ya"}, "Jawaban")
    {1: 'ya'}
    """
    if not isinstance(nilai, Mapping):
        raise GalatMasukan(f"{nama} harus pasangan nama-nilai {{nama: nilai}}, bukan {jenis_nilai(nilai)}.",
                           saran=saran)
    return nilai


def ambil_opsi(argumen: list[str], nama: str) -> str | None:
    """Ambil nilai opsi baris perintah ``nama NILAI`` dari ``argumen`` (keduanya dibuang dari daftar);
    ``None`` bila opsi tidak ada. Opsi tanpa nilai: ValueError (perintah menampilkan bantuannya).

    >>> a = ["rekap", "--ekspor", "r.xlsx"]; ambil_opsi(a, "--ekspor"), a
    ('r.xlsx', ['rekap'])
    """
    if nama not in argumen:
        return None
    i = argumen.index(nama)
    if i + 1 >= len(argumen):
        raise ValueError(f"{nama} membutuhkan nilai")
    nilai = argumen[i + 1]
    del argumen[i:i + 2]
    return nilai
