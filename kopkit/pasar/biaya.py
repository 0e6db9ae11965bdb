"""Biaya berjualan di platform daring: tabel tarif, hitungan biaya, harga dan titik impas.

Tarif platform berubah-ubah, jadi tarif **bukan kode** melainkan tabel bertanggal di
``kopkit/pasar/aturan/tarif_platform.csv`` (sumber dan tanggal berlaku di setiap baris). Pengguna boleh
memberi tabelnya sendiri (DataFrame atau berkas CSV) dengan kolom yang sama:

========================  =====================================================================
kolom                     isi
========================  =====================================================================
``platform``              ``shopee``, ``tiktok_tokopedia``, ``lazada``, ``qris``, ...
``kategori``              kategori produk di platform (``fmcg``, ``fashion``, ...), ``*`` untuk
                          semua kategori; untuk QRIS: kelas merchant (``usaha_mikro``,
                          ``usaha_kecil``, ``usaha_menengah``, ``usaha_besar``; lihat :func:`kelas_usaha`)
``jenis_biaya``           ``persen`` (komisi/biaya admin atas harga - diskon penjual),
                          ``per_pesanan`` (rupiah sekali per pesanan, dibagi ke barangnya),
                          ``mdr`` (persen atas nilai transaksi QRIS)
``nilai``                 persen (``7.5`` = 7,5%) atau rupiah untuk ``per_pesanan``
``nilai_min/nilai_maks``  rentang nilai transaksi (rupiah, inklusif) tempat baris ``mdr`` berlaku
``kena_bila_retur``       ``true`` bila biaya per pesanan tetap dipotong saat pesanan diretur
``berlaku/sampai``  tanggal berlaku (``sampai`` kosong = masih berlaku)
``sumber``, ``catatan``   asal angka dan pilihan yang dibuat
========================  =====================================================================

Aturan hitung (SUMBER.md §6): dasar komisi = harga barang - diskon yang ditanggung penjual,
**tanpa** ongkos kirim. Hitungan memakai ``Decimal`` dan dibulatkan **sekali** per baris
pesanan ke rupiah penuh. Platform tidak mengumumkan cara pembulatannya; kopkit memakai
*setengah ke atas* (``pembulatan="setengah_ke_atas"``, 0,5 menjadi 1) sebagai bawaan, dengan
pilihan ``"ke_bawah"`` dan ``"ke_atas"``. Biaya per pesanan dibagi ke barang pesanan
menurut kuantitas dengan :func:`kopkit.dasar.pembagian.bagi_per_kelompok` (sisa terbesar per pesanan),
sehingga jumlahnya selalu tepat.

Contoh (contoh resmi Tokopedia): (10.000 - 1.000) x 7,5% = Rp 675.

    >>> biaya_persen(10_000 - 1_000, "7.5")
    675
    >>> biaya_mdr(500_000, "2025-06-01", "usaha_mikro"), biaya_mdr(500_001, "2025-06-01", "usaha_mikro")
    (0, 1500)
    >>> biaya_mdr(500_000, "2025-06-01", omzet_tahunan=6_380_000_000)   # usaha kecil: 0,7%
    3500
"""
from __future__ import annotations

import datetime as _dt

import math
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatAturan, GalatData, GalatMasukan, Masalah, gagal_bila_ada
from kopkit.dasar.argumen import jenis_nilai, perlu_pasangan, perlu_tabel, perlu_teks
from kopkit.dasar.uang import parse_persen, parse_tanggal

__all__ = [
    "JENIS_BIAYA", "PETA_KANAL", "KOLOM_TARIF", "Tarif", "muat_tarif", "periksa_tarif", "kelas_usaha",
    "tarif_berlaku", "biaya_persen", "biaya_mdr", "hitung_biaya", "rincian_harga",
    "harga_minimum", "titik_impas", "titik_impas_daring", "bandingkan_kanal", "upah_minimum",
    "biaya_tetap_daring", "teks_persen",
]

JENIS_BIAYA = ("persen", "per_pesanan", "mdr")
KOLOM_TARIF = ["platform", "kategori", "jenis_biaya", "nilai", "nilai_min", "nilai_maks",
               "kena_bila_retur", "berlaku", "berlaku_sampai", "sumber", "keyakinan", "catatan"]
_KOLOM_WAJIB = ["platform", "kategori", "jenis_biaya", "nilai", "berlaku"]

#: Kanal penjualan -> platform di tabel tarif. ``None`` = tanpa biaya platform (tunai di toko).
#: Pesanan WhatsApp dianggap dibayar dengan QRIS; ubah lewat argumen ``peta_kanal``.
PETA_KANAL = {"toko_offline": None, "whatsapp": "qris", "shopee": "shopee",
              "tiktok_tokopedia": "tiktok_tokopedia", "lazada": "lazada", "qris": "qris"}

_PEMBULATAN = {"setengah_ke_atas": ROUND_HALF_UP, "ke_bawah": ROUND_FLOOR, "ke_atas": ROUND_CEILING}
_BENAR = {"true", "ya", "1", "benar"}
_SALAH = {"false", "tidak", "0", "salah", ""}


# --------------------------------------------------------------------------- tabel tarif
def _teks(nilai) -> str:
    if nilai is None or (isinstance(nilai, float) and math.isnan(nilai)) or nilai is pd.NA:
        return ""
    return str(nilai).strip()


def _desimal(teks: str) -> Decimal | None:
    """Angka tabel tarif lewat pengurai kit yang sama (parse_persen): "7,5" dan "7.5" = 7,5;
    "500.000" = lima ratus ribu (titik ribuan), bukan 500."""
    from kopkit.dasar.uang import parse_persen

    try:
        d = parse_persen(teks)
    except GalatMasukan:
        return None
    return d if d.is_finite() else None


def _tanggal(teks: str):
    """Sel tanggal tabel tarif (tanggal lebih dulu, nama bulan Indonesia) → Timestamp; None bila bukan tanggal."""
    if not teks:
        return None
    try:
        return pd.Timestamp(parse_tanggal(teks))
    except GalatMasukan:
        return None


def periksa_tarif(tabel, berkas: str | None = None) -> list[Masalah]:
    """Periksa tabel tarif; kembalikan **semua** masalah dengan baris (seperti di CSV: data
    mulai baris 2) dan kolomnya. Tabel yang sah mengembalikan daftar kosong.

    Diperiksa: kolom wajib, sel kosong, jenis biaya dikenal, nilai angka tidak negatif (persen
    paling banyak 100, biaya per pesanan bilangan bulat), tanggal sah dan urut, rentang nilai
    transaksi, serta **tanggal berlaku yang tumpang-tindih** untuk platform/kategori/jenis yang sama.

        >>> t = muat_tarif()
        >>> periksa_tarif(t)
        []
        >>> salah = pd.concat([t, t.iloc[[0]]], ignore_index=True)
        >>> [m.kolom for m in periksa_tarif(salah)]
        ['berlaku']
    """
    masalah: list[Masalah] = []
    if not isinstance(tabel, pd.DataFrame):
        return [Masalah(f"Tabel tarif harus DataFrame, bukan {type(tabel).__name__}.", berkas=berkas,
                        saran="Baca dulu dengan muat_tarif('berkas.csv').")]
    kurang = [k for k in _KOLOM_WAJIB if k not in tabel.columns]
    if kurang:
        return [Masalah(f"Kolom wajib tidak ada: {', '.join(kurang)}.", berkas=berkas, baris=1,
                        saran="Judul kolom: " + ", ".join(KOLOM_TARIF) + ".")]
    rapi = []
    nomor = tabel.attrs.get("baris_berkas")  # nomor baris berkas (muat_tarif dari berkas)
    if nomor is None or len(nomor) != len(tabel):
        nomor = range(2, len(tabel) + 2)
    for posisi, (_, r) in enumerate(tabel.iterrows()):
        baris = int(nomor[posisi])
        sel = {k: _teks(r.get(k)) for k in KOLOM_TARIF}
        ok = True
        for k in _KOLOM_WAJIB:
            if not sel[k]:
                masalah.append(Masalah("Sel wajib diisi tetapi kosong.", berkas=berkas, baris=baris,
                                       kolom=k, saran="Isi sel ini atau hapus barisnya."))
                ok = False
        jenis = sel["jenis_biaya"]
        if jenis and jenis not in JENIS_BIAYA:
            masalah.append(Masalah(f"Jenis biaya '{jenis}' tidak dikenal.", berkas=berkas, baris=baris,
                                   kolom="jenis_biaya", saran="Pilih salah satu: " + ", ".join(JENIS_BIAYA) + "."))
            ok = False
        nilai = _desimal(sel["nilai"]) if sel["nilai"] else None
        if sel["nilai"] and nilai is None:
            masalah.append(Masalah(f"'{sel['nilai']}' bukan angka.", berkas=berkas, baris=baris, kolom="nilai",
                                   saran="Tulis persen seperti 7.5 (artinya 7,5%) atau rupiah seperti 1250."))
            ok = False
        elif nilai is not None:
            if nilai < 0:
                masalah.append(Masalah(f"Nilai {sel['nilai']} negatif; biaya tidak boleh negatif.",
                                       berkas=berkas, baris=baris, kolom="nilai"))
                ok = False
            elif jenis in ("persen", "mdr") and nilai > 100:
                masalah.append(Masalah(f"Persen {sel['nilai']} lebih dari 100.", berkas=berkas, baris=baris,
                                       kolom="nilai", saran="Tulis 7.5 untuk 7,5%, bukan 750."))
                ok = False
            elif jenis == "per_pesanan" and nilai != nilai.to_integral_value():
                masalah.append(Masalah(f"Biaya per pesanan {sel['nilai']} bukan rupiah penuh.", berkas=berkas,
                                       baris=baris, kolom="nilai", saran="Tulis rupiah tanpa pecahan, mis. 1250."))
                ok = False
        batas = {}
        for k in ("nilai_min", "nilai_maks"):
            if sel[k]:
                d = _desimal(sel[k])
                if d is None or d < 0 or d != d.to_integral_value():
                    masalah.append(Masalah(f"'{sel[k]}' bukan rupiah penuh yang sah.", berkas=berkas, baris=baris,
                                           kolom=k, saran="Tulis rupiah tanpa titik, mis. 500000."))
                    ok = False
                else:
                    batas[k] = int(d)
        if "nilai_min" in batas and "nilai_maks" in batas and batas["nilai_min"] > batas["nilai_maks"]:
            masalah.append(Masalah("nilai_min lebih besar dari nilai_maks.", berkas=berkas, baris=baris,
                                   kolom="nilai_maks"))
            ok = False
        if sel["kena_bila_retur"].lower() not in _BENAR | _SALAH:
            masalah.append(Masalah(f"'{sel['kena_bila_retur']}' bukan true/false.", berkas=berkas, baris=baris,
                                   kolom="kena_bila_retur", saran="Isi true atau false."))
        tgl = {}
        for k in ("berlaku", "berlaku_sampai"):
            if sel[k]:
                t = _tanggal(sel[k])
                if t is None:
                    masalah.append(Masalah(f"'{sel[k]}' bukan tanggal.", berkas=berkas, baris=baris, kolom=k,
                                           saran="Tulis tanggal seperti 2026-01-31."))
                    ok = False
                tgl[k] = t
        if tgl.get("berlaku") is not None and tgl.get("berlaku_sampai") is not None \
                and tgl["berlaku_sampai"] < tgl["berlaku"]:
            masalah.append(Masalah("berlaku_sampai lebih awal dari berlaku.", berkas=berkas, baris=baris,
                                   kolom="berlaku_sampai"))
            ok = False
        if ok:
            rapi.append((baris, sel["platform"], sel["kategori"], jenis,
                         batas.get("nilai_min", 0), batas.get("nilai_maks", math.inf),
                         tgl["berlaku"], tgl.get("berlaku_sampai") or pd.Timestamp.max))
    # Tumpang-tindih: kunci sama, rentang nilai transaksi beririsan, rentang tanggal beririsan.
    for i, a in enumerate(rapi):
        for b in rapi[i + 1:]:
            if a[1:4] == b[1:4] and a[4] <= b[5] and b[4] <= a[5] and a[6] <= b[7] and b[6] <= a[7]:
                masalah.append(Masalah(
                    f"Tanggal berlaku tumpang-tindih dengan baris {a[0]} ({a[1]}, {a[2]}, {a[3]}).",
                    berkas=berkas, baris=b[0], kolom="berlaku",
                    saran="Isi berlaku_sampai pada baris lama sehari sebelum berlaku baris baru."))
    masalah.sort(key=lambda m: (m.baris or 0, m.kolom or ""))
    return masalah


@lru_cache(maxsize=1)
def _tarif_bawaan() -> pd.DataFrame:
    # Tabel bawaan dibaca dan diperiksa skemanya oleh pemuat aturan; di sini dikembalikan ke bentuk
    # teks yang sama dengan tabel milik pengguna, supaya keduanya melewati periksa_tarif yang sama.
    from kopkit.dasar.aturan import muat_aturan

    t = muat_aturan("tarif_platform")
    teks = pd.DataFrame(index=t.index)
    for k in t.columns:
        s = t[k]
        if k in ("berlaku", "berlaku_sampai"):
            teks[k] = s.dt.strftime("%Y-%m-%d").fillna("")
        elif k == "kena_bila_retur":
            teks[k] = s.map({True: "true", False: "false"})
        elif k == "nilai":
            # Koma desimal, seperti diketik pengguna Indonesia: "6,97" tidak pernah terbaca 6.970.
            teks[k] = [format(x, "g").replace(".", ",") for x in s]
        else:
            teks[k] = s.astype("string").fillna("").astype(str)
    return teks


def muat_tarif(sumber=None, *, ketat: bool = True) -> pd.DataFrame:
    """Tabel tarif platform: bawaan kopkit, atau milik pengguna (DataFrame / path CSV atau Excel,
    dibaca lewat :func:`kopkit.dasar.baca.baca_tabel`).

    ``ketat=True`` (bawaan) menaikkan :class:`~kopkit.dasar.galat.GalatAturan` yang mencantumkan semua
    masalah; ``ketat=False`` mengembalikan tabel apa adanya (periksa dengan :func:`periksa_tarif`).

        >>> sorted(muat_tarif()["platform"].unique())
        ['lazada', 'qris', 'shopee', 'tiktok_tokopedia']
    """
    berkas = None
    if sumber is None:
        tabel = _tarif_bawaan().copy()
        berkas = "tarif_platform.csv"
    elif isinstance(sumber, pd.DataFrame):
        tabel = sumber.copy()
    elif isinstance(sumber, (str, Path)):
        from kopkit.dasar.baca import baca_tabel, teks_sel

        t = baca_tabel(sumber, kolom_wajib=[k for k in _KOLOM_WAJIB if k != "berlaku"],
                       sinonim={"berlaku": ["berlaku_mulai", "berlaku mulai", "mulai berlaku"],
                                "jenis_biaya": ["jenis biaya", "jenis"], "nilai": ["tarif", "besaran"]},
                       kolom_lain=[k for k in KOLOM_TARIF if k not in _KOLOM_WAJIB] + ["berlaku"],
                       nama_tabel="tarif", galat_judul=GalatAturan,
                       saran_judul="Judul kolom tabel tarif: " + ", ".join(KOLOM_TARIF) + ".")
        berkas = t.attrs["berkas"]
        nomor = t.pop("baris_berkas").tolist()
        tabel = pd.DataFrame({k: [teks_sel(v) for v in t[k].tolist()] for k in t.columns},
                             dtype=object)
        tabel.attrs["baris_berkas"] = nomor
    else:
        from kopkit.dasar.baca import nama_jenis

        raise GalatMasukan(f"Tabel tarif harus berupa tabel atau nama berkas, bukan {nama_jenis(sumber)}.",
                           kode="R014", saran="Berikan nama berkas CSV/Excel tarif, mis. 'tarif_saya.csv', "
                                              "atau kosongkan untuk tabel bawaan kopkit.")
    if "berlaku_mulai" in tabel.columns and "berlaku" not in tabel.columns:
        tabel = tabel.rename(columns={"berlaku_mulai": "berlaku"})  # nama kolom lama (kopkit < 0.2)
    for k in KOLOM_TARIF:
        if k not in tabel.columns and k not in _KOLOM_WAJIB:
            tabel[k] = ""
    if ketat:
        gagal_bila_ada(periksa_tarif(tabel, berkas=berkas), "Tabel tarif platform tidak sah", GalatAturan)
    return tabel


# --------------------------------------------------------------------------- tarif berlaku
@dataclass(frozen=True)
class Tarif:
    """Tarif yang berlaku untuk satu platform, kategori dan tanggal.

    ``persen``: komisi/biaya admin (Decimal, 7.5 = 7,5%); ``per_pesanan``: rupiah per pesanan;
    ``mdr``: daftar (nilai_min, nilai_maks, persen) untuk QRIS; ``sumber``: asal angka.
    """

    platform: str
    kategori: str
    tanggal: pd.Timestamp
    persen: Decimal = Decimal(0)
    per_pesanan: int = 0
    per_pesanan_saat_retur: bool = False
    mdr: tuple = field(default_factory=tuple)
    sumber: tuple = field(default_factory=tuple)

    def persen_mdr(self, nilai_transaksi: int) -> Decimal:
        """Persen MDR untuk satu nilai transaksi (0 bila tidak ada baris MDR)."""
        for bawah, atas, persen in self.mdr:
            if bawah <= nilai_transaksi <= atas:
                return persen
        return Decimal(0)


def _ke_tanggal(tanggal) -> pd.Timestamp:
    """Tanggal dari pemanggil: tanggal lebih dulu (``01/08/2025`` = 1 Agustus), seperti semua kopkit."""
    return pd.Timestamp(parse_tanggal(tanggal, kolom="tanggal"))


@dataclass(frozen=True)
class _Baris:
    platform: str
    kategori: str
    jenis: str
    nilai: Decimal
    nilai_min: int
    nilai_maks: float
    retur: bool
    mulai: pd.Timestamp
    sampai: pd.Timestamp
    sumber: str


def _rekaman(tabel) -> tuple:
    """Tabel tarif -> tuple _Baris yang sudah diurai, supaya pencarian cepat. Tabel milik
    pengguna diperiksa dulu (mode ketat), jadi galatnya selalu GalatAturan dengan baris dan kolom."""
    if isinstance(tabel, tuple):
        return tabel
    if not isinstance(tabel, pd.DataFrame):
        tabel = muat_tarif(tabel)
    else:
        gagal_bila_ada(periksa_tarif(tabel), "Tabel tarif platform tidak sah", GalatAturan)
    hasil = []
    for _, r in tabel.iterrows():
        sel = {k: _teks(r.get(k)) for k in KOLOM_TARIF}
        hasil.append(_Baris(
            sel["platform"], sel["kategori"], sel["jenis_biaya"], _desimal(sel["nilai"]),
            int(_desimal(sel["nilai_min"])) if sel["nilai_min"] else 0,
            int(_desimal(sel["nilai_maks"])) if sel["nilai_maks"] else math.inf,
            sel["kena_bila_retur"].lower() in _BENAR, _tanggal(sel["berlaku"]),
            _tanggal(sel["berlaku_sampai"]) or pd.Timestamp.max, sel["sumber"]))
    return tuple(hasil)


def _baris_berlaku(rek: tuple, platform: str, kategori: str, jenis: str, tanggal) -> list:
    cocok = [b for b in rek if b.platform == platform and b.jenis == jenis and b.mulai <= tanggal <= b.sampai]
    pas = [b for b in cocok if b.kategori == kategori]
    return pas or [b for b in cocok if b.kategori == "*"]


def kelas_usaha(omzet_tahunan: int, pada) -> str:
    """Kelas usaha (``usaha_mikro``, ``usaha_kecil``, ``usaha_menengah``, ``usaha_besar``) dari
    hasil penjualan setahun, menurut tabel aturan ``kelas_usaha`` (PP 7/2021 Pasal 35) yang
    berlaku pada tanggal ``pada``. Kelas ini pula yang menentukan MDR QRIS.

        >>> kelas_usaha(6_380_000_000, "2026-03-01"), kelas_usaha(1_500_000_000, "2026-03-01")
        ('usaha_kecil', 'usaha_mikro')
    """
    from kopkit.dasar.aturan import muat_aturan

    n = _rupiah(omzet_tahunan, "Omzet (hasil penjualan) setahun")
    if n < 0:
        raise GalatMasukan(f"Omzet setahun tidak boleh negatif ({n}).")
    t = muat_aturan("kelas_usaha", pada=_ke_tanggal(pada).date())
    for kelas, bawah, atas in zip(t["kelas"], t["omzet_min"], t["omzet_maks"]):
        if n >= int(bawah) and (pd.isna(atas) or n <= int(atas)):
            return str(kelas)
    from kopkit.dasar.uang import format_rupiah

    raise GalatAturan(f"Tabel kelas_usaha tidak mencakup omzet {format_rupiah(n)}.",
                      saran="Periksa batas omzet_min/omzet_maks di kopkit/pasar/aturan/kelas_usaha.csv.")


def _kelas_qris(kelas_merchant, omzet_tahunan, tgl) -> str:
    """Kelas merchant QRIS: disebut langsung, atau diturunkan dari omzet setahun. Tidak ada
    bawaan: MDR usaha mikro dan usaha kecil sangat berbeda, jadi menebak berarti salah diam-diam."""
    if omzet_tahunan is not None:
        dari_omzet = kelas_usaha(omzet_tahunan, tgl)
        if kelas_merchant is not None and kelas_merchant != dari_omzet:
            from kopkit.dasar.uang import format_rupiah

            raise GalatMasukan(
                f"Kelas merchant '{kelas_merchant}' tidak cocok dengan omzet setahun {format_rupiah(omzet_tahunan)}, "
                f"yang termasuk {dari_omzet} (PP 7/2021).",
                saran="Isi salah satu saja: omzet_tahunan= (kelas diturunkan otomatis) atau kelas_merchant=.")
        return dari_omzet
    if kelas_merchant is None:
        raise GalatMasukan(
            "Kelas merchant QRIS koperasi belum diketahui, padahal MDR-nya bergantung pada kelas itu "
            "(usaha mikro 0% sampai batas tertentu; usaha kecil ke atas dikenai MDR pada setiap transaksi).",
            saran="Isi omzet_tahunan= (hasil penjualan koperasi setahun, mis. omzet_tahunan=6_380_000_000) "
                  "supaya kelasnya diturunkan menurut PP 7/2021, atau kelas_merchant='usaha_kecil'.")
    return kelas_merchant


def tarif_berlaku(platform: str, tanggal, kategori: str = "fmcg", *, tabel=None,
                  kelas_merchant: str | None = None, omzet_tahunan: int | None = None) -> Tarif:
    """Tarif yang berlaku pada ``tanggal`` (tanggal pesanan, atau tanggal rencana).

    Untuk marketplace ``kategori`` adalah kategori produk di tabel; baris ``*`` berlaku untuk
    semua kategori. Untuk ``qris`` yang dipakai adalah kelas merchant koperasi: sebut
    ``omzet_tahunan`` (hasil penjualan setahun; kelasnya diturunkan dengan :func:`kelas_usaha`)
    atau ``kelas_merchant`` langsung. Tanpa keduanya QRIS memberi galat, bukan tebakan.

        >>> t = tarif_berlaku("shopee", "2026-03-01")
        >>> t.persen, t.per_pesanan
        (Decimal('10'), 1250)
        >>> tarif_berlaku("shopee", "2025-03-01").per_pesanan   # sebelum 20 Juli 2025
        0
        >>> tarif_berlaku("qris", "2026-03-01", omzet_tahunan=6_380_000_000).mdr
        ((0, inf, Decimal('0.7')),)
    """
    rek = _rekaman(_tarif_bawaan_rek() if tabel is None else tabel)
    tgl = _ke_tanggal(tanggal)
    semua_platform = sorted({b.platform for b in rek})
    if platform not in semua_platform:
        raise GalatAturan(f"Platform '{platform}' tidak ada di tabel tarif.",
                          saran="Pilih salah satu: " + ", ".join(semua_platform) + ".")
    if platform == "qris":
        kelas_merchant = _kelas_qris(kelas_merchant, omzet_tahunan, tgl)
        baris = _baris_berlaku(rek, platform, kelas_merchant, "mdr", tgl)
        if not baris:
            ada = sorted({b.kategori for b in rek if b.platform == "qris"})
            from kopkit.dasar.uang import format_tanggal

            raise GalatAturan(f"Tidak ada tarif MDR QRIS untuk kelas '{kelas_merchant}' pada {format_tanggal(tgl)}.",
                              saran=f"Kelas merchant di tabel: {', '.join(ada)}. Periksa juga tanggal berlakunya.")
        mdr = tuple(sorted((b.nilai_min, b.nilai_maks, b.nilai) for b in baris))
        return Tarif(platform, kelas_merchant, tgl, mdr=mdr, sumber=tuple(b.sumber for b in baris))
    persen = _baris_berlaku(rek, platform, kategori, "persen", tgl)
    if not persen:
        ada = sorted({b.kategori for b in rek if b.platform == platform and b.jenis == "persen"})
        from kopkit.dasar.uang import format_tanggal

        raise GalatAturan(
            f"Tidak ada tarif komisi {platform} kategori '{kategori}' yang berlaku pada {format_tanggal(tgl)}.",
            saran=f"Kategori di tabel: {', '.join(ada)}. Tambahkan baris tarif atau pilih tanggal lain.")
    pesanan = _baris_berlaku(rek, platform, kategori, "per_pesanan", tgl)
    mdr = _baris_berlaku(rek, platform, kategori, "mdr", tgl)
    return Tarif(
        platform, kategori, tgl, persen=persen[0].nilai,
        per_pesanan=int(pesanan[0].nilai) if pesanan else 0,
        per_pesanan_saat_retur=bool(pesanan) and pesanan[0].retur,
        mdr=tuple(sorted((b.nilai_min, b.nilai_maks, b.nilai) for b in mdr)),
        sumber=tuple(b.sumber for b in persen + pesanan))


@lru_cache(maxsize=1)
def _tarif_bawaan_rek() -> tuple:
    return _rekaman(_tarif_bawaan())


# --------------------------------------------------------------------------- hitungan dasar
def _cara_bulat(pembulatan: str):
    if not isinstance(pembulatan, str) or pembulatan not in _PEMBULATAN:
        raise GalatMasukan(f"Cara pembulatan '{pembulatan}' tidak dikenal.",
                           saran="Pilih: " + ", ".join(_PEMBULATAN) + ".")
    return _PEMBULATAN[pembulatan]


def _rupiah(nilai, nama: str) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, (int, Decimal)) and not hasattr(nilai, "__index__"):
        if isinstance(nilai, float) and nilai.is_integer():
            return int(nilai)
        raise GalatMasukan(f"{nama} harus bilangan bulat rupiah, bukan {nilai!r}.",
                           saran="Tulis tanpa titik/koma, mis. 25000.")
    if isinstance(nilai, Decimal):
        if nilai != nilai.to_integral_value():
            raise GalatMasukan(f"{nama} harus rupiah penuh, bukan {nilai}.")
        return int(nilai)
    return int(nilai)


def teks_persen(persen) -> str:
    """Persen dari tabel aturan (ditulis sebagai persen: ``7.5`` artinya 7,5%) untuk dibaca peserta,
    lewat :func:`kopkit.dasar.uang.format_persen`, tanpa nol yang tidak perlu.

        >>> teks_persen("10"), teks_persen(6.97), teks_persen(Decimal("0.500"))
        ('10%', '6,97%', '0,5%')
    """
    from kopkit.dasar.uang import format_persen, parse_persen

    from decimal import InvalidOperation

    try:
        p = (parse_persen(persen) if isinstance(persen, str) else Decimal(str(persen))).normalize()
    except InvalidOperation:
        raise GalatMasukan(f"Persen harus angka, bukan {jenis_nilai(persen)}.", saran="Contoh: 7,5 atau '7,5%'.") from None
    desimal = max(0, -p.as_tuple().exponent)
    return format_persen(p / 100, desimal=desimal)


def biaya_persen(dasar: int, persen, pembulatan: str = "setengah_ke_atas") -> int:
    """``dasar`` rupiah x ``persen`` %, dibulatkan sekali ke rupiah penuh.

    ``persen`` ditulis sebagai persen (7.5 artinya 7,5%), sebaiknya teks atau Decimal agar tepat.

        >>> biaya_persen(9_000, "7.5")
        675
        >>> biaya_persen(150_000, "0.3"), biaya_persen(10_001, "7.5", "ke_bawah")
        (450, 750)
    """
    dasar = _rupiah(dasar, "Dasar biaya")
    from kopkit.dasar.uang import parse_persen

    p = parse_persen(persen)
    if dasar < 0 or p < 0:
        raise GalatMasukan("Dasar biaya dan persen tidak boleh negatif.",
                           saran="Periksa harga dan diskon: diskon tidak boleh lebih besar dari harga.")
    return int((Decimal(dasar) * p / 100).quantize(Decimal(1), rounding=_cara_bulat(pembulatan)))


def biaya_mdr(nilai_transaksi: int, tanggal, kelas_merchant: str | None = None, *, omzet_tahunan: int | None = None,
              tabel=None, pembulatan: str = "setengah_ke_atas") -> int:
    """MDR QRIS untuk satu transaksi (dipotong dari uang yang diterima penjual). Kelas merchant
    disebut langsung atau diturunkan dari ``omzet_tahunan`` (lihat :func:`tarif_berlaku`).

        >>> biaya_mdr(150_000, "2023-10-01", "usaha_mikro"), biaya_mdr(150_000, "2025-01-10", "usaha_mikro")
        (450, 0)
        >>> biaya_mdr(100_000, "2025-01-10", omzet_tahunan=6_380_000_000)
        700
    """
    t = tarif_berlaku("qris", tanggal, kelas_merchant=kelas_merchant, omzet_tahunan=omzet_tahunan, tabel=tabel)
    n = _rupiah(nilai_transaksi, "Nilai transaksi")
    return biaya_persen(n, t.persen_mdr(n), pembulatan)


def _biaya_persen_vektor(dasar: pd.Series, persen: Decimal, pembulatan: str) -> pd.Series:
    """biaya_persen untuk satu kolom int64 sekaligus, tetap tepat (pecahan bulat, tanpa float)."""
    pembilang, penyebut = (persen / 100).as_integer_ratio()
    d = dasar.astype("int64")
    if pembulatan == "setengah_ke_atas":
        return (2 * d * pembilang + penyebut) // (2 * penyebut)
    if pembulatan == "ke_bawah":
        return (d * pembilang) // penyebut
    return -((-d * pembilang) // penyebut)


# --------------------------------------------------------------------------- biaya per baris penjualan
def hitung_biaya(penjualan: pd.DataFrame, produk: pd.DataFrame | None = None, *, tabel=None,
                 peta_kanal: dict | None = None, peta_kategori: dict | None = None,
                 kategori_bawaan: str = "fmcg", kelas_merchant: str | None = None,
                 omzet_tahunan: int | None = None, pembulatan: str = "setengah_ke_atas") -> pd.DataFrame:
    """Tambahkan biaya platform ke setiap baris penjualan (satu baris = satu produk dalam pesanan).

    Kolom baru (semua rupiah bulat): ``bruto`` = harga_satuan x jumlah - diskon_penjual (tanpa
    ongkir); ``pendapatan`` = bruto bila status ``selesai``, 0 bila ``batal``/``retur`` (uang
    dikembalikan); ``biaya_komisi`` (per baris), ``biaya_pesanan`` (per pesanan, dibagi menurut
    jumlah barang), ``biaya_mdr`` (QRIS atas nilai transaksi = barang + ongkir, dibagi menurut
    bruto), ``biaya_platform`` (jumlah ketiganya) dan ``diterima_bersih`` = pendapatan - biaya.
    Selalu berlaku ``diterima_bersih + biaya_platform == pendapatan`` di setiap baris.

    Pesanan yang dibayar QRIS (kanal ``whatsapp``) perlu kelas merchant koperasi:
    ``omzet_tahunan`` atau ``kelas_merchant`` (lihat :func:`tarif_berlaku`). Penjualan tunai di
    toko (``toko_offline``) tidak kena biaya apa pun.

    Tarif dipilih menurut tanggal pesanan. Kategori tarif: ``peta_kategori[kategori produk]``,
    atau kategori produk itu sendiri bila ada di tabel, selain itu ``kategori_bawaan``.

        >>> jual = pd.DataFrame({"id_pesanan": ["P1", "P1"], "tanggal": pd.to_datetime(["2026-03-02"] * 2),
        ...     "kanal": ["shopee", "shopee"], "id_produk": ["X", "Y"], "jumlah": [1, 2],
        ...     "harga_satuan": [10_000, 20_000], "diskon_penjual": [1_000, 0], "ongkos_kirim": [9_000, 0],
        ...     "status": ["selesai", "selesai"]})
        >>> hitung_biaya(jual)[["bruto", "biaya_komisi", "biaya_pesanan", "diterima_bersih"]].values.tolist()
        [[9000, 900, 417, 7683], [40000, 4000, 833, 35167]]
    """
    perlu_tabel(penjualan, "penjualan", saran="Berikan tabel penjualan, mis. baca_penjualan('ekspor.csv').")
    tabel = muat_tarif() if tabel is None else muat_tarif(tabel) if not isinstance(tabel, pd.DataFrame) else tabel
    if isinstance(tabel, pd.DataFrame):
        gagal_bila_ada(periksa_tarif(tabel), "Tabel tarif platform tidak sah", GalatAturan)
    if produk is not None:
        perlu_tabel(produk, "produk", saran="Berikan tabel produk, mis. data.muat('produk'), atau produk=None.")
    peta_kanal = _peta(peta_kanal, "peta_kanal", "{'instagram': 'qris'}")
    peta_kategori = _peta(peta_kategori, "peta_kategori", "{'susu olahan': 'fmcg'}")
    perlu_teks(kategori_bawaan, "kategori_bawaan", saran="Contoh: kategori_bawaan='fmcg'.")
    peta_kanal = PETA_KANAL if peta_kanal is None else {**PETA_KANAL, **peta_kanal}
    wajib = ["id_pesanan", "tanggal", "kanal", "jumlah", "harga_satuan"]
    kurang = [k for k in wajib if k not in penjualan.columns]
    if kurang:
        raise GalatData(f"Kolom penjualan tidak ada: {', '.join(kurang)}.",
                         saran="Baca ekspor dengan kopkit.pasar.baca_penjualan() dulu.")
    df = penjualan.copy()
    berkas = penjualan.attrs.get("berkas")
    baris_asli = (penjualan["baris_berkas"].to_numpy() if "baris_berkas" in penjualan.columns
                  else np.arange(len(penjualan)) + 2)  # baris 1 = judul kolom

    def baris_ke(pos) -> int:
        return int(baris_asli[pos])

    for k in ("diskon_penjual", "ongkos_kirim"):
        if k not in df.columns:
            df[k] = 0
    if "status" not in df.columns:
        df["status"] = "selesai"
    tanpa_kanal = sorted({str(k) for k in df["kanal"].dropna().unique()} - set(peta_kanal))
    if tanpa_kanal:
        raise GalatMasukan(f"Kanal tidak dikenal: {', '.join(tanpa_kanal)}.", kolom="kanal",
                           saran="Tambahkan ke peta_kanal, mis. peta_kanal={'instagram': 'qris'}.")
    for k in ("jumlah", "harga_satuan", "diskon_penjual", "ongkos_kirim"):
        if df[k].isna().any():
            baris = baris_ke(int(np.flatnonzero(df[k].isna().to_numpy())[0]))
            raise GalatMasukan(f"Kolom {k} berisi sel kosong.", berkas=berkas, kolom=k, baris=baris,
                               saran="Isi sel kosong (0 bila tidak ada) atau hapus barisnya.")
        if not pd.api.types.is_integer_dtype(df[k].dtype) or pd.api.types.is_bool_dtype(df[k].dtype):
            raise GalatMasukan(f"Kolom {k} belum berupa bilangan bulat rupiah (tipe {df[k].dtype}).", kolom=k,
                               saran="Baca ekspor dengan kopkit.pasar.baca_penjualan(), yang memahami "
                                     "angka gaya Indonesia seperti 'Rp 12.500'.")
        df[k] = df[k].astype("int64")
        negatif = np.flatnonzero(df[k].to_numpy() < 0)
        if len(negatif):
            raise GalatMasukan(
                f"Kolom {k} berisi angka negatif ({df[k].iloc[negatif[0]]}) di {len(negatif)} baris (baris "
                + ", ".join(str(baris_ke(p)) for p in negatif[:5]) + (" …" if len(negatif) > 5 else "") + ").",
                berkas=berkas, baris=baris_ke(negatif[0]), kolom=k,
                saran="Tulis angka positif; pesanan yang dibatalkan atau dikembalikan ditandai di kolom "
                      "status (batal/retur), bukan dengan angka minus.")
    _periksa_baris_ganda(penjualan, berkas, baris_asli)
    if not pd.api.types.is_datetime64_any_dtype(df["tanggal"].dtype):
        raise GalatMasukan(f"Kolom tanggal belum berupa tanggal (tipe {df['tanggal'].dtype}).", kolom="tanggal",
                           saran="Baca ekspor dengan kopkit.pasar.baca_penjualan(), yang memahami tanggal "
                                 "seperti '5 Mei 2025' atau 05/05/2025.")
    df["bruto"] = df["harga_satuan"] * df["jumlah"] - df["diskon_penjual"]
    if (df["bruto"] < 0).any():
        baris = baris_ke(int(np.flatnonzero((df["bruto"] < 0).to_numpy())[0]))
        raise GalatMasukan("Diskon penjual lebih besar dari harga barang.", berkas=berkas, kolom="diskon_penjual",
                           baris=baris,
                           saran="diskon_penjual adalah rupiah per baris, paling banyak harga_satuan x jumlah.")
    status = df["status"].astype("str")
    selesai = (status == "selesai").to_numpy()
    retur = (status == "retur").to_numpy()
    df["pendapatan"] = df["bruto"].where(selesai, 0)
    platform = df["kanal"].astype("str").map(peta_kanal)
    if produk is not None and "kategori" in produk.columns and "id_produk" in df.columns:
        kat_produk = df["id_produk"].map(produk.set_index("id_produk")["kategori"].astype("str"))
    else:
        kat_produk = pd.Series(kategori_bawaan, index=df.index)
    kategori_tabel = set(tabel["kategori"])
    peta_kategori = peta_kategori or {}
    kategori = kat_produk.map(lambda k: peta_kategori.get(k, k if k in kategori_tabel else kategori_bawaan))
    tanggal = pd.to_datetime(df["tanggal"]).dt.normalize()

    komisi = pd.Series(0, index=df.index, dtype="int64")
    pesanan = pd.Series(0, index=df.index, dtype="int64")
    mdr = pd.Series(0, index=df.index, dtype="int64")
    ada_platform = platform.notna()
    if (ada_platform & tanggal.isna()).any():
        baris = int(df.index.get_loc(df.index[ada_platform & tanggal.isna()][0])) + 2
        raise GalatMasukan("Tanggal pesanan kosong; tarif tidak dapat dipilih.", kolom="tanggal", baris=baris,
                           saran="Isi tanggal pesanan.")
    rek = _rekaman(tabel)
    tarif_cache: dict = {}
    tarif_baris = []
    for p, k, t in zip(platform.tolist(), kategori.tolist(), tanggal.tolist()):
        if p is None or (isinstance(p, float) and p != p):
            tarif_baris.append(None)
            continue
        kunci = (p, k, t)
        if kunci not in tarif_cache:
            tarif_cache[kunci] = tarif_berlaku(p, t, k, tabel=rek, kelas_merchant=kelas_merchant,
                                               omzet_tahunan=omzet_tahunan)
        tarif_baris.append(tarif_cache[kunci])
    persen_baris = pd.Series([tb.persen if tb is not None else Decimal(0) for tb in tarif_baris], index=df.index)
    for nilai_persen in sorted(set(persen_baris) - {Decimal(0)}):
        kena = (persen_baris == nilai_persen).to_numpy() & selesai
        if kena.any():
            komisi[kena] = _biaya_persen_vektor(df.loc[kena, "bruto"], nilai_persen, pembulatan).to_numpy()
    # Biaya per pesanan dan MDR: sekali per pesanan (tarif dari baris pertama pesanan), lalu dibagi
    # ke baris-barisnya, semua pesanan sekaligus (bagi_per_kelompok).
    per_pesanan_baris = pd.Series([tb.per_pesanan if tb is not None else 0 for tb in tarif_baris],
                                  index=df.index, dtype="int64")
    saat_retur = pd.Series([bool(tb is not None and tb.per_pesanan_saat_retur) for tb in tarif_baris],
                           index=df.index)
    kena_pesanan = ada_platform.to_numpy() & (selesai | (retur & saat_retur.to_numpy())) \
        & (per_pesanan_baris > 0).to_numpy()
    kena_mdr = selesai & pd.Series([bool(tb is not None and tb.mdr) for tb in tarif_baris]).to_numpy()
    sub = df[kena_pesanan]
    if len(sub):
        biaya_order = per_pesanan_baris[kena_pesanan].groupby(sub["id_pesanan"], sort=False).transform("first")
        pesanan.loc[sub.index] = _bagi_per_pesanan(biaya_order, sub["jumlah"], sub["id_pesanan"]).to_numpy()
    sub = df[kena_mdr]
    if len(sub):
        nilai = (sub["bruto"] + sub["ongkos_kirim"]).groupby(sub["id_pesanan"], sort=False).sum()
        pertama = sub.groupby("id_pesanan", sort=False).head(1)
        total = {}
        for id_p, posisi in zip(pertama["id_pesanan"], df.index.get_indexer(pertama.index)):
            tarif = tarif_baris[posisi]
            n = int(nilai[id_p])
            total[id_p] = biaya_persen(n, tarif.persen_mdr(n), pembulatan)
        mdr_order = sub["id_pesanan"].map(total).astype("int64")
        mdr.loc[sub.index] = _bagi_per_pesanan(mdr_order, sub["bruto"], sub["id_pesanan"]).to_numpy()
    df["biaya_komisi"], df["biaya_pesanan"], df["biaya_mdr"] = komisi, pesanan, mdr
    df["biaya_platform"] = komisi + pesanan + mdr
    df["diterima_bersih"] = df["pendapatan"] - df["biaya_platform"]
    return df


def _periksa_baris_ganda(penjualan: pd.DataFrame, berkas, baris_asli) -> None:
    """Baris penjualan yang sama persis (nomor pesanan, produk dan semua nilai) tercatat lebih dari
    sekali — biasanya ekspor yang tersalin dua kali. Dihitung, pendapatan dan biayanya menjadi ganda."""
    kolom = [k for k in penjualan.columns if k != "baris_berkas"]
    ganda = penjualan.duplicated(subset=kolom, keep=False).to_numpy()
    if not ganda.any():
        return
    pos = np.flatnonzero(ganda)
    kelompok = penjualan.iloc[pos].groupby(kolom, sort=False, dropna=False).indices
    rinci = []
    for i, anggota in enumerate(kelompok.values()):
        if i == 3:
            rinci.append("…")
            break
        r = penjualan.iloc[pos[anggota[0]]]
        produk = f" produk {r['id_produk']}" if "id_produk" in penjualan.columns else ""
        rinci.append(f"pesanan {r['id_pesanan']}{produk} di baris "
                     + ", ".join(str(int(baris_asli[pos[a]])) for a in anggota))
    raise GalatData(f"Baris penjualan ganda (sama persis, {len(pos)} baris dalam {len(kelompok)} kelompok): "
                    + "; ".join(rinci) + ". Bila dihitung, pendapatan dan biayanya terhitung dua kali.",
                    berkas=berkas, baris=int(baris_asli[pos[0]]), kolom="id_pesanan",
                    saran="Hapus baris yang tersalin dua kali. Bila memang dua pembelian produk yang sama "
                          "dalam satu pesanan, gabungkan menjadi satu baris dengan jumlah dijumlahkan.")


def _bagi_per_pesanan(total: pd.Series, bobot: pd.Series, id_pesanan: pd.Series) -> pd.Series:
    """Bagi biaya tiap pesanan ke baris-barisnya menurut bobot (sisa terbesar, tepat per pesanan);
    pesanan yang semua bobotnya nol (mis. barang gratis) dibagi rata."""
    from kopkit.dasar.pembagian import bagi_per_kelompok

    bobot = bobot.astype("int64")
    nol = bobot.groupby(id_pesanan, sort=False).transform("sum") == 0
    return bagi_per_kelompok(total.astype("int64"), bobot.where(~nol, 1), id_pesanan)


# --------------------------------------------------------------------------- harga dan titik impas
def _peta(nilai, nama: str, contoh: str):
    """Argumen peta (dict) opsional: None atau pasangan nama-nilai."""
    return None if nilai is None else perlu_pasangan(nilai, nama, saran=f"Contoh: {nama}={contoh}.")


def _persen_arg(nilai, nama: str) -> Decimal:
    """Argumen persen (angka atau teks '7,5') → Decimal, lewat pengurai kopkit."""
    try:
        return parse_persen(nilai)
    except GalatMasukan as e:
        raise GalatMasukan(f"{nama}: {e.pesan}", saran=e.saran) from None


def _daftar_kanal(kanal, nama: str = "kanal") -> list:
    if isinstance(kanal, str):
        return [kanal]
    if not isinstance(kanal, (list, tuple, set)) or not all(isinstance(k, str) for k in kanal):
        raise GalatMasukan(f"{nama} harus satu nama kanal atau daftar nama kanal, bukan {jenis_nilai(kanal)}.",
                           saran="Contoh: 'shopee' atau ('toko_offline', 'shopee').")
    return list(kanal)


def _platform_dari(kanal: str, peta_kanal: dict | None):
    peta_kanal = _peta(peta_kanal, "peta_kanal", "{'instagram': 'qris'}")
    peta = PETA_KANAL if peta_kanal is None else {**PETA_KANAL, **peta_kanal}
    perlu_teks(kanal, "Kanal", saran="Tulis satu kanal, mis. 'shopee'. Pilih: " + ", ".join(peta) + ".")
    if kanal not in peta:
        raise GalatMasukan(f"Kanal '{kanal}' tidak dikenal.",
                           saran="Pilih: " + ", ".join(peta) + ", atau isi peta_kanal.")
    return peta[kanal]


def rincian_harga(harga: int, kanal: str, *, harga_pokok: int = 0, diskon: int = 0, jumlah: int = 1,
                  kategori: str = "fmcg", tanggal=None, ongkir: int = 0, tabel=None,
                  kelas_merchant: str | None = None, omzet_tahunan: int | None = None,
                  peta_kanal: dict | None = None, pembulatan: str = "setengah_ke_atas") -> dict:
    """Rincian satu pesanan berisi ``jumlah`` unit satu produk di satu kanal.

    ``harga`` dan ``diskon`` per unit (diskon ditanggung penjual); ``harga_pokok`` per unit.
    Hasil (rupiah bulat): pendapatan, biaya_komisi, biaya_pesanan, biaya_mdr, biaya_platform,
    diterima_bersih, harga_pokok_total, laba; ``margin_persen`` = laba / pendapatan x 100
    (dibulatkan 1 desimal, hanya untuk dibaca). ``tanggal`` memilih baris tabel tarif yang berlaku;
    bila tidak disebut: hari ini (tarif yang berlaku sekarang). Kanal yang dibayar QRIS perlu
    ``omzet_tahunan`` atau ``kelas_merchant`` (lihat :func:`tarif_berlaku`).

        >>> r = rincian_harga(10_000, "tiktok_tokopedia", diskon=1_000, harga_pokok=6_000, tanggal="01/03/2026")
        >>> r["biaya_komisi"], r["biaya_pesanan"], r["diterima_bersih"], r["laba"]
        (720, 1250, 7030, 1030)
    """
    if tanggal is None:
        tanggal = _dt.date.today()  # tarif yang berlaku hari ini
    for nama, n in (("harga", harga), ("diskon", diskon), ("harga_pokok", harga_pokok), ("ongkir", ongkir)):
        if _rupiah(n, nama) < 0:
            raise GalatMasukan(f"{nama} tidak boleh negatif ({n}).")
    jumlah = _rupiah(jumlah, "jumlah")
    if jumlah < 1:
        raise GalatMasukan("Jumlah unit per pesanan paling sedikit 1.")
    if diskon > harga:
        raise GalatMasukan("Diskon lebih besar dari harga.", saran="Diskon adalah rupiah per unit.")
    platform = _platform_dari(kanal, peta_kanal)
    pendapatan = (int(harga) - int(diskon)) * jumlah
    komisi = per_pesanan = mdr = 0
    if platform is not None:
        t = tarif_berlaku(platform, tanggal, kategori, tabel=tabel, kelas_merchant=kelas_merchant,
                          omzet_tahunan=omzet_tahunan)
        komisi = biaya_persen(pendapatan, t.persen, pembulatan) if t.persen else 0
        per_pesanan = t.per_pesanan
        if t.mdr:
            nilai = pendapatan + int(ongkir)
            mdr = biaya_persen(nilai, t.persen_mdr(nilai), pembulatan)
    biaya = komisi + per_pesanan + mdr
    bersih = pendapatan - biaya
    pokok = int(harga_pokok) * jumlah
    laba = bersih - pokok
    return {"kanal": kanal, "harga": int(harga), "diskon": int(diskon), "jumlah": jumlah,
            "pendapatan": pendapatan, "biaya_komisi": komisi, "biaya_pesanan": per_pesanan,
            "biaya_mdr": mdr, "biaya_platform": biaya, "diterima_bersih": bersih,
            "harga_pokok_total": pokok, "laba": laba,
            "margin_persen": round(laba / pendapatan * 100, 1) if pendapatan else float("nan")}


def _memenuhi(r: dict, laba_minimum: int, margin_minimum: Decimal) -> bool:
    # laba >= jumlah x laba_minimum  dan  laba >= margin% x pendapatan (dibandingkan tepat dengan Decimal)
    return r["laba"] >= r["jumlah"] * laba_minimum and \
        Decimal(r["laba"]) * 100 >= margin_minimum * Decimal(r["pendapatan"])


def harga_minimum(harga_pokok: int, kanal: str, *, laba_minimum: int = 0, margin_minimum=0,
                  diskon: int = 0, jumlah: int = 1, kategori: str = "fmcg", tanggal=None,
                  tabel=None, kelas_merchant: str | None = None, omzet_tahunan: int | None = None,
                  peta_kanal: dict | None = None, pembulatan: str = "setengah_ke_atas",
                  harga_maks: int = 10**10) -> int:
    """Harga jual per unit **terkecil** (rupiah penuh) yang masih memberi laba per unit paling
    sedikit ``laba_minimum`` dan margin paling sedikit ``margin_minimum`` % dari pendapatan,
    setelah semua biaya platform.

    ``tanggal``: seperti :func:`rincian_harga` (bawaan hari ini).

    Cara: rumus tertutup memberi batas bawah dan atas (pembulatan menggeser biaya paling banyak
    Rp 1), lalu setiap harga di antaranya dicek dengan :func:`rincian_harga` — jadi hasilnya tepat,
    juga untuk tarif bertingkat seperti QRIS. ``harga - 1`` selalu gagal memenuhi syarat.

        >>> harga_minimum(6_000, "shopee", laba_minimum=1_000, tanggal="01/03/2026")
        9167
        >>> [rincian_harga(h, "shopee", harga_pokok=6_000, tanggal="01/03/2026")["laba"] for h in (9_167, 9_166)]
        [1000, 999]
    """
    if tanggal is None:
        tanggal = _dt.date.today()  # tarif yang berlaku hari ini
    m = _persen_arg(margin_minimum, "margin_minimum")
    if m < 0 or m >= 100:
        raise GalatMasukan(f"margin_minimum {margin_minimum} harus 0 sampai di bawah 100 (persen).")
    jumlah = _rupiah(jumlah, "jumlah")
    laba_minimum, diskon = _rupiah(laba_minimum, "laba_minimum"), _rupiah(diskon, "diskon")
    harga_maks = _rupiah(harga_maks, "harga_maks")
    platform = _platform_dari(kanal, peta_kanal)
    arg = dict(harga_pokok=harga_pokok, diskon=diskon, jumlah=jumlah, kategori=kategori, tanggal=tanggal,
               tabel=tabel, kelas_merchant=kelas_merchant, omzet_tahunan=omzet_tahunan, peta_kanal=peta_kanal,
               pembulatan=pembulatan)
    r_komisi, tetap, tingkat = Decimal(0), 0, [(0, math.inf, Decimal(0))]
    if platform is not None:
        t = tarif_berlaku(platform, tanggal, kategori, tabel=tabel, kelas_merchant=kelas_merchant,
                          omzet_tahunan=omzet_tahunan)
        r_komisi, tetap = t.persen / 100, t.per_pesanan
        tingkat = [(a, b, p / 100) for a, b, p in t.mdr] or tingkat
    pokok = Decimal(int(harga_pokok) * jumlah + tetap)
    syarat_laba = Decimal(int(laba_minimum) * jumlah)
    kandidat = []
    for bawah, atas, r_mdr in tingkat:  # tiap tingkat MDR: pendapatan+ongkir di [bawah, atas]
        s1, s2 = 1 - r_komisi - r_mdr, 1 - r_komisi - r_mdr - m / 100
        if s2 <= 0:
            continue
        # Pembulatan menggeser biaya paling banyak Rp 2 (komisi + MDR). Syarat perlu -> batas bawah,
        # syarat cukup -> batas atas pendapatan; di antaranya dicek satu per satu.
        lo = max(0, bawah, math.floor(max((pokok + syarat_laba - 2) / s1, (pokok - 2) / s2)) - 1)
        hi = min(atas, max(lo, math.ceil(max((pokok + syarat_laba + 2) / s1, (pokok + 2) / s2)) + 1))
        if lo > hi:
            continue
        h_lo = int(diskon) + max(0, lo // jumlah - 1)
        h_hi = int(diskon) + int(hi) // jumlah + 1
        for h in range(h_lo, min(h_hi, harga_maks) + 1):
            if _memenuhi(rincian_harga(h, kanal, **arg), laba_minimum, m):
                kandidat.append(h)
                break
    if not kandidat:
        raise GalatMasukan("Tidak ada harga yang memenuhi target laba/margin di kanal ini.",
                           saran="Turunkan target margin: komisi + margin tidak boleh mencapai 100%.")
    terkecil = min(kandidat)
    # Jaminan: semua harga di bawahnya sampai batas bawah rumus gagal (dicek oleh uji properti).
    return terkecil


def titik_impas(biaya_tetap: int, laba_per_unit: int) -> int:
    """Banyak unit (bilangan bulat terkecil) agar laba menutup ``biaya_tetap``.

        >>> titik_impas(1_500_000, 2_000)
        750
        >>> titik_impas(1_500_001, 2_000)
        751
    """
    b, l = _rupiah(biaya_tetap, "biaya_tetap"), _rupiah(laba_per_unit, "laba_per_unit")
    if l <= 0:
        from kopkit.dasar.uang import format_rupiah

        raise GalatMasukan(f"Laba per unit {format_rupiah(l)} tidak positif: penjualan tidak pernah menutup "
                           "biaya tetap.",
                           saran="Naikkan harga atau turunkan biaya; lihat harga_minimum().")
    if b < 0:
        raise GalatMasukan("Biaya tetap tidak boleh negatif.")
    return -(-b // l)


def titik_impas_daring(biaya_tetap: int, harga: int, harga_pokok: int, kanal: str, *, jumlah: int = 1,
                       kemasan_per_pesanan: int = 0, **kwargs) -> dict:
    """Titik impas berjualan daring: berapa pesanan (``jumlah`` unit per pesanan) sampai laba
    menutup biaya tetap (foto produk, waktu petugas: lihat :func:`biaya_tetap_daring`).

    Kemasan kiriman (kardus, bubble wrap, lakban) dibayar **setiap pesanan**, jadi bukan biaya
    tetap: ``kemasan_per_pesanan`` mengurangi laba per pesanan.

        >>> titik_impas_daring(1_000_000, 15_000, 9_000, "shopee", tanggal="2026-03-01")["pesanan"]
        308
        >>> titik_impas_daring(1_000_000, 15_000, 9_000, "shopee", kemasan_per_pesanan=1_000,
        ...                    tanggal="2026-03-01")["pesanan"]
        445
    """
    kemasan = _rupiah(kemasan_per_pesanan, "kemasan_per_pesanan")
    if kemasan < 0:
        raise GalatMasukan("Biaya kemasan per pesanan tidak boleh negatif.")
    r = rincian_harga(harga, kanal, harga_pokok=harga_pokok, jumlah=jumlah, **kwargs)
    laba = r["laba"] - kemasan
    pesanan = titik_impas(biaya_tetap, laba)
    return {"laba_per_pesanan": laba, "pesanan": pesanan, "unit": pesanan * r["jumlah"]}


def upah_minimum(wilayah: str, pada) -> int:
    """Upah minimum kabupaten/kota (UMK) sebulan yang berlaku pada tanggal ``pada``, dari tabel
    aturan ``upah_minimum`` (bertanggal, bersumber; tambahkan baris untuk kabupaten Anda).

        >>> upah_minimum("Kabupaten Malang", "2026-03-01")
        3802862
    """
    from kopkit.dasar.aturan import muat_aturan

    t = muat_aturan("upah_minimum", pada=_ke_tanggal(pada).date())
    cocok = t[t["wilayah"].str.lower() == str(wilayah).strip().lower()]
    if cocok.empty:
        raise GalatAturan(f"UMK {wilayah} untuk tanggal itu tidak ada di tabel upah_minimum.",
                          saran="Wilayah di tabel: " + ", ".join(sorted(set(t["wilayah"]))) +
                                ". Tambahkan baris UMK kabupaten Anda beserta sumbernya.")
    return int(cocok["upah_bulanan"].iloc[0])


def biaya_tetap_daring(*, mulai, bulan: int, bagian_waktu_petugas, wilayah: str, biaya_lain: int = 0) -> pd.DataFrame:
    """Biaya tetap membuka toko daring selama ``bulan`` bulan mulai tanggal ``mulai``: waktu
    petugas dinilai **paling sedikit UMK** (``bagian_waktu_petugas`` = bagian dari kerja penuh,
    mis. ``"0,5"`` untuk setengah hari kerja) ditambah ``biaya_lain`` (foto produk, perlengkapan).
    UMK diambil per bulan dari :func:`upah_minimum` (berganti bila melewati tahun). Rupiah per
    bulan dibulatkan setengah ke atas.

    Hasil: ``bulan`` (YYYY-MM), ``umk``, ``waktu_petugas``; baris terakhir ``biaya_lain`` dan
    ``jumlah`` ada di ``attrs``. Rumus Excel per bulan: ``=ROUND(UMK*bagian;0)``.

        >>> t = biaya_tetap_daring(mulai="2026-03-01", bulan=3, bagian_waktu_petugas="0,5",
        ...                        wilayah="Kabupaten Malang", biaya_lain=750_000)
        >>> t["waktu_petugas"].tolist(), t.attrs["jumlah"]
        ([1901431, 1901431, 1901431], 6454293)
    """
    from kopkit.dasar.uang import parse_angka

    n = _rupiah(bulan, "bulan")
    lain = _rupiah(biaya_lain, "biaya_lain")
    if n < 1 or lain < 0:
        raise GalatMasukan("Banyak bulan paling sedikit 1 dan biaya lain tidak boleh negatif.")
    bagian = parse_angka(bagian_waktu_petugas) if isinstance(bagian_waktu_petugas, str) \
        else Decimal(str(bagian_waktu_petugas))
    if not 0 < bagian <= 1:
        raise GalatMasukan(f"bagian_waktu_petugas {bagian_waktu_petugas} harus di atas 0 sampai 1 "
                           "(1 = kerja penuh, 0.5 = setengah).")
    awal = _ke_tanggal(mulai).to_period("M")
    baris = []
    for i in range(n):
        periode = awal + i
        umk = upah_minimum(wilayah, periode.to_timestamp())
        baris.append({"bulan": str(periode), "umk": umk,
                      "waktu_petugas": int((Decimal(umk) * bagian).quantize(Decimal(1), rounding=ROUND_HALF_UP))})
    t = pd.DataFrame(baris)
    t[["umk", "waktu_petugas"]] = t[["umk", "waktu_petugas"]].astype("int64")
    t.attrs["biaya_lain"] = lain
    t.attrs["jumlah"] = int(t["waktu_petugas"].sum()) + lain
    return t


def bandingkan_kanal(harga, harga_pokok: int, *, kanal=("toko_offline", "whatsapp", "shopee",
                     "tiktok_tokopedia", "lazada"), diskon: int = 0, jumlah: int = 1, laba_minimum: int = 0,
                     margin_minimum=0, **kwargs) -> pd.DataFrame:
    """Satu produk di beberapa kanal berdampingan: biaya, diterima bersih, laba, margin dan harga
    minimum untuk target laba. ``harga`` satu angka untuk semua kanal atau dict per kanal.
    Urutan baris mengikuti ``kanal``.

        >>> t = bandingkan_kanal(15_000, 9_000, kanal=("toko_offline", "shopee"), tanggal="2026-03-01")
        >>> t[["kanal", "biaya_platform", "laba"]].values.tolist()
        [['toko_offline', 0, 6000], ['shopee', 2750, 3250]]
    """
    baris = []
    kanal = _daftar_kanal(kanal)
    if isinstance(harga, dict):
        tanpa = [str(k) for k in kanal if k not in harga]
        if tanpa:
            raise GalatMasukan(f"Harga untuk kanal {', '.join(tanpa)} tidak ada.",
                               saran="Isi harga setiap kanal yang dibandingkan, atau satu angka untuk semua kanal.")
    for k in kanal:
        h = harga[k] if isinstance(harga, dict) else harga
        r = rincian_harga(h, k, harga_pokok=harga_pokok, diskon=diskon, jumlah=jumlah, **kwargs)
        r["harga_minimum"] = harga_minimum(harga_pokok, k, laba_minimum=laba_minimum,
                                           margin_minimum=margin_minimum, diskon=diskon, jumlah=jumlah,
                                           **{a: b for a, b in kwargs.items() if a != "ongkir"})
        baris.append(r)
    return pd.DataFrame(baris)
