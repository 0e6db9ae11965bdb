"""Dataset bawaan kopkit: daftar, muat dengan tipe yang benar, deskripsi dan kamus data.

Setiap dataset adalah dua berkas di folder ``datasets/`` (dalam paket terpasang:
``kopkit/datasets/``): ``<nama>.csv`` (UTF-8) dan ``<nama>.json``, deskriptor bergaya
*Frictionless Table Schema*: judul, deskripsi, periode, sumber, dan ``schema`` berisi
``fields`` (name, type, unit, description, constraints), ``primaryKey`` dan ``foreignKeys``.
Tipe yang dipakai: ``string``, ``integer`` (``unit: "rupiah"`` untuk uang), ``number``,
``date`` (``YYYY-MM-DD``), ``datetime`` dan ``boolean``; ``constraints.enum`` menjadi kategori.

Contoh:
    >>> from kopkit import data
    >>> anggota = data.muat("anggota")
    >>> str(anggota["simpanan_pokok"].dtype)
    'int64'
"""
from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from importlib import resources

from kopkit.dasar.galat import GalatData, Masalah

__all__ = ["skema", "daftar_dataset", "deskripsi", "kamus_data", "muat", "baca_csv_mentah", "terapkan_skema", "periksa_tabel", "periksa_dataset"]

_PAKET_DATA = "kopkit.datasets"
_NILAI_BENAR = {"true", "True", "TRUE", "1", "ya", "Ya"}
_NILAI_SALAH = {"false", "False", "FALSE", "0", "tidak", "Tidak"}
_FORMAT_TANGGAL = {"date": "%Y-%m-%d", "datetime": "%Y-%m-%dT%H:%M:%S"}


def _folder():
    return resources.files(_PAKET_DATA)


@lru_cache(maxsize=None)
def _semua_deskriptor() -> dict[str, dict]:
    hasil = {}
    for berkas in sorted(_folder().iterdir(), key=lambda p: p.name):
        if berkas.name.endswith(".json"):
            deskriptor = json.loads(berkas.read_text(encoding="utf-8"))
            hasil[deskriptor["name"]] = deskriptor
    return hasil


def skema(nama: str) -> dict:
    """Deskriptor mentah sebuah dataset (dict bergaya Frictionless).

    >>> skema("anggota")["schema"]["primaryKey"]
    ['id_anggota']
    """
    from kopkit.dasar.argumen import perlu_teks

    perlu_teks(nama, "Nama dataset", saran="Tulis nama satu dataset dalam tanda kutip, mis. data.muat('anggota'); "
                                          "lihat semua nama dengan kopkit.data.daftar_dataset().")
    semua = _semua_deskriptor()
    if nama not in semua:
        mirip = difflib.get_close_matches(str(nama), list(semua), n=3)
        saran = (f"Mungkin maksud Anda: {', '.join(mirip)}. " if mirip else "") + \
            "Lihat semua nama dengan kopkit.data.daftar_dataset()."
        raise GalatData(f"Dataset '{nama}' tidak ada di kopkit.", saran=saran)
    return semua[nama]


def daftar_dataset():
    """Tabel semua dataset bawaan: nama, judul, periode dan nama berkasnya.

    >>> "anggota" in daftar_dataset()["nama"].tolist()
    True
    """
    import pandas as pd

    baris = [
        {"nama": d["name"], "judul": d.get("title", ""), "periode": d.get("periode", ""),
         "berkas": d["path"]}
        for d in _semua_deskriptor().values()
    ]
    return pd.DataFrame(baris, columns=["nama", "judul", "periode", "berkas"])


def deskripsi(nama: str) -> str:
    """Teks penjelasan dataset: judul, isi, periode, sumber angka, dan bahwa datanya fiktif."""
    d = skema(nama)
    bagian = [d.get("title", nama), "", d.get("description", "")]
    if d.get("periode"):
        bagian.append(f"Periode: {d['periode']}")
    if d.get("sumber"):
        bagian.append(f"Sumber angka: {d['sumber']}")
    return "\n".join(bagian).strip()


def kamus_data(nama: str):
    """Kamus data sebagai tabel: kolom, tipe, satuan, keterangan, wajib, unik, batasan lain.

    >>> kamus_data("anggota").set_index("kolom").loc["simpanan_pokok", "satuan"]
    'rupiah'
    """
    import pandas as pd

    baris = []
    for f in skema(nama)["schema"]["fields"]:
        c = dict(f.get("constraints", {}))
        wajib, unik = bool(c.pop("required", False)), bool(c.pop("unique", False))
        baris.append({
            "kolom": f["name"], "tipe": f["type"], "satuan": f.get("unit", ""),
            "keterangan": f.get("description", ""), "wajib": wajib, "unik": unik,
            "batasan": "; ".join(f"{k}={v}" for k, v in c.items()),
        })
    return pd.DataFrame(baris)


def muat(nama: str):
    """Muat dataset bawaan sebagai DataFrame bertipe: tanggal sebagai datetime, uang sebagai
    bilangan bulat rupiah, pilihan tetap sebagai kategori. Selalu salinan baru.

    >>> muat("anggota")["id_anggota"].is_unique
    True
    """
    skema(nama)  # nama yang bukan teks atau tidak dikenal → galat kopkit (sebelum lru_cache melihatnya)
    return _muat_tersimpan(nama).copy()


@lru_cache(maxsize=16)
def _muat_tersimpan(nama: str):
    # Data bawaan sudah diperiksa oleh uji (tests/test_datasets.py); di sini cukup ubah tipe,
    # supaya memuat tetap cepat di laptop lemah.
    return _ubah_tipe(baca_csv_mentah(nama), skema(nama)["schema"]["fields"])


def baca_csv_mentah(nama: str):
    """CSV dataset sebagai teks apa adanya (semua kolom string), untuk diperiksa."""
    import pandas as pd

    d = skema(nama)
    with _folder().joinpath(d["path"]).open("r", encoding="utf-8", newline="") as f:
        return pd.read_csv(f, dtype=str, keep_default_na=False, na_values=[""])


def terapkan_skema(mentah, deskriptor: dict, berkas: str | None = None):
    """Ubah tabel teks menjadi tabel bertipe sesuai skema; galat menyebut baris dan kolom.

    Baris dihitung seperti di Excel/CSV: baris 1 adalah judul kolom, data mulai baris 2.
    """
    masalah = periksa_tabel(mentah, deskriptor, berkas=berkas, batas=1)
    if masalah:
        m = masalah[0]
        raise GalatData(m.pesan, berkas=m.berkas, baris=m.baris, kolom=m.kolom, saran=m.saran)
    return _ubah_tipe(mentah, deskriptor["schema"]["fields"])


def _ubah_tipe(mentah, fields):
    import pandas as pd

    hasil = {}
    for f in fields:
        kolom, tipe = mentah[f["name"]], f["type"]
        wajib = f.get("constraints", {}).get("required", False)
        enum = f.get("constraints", {}).get("enum")
        if tipe == "integer":
            nilai = kolom.astype("Int64")
            hasil[f["name"]] = nilai.astype("int64") if wajib else nilai
        elif tipe == "number":
            hasil[f["name"]] = kolom.astype("float64")
        elif tipe in _FORMAT_TANGGAL:
            hasil[f["name"]] = pd.to_datetime(kolom, format=_FORMAT_TANGGAL[tipe])
        elif tipe == "boolean":
            nilai = kolom.map(lambda s: None if pd.isna(s) else s in _NILAI_BENAR)
            hasil[f["name"]] = nilai.astype("bool" if wajib else "boolean")
        elif enum:
            hasil[f["name"]] = pd.Categorical(kolom, categories=enum)
        else:
            hasil[f["name"]] = kolom.astype("str") if wajib else kolom
    return pd.DataFrame(hasil, index=mentah.index)


def _masalah_nilai(teks: str, f: dict) -> str | None:
    """Pesan bila satu sel teks melanggar tipe/batasan kolomnya, selain itu None."""
    tipe, c = f["type"], f.get("constraints", {})
    angka = None
    if tipe == "integer":
        if not re.fullmatch(r"-?\d+", teks):
            return f"'{teks}' bukan bilangan bulat" + (
                " (rupiah ditulis tanpa titik/koma, mis. 1250000)" if f.get("unit") == "rupiah" else "")
        angka = int(teks)
    elif tipe == "number":
        try:
            angka = float(teks)
        except ValueError:
            return f"'{teks}' bukan angka (gunakan titik desimal, mis. 12.5)"
    elif tipe in _FORMAT_TANGGAL:
        from datetime import datetime

        try:
            datetime.strptime(teks, _FORMAT_TANGGAL[tipe])
        except ValueError:
            return f"'{teks}' bukan tanggal dengan format {_FORMAT_TANGGAL[tipe]}"
    elif tipe == "boolean" and teks not in _NILAI_BENAR | _NILAI_SALAH:
        return f"'{teks}' bukan nilai benar/salah (true/false)"
    if angka is not None:
        if "minimum" in c and angka < c["minimum"]:
            return f"{teks} lebih kecil dari batas minimum {c['minimum']}"
        if "maximum" in c and angka > c["maximum"]:
            return f"{teks} lebih besar dari batas maksimum {c['maximum']}"
    if "enum" in c and teks not in c["enum"]:
        return f"'{teks}' bukan salah satu pilihan: {', '.join(map(str, c['enum']))}"
    if "pattern" in c and not re.fullmatch(c["pattern"], teks):
        return f"'{teks}' tidak sesuai pola {c['pattern']}"
    return None


def periksa_tabel(mentah, deskriptor: dict, berkas: str | None = None,
                  batas: int | None = None) -> list[Masalah]:
    """Periksa tabel teks terhadap skema; kembalikan *semua* masalah (paling banyak ``batas``).

    Memeriksa nama kolom, sel wajib, tipe, batasan (min/max/enum/pola), keunikan dan kunci primer.
    Kunci asing diperiksa oleh :func:`periksa_dataset`, karena perlu tabel lain.
    """
    from kopkit.dasar.argumen import perlu_pasangan, perlu_tabel

    perlu_tabel(mentah, "yang diperiksa")
    perlu_pasangan(deskriptor, "Deskriptor skema", saran="Berikan deskriptor seperti kopkit.data.skema('anggota').")
    if not isinstance(deskriptor.get("schema"), dict) or not isinstance(deskriptor["schema"].get("fields"), list):
        raise GalatData("Deskriptor skema tidak punya schema.fields.",
                        saran="Berikan deskriptor seperti kopkit.data.skema('anggota').")
    masalah: list[Masalah] = []
    fields = deskriptor["schema"]["fields"]

    def tambah(pesan, baris=None, kolom=None, saran=None):
        masalah.append(Masalah(pesan, berkas=berkas, baris=baris, kolom=kolom, saran=saran))
        return batas is not None and len(masalah) >= batas

    diharapkan = [f["name"] for f in fields]
    kurang = [k for k in diharapkan if k not in mentah.columns]
    lebih = [k for k in mentah.columns if k not in diharapkan]
    if kurang or lebih:
        tambah("Kolom tidak sesuai kamus data: " +
               (f"kurang {', '.join(kurang)}" if kurang else "") +
               ("; " if kurang and lebih else "") + (f"tidak dikenal {', '.join(map(str, lebih))}" if lebih else ""),
               baris=1, saran="Samakan judul kolom di baris pertama dengan kamus_data().")
        return masalah
    for f in fields:
        kolom, c = mentah[f["name"]], f.get("constraints", {})
        for posisi, teks in zip(range(len(kolom)), kolom.tolist()):
            baris_berkas = posisi + 2  # baris 1 = judul kolom
            if teks is None or (isinstance(teks, float) and teks != teks):
                if c.get("required") and tambah("Sel wajib diisi tetapi kosong.", baris_berkas, f["name"],
                                                "Isi sel ini atau hapus barisnya."):
                    return masalah
                continue
            pesan = _masalah_nilai(str(teks), f)
            if pesan and tambah(pesan + ".", baris_berkas, f["name"], f.get("description") or None):
                return masalah
        if c.get("unique"):
            ganda = kolom[kolom.notna() & kolom.duplicated()]
            for posisi in ganda.index[: 5]:
                if tambah(f"Nilai '{kolom[posisi]}' muncul lebih dari sekali; kolom ini harus unik.",
                          int(mentah.index.get_loc(posisi)) + 2, f["name"]):
                    return masalah
    kunci = deskriptor["schema"].get("primaryKey")
    if kunci and len(kunci) > 1:
        ganda = mentah.duplicated(subset=kunci)
        for posisi in mentah.index[ganda][:5]:
            if tambah(f"Kombinasi {', '.join(kunci)} muncul lebih dari sekali.",
                      int(mentah.index.get_loc(posisi)) + 2, ", ".join(kunci)):
                return masalah
    return masalah


def periksa_dataset(nama: str) -> list[Masalah]:
    """Periksa CSV bawaan terhadap skemanya, termasuk kunci asing ke dataset lain."""
    d = skema(nama)
    mentah = baca_csv_mentah(nama)
    masalah = periksa_tabel(mentah, d, berkas=d["path"])
    for fk in d["schema"].get("foreignKeys", []):
        acuan = fk["reference"]
        lain = baca_csv_mentah(acuan["resource"]) if acuan["resource"] else mentah
        kunci_ada = set(map(tuple, lain[acuan["fields"]].dropna().astype(str).values.tolist()))
        sub = mentah[fk["fields"]]
        for posisi, nilai in zip(range(len(sub)), map(tuple, sub.astype(str).values.tolist())):
            if sub.iloc[posisi].isna().any():
                continue
            if nilai not in kunci_ada:
                masalah.append(Masalah(
                    f"{', '.join(nilai)} tidak ada di {acuan['resource']}.{', '.join(acuan['fields'])}.",
                    berkas=d["path"], baris=posisi + 2, kolom=", ".join(fk["fields"])))
    return masalah
