"""Sisa Hasil Usaha (SHU): alokasi menurut AD/ART dan pembagian kepada anggota, tepat ke rupiah.

Dasar hukum: UU No. 25 Tahun 1992 Pasal 45. SHU = pendapatan satu tahun buku dikurangi biaya,
penyusutan dan kewajiban lain termasuk pajak. Persentase pembagian (cadangan, jasa modal, jasa
usaha, dana-dana) **bukan** dari undang-undang, tetapi dari AD/ART dan keputusan Rapat Anggota;
karena itu persentase adalah *data* (lihat ``kopkit/shu/aturan/shu_contoh.csv`` dan dataset
``aturan_shu``).

Langkah:

1. :func:`alokasi_shu` — SHU dibagi ke pos-pos menurut persen AD/ART (harus tepat 100%).
2. :func:`dasar_simpanan` dan :func:`dasar_transaksi` — dasar pembagian tiap anggota dari data
   simpanan dan transaksi koperasi.
3. :func:`bagi_shu_anggota` — pos jasa modal dibagi menurut simpanan, pos jasa usaha menurut
   transaksi; hasilnya satu baris per anggota dan jumlahnya tepat sama dengan pos.
4. :func:`jurnal_pembagian_shu`, :func:`rencana_dana_sosial`, :func:`ekspor_daftar_shu`.

Semua uang adalah bilangan bulat rupiah; persen dihitung sebagai ``Decimal``.

Contoh singkat:
    >>> import pandas as pd
    >>> alokasi = alokasi_shu(10_000_000, {"cadangan": 40, "jasa_modal": 30, "jasa_usaha": 30})
    >>> alokasi["jumlah"].tolist()
    [4000000, 3000000, 3000000]
    >>> hasil = bagi_shu_anggota(pd.Series({"A1": 100, "A2": 200}), pd.Series({"A1": 5, "A2": 1}),
    ...                          jasa_modal=3_000_000, jasa_usaha=3_000_000)
    >>> hasil.tabel["total"].tolist()
    [3500000, 2500000]
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import numpy as np
import pandas as pd

from kopkit.dasar.uang import format_rupiah
from kopkit.dasar.galat import GalatAturan, GalatBerkas, GalatData, GalatMasukan, Masalah, gagal_bila_ada
from kopkit.dasar.uang import parse_kolom_tanggal, parse_persen, parse_tanggal
from kopkit.dasar.pembagian import bagi_bulat_ke_bawah_larik, bagi_proporsional_larik, bagi_proporsional

__all__ = [
    "baca_aturan", "periksa_aturan", "alokasi_shu", "dasar_simpanan", "dasar_transaksi", "dasar_dari_dataset",
    "bagi_shu_anggota", "hitung_shu", "PembagianSHU", "jurnal_pembagian_shu",
    "rencana_dana_sosial", "ekspor_daftar_shu", "PERAN_POS_BAKU", "PERAN_POS", "peran_pos_shu",
]

SERATUS = Decimal(100)
#: Peran setiap pos SHU: dibagi menurut simpanan, menurut transaksi, ditahan, atau dana tujuan tertentu.
PERAN_POS = ("jasa_modal", "jasa_usaha", "cadangan", "dana")
DASAR_ALOKASI = ("total", "setelah_cadangan")
CARA_SALDO = ("akhir_tahun", "rata_rata")
PEMBULATAN = ("sisa_terbesar", "ke_bawah")

#: Akun (bagan akun kopkit, DOMAIN §3) untuk membukukan alokasi SHU setelah RAT, menurut peran pos.
# Peran pos SHU (peran_pos_shu) -> peran akun penerimanya (bagan akun, kolom peran); dana -> dana_shu.
PERAN_POS_BAKU = {"cadangan": "cadangan", "jasa_modal": "shu_anggota", "jasa_usaha": "shu_anggota"}


# --------------------------------------------------------------------------------------------
# Aturan (persentase AD/ART)
# --------------------------------------------------------------------------------------------

def _ke_decimal(nilai) -> Decimal:
    """Angka persen/bobot → Decimal seperti tertulis lewat pengurai kit (:func:`~kopkit.dasar.uang.parse_persen`:
    33,33 dan 33.33 → Decimal('33.33'), tanda % boleh); bukan angka → InvalidOperation."""
    if isinstance(nilai, bool):
        raise InvalidOperation
    try:
        return _rapikan_decimal(parse_persen(nilai))
    except GalatMasukan:
        raise InvalidOperation from None


def _rapikan_decimal(d: Decimal) -> Decimal:
    """40.0 → 40 (tampil rapi); pecahan dibiarkan (33.33 tetap 33.33)."""
    if d.is_finite() and d == d.to_integral_value():
        return Decimal(int(d))
    return d


def _aturan_bawaan() -> pd.DataFrame:
    from kopkit.dasar.aturan import muat_aturan

    return muat_aturan("shu_contoh")[["pos", "persen", "keterangan"]]


def baca_aturan(aturan=None) -> pd.DataFrame:
    """Aturan pembagian SHU sebagai tabel ``pos``, ``persen`` (Decimal), ``keterangan``.

    ``aturan`` boleh berupa:

    * ``None`` — contoh bawaan kopkit (``kopkit/shu/aturan/shu_contoh.csv``: cadangan 40, jasa modal
      20, jasa usaha 20, dana pengurus/karyawan/pendidikan/sosial masing-masing 5);
    * nama dataset (mis. ``"aturan_shu"``, aturan AD/ART KSU Tunas Makmur) atau path berkas CSV;
    * mapping ``{"cadangan": 40, ...}``;
    * DataFrame dengan kolom ``pos`` dan ``persen``.

    Tabel ini belum diperiksa jumlahnya; gunakan :func:`periksa_aturan`.

    >>> baca_aturan({"cadangan": "33,33", "jasa_modal": 33.33, "jasa_usaha": 33.34})["persen"].tolist()
    [Decimal('33.33'), Decimal('33.33'), Decimal('33.34')]
    """
    berkas_aturan = None
    if aturan is None:
        tabel = _aturan_bawaan()
    elif isinstance(aturan, Mapping):
        tabel = pd.DataFrame({"pos": list(aturan.keys()), "persen": list(aturan.values())})
    elif isinstance(aturan, pd.DataFrame):
        tabel = aturan
    elif isinstance(aturan, (str, Path)):
        teks = str(aturan)
        if isinstance(aturan, Path) or any(c in teks for c in "./\\"):  # berkas, bukan nama dataset
            from kopkit.dasar.baca import baca_tabel

            tabel = baca_tabel(aturan, kolom_wajib=["pos", "persen"], kolom_lain=["keterangan", "peran"],
                               sinonim={"pos": ["nama pos", "pos shu", "pembagian", "penggunaan", "uraian"],
                                        "persen": ["persentase", "bagian", "persen shu", "porsi"],
                                        "peran": ["peran pos", "jenis pos"]},
                               nama_tabel="aturan SHU", galat_judul=GalatData,
                               saran_judul="Kolom yang diperlukan: pos (nama pos) dan persen (angka).")
            berkas_aturan = tabel.attrs["berkas"]
            from kopkit.dasar.uang import parse_persen

            persen_berkas = []
            for nilai, baris in zip(tabel["persen"].tolist(), tabel["baris_berkas"].tolist()):
                try:  # pengurai persen yang sama dengan seluruh kit ("1.250" = 1250, "33,33" = 33.33)
                    persen_berkas.append(parse_persen("" if nilai is None else nilai))
                except GalatMasukan as e:
                    raise GalatAturan(f"Persen pos '{tabel['pos'].iloc[len(persen_berkas)]}' bukan angka: {e.pesan}",
                                      berkas=berkas_aturan, lembar=tabel.attrs.get("lembar"), baris=int(baris),
                                      kolom="persen", kode="R040",
                                      saran="Tulis angka persen, mis. 40 atau 33,33.") from None
            tabel["persen"] = pd.Series(persen_berkas, dtype=object)
            for pos, baris in zip(tabel["pos"].tolist(), tabel["baris_berkas"].tolist()):
                if pos is None:
                    raise GalatAturan("Nama pos kosong.", berkas=berkas_aturan, lembar=tabel.attrs.get("lembar"),
                                      baris=int(baris), kolom="pos", kode="R041",
                                      saran="Isi nama pos, mis. cadangan, jasa_modal, jasa_usaha, dana_sosial.")
            tabel["keterangan"] = (tabel["keterangan"] if "keterangan" in tabel else pd.Series(
                [None] * len(tabel), dtype=object)).map(lambda v: "" if v is None else str(v))
        else:
            from kopkit.dasar import data
            tabel = data.muat(teks)
    else:
        from kopkit.dasar.baca import nama_jenis

        raise GalatMasukan(f"Aturan SHU tidak dikenal: yang diberikan {nama_jenis(aturan)}.", kode="R014",
                           saran="Berikan kamus {'cadangan': 40, ...}, tabel berkolom pos dan persen, "
                                 "nama dataset 'aturan_shu', nama berkas .csv/.xlsx, atau kosongkan "
                                 "untuk contoh bawaan.")
    kurang = [k for k in ("pos", "persen") if k not in tabel.columns]
    if kurang:
        raise GalatData(f"Tabel aturan SHU tidak punya kolom {', '.join(kurang)}.", kolom=", ".join(kurang),
                        saran="Kolom yang diperlukan: pos (nama pos) dan persen (angka).")
    persen = []
    nomor = tabel["baris_berkas"].tolist() if "baris_berkas" in tabel.columns else range(2, len(tabel) + 2)
    for i, nilai in enumerate(tabel["persen"].tolist()):
        try:
            persen.append(_ke_decimal(nilai))
        except (InvalidOperation, ValueError, TypeError):
            raise GalatAturan(f"Persen pos '{tabel['pos'].iloc[i]}' bukan angka: {nilai!r}.", berkas=berkas_aturan,
                              baris=int(nomor[i]), kolom="persen",
                              saran="Tulis angka persen, mis. 40 atau 33,33.") from None
    keterangan = tabel["keterangan"].astype(str).tolist() if "keterangan" in tabel.columns else [""] * len(tabel)
    hasil = pd.DataFrame({"pos": pd.array([str(p).strip() for p in tabel["pos"].tolist()], dtype="str"),
                          "persen": pd.Series(persen, dtype=object),
                          "keterangan": pd.array(keterangan, dtype="str")})
    if "peran" in tabel.columns:  # peran pos yang ditulis pengguna (lihat peran_pos_shu)
        hasil["peran"] = pd.array([None if pd.isna(v) or not str(v).strip() else str(v).strip()
                                   for v in tabel["peran"].tolist()], dtype="str")
    return hasil


# --------------------------------------------------------------------------------------------
# Peran pos: jasa modal, jasa usaha, cadangan, dana
# --------------------------------------------------------------------------------------------

def _kunci_pos(nama) -> str:
    """'Jasa_Modal ' → 'jasa modal' (huruf kecil, garis bawah/strip jadi spasi, spasi tunggal)."""
    return " ".join(str(nama).replace("_", " ").replace("-", " ").lower().split())


def _sinonim_peran() -> tuple[dict, tuple]:
    """Nama pos yang dikenali (tabel aturan ``peran_pos_shu``): (nama persis → peran, awalan)."""
    from kopkit.dasar.aturan import muat_aturan

    t = muat_aturan("peran_pos_shu")
    pasangan = list(zip(t["nama"].astype(str), t["cara"].astype(str), t["peran"].astype(str)))
    return ({n: p for n, c, p in pasangan if c == "sama"},
            tuple((n, p) for n, c, p in pasangan if c == "awalan"))


def _kenali_peran(pos, sinonim) -> str | None:
    sama, awalan = sinonim
    k = _kunci_pos(pos)
    if k in sama:
        return sama[k]
    for nama, peran in awalan:
        if k == nama or k.startswith(nama + " "):
            return peran
    return None


def _cari_peran(tabel: pd.DataFrame, peran=None) -> tuple[list, list[Masalah]]:
    """Peran tiap baris ``tabel`` (pos): argumen ``peran`` > kolom ``peran`` > nama yang dikenali.

    Mengembalikan (daftar peran, masalah); pos tanpa peran menjadi masalah, tidak pernah nol diam-diam.
    """
    if peran is not None and not isinstance(peran, Mapping):
        raise GalatMasukan(f"peran harus dict {{nama pos: peran}}, bukan {type(peran).__name__}.",
                           saran="Contoh: peran={'bagian_anggota': 'jasa_usaha'}.")
    diberi = {str(k).strip(): v for k, v in (peran or {}).items()}
    sinonim = _sinonim_peran()
    pilihan = ", ".join(PERAN_POS)
    hasil, masalah = [], []
    kolom = tabel["peran"].tolist() if "peran" in tabel.columns else [None] * len(tabel)
    for i, (pos, tulisan) in enumerate(zip(tabel["pos"].tolist(), kolom)):
        if pos in diberi:
            tulisan = diberi[pos]
        if tulisan is not None and not pd.isna(tulisan) and str(tulisan).strip():
            nilai = _kunci_pos(tulisan).replace(" ", "_")
            if nilai not in PERAN_POS:
                masalah.append(Masalah(f"Peran '{tulisan}' untuk pos '{pos}' tidak dikenal.", baris=i + 2,
                                       kolom="peran", saran=f"Pilih salah satu: {pilihan}."))
                nilai = None
            hasil.append(nilai)
            continue
        nilai = _kenali_peran(pos, sinonim)
        if nilai == "pecah":
            masalah.append(Masalah(
                f"Pos '{pos}' menggabungkan jasa modal dan jasa usaha, jadi kopkit tidak tahu bagian mana "
                "yang dibagi menurut simpanan dan mana menurut transaksi.", baris=i + 2, kolom="pos",
                saran="Pecah menjadi dua baris, jasa_modal dan jasa_usaha, dengan persen masing-masing menurut "
                      "AD/ART; atau beri peran dengan kolom peran bila seluruhnya satu jenis jasa."))
            nilai = None
        elif nilai is None:
            masalah.append(Masalah(
                f"Pos '{pos}' tidak dikenali: kopkit tidak tahu apakah pos ini dibagi kepada anggota "
                "(jasa modal/jasa usaha), ditahan sebagai cadangan, atau menjadi dana.", baris=i + 2, kolom="pos",
                saran=f"Pakai nama yang lazim (jasa_modal, jasa_usaha, cadangan, dana_...), atau tambahkan "
                      f"kolom peran berisi salah satu: {pilihan} (mis. peran={{'{pos}': 'jasa_usaha'}})."))
        hasil.append(nilai)
    return hasil, masalah


def _peta_peran(tabel: pd.DataFrame, peran=None, judul: str = "Aturan pembagian SHU belum lengkap") -> dict:
    daftar, masalah = _cari_peran(tabel, peran)
    gagal_bila_ada(masalah, judul, galat=GalatAturan)
    return dict(zip(tabel["pos"].tolist(), daftar))


def _cadangan_dari_peran(pos: list, daftar_peran: list, pos_cadangan: str) -> str:
    """Nama pos cadangan: ``pos_cadangan`` bila ada di aturan; bila tidak, satu-satunya pos berperan cadangan."""
    if pos_cadangan in pos:
        return pos_cadangan
    kandidat = [p for p, r in zip(pos, daftar_peran) if r == "cadangan"]
    return kandidat[0] if len(kandidat) == 1 else pos_cadangan


def peran_pos_shu(aturan=None, *, peran=None) -> pd.DataFrame:
    """Peran setiap pos aturan SHU: ``jasa_modal``, ``jasa_usaha``, ``cadangan`` atau ``dana``.

    Peran diambil dari argumen ``peran`` (dict nama pos → peran), dari kolom ``peran`` di tabel
    aturan, atau dikenali dari nama pos lewat tabel aturan ``peran_pos_shu`` ("Jasa Modal",
    "jasa simpanan", "dana cadangan", "dana_sosial", ...). Pos yang tidak dikenali — dan
    "jasa anggota", yang harus dipecah menjadi jasa modal dan jasa usaha — menaikkan
    :class:`~kopkit.dasar.galat.GalatAturan` yang menyebut posnya dan cara memperbaikinya.

    >>> peran_pos_shu({"Cadangan": 40, "Jasa Simpanan": 30, "jasa transaksi": 20, "dana sosial": 10})["peran"].tolist()
    ['cadangan', 'jasa_modal', 'jasa_usaha', 'dana']
    """
    tabel = baca_aturan(aturan)
    peta = _peta_peran(tabel, peran)
    return pd.DataFrame({"pos": tabel["pos"], "persen": tabel["persen"],
                         "peran": pd.array([peta[p] for p in tabel["pos"]], dtype="str")})


def periksa_aturan(aturan=None, dasar: str = "total", pos_cadangan: str = "cadangan") -> list[Masalah]:
    """Periksa aturan pembagian SHU; kembalikan *semua* masalah (daftar kosong = sah).

    Dengan ``dasar="total"`` semua persen harus berjumlah tepat 100. Dengan
    ``dasar="setelah_cadangan"`` persen cadangan dihitung dari SHU total, dan persen pos lain
    (dari SHU setelah cadangan) harus berjumlah tepat 100.

    >>> [m.pesan for m in periksa_aturan({"cadangan": 40, "jasa_modal": 40, "dana_sosial": 25})]
    ['Jumlah persen pembagian SHU adalah 105, bukan 100 (kelebihan 5).']
    """
    tabel = baca_aturan(aturan)
    masalah: list[Masalah] = []
    if tabel.empty:
        return [Masalah("Aturan pembagian SHU kosong.", saran="Isi paling sedikit satu pos dan persennya.")]
    for i, (pos, p) in enumerate(zip(tabel["pos"], tabel["persen"])):
        if not pos or pos.lower() in ("nan", "none"):
            masalah.append(Masalah("Nama pos kosong.", baris=i + 2, kolom="pos", saran="Beri nama pos, mis. dana_sosial."))
        if not p.is_finite() or p < 0:
            masalah.append(Masalah(f"Persen pos '{pos}' tidak boleh negatif: {p}.", baris=i + 2, kolom="persen",
                                   saran="Persen pembagian adalah angka 0 sampai 100."))
    ganda = tabel["pos"][tabel["pos"].duplicated()].unique().tolist()
    for pos in ganda:
        masalah.append(Masalah(f"Pos '{pos}' tercantum lebih dari sekali.", kolom="pos",
                               saran="Gabungkan persennya dalam satu baris."))
    if dasar not in DASAR_ALOKASI:
        masalah.append(Masalah(f"Dasar alokasi '{dasar}' tidak dikenal.",
                               saran="Pilih 'total' (SHU total) atau 'setelah_cadangan'."))
        return masalah
    if dasar == "total":
        jumlah = sum(tabel["persen"], Decimal(0))
        if jumlah != SERATUS:
            selisih = jumlah - SERATUS
            kata = f"kelebihan {_teks_angka(selisih)}" if selisih > 0 else f"kurang {_teks_angka(-selisih)}"
            masalah.append(Masalah(f"Jumlah persen pembagian SHU adalah {_teks_angka(jumlah)}, bukan 100 ({kata}).",
                                   kolom="persen", saran="Sesuaikan persen dengan AD/ART sampai jumlahnya tepat 100."))
    else:
        if pos_cadangan not in tabel["pos"].tolist():
            masalah.append(Masalah(f"Dasar 'setelah_cadangan' memerlukan pos '{pos_cadangan}'.", kolom="pos",
                                   saran="Tambahkan baris cadangan (persen dari SHU total)."))
        else:
            cad = tabel.loc[tabel["pos"] == pos_cadangan, "persen"].iloc[0]
            if cad > SERATUS:
                masalah.append(Masalah(f"Persen cadangan {_teks_angka(cad)} melebihi 100.", kolom="persen"))
        lain = sum(tabel.loc[tabel["pos"] != pos_cadangan, "persen"], Decimal(0))
        if lain != SERATUS:
            masalah.append(Masalah(
                f"Dengan dasar 'setelah_cadangan', persen pos selain cadangan berjumlah {_teks_angka(lain)}, "
                "bukan 100.", kolom="persen",
                saran="Pos selain cadangan membagi SHU setelah cadangan, jadi jumlahnya harus tepat 100."))
    return masalah


def _teks_angka(d: Decimal) -> str:
    """Persen untuk pesan, gaya Indonesia: 105, 100,5, 0,01 (koma desimal, tanpa nol di belakang)."""
    teks = format(d.normalize(), "f") if d == d.to_integral_value() else format(d, "f")
    teks = teks.rstrip("0").rstrip(".") if "." in teks else teks
    return teks.replace(".", ",")


def _cek_rupiah(nilai, nama: str, boleh_negatif: bool = False) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, (int, np.integer, Decimal)):
        raise GalatMasukan(f"{nama} harus bilangan bulat rupiah, bukan {nilai!r}.",
                           saran="Tulis tanpa titik atau koma, mis. 125000000.")
    if isinstance(nilai, Decimal) and nilai != nilai.to_integral_value():
        raise GalatMasukan(f"{nama} harus rupiah penuh, bukan {nilai}.", saran="Bulatkan ke rupiah.")
    nilai = int(nilai)
    if nilai < 0 and not boleh_negatif:
        raise GalatMasukan(f"{nama} negatif ({nilai}): tidak ada yang dibagi.",
                           saran="SHU negatif (rugi) tidak dibagikan; Rapat Anggota memutuskan cara menutupnya.")
    return nilai


def alokasi_shu(shu: int, aturan=None, *, dasar: str = "total", pos_cadangan: str = "cadangan",
                shu_non_anggota: int = 0, aturan_non_anggota=None, peran=None) -> pd.DataFrame:
    """Bagi SHU ke pos-pos AD/ART; hasil rupiah bulat yang berjumlah tepat sama dengan SHU.

    Parameter:
        shu: SHU tahun buku (rupiah, ≥ 0), mis. dari Laporan Perhitungan Hasil Usaha.
        aturan: persen per pos (lihat :func:`baca_aturan`); harus berjumlah tepat 100.
        dasar: ``"total"`` (bawaan, seperti di buku pelajaran: semua persen dari SHU total) atau
            ``"setelah_cadangan"`` (bunyi Pasal 45 ayat 2: cadangan dari SHU total, pos lain
            membagi SHU setelah cadangan dan persennya berjumlah 100).
        shu_non_anggota: bagian SHU yang berasal dari usaha dengan bukan anggota. Bagian ini tidak
            dikembalikan kepada anggota; dibagi menurut ``aturan_non_anggota``
            (bawaan: seluruhnya ke cadangan).
        peran: dict nama pos → peran untuk pos yang namanya tidak dikenali (lihat
            :func:`peran_pos_shu`). Setiap pos harus punya peran.

    Setiap pos = persen × dasar, dibulatkan dengan metode sisa terbesar (selisih dengan hitungan
    pecahan paling banyak Rp 1), sehingga jumlah semua pos sama dengan SHU.

    Hasil: DataFrame ``pos``, ``persen``, ``jumlah`` (int64); bila ada SHU non-anggota juga
    ``dari_anggota`` dan ``dari_non_anggota``.

    Galat: :class:`~kopkit.dasar.galat.GalatAturan` bila persen tidak berjumlah 100 (dihitung sebagai
    Decimal: 33,33 + 33,33 + 33,34 sah).

    >>> alokasi_shu(1_000, {"cadangan": 33.33, "jasa_modal": 33.33, "jasa_usaha": 33.34})["jumlah"].tolist()
    [333, 333, 334]
    """
    shu = _cek_rupiah(shu, "SHU")
    non = _cek_rupiah(shu_non_anggota, "SHU dari bukan anggota")
    if non > shu:
        raise GalatMasukan(f"SHU dari bukan anggota ({non}) lebih besar dari SHU seluruhnya ({shu}).",
                           saran="SHU dari bukan anggota adalah bagian dari SHU total.")
    tabel = baca_aturan(aturan)
    daftar_peran, masalah_peran = _cari_peran(tabel, peran)
    pos_cadangan = _cadangan_dari_peran(tabel["pos"].tolist(), daftar_peran, pos_cadangan)
    gagal_bila_ada(periksa_aturan(tabel, dasar=dasar, pos_cadangan=pos_cadangan) + masalah_peran,
                   "Aturan pembagian SHU tidak sah", galat=GalatAturan)
    dari_anggota = _alokasi_satu(shu - non, tabel, dasar, pos_cadangan)
    hasil = tabel[["pos", "persen"]].copy()
    if non == 0 and aturan_non_anggota is None:
        hasil["jumlah"] = dari_anggota.to_numpy()
        return hasil
    atur_non = baca_aturan(aturan_non_anggota if aturan_non_anggota is not None else {pos_cadangan: 100})
    gagal_bila_ada(periksa_aturan(atur_non) + _cari_peran(atur_non, peran)[1],
                   "Aturan pembagian SHU bukan anggota tidak sah", galat=GalatAturan)
    dari_non = _alokasi_satu(non, atur_non, "total", pos_cadangan)
    baru = [p for p in atur_non["pos"] if p not in set(hasil["pos"])]
    if baru:
        hasil = pd.concat([hasil, pd.DataFrame({"pos": pd.array(baru, dtype="str"),
                                                "persen": pd.Series([Decimal(0)] * len(baru), dtype=object)})],
                          ignore_index=True)
    hasil["dari_anggota"] = np.concatenate([dari_anggota.to_numpy(), np.zeros(len(baru), dtype="int64")])
    peta_non = dict(zip(atur_non["pos"], dari_non.tolist()))
    hasil["dari_non_anggota"] = np.array([peta_non.get(p, 0) for p in hasil["pos"]], dtype="int64")
    hasil["jumlah"] = hasil["dari_anggota"] + hasil["dari_non_anggota"]
    return hasil


def _alokasi_satu(shu: int, tabel: pd.DataFrame, dasar: str, pos_cadangan: str) -> pd.Series:
    persen = pd.Series(tabel["persen"].tolist(), dtype=object)
    if shu == 0:
        return pd.Series(np.zeros(len(tabel), dtype="int64"))
    if dasar == "total":
        return bagi_proporsional(shu, persen)
    adalah_cad = (tabel["pos"] == pos_cadangan).to_numpy()
    p_cad = tabel.loc[adalah_cad, "persen"].iloc[0]
    cad, setelah = bagi_proporsional(shu, pd.Series([p_cad, SERATUS - p_cad], dtype=object)).tolist()
    hasil = np.zeros(len(tabel), dtype="int64")
    hasil[adalah_cad] = cad
    if setelah:
        hasil[~adalah_cad] = bagi_proporsional(setelah, pd.Series(persen[~adalah_cad].tolist(), dtype=object)).to_numpy()
    return pd.Series(hasil)


# --------------------------------------------------------------------------------------------
# Dasar pembagian dari data koperasi
# --------------------------------------------------------------------------------------------

def _perlu_kolom(df, kolom: list[str], nama: str) -> None:
    if not isinstance(df, pd.DataFrame):
        from kopkit.dasar.argumen import jenis_nilai

        raise GalatMasukan(f"Data {nama} harus tabel, bukan {jenis_nilai(df)}.",
                           saran=f"Muat dengan kopkit.data.muat('{nama}').")
    kurang = [k for k in kolom if k not in df.columns]
    if kurang:
        raise GalatData(f"Data {nama} tidak punya kolom {', '.join(kurang)}.", berkas=nama,
                        kolom=", ".join(kurang), saran=f"Kolom yang diperlukan: {', '.join(kolom)}.")


def _akhir_tahun(tahun: int) -> pd.Timestamp:
    if isinstance(tahun, bool) or not isinstance(tahun, (int, np.integer)) or not 1900 <= int(tahun) <= 2200:
        raise GalatMasukan(f"Tahun buku harus bilangan bulat seperti 2025, bukan {tahun!r}.",
                           saran="Contoh: tahun=2025.")
    return pd.Timestamp(year=int(tahun), month=12, day=31)


def dasar_simpanan(simpanan: pd.DataFrame, tahun: int, *, jenis=("pokok", "wajib"),
                   cara: str = "akhir_tahun", anggota: pd.DataFrame | None = None) -> pd.Series:
    """Simpanan tiap anggota sebagai dasar jasa modal (rupiah, indeks ``id_anggota``).

    Parameter:
        simpanan: transaksi simpanan (kolom tanggal, id_anggota, jenis, setor, tarik),
            termasuk transaksi tahun-tahun sebelumnya (untuk saldo awal).
        jenis: jenis simpanan yang dihitung; bawaan pokok + wajib (simpanan modal sendiri).
            Tambahkan ``"sukarela"`` bila AD/ART menghendaki.
        cara: ``"akhir_tahun"`` (saldo 31 Desember) atau ``"rata_rata"`` (rata-rata 12 saldo
            akhir bulan Januari–Desember, dibulatkan ke rupiah terdekat, setengah ke atas).
        anggota: bila diberikan, setiap anggota dalam tabel ini muncul (yang tanpa simpanan = 0).

    >>> s = pd.DataFrame({"tanggal": pd.to_datetime(["2024-05-01", "2025-07-01"]),
    ...                   "id_anggota": ["A1", "A1"], "jenis": ["pokok", "wajib"],
    ...                   "setor": [100_000, 120_000], "tarik": [0, 0]})
    >>> int(dasar_simpanan(s, 2025).loc["A1"]), int(dasar_simpanan(s, 2025, cara="rata_rata").loc["A1"])
    (220000, 160000)
    """
    _perlu_kolom(simpanan, ["tanggal", "id_anggota", "jenis", "setor", "tarik"], "simpanan")
    if cara not in CARA_SALDO:
        raise GalatMasukan(f"Cara menghitung saldo '{cara}' tidak dikenal.",
                           saran="Pilih 'akhir_tahun' atau 'rata_rata'.")
    if isinstance(jenis, str):
        jenis = (jenis,)
    dikenal = {"pokok", "wajib", "sukarela"}
    if not isinstance(jenis, (list, tuple, set)):
        from kopkit.dasar.argumen import jenis_nilai

        raise GalatMasukan(f"jenis harus daftar jenis simpanan, bukan {jenis_nilai(jenis)}.",
                           saran="Contoh: jenis=('pokok', 'wajib').")
    asing = [j for j in jenis if j not in dikenal]
    if asing:
        raise GalatMasukan(f"Jenis simpanan tidak dikenal: {', '.join(asing)}.",
                           saran="Pilih dari pokok, wajib, sukarela.")
    s = simpanan.loc[simpanan["jenis"].astype(str).isin(list(jenis))]
    # Tanggal lebih dulu (01/08/2025 = 1 Agustus), nama bulan Indonesia; sel salah → GalatMasukan berbaris.
    tanggal = parse_kolom_tanggal(s["tanggal"], berkas="simpanan", kolom="tanggal")
    pilih = (tanggal <= _akhir_tahun(tahun)).to_numpy()
    s, tanggal = s.loc[pilih], tanggal.loc[pilih]
    bersih = s["setor"].astype("int64") - s["tarik"].astype("int64")
    id_ = s["id_anggota"].astype(str)
    if cara == "akhir_tahun":
        hasil = bersih.groupby(id_.to_numpy()).sum().astype("int64")
    else:
        awal_tahun = pd.Timestamp(year=int(tahun), month=1, day=1)
        # bulan ke-k (0..11) dalam tahun buku; transaksi sebelum tahun buku masuk saldo awal (-1).
        bulan = np.where(tanggal < awal_tahun, -1, tanggal.dt.month.to_numpy() - 1)
        tabel = pd.DataFrame({"id": id_.to_numpy(), "bulan": bulan, "nilai": bersih.to_numpy()})
        per_bulan = tabel.pivot_table(index="id", columns="bulan", values="nilai", aggfunc="sum",
                                      fill_value=0).reindex(columns=range(-1, 12), fill_value=0)
        saldo_akhir_bulan = per_bulan.to_numpy(dtype="int64").cumsum(axis=1)[:, 1:]
        jumlah = saldo_akhir_bulan.sum(axis=1)
        # rata-rata = jumlah/12, dibulatkan setengah ke atas, tetap bilangan bulat tepat.
        hasil = pd.Series((2 * jumlah + 12) // 24, index=per_bulan.index, dtype="int64")
    hasil.index = pd.Index(hasil.index.astype(str), name="id_anggota")
    if anggota is not None:
        _perlu_kolom(anggota, ["id_anggota"], "anggota")
        hasil = hasil.reindex(anggota["id_anggota"].astype(str).tolist(), fill_value=0)
        hasil.index.name = "id_anggota"
    return hasil.rename("simpanan").astype("int64")


def dasar_transaksi(*, penjualan_toko=None, setoran_susu=None, angsuran=None, pinjaman=None,
                    tahun: int, anggota: pd.DataFrame | None = None) -> pd.DataFrame:
    """Transaksi tiap anggota dengan koperasi dalam tahun buku, satu kolom per unit usaha.

    Kolom (hanya yang datanya diberikan): ``toko`` (belanja di toko, ``penjualan_toko.total``),
    ``produsen`` (nilai setoran susu, ``setoran_susu.nilai``), ``usp`` (jasa pinjaman yang
    dibayar, ``angsuran.jasa``; perlu tabel ``pinjaman`` untuk mengetahui anggotanya).
    Penjualan kepada bukan anggota (id_anggota kosong) tidak dihitung.

    >>> toko = pd.DataFrame({"tanggal": pd.to_datetime(["2025-03-01", "2025-04-01", "2025-04-02"]),
    ...                      "no_nota": ["N1", "N2", "N3"], "id_anggota": ["A1", None, "A1"],
    ...                      "total": [50_000, 70_000, 25_000]})
    >>> dasar_transaksi(penjualan_toko=toko, tahun=2025)["toko"].to_dict()
    {'A1': 75000}
    """
    akhir = _akhir_tahun(tahun)
    awal = pd.Timestamp(year=int(tahun), month=1, day=1)
    kolom = {}

    def jumlahkan(df, nama, kol_nilai, id_kolom="id_anggota"):
        _perlu_kolom(df, ["tanggal", id_kolom, kol_nilai], nama)
        tgl = parse_kolom_tanggal(df["tanggal"], berkas=nama, kolom="tanggal")
        d = df.loc[(tgl >= awal) & (tgl <= akhir) & df[id_kolom].notna()]
        return d[kol_nilai].astype("int64").groupby(d[id_kolom].astype(str).to_numpy()).sum()

    if penjualan_toko is not None:
        kolom["toko"] = jumlahkan(penjualan_toko, "penjualan_toko", "total")
    if setoran_susu is not None:
        kolom["produsen"] = jumlahkan(setoran_susu, "setoran_susu", "nilai")
    if angsuran is not None:
        if pinjaman is None:
            raise GalatMasukan("Untuk menghitung jasa pinjaman per anggota, tabel pinjaman juga diperlukan.",
                               saran="Berikan pinjaman=data.muat('pinjaman').")
        _perlu_kolom(pinjaman, ["id_pinjaman", "id_anggota"], "pinjaman")
        _perlu_kolom(angsuran, ["id_pinjaman", "tanggal", "jasa"], "angsuran")
        pemilik = dict(zip(pinjaman["id_pinjaman"].astype(str), pinjaman["id_anggota"].astype(str)))
        a = angsuran.assign(id_anggota=angsuran["id_pinjaman"].astype(str).map(pemilik))
        tanpa = a["id_anggota"].isna()
        if tanpa.any():
            contoh = ", ".join(a.loc[tanpa, "id_pinjaman"].astype(str).unique()[:3])
            raise GalatData(f"Angsuran untuk pinjaman yang tidak ada di tabel pinjaman: {contoh}.",
                            berkas="angsuran", kolom="id_pinjaman", saran="Periksa nomor pinjamannya.")
        kolom["usp"] = jumlahkan(a, "angsuran", "jasa")
    if not kolom:
        raise GalatMasukan("Tidak ada data transaksi yang diberikan.",
                           saran="Berikan paling sedikit satu: penjualan_toko, setoran_susu, atau angsuran + pinjaman.")
    hasil = pd.DataFrame(kolom).fillna(0).astype("int64")
    if anggota is not None:
        _perlu_kolom(anggota, ["id_anggota"], "anggota")
        hasil = hasil.reindex(anggota["id_anggota"].astype(str).tolist(), fill_value=0)
    else:
        hasil = hasil.sort_index()
    hasil.index = pd.Index(hasil.index.astype(str), name="id_anggota")
    return hasil


_SUMBER_SIMPANAN = {"simpanan_pokok": "pokok", "simpanan_wajib": "wajib", "simpanan_sukarela": "sukarela"}
_SUMBER_TRANSAKSI = {"pembelian_toko": "toko", "setoran_susu": "produsen", "jasa_pinjaman": "usp"}


def dasar_dari_dataset(tahun: int, *, cara_simpanan: str = "akhir_tahun", aturan_dasar=None):
    """Dasar pembagian KSU Tunas Makmur langsung dari dataset kursus.

    Membaca ``anggota``, ``simpanan``, ``penjualan_toko``, ``setoran_susu``, ``angsuran``,
    ``pinjaman`` dan aturan ``dasar_shu`` (simpanan mana yang dihitung; transaksi mana dan
    bobotnya). Mengembalikan ``(simpanan, transaksi, bobot_transaksi)`` yang siap untuk
    :func:`bagi_shu_anggota` (``bobot_transaksi=...``). Setiap anggota di tabel ``anggota``
    muncul (yang tanpa simpanan/transaksi bernilai 0).

    ``aturan_dasar``: tabel pengganti ``dasar_shu`` (kolom komponen, sumber, dihitung, bobot).
    """
    from kopkit.dasar import data

    atur = data.muat("dasar_shu") if aturan_dasar is None else aturan_dasar
    _perlu_kolom(atur, ["komponen", "sumber", "dihitung", "bobot"], "dasar_shu")
    dihitung = atur.loc[atur["dihitung"].astype(bool)]
    jenis = [_SUMBER_SIMPANAN[x] for x in dihitung.loc[dihitung["komponen"] == "jasa_modal", "sumber"]
             if x in _SUMBER_SIMPANAN]
    tak_dikenal = [x for x in dihitung["sumber"] if x not in _SUMBER_SIMPANAN and x not in _SUMBER_TRANSAKSI]
    if tak_dikenal:
        raise GalatAturan(f"Sumber dasar SHU belum didukung: {', '.join(tak_dikenal)}.", berkas="dasar_shu",
                          kolom="sumber", saran="Tandai dihitung=false, atau hitung dasarnya sendiri.")
    anggota = data.muat("anggota")
    simpanan = dasar_simpanan(data.muat("simpanan"), tahun, jenis=tuple(jenis), cara=cara_simpanan, anggota=anggota)
    trans_atur = dihitung.loc[dihitung["komponen"] == "jasa_usaha"]
    sumber = set(trans_atur["sumber"])
    transaksi = dasar_transaksi(
        penjualan_toko=data.muat("penjualan_toko") if "pembelian_toko" in sumber else None,
        setoran_susu=data.muat("setoran_susu") if "setoran_susu" in sumber else None,
        angsuran=data.muat("angsuran") if "jasa_pinjaman" in sumber else None,
        pinjaman=data.muat("pinjaman") if "jasa_pinjaman" in sumber else None,
        tahun=tahun, anggota=anggota)
    bobot = {_SUMBER_TRANSAKSI[x]: _ke_decimal(b) for x, b in zip(trans_atur["sumber"], trans_atur["bobot"])}
    return simpanan, transaksi, bobot


# --------------------------------------------------------------------------------------------
# Pembagian per anggota
# --------------------------------------------------------------------------------------------

@dataclass
class PembagianSHU:
    """Hasil :func:`bagi_shu_anggota`.

    Atribut:
        tabel: satu baris per anggota: id_anggota, nama, simpanan, transaksi (dan transaksi per
            unit bila ada), jasa_modal, jasa_usaha, total.
        jumlah: jumlah tiap kolom uang (dict).
        sisa_pembulatan: sisa per pos karena pembulatan ke bawah (0 dengan sisa terbesar).
        pos_sisa: pos tujuan sisa pembulatan (mis. ``cadangan``).
        tidak_diikutkan: anggota yang tidak mendapat SHU dan alasannya.
    """

    tabel: pd.DataFrame
    jumlah: dict
    sisa_pembulatan: dict
    pos_sisa: str
    pembulatan: str
    kelipatan: int
    tidak_diikutkan: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["id_anggota", "alasan"]))

    @property
    def total_sisa(self) -> int:
        """Jumlah semua sisa pembulatan (rupiah)."""
        return int(sum(self.sisa_pembulatan.values()))

    def tabel_dengan_jumlah(self) -> pd.DataFrame:
        """Tabel anggota ditambah satu baris ``JUMLAH`` di bawah (untuk ditampilkan)."""
        t = self.tabel
        baris = {k: (self.jumlah[k] if k in self.jumlah else "") for k in t.columns}
        baris["id_anggota"], baris["nama"] = "JUMLAH", ""
        return pd.concat([t, pd.DataFrame([baris]).astype({k: "int64" for k in self.jumlah})], ignore_index=True)

    def alokasi_akhir(self, alokasi: pd.DataFrame, *, peran=None) -> pd.DataFrame:
        """Alokasi setelah sisa pembulatan dipindah dari pos jasa ke ``pos_sisa``.

        Jumlah seluruh pos tidak berubah; yang dibukukan sebagai SHU anggota tepat sama dengan
        jumlah daftar pembagian. Pos jasa dicari menurut namanya, atau menurut perannya
        (``peran``: dict nama pos → peran, lihat :func:`peran_pos_shu`).
        """
        hasil = alokasi.copy()
        if self.pos_sisa not in hasil["pos"].tolist():
            tambahan = pd.DataFrame({"pos": pd.array([self.pos_sisa], dtype="str"),
                                     "persen": pd.Series([Decimal(0)], dtype=object), "jumlah": [0]})
            hasil = pd.concat([hasil, tambahan], ignore_index=True)
        for pos, sisa in self.sisa_pembulatan.items():
            sasaran = (hasil["pos"] == pos).to_numpy()
            if not sasaran.any() and sisa:
                peta, sinonim = dict(peran or {}), _sinonim_peran()
                cocok = [i for i, p in enumerate(hasil["pos"].tolist())
                         if (peta.get(p) or _kenali_peran(p, sinonim)) == pos]
                if not cocok:
                    raise GalatAturan(f"Sisa pembulatan {_nama_pos(pos)} (Rp {sisa}) tidak dapat dipindahkan: "
                                      f"alokasi tidak punya pos berperan {pos}.",
                                      saran="Berikan alokasi dari aturan yang sama dengan pembagiannya.")
                sasaran = np.zeros(len(hasil), dtype=bool)
                sasaran[max(cocok, key=lambda i: int(hasil["jumlah"].iloc[i]))] = True
            hasil.loc[sasaran, "jumlah"] -= sisa
            hasil.loc[hasil["pos"] == self.pos_sisa, "jumlah"] += sisa
        hasil["jumlah"] = hasil["jumlah"].astype("int64")
        return hasil


def _sebagai_seri(nilai, nama: str) -> pd.Series:
    if isinstance(nilai, Mapping):
        nilai = pd.Series(nilai)
    if not isinstance(nilai, pd.Series):
        from kopkit.dasar.argumen import jenis_nilai

        raise GalatMasukan(f"Data {nama} harus satu angka per anggota (Series berindeks id_anggota), bukan "
                           f"{jenis_nilai(nilai)}.",
                           saran=f"Gunakan dasar_{nama}(...) atau pd.Series(nilai, index=id_anggota).")
    return nilai


def _periksa_dasar(df: pd.DataFrame, nama: str) -> pd.DataFrame:
    """Dasar pembagian: indeks unik, angka, tidak kosong, tidak negatif — semua masalah sekaligus."""
    masalah = []
    if df.index.has_duplicates:
        ganda = df.index[df.index.duplicated()].unique().tolist()
        masalah.append(Masalah(f"id_anggota ganda di data {nama}: {', '.join(map(str, ganda[:5]))}.",
                               kolom="id_anggota", saran="Jumlahkan dulu per anggota (groupby) atau hapus baris ganda."))
    for kol in df.columns:
        s = df[kol]
        if not (pd.api.types.is_numeric_dtype(s.dtype) or s.dtype == object):
            masalah.append(Masalah(f"Kolom {kol} di data {nama} bukan angka.", kolom=str(kol)))
            continue
        if s.dtype == np.int64:  # jalur umum (rupiah bulat): tidak mungkin kosong; cukup cek minimumnya
            if len(s) == 0 or s.to_numpy().min() >= 0:
                continue
        kosong = s.isna()
        if kosong.any():
            masalah.append(Masalah(f"Nilai kosong di data {nama} untuk {', '.join(map(str, s.index[kosong][:5]))}.",
                                   kolom=str(kol), saran="Isi 0 bila anggota itu tidak punya simpanan/transaksi."))
            continue
        try:
            negatif = (s < 0).to_numpy(dtype=bool)
        except TypeError:
            masalah.append(Masalah(f"Kolom {kol} di data {nama} berisi nilai yang bukan angka.", kolom=str(kol)))
            continue
        if negatif.any():
            masalah.append(Masalah(
                f"Nilai negatif di data {nama} untuk {', '.join(map(str, s.index[negatif][:5]))}.", kolom=str(kol),
                saran="Saldo/transaksi tidak boleh minus; periksa penarikan atau retur yang tercatat ganda."))
    gagal_bila_ada(masalah, f"Data {nama} tidak dapat dipakai", galat=GalatData)
    return df


def bagi_shu_anggota(simpanan, transaksi, *, jasa_modal: int, jasa_usaha: int,
                     anggota: pd.DataFrame | None = None, bobot_unit=None, bobot_transaksi=None,
                     pembulatan: str = "sisa_terbesar", kelipatan: int = 100, pos_sisa: str = "cadangan",
                     tahun: int | None = None, sertakan_yang_keluar: bool = False) -> PembagianSHU:
    """Bagi pos jasa modal menurut simpanan dan pos jasa usaha menurut transaksi, per anggota.

    ``SHU_i = simpanan_i / Σ simpanan × jasa_modal + transaksi_i / Σ transaksi × jasa_usaha``,
    dibulatkan sehingga jumlah per pos tepat sama dengan posnya.

    Parameter:
        simpanan: Series berindeks id_anggota (mis. dari :func:`dasar_simpanan`).
        transaksi: Series berindeks id_anggota, atau DataFrame satu kolom per unit usaha
            (mis. dari :func:`dasar_transaksi`).
        jasa_modal, jasa_usaha: besar pos dalam rupiah (dari :func:`alokasi_shu`).
        anggota: tabel anggota (id_anggota, nama, tanggal_masuk, tanggal_keluar). Bila ada,
            setiap anggota muncul dalam daftar; id yang tidak ada di tabel ini ditolak.
            **Anggota yang keluar sampai 31 Desember tahun buku tidak diikutkan** (simpanan dan
            transaksinya dikeluarkan dari dasar pembagian), kecuali ``sertakan_yang_keluar=True``.
            Anggota yang masuk di tengah tahun diikutkan dengan simpanan/transaksinya sendiri
            (dengan saldo rata-rata, simpanannya otomatis lebih kecil).
        bobot_unit: hanya bila ``transaksi`` per unit: persen pos jasa usaha untuk tiap unit,
            mis. ``{"toko": 40, "produsen": 40, "usp": 20}``; setiap unit dibagi menurut
            transaksi unit itu. Tanpa ini semua kolom transaksi dijumlahkan (rupiah sama nilainya).
        bobot_transaksi: hanya bila ``transaksi`` per unit: pengali nilai tiap unit sebelum
            dijumlahkan, mis. ``{"toko": 1, "produsen": 0.25, "usp": 1}`` (aturan KSU Tunas
            Makmur di dataset ``dasar_shu``). Dihitung tepat (pecahan tidak dibulatkan); kolom
            ``transaksi`` di tabel menampilkan jumlah berbobot yang dibulatkan ke rupiah.
        pembulatan: ``"sisa_terbesar"`` (bawaan, tepat ke rupiah) atau ``"ke_bawah"`` (setiap
            bagian dibulatkan ke bawah ke ``kelipatan``; sisanya dilaporkan di
            ``sisa_pembulatan`` dan menjadi milik ``pos_sisa``, lihat :meth:`PembagianSHU.alokasi_akhir`).

    Urutan baris: urutan tabel ``anggota`` bila diberikan; selain itu urutan ``simpanan``, lalu
    id yang hanya ada di ``transaksi``.

    Galat: :class:`~kopkit.dasar.galat.GalatData` untuk id ganda, nilai negatif/kosong, simpanan atau
    transaksi yang semuanya nol padahal posnya berisi; :class:`~kopkit.dasar.galat.GalatMasukan` untuk
    pilihan yang tidak dikenal.

    >>> h = bagi_shu_anggota(pd.Series({"A1": 1, "A2": 1, "A3": 1}), pd.Series({"A1": 1, "A2": 1, "A3": 1}),
    ...                      jasa_modal=100, jasa_usaha=0)
    >>> h.tabel["jasa_modal"].tolist(), h.jumlah["jasa_modal"]
    ([34, 33, 33], 100)
    """
    jasa_modal = _cek_rupiah(jasa_modal, "Pos jasa modal")
    jasa_usaha = _cek_rupiah(jasa_usaha, "Pos jasa usaha")
    if _cek_rupiah(kelipatan, "Kelipatan pembulatan") <= 0:
        raise GalatMasukan(f"Kelipatan pembulatan harus lebih dari nol, bukan {kelipatan}.", saran="Contoh: kelipatan=100.")
    if pembulatan not in PEMBULATAN:
        raise GalatMasukan(f"Cara pembulatan '{pembulatan}' tidak dikenal.",
                           saran="Pilih 'sisa_terbesar' atau 'ke_bawah'.")
    simp = _sebagai_seri(simpanan, "simpanan")
    trans = transaksi if isinstance(transaksi, pd.DataFrame) else _sebagai_seri(transaksi, "transaksi")
    simp_df = _periksa_dasar(simp.to_frame("simpanan").set_axis(_indeks_teks(simp.index), axis=0), "simpanan")
    trans_df = trans.to_frame("transaksi") if isinstance(trans, pd.Series) else trans
    trans_df = trans_df.set_axis(_indeks_teks(trans_df.index), axis=0)
    if trans_df.shape[1] == 0:
        raise GalatData("Data transaksi tidak punya kolom.", saran="Beri satu kolom per unit usaha.")
    _periksa_dasar(trans_df, "transaksi")
    per_unit = isinstance(trans, pd.DataFrame)
    unit = [str(k) for k in trans_df.columns]
    trans_df.columns = unit

    # --- siapa yang ikut ---
    # Operasi Index pandas (bukan set/list Python) supaya tetap cepat untuk jutaan anggota.
    sama_indeks = simp_df.index.equals(trans_df.index)
    semua = simp_df.index if sama_indeks else simp_df.index.union(trans_df.index, sort=False)
    tidak_ikut = []
    if anggota is not None:
        _perlu_kolom(anggota, ["id_anggota"], "anggota")
        ids = pd.Index(anggota["id_anggota"].astype(str).to_numpy(), dtype="str")
        if ids.has_duplicates:
            ganda = ids[ids.duplicated()].unique().tolist()
            raise GalatData(f"id_anggota ganda di tabel anggota: {', '.join(ganda[:5])}.", berkas="anggota",
                            kolom="id_anggota", saran="Setiap anggota harus punya nomor sendiri.")
        asing = semua.difference(ids).tolist()
        if asing:
            raise GalatData(f"Ada simpanan/transaksi atas nama id yang bukan anggota: {', '.join(asing[:5])}"
                            + (" …" if len(asing) > 5 else "") + ".", kolom="id_anggota",
                            saran="Tambahkan ke tabel anggota, atau pisahkan sebagai transaksi bukan anggota.")
        if tahun is None:
            raise GalatMasukan("Sebut tahun buku (tahun=...) bila tabel anggota diberikan: anggota yang keluar "
                               "sebelum akhir tahun buku tidak ikut dibagi.", saran="Mis. tahun=2025.")
        akhir = np.datetime64(_akhir_tahun(tahun))
        ikut = np.ones(len(ids), dtype=bool)
        if "tanggal_keluar" in anggota.columns and not sertakan_yang_keluar:
            keluar = parse_kolom_tanggal(anggota["tanggal_keluar"], berkas="anggota", kolom="tanggal_keluar").to_numpy()
            kena = pd.notna(keluar) & (keluar <= akhir)
            for i in np.flatnonzero(kena):
                tidak_ikut.append((ids[i], f"keluar {pd.Timestamp(keluar[i]).date()} (sebelum akhir tahun buku)"))
            ikut &= ~kena
        if "tanggal_masuk" in anggota.columns:
            masuk = parse_kolom_tanggal(anggota["tanggal_masuk"], berkas="anggota", kolom="tanggal_masuk").to_numpy()
            kena = pd.notna(masuk) & (masuk > akhir)
            for i in np.flatnonzero(kena):
                tidak_ikut.append((ids[i], f"masuk {pd.Timestamp(masuk[i]).date()} (setelah tahun buku)"))
            ikut &= ~kena
        idx = ids[ikut]
        nama = (pd.array(anggota["nama"].astype(str).to_numpy()[ikut], dtype="str") if "nama" in anggota.columns
                else None)
    else:
        idx = semua
        nama = None
    if len(idx) == 0:
        raise GalatData("Tidak ada anggota yang berhak menerima SHU (daftar kosong).",
                        saran="Periksa tabel anggota, simpanan dan transaksi.")
    if anggota is None and sama_indeks:
        # Jalur umum tanpa tabel anggota: indeks sudah sama, tidak perlu reindex.
        idx = simp_df.index.rename("id_anggota")
        s, t = simp_df["simpanan"], trans_df
    else:
        idx = pd.Index(idx, name="id_anggota")
        s = simp_df["simpanan"].reindex(idx, fill_value=0)
        t = trans_df.reindex(idx, fill_value=0)
    s = _ke_int_atau_objek(s)
    if not all(str(d) == "int64" for d in t.dtypes):
        t = t.apply(_ke_int_atau_objek)

    sisa = {}

    def bagi(pool: int, bobot: pd.Series, nama_pos: str, dasar: str) -> np.ndarray:
        if pool == 0:
            return np.zeros(len(bobot), dtype="int64")
        if not np.any(bobot.to_numpy()):
            raise GalatData(f"Pos {nama_pos} berisi {format_rupiah(pool)} tetapi {dasar} semua anggota nol; "
                            "tidak ada dasar untuk membagi.",
                            saran=f"Periksa data {dasar}, atau ubah aturan sehingga pos {nama_pos} = 0.")
        if pembulatan == "sisa_terbesar":
            # Dasar sudah diperiksa _periksa_dasar (angka, tidak kosong, tidak negatif).
            return bagi_proporsional_larik(pool, bobot, bobot_bulat_sah=True)
        bagian, r = bagi_bulat_ke_bawah_larik(pool, bobot, kelipatan=kelipatan)
        sisa[nama_pos] = sisa.get(nama_pos, 0) + r
        return bagian

    if bobot_unit is not None and bobot_transaksi is not None:
        raise GalatMasukan("Pilih salah satu: bobot_unit (membagi pos per unit) atau bobot_transaksi "
                           "(pengali nilai transaksi), tidak keduanya.")
    if not per_unit and (bobot_unit is not None or bobot_transaksi is not None):
        raise GalatMasukan("bobot_unit/bobot_transaksi hanya berlaku bila transaksi berupa tabel per unit.",
                           saran="Berikan transaksi sebagai DataFrame satu kolom per unit (dasar_transaksi).")
    jm = bagi(jasa_modal, s, "jasa_modal", "simpanan")
    if per_unit and bobot_unit is not None:
        atur = baca_aturan(bobot_unit)
        gagal_bila_ada(periksa_aturan(atur), "Bobot unit untuk jasa usaha tidak sah", galat=GalatAturan)
        tak_ada = [u for u in atur["pos"] if u not in unit]
        if tak_ada:
            raise GalatAturan(f"Bobot unit menyebut unit yang tidak ada di data transaksi: {', '.join(tak_ada)}.",
                              saran=f"Unit yang ada: {', '.join(unit)}.")
        sub = bagi_proporsional(jasa_usaha, pd.Series(atur["persen"].tolist(), index=atur["pos"].tolist(), dtype=object)) \
            if jasa_usaha else pd.Series(0, index=atur["pos"].tolist())
        ju = np.zeros(len(idx), dtype="int64")
        for u, pool_u in sub.items():
            ju = ju + bagi(int(pool_u), t[u], "jasa_usaha", f"transaksi unit {u}")
    elif per_unit and bobot_transaksi is not None:
        skala, penyebut = _bobot_bulat_per_unit(bobot_transaksi, unit)
        berbobot = _jumlah_berbobot(t, skala)
        ju = bagi(jasa_usaha, berbobot, "jasa_usaha", "transaksi")
        # Untuk ditampilkan: jumlah berbobot dalam rupiah, dibulatkan setengah ke atas.
        tampil_transaksi = (2 * berbobot + penyebut) // (2 * penyebut)
    else:
        jumlah_trans = t.sum(axis=1) if t.shape[1] > 1 else t.iloc[:, 0]
        ju = bagi(jasa_usaha, _ke_int_atau_objek(jumlah_trans), "jasa_usaha", "transaksi")

    n = len(idx)
    # Satu kali membangun DataFrame tanpa salinan ulang (penting untuk jutaan anggota). Tabel hasil
    # boleh diubah peserta tanpa mengubah data aslinya: pandas ≥ 3 (Copy-on-Write) menyalin kolom
    # yang berbagi memori saat salah satunya diubah, jadi kolom dari data pengguna tidak perlu
    # disalin di sini; pandas lama: salin sekali.
    def milik_hasil(seri: pd.Series):
        return seri.reset_index(drop=True) if _SALIN_SAAT_DIUBAH else seri.to_numpy(copy=True)

    kolom = {"id_anggota": (idx.astype("str", copy=False) if _SALIN_SAAT_DIUBAH else pd.array(idx, dtype="str")),
             "nama": nama if nama is not None else pd.Series("", index=pd.RangeIndex(n), dtype="str").array,
             "simpanan": milik_hasil(s)}
    if per_unit:
        for u in unit:
            kolom[f"transaksi_{u}"] = milik_hasil(t[u])
    if per_unit and bobot_transaksi is not None:
        kolom["transaksi"] = np.asarray(tampil_transaksi.tolist() if tampil_transaksi.dtype == object
                                        else tampil_transaksi.to_numpy(), dtype="int64")
    else:
        kolom["transaksi"] = milik_hasil(t.sum(axis=1) if t.shape[1] > 1 else t.iloc[:, 0])
    jm_arr, ju_arr = np.asarray(jm, dtype="int64"), np.asarray(ju, dtype="int64")  # array baru milik hasil
    kolom["jasa_modal"], kolom["jasa_usaha"], kolom["total"] = jm_arr, ju_arr, jm_arr + ju_arr
    tabel = pd.DataFrame(kolom, copy=False)
    uang = [k for k in tabel.columns if k not in ("id_anggota", "nama")]
    jumlah = {k: int(sum(tabel[k].tolist())) if tabel[k].dtype == object else int(kolom[k].sum()) for k in uang}
    for pos in ("jasa_modal", "jasa_usaha"):
        sisa.setdefault(pos, 0)
    # Pemeriksaan akhir (murah): tidak ada rupiah hilang atau tercipta.
    assert jumlah["jasa_modal"] + sisa["jasa_modal"] == jasa_modal
    assert jumlah["jasa_usaha"] + sisa["jasa_usaha"] == jasa_usaha
    return PembagianSHU(tabel=tabel, jumlah=jumlah, sisa_pembulatan=sisa, pos_sisa=pos_sisa,
                        pembulatan=pembulatan, kelipatan=int(kelipatan),
                        tidak_diikutkan=pd.DataFrame(tidak_ikut, columns=["id_anggota", "alasan"]))


def _bobot_bulat_per_unit(bobot, unit: list[str]) -> tuple[dict, int]:
    """Bobot per unit (angka ≥ 0, boleh pecahan) → (pengali bulat per unit, penyebut bersama)."""
    from fractions import Fraction
    from math import lcm

    if not isinstance(bobot, Mapping):
        raise GalatMasukan("bobot_transaksi harus dict {unit: bobot}, mis. {'toko': 1, 'produsen': 0.25}.")
    tak_ada = [str(u) for u in bobot if str(u) not in unit]
    if tak_ada:
        raise GalatAturan(f"Bobot transaksi menyebut unit yang tidak ada di data transaksi: {', '.join(tak_ada)}.",
                          saran=f"Unit yang ada: {', '.join(unit)}.")
    pecahan = {}
    for u in unit:
        try:
            nilai = Fraction(_ke_decimal(bobot.get(u, 0)))
        except (InvalidOperation, ValueError, TypeError):
            raise GalatAturan(f"Bobot transaksi unit '{u}' bukan angka: {bobot.get(u)!r}.") from None
        if nilai < 0:
            raise GalatAturan(f"Bobot transaksi unit '{u}' tidak boleh negatif.")
        pecahan[u] = nilai
    penyebut = 1
    for f in pecahan.values():
        penyebut = lcm(penyebut, f.denominator)
    return {u: int(f * penyebut) for u, f in pecahan.items()}, penyebut


def _jumlah_berbobot(t: pd.DataFrame, skala: dict) -> pd.Series:
    """Σ nilai × pengali bulat per anggota; int64 bila pasti muat, selain itu int Python."""
    maks = sum(int(t[u].max()) * k for u, k in skala.items() if len(t)) if len(t) else 0
    if all(str(t[u].dtype) == "int64" for u in skala) and maks < 2**62:
        hasil = np.zeros(len(t), dtype="int64")
        for u, k in skala.items():
            if k:
                hasil += t[u].to_numpy() * np.int64(k)
        return pd.Series(hasil, index=t.index)
    bukan_bulat = [u for u in skala if not pd.api.types.is_integer_dtype(t[u].dtype)]
    if bukan_bulat:
        raise GalatData(f"Transaksi unit {', '.join(bukan_bulat)} harus rupiah bulat bila memakai bobot_transaksi.",
                        kolom=", ".join(bukan_bulat), saran="Pakai nilai rupiah (mis. setoran_susu.nilai), bukan liter.")
    return pd.Series([sum(int(v) * k for v, k in zip(baris, skala.values())) for baris in t[list(skala)].itertuples(index=False)],
                     index=t.index, dtype=object)


#: pandas ≥ 3 selalu Copy-on-Write: data yang berbagi memori disalin saat diubah.
_SALIN_SAAT_DIUBAH = int(pd.__version__.split(".")[0]) >= 3


def _indeks_teks(indeks: pd.Index) -> pd.Index:
    """Indeks id_anggota sebagai teks; tanpa salinan bila sudah teks."""
    if pd.api.types.is_string_dtype(indeks.dtype) and indeks.dtype != object:
        return indeks
    return indeks.astype(str)


def _ke_int_atau_objek(s: pd.Series) -> pd.Series:
    """Rupiah/angka bulat → int64; pecahan (liter, Decimal) dibiarkan apa adanya."""
    if pd.api.types.is_integer_dtype(s.dtype):
        return s.astype("int64")
    if pd.api.types.is_float_dtype(s.dtype) and np.all(np.mod(s.to_numpy(), 1) == 0) \
            and np.abs(s.to_numpy()).max(initial=0) < 2**53:
        return s.astype("int64")
    return s


def hitung_shu(shu: int, simpanan, transaksi, aturan=None, *, dasar: str = "total",
               pos_cadangan: str = "cadangan", shu_non_anggota: int = 0, aturan_non_anggota=None,
               peran=None, **opsi) -> tuple[pd.DataFrame, PembagianSHU]:
    """Alokasi SHU dan pembagian ke anggota sekaligus: ``(alokasi_akhir, pembagian)``.

    ``alokasi_akhir`` sudah memuat sisa pembulatan di ``pos_sisa`` (bila pembulatan ke bawah).
    Opsi lain diteruskan ke :func:`bagi_shu_anggota` (anggota, bobot_unit, pembulatan, …).

    Pos dibagikan menurut **perannya** (:func:`peran_pos_shu`), bukan hanya bila bernama persis
    ``jasa_modal``/``jasa_usaha``: "Jasa Modal", "jasa simpanan" dan "jasa transaksi" juga dibagi
    kepada anggota, dan pos yang perannya tidak diketahui adalah galat, tidak pernah tidak terbayar.

    >>> alok, bagi = hitung_shu(1_000_000, pd.Series({"A1": 1, "A2": 3}), pd.Series({"A1": 1, "A2": 1}),
    ...                         {"cadangan": 50, "jasa_modal": 25, "jasa_usaha": 25})
    >>> bagi.tabel["total"].tolist()
    [187500, 312500]
    """
    alokasi = alokasi_shu(shu, aturan, dasar=dasar, pos_cadangan=pos_cadangan,
                          shu_non_anggota=shu_non_anggota, aturan_non_anggota=aturan_non_anggota, peran=peran)
    atur = baca_aturan(aturan)
    peta = _peta_peran(atur, peran)
    if aturan_non_anggota is not None:
        peta = {**_peta_peran(baca_aturan(aturan_non_anggota), peran), **peta}
    daftar = [peta.get(p) or _kenali_peran(p, _sinonim_peran()) for p in alokasi["pos"]]
    pool = {r: sum(int(j) for j, q in zip(alokasi["jumlah"].tolist(), daftar) if q == r)
            for r in ("jasa_modal", "jasa_usaha")}
    opsi.setdefault("pos_sisa", _cadangan_dari_peran(atur["pos"].tolist(), [peta[p] for p in atur["pos"]],
                                                      pos_cadangan))
    peran_sisa = peta.get(opsi["pos_sisa"]) or _kenali_peran(opsi["pos_sisa"], _sinonim_peran())
    if peran_sisa in ("jasa_modal", "jasa_usaha"):
        raise GalatAturan(f"Sisa pembulatan tidak boleh masuk pos '{opsi['pos_sisa']}': pos itu dibagikan kepada "
                          "anggota, jadi sisanya akan tercatat dibagi padahal tidak dibayar.",
                          saran="Pilih pos cadangan atau dana untuk pos_sisa, mis. pos_sisa='cadangan'.")
    hasil = bagi_shu_anggota(simpanan, transaksi, jasa_modal=pool["jasa_modal"],
                             jasa_usaha=pool["jasa_usaha"], **opsi)
    return hasil.alokasi_akhir(alokasi, peran=peta), hasil


# --------------------------------------------------------------------------------------------
# Jurnal, dana sosial, ekspor
# --------------------------------------------------------------------------------------------

def _nama_pos(pos: str) -> str:
    return pos.replace("_", " ")


def jurnal_pembagian_shu(alokasi: pd.DataFrame, *, tanggal, tahun: int, akun=None, no_bukti: str | None = None,
                         akun_pos: Mapping | None = None, peran=None) -> pd.DataFrame:
    """Jurnal pembukuan alokasi SHU tahun buku ``tahun`` setelah diputuskan RAT pada ``tanggal``,
    dalam bentuk tabel ``jurnal_umum``.

    Pada pembukaan tahun baru saldo *SHU tahun berjalan* sudah dipindah ke *SHU tahun lalu belum
    dibagi*; keputusan RAT lalu dibukukan dari akun itu: debit SHU tahun lalu belum dibagi sebesar
    seluruh SHU; kredit Cadangan (ekuitas), SHU bagian anggota belum dibayar (jasa modal + jasa
    usaha) dan Dana-dana SHU belum dibayar (dana-dana). Pos dikenali menurut **perannya**
    (:func:`peran_pos_shu`; ``peran`` untuk pos bernama lain, atau kolom ``peran`` di ``alokasi``);
    pos tanpa peran adalah galat. Akun dipilih menurut perannya di bagan akun ``akun`` (bawaan:
    bagan akun kopkit); ``akun_pos`` dapat mengganti kode akun per pos. Jurnal selalu seimbang.

    >>> j = jurnal_pembagian_shu(alokasi_shu(1_000, {"cadangan": 40, "jasa_modal": 30, "dana_sosial": 30}),
    ...                          tanggal="22/02/2026", tahun=2025)
    >>> j[["akun", "debit", "kredit"]].values.tolist()
    [['308', 1000, 0], ['305', 0, 400], ['222', 0, 300], ['221', 0, 300]]
    """
    from kopkit.buku import kode_peran
    from kopkit.dasar.uang import parse_tanggal

    _perlu_kolom(alokasi, ["pos", "jumlah"], "alokasi")
    if akun_pos is not None and not isinstance(akun_pos, Mapping):
        raise GalatMasukan("akun_pos harus pasangan {nama pos: kode akun}.", saran="Contoh: akun_pos={'dana_sosial': '224'}.")
    peran_per_pos = _peta_peran(alokasi, peran, "Alokasi SHU belum dapat dijurnal")
    if akun is None:
        from kopkit.dasar import data

        akun = data.muat("akun")
    akun_per_peran = {r: kode_peran(akun, p) for r, p in PERAN_POS_BAKU.items()}
    akun_dana = kode_peran(akun, "dana_shu")
    peta = {str(k): str(v) for k, v in (akun_pos or {}).items()}
    total = int(alokasi["jumlah"].sum())
    tgl = pd.Timestamp(parse_tanggal(tanggal, kolom="tanggal"))
    if no_bukti is None:
        no_bukti = f"RAT-{tgl.year}-SHU"
    baris = [(kode_peran(akun, "shu_tahun_lalu"), f"Pembagian SHU tahun {tahun} sesuai keputusan RAT", total, 0)]
    for pos, jumlah in zip(alokasi["pos"], alokasi["jumlah"].tolist()):
        if int(jumlah) == 0:
            continue
        kode = peta.get(pos) or akun_per_peran.get(peran_per_pos[pos], akun_dana)
        baris.append((kode, f"SHU {tahun} untuk {_nama_pos(pos)}", 0, int(jumlah)))
    n = len(baris)
    return pd.DataFrame({
        "tanggal": pd.Series([tgl] * n, dtype="datetime64[us]"),
        "no_bukti": pd.array([no_bukti] * n, dtype="str"),
        "akun": pd.array([b[0] for b in baris], dtype="str"),
        "keterangan": pd.array([b[1] for b in baris], dtype="str"),
        "debit": np.array([b[2] for b in baris], dtype="int64"),
        "kredit": np.array([b[3] for b in baris], dtype="int64"),
        "unit": pd.array(["umum"] * n, dtype="str"),
        "id_anggota": pd.Series([None] * n, dtype="str"),
    })


def rencana_dana_sosial(dana: int, kebutuhan) -> pd.DataFrame:
    """Berapa banyak bantuan yang terbiayai oleh dana sosial menurut pembagian anggaran.

    ``kebutuhan``: DataFrame (atau dict ``{kegiatan: (biaya_satuan, persen)}``) dengan kolom
    ``kegiatan``, ``biaya_satuan`` (rupiah), ``persen`` (bagian dana; harus berjumlah 100).
    Anggaran tiap kegiatan = persen × dana (sisa terbesar, jumlahnya tepat = dana); jumlah
    bantuan = anggaran dibagi biaya satuan, dibulatkan ke bawah; sisanya tetap di dana sosial.

    Hasil: kegiatan, persen, anggaran, biaya_satuan, jumlah_unit, terpakai, sisa.

    >>> r = rencana_dana_sosial(10_000_000, {"paket sembako": (150_000, 60), "bedah rumah": (1_500_000, 40)})
    >>> r[["jumlah_unit", "sisa"]].values.tolist()
    [[40, 0], [2, 1000000]]
    """
    dana = _cek_rupiah(dana, "Dana sosial")
    if isinstance(kebutuhan, Mapping):
        kebutuhan = pd.DataFrame([(k, *v) for k, v in kebutuhan.items()],
                                 columns=["kegiatan", "biaya_satuan", "persen"])
    _perlu_kolom(kebutuhan, ["kegiatan", "biaya_satuan", "persen"], "kebutuhan")
    atur = baca_aturan(pd.DataFrame({"pos": kebutuhan["kegiatan"].astype(str), "persen": kebutuhan["persen"]}))
    gagal_bila_ada(periksa_aturan(atur), "Pembagian anggaran dana sosial tidak sah", galat=GalatAturan)
    biaya = []
    for keg, b in zip(atur["pos"], kebutuhan["biaya_satuan"].tolist()):
        try:
            b = _cek_rupiah(b if not isinstance(b, float) or b != int(b) else int(b), f"Biaya satuan '{keg}'")
        except (ValueError, OverflowError):
            raise GalatMasukan(f"Biaya satuan '{keg}' bukan angka rupiah: {b!r}.") from None
        if b <= 0:
            raise GalatMasukan(f"Biaya satuan '{keg}' harus lebih dari nol.", kolom="biaya_satuan")
        biaya.append(b)
    anggaran = bagi_proporsional(dana, pd.Series(atur["persen"].tolist(), dtype=object)).tolist() if dana \
        else [0] * len(biaya)
    unit = [a // b for a, b in zip(anggaran, biaya)]
    terpakai = [u * b for u, b in zip(unit, biaya)]
    return pd.DataFrame({
        "kegiatan": atur["pos"], "persen": atur["persen"],
        "anggaran": np.array(anggaran, dtype="int64"), "biaya_satuan": np.array(biaya, dtype="int64"),
        "jumlah_unit": np.array(unit, dtype="int64"), "terpakai": np.array(terpakai, dtype="int64"),
        "sisa": np.array([a - t for a, t in zip(anggaran, terpakai)], dtype="int64"),
    })


def ekspor_daftar_shu(pembagian: PembagianSHU, berkas, *, nama_koperasi: str, tahun: int,
                      timpa: bool = False) -> Path:
    """Simpan "Daftar Pembagian SHU" ke Excel (.xlsx) untuk ditandatangani anggota saat RAT.

    Isi: judul, nama koperasi, tahun buku; kolom No, No. Anggota, Nama Anggota, Jasa Modal (Rp),
    Jasa Usaha (Rp), Jumlah SHU (Rp), Tanda Tangan; baris JUMLAH berisi rumus ``=SUM(...)`` yang
    dihitung ulang Excel; angka berformat rupiah. Ditulis oleh penulis Excel kopkit
    (:func:`kopkit.dasar.excel.tulis_excel`): nama anggota atau koperasi yang diawali ``=``, ``+``,
    ``-``, ``@`` tetap teks, tidak pernah menjadi rumus. Berkas yang sudah ada tidak ditimpa
    kecuali ``timpa=True`` (selain itu :class:`~kopkit.dasar.galat.GalatBerkas`).

    Mengembalikan path berkas yang ditulis.
    """
    from kopkit.dasar.excel import Lembar, Rumus, tulis_excel
    from kopkit.dasar.uang import format_rupiah

    if not isinstance(pembagian, PembagianSHU):
        from kopkit.dasar.argumen import jenis_nilai

        raise GalatMasukan(f"ekspor_daftar_shu menerima hasil bagi_shu_anggota/hitung_shu, bukan "
                           f"{jenis_nilai(pembagian)}.", saran="Contoh: _, hasil = hitung_shu(...); "
                                                                "ekspor_daftar_shu(hasil, 'daftar_shu.xlsx').")
    t = pembagian.tabel
    lembar = Lembar("Daftar SHU", kolom=["No", "No. Anggota", "Nama Anggota", "Jasa Modal (Rp)",
                                          "Jasa Usaha (Rp)", "Jumlah SHU (Rp)", "Tanda Tangan"],
                    baris=[], judul=[f"DAFTAR PEMBAGIAN SISA HASIL USAHA (SHU) TAHUN BUKU {tahun}",
                                     str(nama_koperasi), f"Tahun buku: 1 Januari – 31 Desember {tahun}"],
                    lebar=[5, 13, 30, 16, 16, 17, 18])
    awal = lembar.baris_awal
    for i, (ida, nama, jm, ju) in enumerate(zip(t["id_anggota"].tolist(), t["nama"].tolist(),
                                               t["jasa_modal"].tolist(), t["jasa_usaha"].tolist())):
        r = awal + i
        lembar.baris.append([i + 1, ida, nama, int(jm), int(ju), Rumus(f"=D{r}+E{r}"), None])
    akhir = awal + len(t) - 1
    lembar.baris.append(["JUMLAH", None, None] + [Rumus(f"=SUM({k}{awal}:{k}{akhir})") for k in "DEF"] + [None])
    lembar.gaya = ["akun"] * len(t) + ["total"]
    if pembagian.total_sisa:
        lembar.catatan = [f"Sisa pembulatan {format_rupiah(pembagian.total_sisa)} dimasukkan ke pos "
                          f"{_nama_pos(pembagian.pos_sisa)}."]
    return tulis_excel(berkas, lembar, timpa=timpa, contoh="daftar_shu_2025.xlsx")
