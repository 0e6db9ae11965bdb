"""Membaca folder data koperasi (buku kerja templat) menjadi tabel bertipe — tanpa berhenti di
masalah pertama: setiap masalah dicatat dengan berkas, lembar, baris, kolom dan cara memperbaiki.

Semua lembar dibaca lewat satu lapisan baca kit (:func:`kopkit.dasar.baca.baca_tabel`); masalah
sel memakai kode lapisan baca (R0xx, mis. R040 sel tak terbaca, R041 sel wajib kosong), masalah
templat kode T: T001 lembar Petunjuk hilang, T002 versi templat, T003 isian Profil kosong, T004 tahun
buku bukan tahun, T005 isian Profil tak dikenal, T006 baris contoh masih ada, T007 rupiah negatif,
T008 bukan pilihan yang dikenal; buku kerja tahun lalu (:mod:`kopkit.rat.tahun_lalu`): T009 tahunnya
salah, T010 saldonya tak dapat dicocokkan, T011 saldo akhir tahun lalu berbeda dengan Saldo Awal.

    >>> import tempfile
    >>> from kopkit.rat.templat import tulis_templat
    >>> folder = tempfile.mkdtemp(); _ = tulis_templat(folder, tahun=2025)
    >>> data, masalah = baca_folder(folder)
    >>> any(m.pesan.startswith("Baris contoh") for m in masalah)
    True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatBerkas, GalatKopkit, Masalah
from kopkit.rat.templat import LEMBAR, LEMBAR_PILIHAN, PROFIL, VERSI_TEMPLAT, Kolom

__all__ = ["DataRAT", "baca_folder", "baca_berkas", "cari_berkas_data", "cari_berkas_lalu"]

_YA = {"ya": True, "y": True, "true": True, "1": True, "benar": True,
       "tidak": False, "t": False, "false": False, "0": False, "salah": False}


@dataclass
class DataRAT:
    """Isi folder data koperasi yang sudah dibaca: ``profil`` (kunci → nilai) dan ``tabel``
    (nama lembar → tabel bertipe, dengan kolom ``baris_berkas``)."""

    berkas: str
    profil: dict = field(default_factory=dict)
    tabel: dict = field(default_factory=dict)

    @property
    def tahun(self) -> int | None:
        return self.profil.get("tahun_buku")

    @property
    def koperasi(self) -> str:
        return str(self.profil.get("nama_koperasi") or "Koperasi")


def _berkas_data(folder) -> list[Path]:
    folder = Path(folder)
    if folder.is_file():
        raise GalatBerkas(f"'{folder.name}' adalah berkas; yang diminta foldernya.", berkas=folder.name,
                          saran=f"Tulis folder tempat berkas itu berada: '{folder.parent}'.")
    if not folder.is_dir():
        raise GalatBerkas(f"Folder '{folder}' tidak ada.", saran="Periksa nama foldernya, atau buat templat: "
                                                                 "python kit.py templat FOLDER")
    return sorted(p for p in folder.glob("Data Koperasi*.xlsx") if not p.name.startswith("~$"))


def _tahun_nama(p: Path) -> int | None:
    """Tahun dari nama ``Data Koperasi <tahun>.xlsx`` (None bila namanya lain)."""
    akhir = p.stem.removeprefix("Data Koperasi").strip()
    return int(akhir) if akhir.isdigit() and len(akhir) == 4 else None


def cari_berkas_data(folder) -> Path:
    """Buku kerja ``Data Koperasi *.xlsx`` di ``folder``: tepat satu, atau dua untuk dua tahun
    berurutan (tahun ini dan tahun lalu, lihat :mod:`kopkit.rat.tahun_lalu`) — yang dibaca tahun
    yang lebih baru."""
    calon = _berkas_data(folder)
    if not calon:
        raise GalatBerkas(f"Di folder '{folder}' tidak ada berkas 'Data Koperasi <tahun>.xlsx'.",
                          saran="Buat templatnya dulu: python kit.py templat FOLDER")
    if len(calon) == 2:
        t0, t1 = (_tahun_nama(p) for p in calon)
        if t0 is not None and t1 is not None and t1 == t0 + 1:
            return calon[1]
    if len(calon) > 1:
        raise GalatBerkas(f"Di folder '{folder}' ada {len(calon)} berkas data: {', '.join(p.name for p in calon)}.",
                          saran="Satu folder untuk satu tahun buku: pindahkan berkas lain ke folder sendiri. "
                                "Yang boleh berdampingan hanya buku kerja tahun lalu, mis. 'Data Koperasi 2024.xlsx' "
                                "di samping 'Data Koperasi 2025.xlsx' (untuk kolom tahun lalu).")
    return calon[0]


def cari_berkas_lalu(folder) -> Path | None:
    """Buku kerja tahun lalu di ``folder`` (``Data Koperasi <tahun-1>.xlsx`` di samping buku kerja
    tahun ini), atau None."""
    kini = cari_berkas_data(folder)
    tahun = _tahun_nama(kini)
    if tahun is None:
        return None
    lalu = kini.with_name(f"Data Koperasi {tahun - 1}.xlsx")
    return lalu if lalu.exists() else None


def _masalah_dari_galat(e: GalatKopkit, berkas: str, lembar: str | None, saran=None) -> Masalah:
    return Masalah(e.pesan, berkas=berkas, lembar=e.lembar or lembar, baris=e.baris, kolom=e.kolom,
                   saran=saran or e.saran, kode=getattr(e, "kode", None))


def _versi(path: Path, masalah: list) -> None:
    from kopkit.dasar.baca import daftar_lembar, sel_lembar

    try:
        ada = "Petunjuk" in daftar_lembar(path)
    except GalatKopkit:
        return  # berkas rusak dilaporkan lapisan baca saat lembar pertama dibaca
    if not ada:
        masalah.append(Masalah("Lembar 'Petunjuk' (berisi versi templat) tidak ada.", berkas=path.name, kode="T001",
                               lembar="Petunjuk", saran="Pakai templat terbaru: python kit.py templat FOLDER_BARU, "
                                                        "lalu salin data Anda ke sana."))
        return
    nilai = None
    for baris in sel_lembar(path, "Petunjuk").head(6).itertuples(index=False):
        if len(baris) > 1 and str(baris[0] or "").strip().lower() == "versi templat":
            nilai = baris[1]
    if nilai != VERSI_TEMPLAT:
        masalah.append(Masalah(f"Versi templat '{nilai or 'tidak ada'}' tidak dikenal; kopkit ini membaca versi "
                               f"'{VERSI_TEMPLAT}'.", berkas=path.name, lembar="Petunjuk", baris=3, kolom="B", kode="T002",
                               saran="Buat templat baru dengan python kit.py templat FOLDER_BARU dan salin data "
                                     "Anda ke lembar-lembarnya."))


def _baca_profil(path: Path, masalah: list) -> dict:
    from kopkit.dasar.baca import baca_tabel, teks_sel

    try:
        t = baca_tabel(path, lembar="Profil", kolom_wajib=["kunci", "nilai"], nama_tabel="Profil")
    except GalatKopkit as e:
        masalah.append(_masalah_dari_galat(e, path.name, "Profil", _saran_lembar(e, "Profil")))
        return {}
    nilai = {teks_sel(k): (v, b) for k, v, b in zip(t["kunci"], t["nilai"], t["baris_berkas"])}
    profil = {}
    for kunci, label, wajib, _ket, _contoh in PROFIL:
        v, baris = nilai.get(kunci, (None, None))
        kosong = v is None or (not isinstance(v, str) and pd.isna(v)) or teks_sel(v) == ""
        if kosong:
            if wajib:
                masalah.append(Masalah(f"Isian Profil '{label}' kosong.", berkas=path.name, lembar="Profil", kode="T003",
                                       baris=baris, kolom="Nilai", saran="Isi kolom Nilai pada baris itu."))
            profil[kunci] = None
            continue
        profil[kunci] = v.strftime("%Y-%m-%d") if hasattr(v, "strftime") else (
            v if isinstance(v, (int, float)) else teks_sel(v))
    tahun = profil.get("tahun_buku")
    if tahun is not None:
        try:
            tahun = int(str(tahun).strip().split(".")[0])
            if not 1950 <= tahun <= 2100:
                raise ValueError
            profil["tahun_buku"] = tahun
        except ValueError:
            masalah.append(Masalah(f"Tahun buku '{tahun}' bukan tahun.", berkas=path.name, lembar="Profil", kode="T004",
                                   baris=nilai.get("tahun_buku", (0, None))[1], kolom="Nilai",
                                   saran="Tulis empat angka, mis. 2025."))
            profil["tahun_buku"] = None
    for kunci in ("kelipatan_shu", "kelipatan_angsuran", "hari_jatuh_tempo_maks"):
        if profil.get(kunci) is not None:
            profil[kunci] = int(float(profil[kunci]))
    pilihan = {"dasar_pembagian": ("total", "setelah_cadangan"), "cara_saldo_simpanan": ("akhir_tahun", "rata_rata"),
               "pembulatan_shu": ("sisa_terbesar", "ke_bawah"), "pajak": ("pasal_17_31E", "final_0,5"),
               **{f"pembulatan_{m}": ("pokok", "angsuran", "sisa_di_akhir") for m in ("flat", "efektif", "anuitas")}}
    for kunci, boleh in pilihan.items():
        if profil.get(kunci) is not None and str(profil[kunci]) not in boleh:
            masalah.append(Masalah(f"Isian Profil '{kunci}' = '{profil[kunci]}' tidak dikenal.", berkas=path.name, kode="T005",
                                   lembar="Profil", baris=nilai.get(kunci, (0, None))[1], kolom="Nilai",
                                   saran=f"Pilih salah satu: {', '.join(boleh)}."))
    return profil


def _saran_lembar(e: GalatKopkit, nama: str) -> str | None:
    if getattr(e, "kode", None) == "R012":
        return f"Kembalikan nama lembar menjadi '{nama}' persis seperti di templat (nama lembar jangan diganti)."
    if getattr(e, "kode", None) == "R021":
        return (f"Kembalikan kolom yang hilang di lembar '{nama}' (judulnya persis seperti di templat); "
                "kolom tidak boleh dihapus.")
    return None


def _baca_lembar(path: Path, nama: str, kolom: list[Kolom], masalah: list) -> pd.DataFrame | None:
    """SATU tempat lembar templat dibaca (lewat lapisan baca kit) lalu diberi tipe."""
    from kopkit.dasar.baca import baca_tabel, kolom_rupiah, kolom_tanggal, kolom_teks

    try:
        t = baca_tabel(path, lembar=nama, kolom_wajib=[k.baku for k in kolom if k.wajib],
                       sinonim={k.baku: [k.judul] for k in kolom},
                       kolom_lain=[k.baku for k in kolom if not k.wajib], nama_tabel=nama)
    except GalatKopkit as e:
        if getattr(e, "kode", None) == "R023" and nama in LEMBAR_PILIHAN:
            return _kosong(kolom)
        masalah.append(_masalah_dari_galat(e, path.name, nama, _saran_lembar(e, nama)))
        return None
    baris = t["baris_berkas"].to_numpy()
    penanda = next(k for k in kolom if k.jenis in ("teks", "akun", "anggota", "pinjaman"))
    pertama = kolom_teks(t[penanda.baku])
    contoh = pertama.str.upper().str.startswith("CONTOH").to_numpy()
    for b in baris[contoh]:
        masalah.append(Masalah("Baris contoh dari templat masih ada.", berkas=path.name, lembar=nama, baris=int(b), kode="T006",
                               kolom=penanda.judul, saran="Hapus baris CONTOH sebelum mengisi data sendiri."))
    if contoh.any():
        t = t.loc[~contoh]
        baris = baris[~contoh]
    hasil = {}
    for k in kolom:
        if k.baku not in t.columns:
            hasil[k.baku] = pd.Series([None] * len(t), index=t.index, dtype=object)
            continue
        s = t[k.baku]
        lok = dict(berkas=path.name, lembar=nama, kolom=k.judul, baris=baris)
        if k.jenis == "tanggal":
            nilai, m = kolom_tanggal(s, **lok, rapi=True)
        elif k.jenis == "rupiah":
            nilai, m = kolom_rupiah(s, **lok, rapi=True)
            negatif = (nilai < 0).fillna(False).to_numpy()
            m = m + [Masalah("Rupiah tidak boleh negatif.", berkas=path.name, lembar=nama, baris=int(b), kolom=k.judul, kode="T007",
                             saran="Tulis angka positif; arah uang ditentukan kolomnya (debit/kredit, setor/tarik).")
                     for b in baris[negatif]]
            if not k.wajib:
                nilai = nilai.fillna(0)
        elif k.jenis == "angka":
            nilai, m = _kolom_angka(s, path.name, nama, k.judul, baris)
        else:
            nilai = kolom_teks(s).where(s.notna(), None)
            nilai = nilai.where(nilai != "", None)
            m = []
            if k.jenis.startswith("pilihan:"):
                boleh = k.jenis.split(":", 1)[1].split(",")
                bawah = {b.lower(): b for b in boleh}
                if set(boleh) == {"ya", "tidak"}:  # TRUE/FALSE Excel, benar/salah, 1/0 juga diterima
                    bawah.update({k: ("ya" if v else "tidak") for k, v in _YA.items()})
                nilai = nilai.map(lambda v: bawah.get(str(v).lower(), v) if v is not None else None)
                salah = nilai.notna().to_numpy() & ~nilai.isin(boleh).to_numpy()
                m = [Masalah(f"'{v}' bukan pilihan yang dikenal.", berkas=path.name, lembar=nama, baris=int(b), kode="T008",
                             kolom=k.judul, saran=f"Pilih salah satu: {', '.join(boleh)}.")
                     for v, b in zip(nilai.to_numpy()[salah], baris[salah])]
        masalah.extend(m)
        if k.wajib:
            kosong = pd.isna(nilai).to_numpy() if k.jenis in ("tanggal", "rupiah", "angka") else nilai.isna().to_numpy()
            sudah = {(x.baris, x.kolom) for x in m}
            masalah.extend(Masalah("Sel wajib kosong.", berkas=path.name, lembar=nama, baris=int(b), kolom=k.judul, kode="R041",
                                   saran="Isi sel itu, atau hapus barisnya bila tidak dipakai.")
                           for b in baris[kosong] if (int(b), k.judul) not in sudah)
        hasil[k.baku] = nilai
    df = pd.DataFrame(hasil, index=t.index)
    df["baris_berkas"] = baris
    return df.reset_index(drop=True)


def _kolom_angka(s: pd.Series, berkas, lembar, judul, baris):
    from kopkit.dasar.baca import kolom_teks

    teks = kolom_teks(s).str.replace(",", ".", regex=False).str.rstrip("%")
    nilai = pd.to_numeric(teks.where(teks != "", None), errors="coerce")
    salah = nilai.isna().to_numpy() & (teks != "").to_numpy() & s.notna().to_numpy()
    m = [Masalah(f"'{v}' bukan angka.", berkas=berkas, lembar=lembar, baris=int(b), kolom=judul, kode="R040",
                 saran="Tulis angka saja, mis. 12 atau 1,5.") for v, b in zip(s.to_numpy()[salah], baris[salah])]
    return nilai, m


def _kosong(kolom: list[Kolom]) -> pd.DataFrame:
    df = pd.DataFrame({k.baku: pd.Series([], dtype=object) for k in kolom})
    df["baris_berkas"] = pd.Series([], dtype="int64")
    return df


def baca_folder(folder) -> tuple[DataRAT, list[Masalah]]:
    """Baca folder data koperasi: ``(DataRAT, daftar Masalah)``. Tidak berhenti di masalah pertama;
    lembar yang tidak terbaca bernilai ``None`` di ``DataRAT.tabel``."""
    return baca_berkas(cari_berkas_data(folder))


def baca_berkas(path) -> tuple[DataRAT, list[Masalah]]:
    """Seperti :func:`baca_folder`, untuk satu buku kerja (mis. buku kerja tahun lalu)."""
    path = Path(path)
    if not path.is_file():
        raise GalatBerkas(f"Berkas '{path}' tidak ada.", saran="Periksa nama dan folder berkasnya.")
    masalah: list[Masalah] = []
    _versi(path, masalah)
    data = DataRAT(berkas=path.name, profil=_baca_profil(path, masalah))
    for nama, kolom in LEMBAR.items():
        data.tabel[nama] = _baca_lembar(path, nama, kolom, masalah)
    akun = data.tabel.get("Bagan Akun")
    if akun is not None:
        for k in ("header", "lancar"):
            akun[k] = akun[k].map(lambda v: _YA.get(str(v).lower()) if v is not None else None)
        akun["header"] = akun["header"].fillna(False).astype(bool)
        akun["lancar"] = akun["lancar"].astype("boolean")
    dasar = data.tabel.get("Dasar SHU")
    if dasar is not None:
        dasar["dihitung"] = dasar["dihitung"].map(lambda v: _YA.get(str(v).lower(), False))
    return data, masalah
