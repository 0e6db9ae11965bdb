"""Satu pemuat untuk semua tabel aturan kopkit: bertanggal, bersumber, diperiksa skemanya.

Tabel aturan adalah data, bukan kode: tarif platform, penggolongan arus kas, contoh pembagian SHU,
daftar kesiapan digital, tabel kolektibilitas, skor kesehatan, kriteria lomba. Setiap tabel adalah
dua berkas di folder ``aturan/`` milik domainnya (mis. ``kopkit/pasar/aturan/``):

* ``<nama>.csv`` (UTF-8) — satu aturan per baris;
* ``<nama>.json`` — deskriptor bergaya *Frictionless Table Schema*, bentuknya sama dengan
  deskriptor dataset (lihat :mod:`kopkit.dasar.data`), diperiksa oleh kode skema yang sama.

Setiap tabel wajib punya kolom ``berlaku`` (tanggal mulai berlaku), ``berlaku_sampai`` (tanggal
terakhir berlaku; kosong = masih berlaku) dan ``sumber`` (peraturan atau terbitan yang menjadi
dasarnya, dengan tanda keyakinan R/E/P/? seperti di ``SUMBER.md``). Nama tabel unik di seluruh kit.

Contoh:
    >>> from kopkit.dasar.aturan import muat_aturan
    >>> qris = muat_aturan("tarif_platform", pada="01/12/2026")
    >>> qris.loc[(qris["platform"] == "qris") & (qris["kategori"] == "usaha_kecil"), "nilai"].tolist()
    [0.7]
"""
from __future__ import annotations

import datetime as _dt
import difflib
import json
from functools import lru_cache
from importlib import resources

from kopkit.dasar.galat import GalatAturan, Masalah

__all__ = ["daftar_aturan", "skema_aturan", "muat_aturan", "periksa_aturan_tabel", "KOLOM_WAJIB_ATURAN"]

#: Kolom yang wajib ada di setiap tabel aturan, dengan tipenya.
KOLOM_WAJIB_ATURAN = {"berlaku": "date", "berlaku_sampai": "date", "sumber": "string"}


def _folder_aturan():
    """Semua folder ``kopkit/<domain>/aturan/`` dalam paket terpasang."""
    akar = resources.files("kopkit")
    for paket in sorted(akar.iterdir(), key=lambda p: p.name):
        folder = paket / "aturan"
        if paket.is_dir() and folder.is_dir():
            yield paket.name, folder


@lru_cache(maxsize=None)
def _semua() -> dict[str, tuple[str, dict]]:
    hasil: dict[str, tuple[str, dict]] = {}
    for domain, folder in _folder_aturan():
        for berkas in sorted(folder.iterdir(), key=lambda p: p.name):
            if not berkas.name.endswith(".json"):
                continue
            deskriptor = json.loads(berkas.read_text(encoding="utf-8"))
            nama = deskriptor.get("name")
            if nama in hasil:
                raise GalatAturan(f"Nama tabel aturan '{nama}' dipakai dua kali ({hasil[nama][0]} dan {domain}).",
                                  berkas=berkas.name, saran="Beri setiap tabel aturan nama yang unik.")
            hasil[nama] = (domain, deskriptor)
    return hasil


def _periksa_deskriptor(nama: str, domain: str, d: dict) -> None:
    """Deskriptor harus lengkap dan memuat kolom wajib dengan tipe yang benar."""
    kurang = [k for k in ("name", "path", "title", "description", "sumber", "schema") if not d.get(k)]
    fields = {f.get("name"): f.get("type") for f in d.get("schema", {}).get("fields", [])}
    salah = [k for k, tipe in KOLOM_WAJIB_ATURAN.items() if fields.get(k) != tipe]
    if kurang or salah:
        raise GalatAturan(
            f"Deskriptor tabel aturan '{nama}' tidak lengkap: " +
            "; ".join(([f"kurang {', '.join(kurang)}"] if kurang else []) +
                      ([f"kolom {', '.join(salah)} harus ada dengan tipe "
                        f"{', '.join(KOLOM_WAJIB_ATURAN[k] for k in salah)}"] if salah else [])) + ".",
            berkas=f"kopkit/{domain}/aturan/{nama}.json",
            saran="Lengkapi deskriptor seperti tabel aturan lain di folder yang sama.")


def daftar_aturan():
    """Tabel semua tabel aturan: nama, domain, judul, sumber umum, nama berkas.

    >>> "arus_kas" in daftar_aturan()["nama"].tolist()
    True
    """
    import pandas as pd

    baris = [{"nama": n, "domain": dom, "judul": d.get("title", ""), "sumber": d.get("sumber", ""),
              "berkas": f"kopkit/{dom}/aturan/{d['path']}"} for n, (dom, d) in _semua().items()]
    return pd.DataFrame(baris, columns=["nama", "domain", "judul", "sumber", "berkas"])


def skema_aturan(nama: str) -> dict:
    """Deskriptor mentah sebuah tabel aturan.

    >>> skema_aturan("arus_kas")["schema"]["primaryKey"]
    ['peran', 'berlaku']
    """
    semua = _semua()
    if nama not in semua:
        mirip = difflib.get_close_matches(str(nama), list(semua), n=3)
        raise GalatAturan(f"Tabel aturan '{nama}' tidak ada di kopkit.",
                          saran=(f"Mungkin maksud Anda: {', '.join(mirip)}. " if mirip else "") +
                          "Lihat semua nama dengan kopkit.dasar.aturan.daftar_aturan().")
    domain, d = semua[nama]
    _periksa_deskriptor(nama, domain, d)
    return d


def _mentah(nama: str):
    import pandas as pd

    domain, d = _semua()[nama]
    berkas = resources.files("kopkit") / domain / "aturan" / d["path"]
    with berkas.open("r", encoding="utf-8", newline="") as f:
        return pd.read_csv(f, dtype=str, keep_default_na=False, na_values=[""])


def periksa_aturan_tabel(nama: str) -> list[Masalah]:
    """Semua masalah sebuah tabel aturan bawaan: skema (tipe, batasan, kunci) dan tanggal
    (``berlaku_sampai`` tidak sebelum ``berlaku``). Tabel yang sah mengembalikan daftar kosong.

    >>> periksa_aturan_tabel("arus_kas")
    []
    """
    from kopkit.dasar.data import periksa_tabel

    d = skema_aturan(nama)
    mentah = _mentah(nama)
    berkas = f"kopkit/{_semua()[nama][0]}/aturan/{d['path']}"
    masalah = periksa_tabel(mentah, d, berkas=berkas)
    if not masalah:
        for posisi, (mulai, sampai) in enumerate(zip(mentah["berlaku"], mentah["berlaku_sampai"])):
            if isinstance(sampai, str) and sampai < mulai:
                masalah.append(Masalah(f"berlaku_sampai {sampai} lebih awal dari berlaku {mulai}.",
                                       berkas=berkas, baris=posisi + 2, kolom="berlaku_sampai",
                                       saran="Tanggal terakhir berlaku harus sama dengan atau sesudah tanggal mulai."))
    return masalah


@lru_cache(maxsize=None)
def _bertipe(nama: str):
    from kopkit.dasar.data import terapkan_skema

    masalah = periksa_aturan_tabel(nama)
    if masalah:
        m = masalah[0]
        raise GalatAturan(f"Tabel aturan '{nama}' tidak sah: {m.pesan}", berkas=m.berkas, baris=m.baris,
                          kolom=m.kolom, saran=m.saran)
    return terapkan_skema(_mentah(nama), skema_aturan(nama))


def _ke_tanggal(pada) -> _dt.date:
    if isinstance(pada, _dt.datetime):
        return pada.date()
    if isinstance(pada, _dt.date):
        return pada
    if hasattr(pada, "to_pydatetime"):  # pandas Timestamp
        return pada.to_pydatetime().date()
    from kopkit.dasar.uang import parse_tanggal

    return parse_tanggal(pada)


def muat_aturan(nama: str, pada=None):
    """Baris tabel aturan ``nama`` yang berlaku pada tanggal ``pada`` (semua baris bila ``None``),
    sebagai tabel bertipe (tanggal, angka, pilihan) — selalu salinan baru.

    ``pada`` boleh tanggal, atau teks bergaya Indonesia (``"01/12/2026"``, ``"1 Desember 2026"``).
    Bila tidak ada baris yang berlaku pada tanggal itu, naik :class:`GalatAturan` yang menyebut
    rentang tanggal yang dicakup tabel — tidak pernah tabel kosong diam-diam.

    >>> len(muat_aturan("arus_kas", pada="31/12/2025")) > 0
    True
    """
    import pandas as pd

    tabel = _bertipe(nama)
    if pada is None:
        return tabel.copy()
    tanggal = pd.Timestamp(_ke_tanggal(pada))
    sampai = tabel["berlaku_sampai"]
    pilih = (tabel["berlaku"] <= tanggal) & (sampai.isna() | (sampai >= tanggal))
    if not pilih.any():
        awal = tabel["berlaku"].min()
        from kopkit.dasar.uang import format_tanggal

        raise GalatAturan(
            f"Tidak ada baris tabel aturan '{nama}' yang berlaku pada {format_tanggal(tanggal)}; "
            f"tabel ini berlaku mulai {format_tanggal(awal)}.",
            saran="Pilih tanggal yang dicakup tabel, atau tambahkan baris aturan untuk tanggal itu "
                  "beserta sumbernya.")
    return tabel.loc[pilih].reset_index(drop=True)
