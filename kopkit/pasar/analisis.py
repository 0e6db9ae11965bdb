"""Analisis penjualan luring dan daring: kanal, bulan, produk, wilayah pembeli, dan skenario.

Alurnya:

1. :func:`baca_penjualan` membaca ekspor penjualan (CSV/Excel/DataFrame teks) dengan angka
   gaya Indonesia ("Rp 12.500"), tanggal teks ("5 Mei 2025"), nama kanal yang beragam
   ("TikTok Shop", "WA"); setiap sel yang tidak dapat dibaca dilaporkan dengan baris dan kolomnya.
2. :func:`siapkan_penjualan` menambahkan biaya platform (:mod:`kopkit.pasar.biaya`), harga
   pokok dan laba kotor per baris.
3. Fungsi ringkasan mengembalikan tabel rapi dengan urutan baris yang tetap:
   :func:`ringkasan` (per bulan, kanal, produk, provinsi, kota), :func:`pertumbuhan_bulanan`,
   :func:`batal_retur`, :func:`pembeli_baru_ulang`, :func:`analisis_abc`, :func:`musiman`.
4. Grafik siap pakai: :func:`grafik_pendapatan_kanal`, :func:`grafik_provinsi`.
5. :func:`skenario_daring`: "bila X% penjualan toko pindah ke daring dengan harga P dan tabel
   tarif T" -> pendapatan, biaya, laba dan dampaknya pada SHU setahun.

Semua uang dalam rupiah bulat (int64). Pendapatan = harga x jumlah - diskon penjual, hanya dari
pesanan berstatus ``selesai``; ongkos kirim tidak termasuk pendapatan (diteruskan ke kurir).

Contoh:
    >>> jual = contoh_penjualan()
    >>> ringkasan(siapkan_penjualan(jual), menurut="kanal")[["kanal", "pesanan", "pendapatan"]].values.tolist()
    [['shopee', 2, 95000], ['toko_offline', 2, 35000]]
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

from kopkit.pasar.biaya import PETA_KANAL, _daftar_kanal, _persen_arg, _rupiah, hitung_biaya
from kopkit.dasar.galat import GalatData, GalatMasukan, Masalah, gagal_bila_ada
from kopkit.dasar.argumen import jenis_nilai, perlu_pasangan, perlu_tabel, perlu_teks
from kopkit.dasar.uang import parse_tanggal

_SARAN_JUAL = "Berikan tabel penjualan, mis. baca_penjualan('ekspor.csv') atau data.muat('penjualan_online')."
_SARAN_SIAP = "Berikan hasil siapkan_penjualan(penjualan, produk)."
_KOLOM_SIAP = ("tanggal", "kanal", "status", "jumlah", "pendapatan", "biaya_platform", "laba_kotor", "bulan")

__all__ = [
    "KOLOM_PENJUALAN", "KANAL_DARING", "NAMA_KANAL", "baca_penjualan", "periksa_penjualan",
    "contoh_penjualan", "siapkan_penjualan", "ringkasan", "pertumbuhan_bulanan", "batal_retur",
    "pembeli_baru_ulang", "analisis_abc", "musiman", "grafik_pendapatan_kanal", "grafik_provinsi",
    "skenario_daring", "dampak_shu", "kesiapan_digital", "nilai_kesiapan",
]

KOLOM_PENJUALAN = ["id_pesanan", "tanggal", "kanal", "id_produk", "jumlah", "harga_satuan",
                   "diskon_penjual", "ongkos_kirim", "id_pembeli", "kota", "provinsi", "status"]
KANAL_DARING = ("whatsapp", "shopee", "tiktok_tokopedia", "lazada")
#: Label kanal untuk tabel dan grafik.
NAMA_KANAL = {"toko_offline": "Toko (luring)", "whatsapp": "WhatsApp", "shopee": "Shopee",
              "tiktok_tokopedia": "TikTok Shop/Tokopedia", "lazada": "Lazada"}
_SINONIM_KANAL = {
    "toko": "toko_offline", "offline": "toko_offline", "luring": "toko_offline", "toko offline": "toko_offline",
    "toko_offline": "toko_offline", "wa": "whatsapp", "whatsapp": "whatsapp", "whats app": "whatsapp",
    "shopee": "shopee", "tiktok": "tiktok_tokopedia", "tiktok shop": "tiktok_tokopedia",
    "tokopedia": "tiktok_tokopedia", "tiktok_tokopedia": "tiktok_tokopedia",
    "tiktok shop/tokopedia": "tiktok_tokopedia", "tiktok/tokopedia": "tiktok_tokopedia", "lazada": "lazada",
}
_SINONIM_STATUS = {"selesai": "selesai", "terselesaikan": "selesai", "completed": "selesai", "done": "selesai",
                   "batal": "batal", "dibatalkan": "batal", "cancelled": "batal", "canceled": "batal",
                   "retur": "retur", "dikembalikan": "retur", "returned": "retur", "pengembalian": "retur"}
_NAMA_BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember"]


# --------------------------------------------------------------------------- membaca ekspor
_WAJIB_PENJUALAN = ["id_pesanan", "tanggal", "kanal", "jumlah", "harga_satuan"]
_SINONIM_JUDUL = {
    "id_pesanan": ["no pesanan", "nomor pesanan", "id order", "order id", "no order", "nomor order", "no invoice",
                   "no nota", "nomor nota"],
    "tanggal": ["tgl", "tanggal pesanan", "tanggal order", "waktu pesanan dibuat", "tanggal transaksi"],
    "kanal": ["saluran", "platform", "channel", "toko"],
    "id_produk": ["kode produk", "sku", "kode barang", "produk"],
    "jumlah": ["qty", "kuantitas", "jml", "jumlah barang", "banyak"],
    "harga_satuan": ["harga", "harga satuan", "harga jual"],
    "diskon_penjual": ["diskon", "potongan", "diskon toko"],
    "ongkos_kirim": ["ongkir", "ongkos kirim", "biaya kirim"],
    "id_pembeli": ["pembeli", "no pembeli", "nama pembeli", "id pelanggan"],
    "kota": ["kota kabupaten", "kabupaten kota"],
    "provinsi": ["propinsi"],
    "status": ["status pesanan"],
}


def _mentah_dari(sumber, berkas):
    """(tabel teks, nama berkas, nomor baris berkas per baris tabel)."""
    if isinstance(sumber, pd.DataFrame):
        return sumber.copy(), berkas, None
    from kopkit.dasar.baca import baca_tabel, teks_sel

    t = baca_tabel(sumber, kolom_wajib=_WAJIB_PENJUALAN, sinonim=_SINONIM_JUDUL,
                   kolom_lain=[k for k in KOLOM_PENJUALAN if k not in _WAJIB_PENJUALAN],
                   nama_tabel="penjualan",
                   saran_judul="Judul kolom yang dikenal: " + ", ".join(KOLOM_PENJUALAN) + ".")
    nomor = t.pop("baris_berkas").to_numpy()
    mentah = pd.DataFrame({k: [teks_sel(v) for v in t[k].tolist()] for k in t.columns}, dtype=object)
    return mentah, berkas or t.attrs["berkas"], nomor


def _sel(nilai) -> str:
    if nilai is None or nilai is pd.NA or (isinstance(nilai, float) and nilai != nilai):
        return ""
    return " ".join(str(nilai).split())


def periksa_penjualan(sumber, *, berkas: str | None = None, peta_kanal: dict | None = None) -> list[Masalah]:
    """Periksa ekspor penjualan; kembalikan **semua** masalah (baris seperti di berkas: judul
    kolom baris 1, data mulai baris 2). Lihat :func:`baca_penjualan`.

        >>> mentah = pd.DataFrame({"id_pesanan": ["A1"], "tanggal": ["5 Mei 2025"], "kanal": ["Instagram"],
        ...     "id_produk": ["PR01"], "jumlah": ["2"], "harga_satuan": [""], "status": ["selesai"]})
        >>> [(m.baris, m.kolom) for m in periksa_penjualan(mentah)]
        [(2, 'harga_satuan'), (2, 'kanal')]
    """
    return _baca(sumber, berkas=berkas, peta_kanal=peta_kanal)[1]


def baca_penjualan(sumber, *, berkas: str | None = None, ketat: bool = True,
                   peta_kanal: dict | None = None) -> pd.DataFrame:
    """Baca ekspor penjualan menjadi tabel bertipe (kolom :data:`KOLOM_PENJUALAN`).

    ``sumber``: path CSV/XLSX atau DataFrame (boleh berisi teks). Angka rupiah boleh bergaya
    Indonesia ("Rp 12.500", "12.500"), tanggal boleh teks ("05/05/2025", "5 Mei 2025"). Kanal
    disamakan ("TikTok Shop" -> ``tiktok_tokopedia``, "WA" -> ``whatsapp``); kanal lain boleh
    ditambahkan lewat ``peta_kanal`` ({nama: platform tarif atau None}). Diskon dan ongkir kosong
    dianggap 0; harga, jumlah, tanggal, kanal dan status yang kosong atau tidak terbaca adalah masalah.

    ``ketat=True``: bila ada masalah, naikkan :class:`~kopkit.dasar.galat.GalatData` yang mencantumkan
    semuanya. ``ketat=False``: baris bermasalah dibuang dan daftar masalahnya ada di
    ``hasil.attrs["masalah"]``.

        >>> mentah = pd.DataFrame({"id_pesanan": ["A1", "A2"], "tanggal": ["5 Mei 2025", "2025-05-06"],
        ...     "kanal": ["TikTok Shop", "WA"], "id_produk": ["PR01", "PR02"], "jumlah": ["2", "1"],
        ...     "harga_satuan": ["Rp 12.500", "5.000"], "status": ["Selesai", "selesai"]})
        >>> hasil = baca_penjualan(mentah)
        >>> hasil[["kanal", "harga_satuan", "diskon_penjual"]].values.tolist()
        [['tiktok_tokopedia', 12500, 0], ['whatsapp', 5000, 0]]
    """
    hasil, masalah = _baca(sumber, berkas=berkas, peta_kanal=peta_kanal)
    if ketat:
        gagal_bila_ada(masalah, "Ekspor penjualan tidak dapat dibaca", GalatData)
    hasil.attrs["masalah"] = masalah
    return hasil


def _baca(sumber, *, berkas, peta_kanal):
    from kopkit.dasar.baca import kolom_rupiah, kolom_tanggal

    try:
        mentah, berkas, nomor = _mentah_dari(sumber, berkas)
    except GalatData as e:
        if e.kode in ("R020", "R021"):  # judul kolom: satu masalah, seperti tabel tanpa kolom wajib
            return pd.DataFrame(columns=KOLOM_PENJUALAN), list(e.masalah)
        raise
    mentah.columns = [str(k).strip().lower() for k in mentah.columns]
    wajib = _WAJIB_PENJUALAN
    kurang = [k for k in wajib if k not in mentah.columns]
    if kurang:
        m = Masalah(f"Kolom wajib tidak ada: {', '.join(kurang)}.", berkas=berkas, baris=1, kode="R021",
                    saran="Judul kolom yang dikenal: " + ", ".join(KOLOM_PENJUALAN) + ".")
        return pd.DataFrame(columns=KOLOM_PENJUALAN), [m]
    kanal_dikenal = {**_SINONIM_KANAL, **{k.lower(): k for k in (peta_kanal or {})}}
    n = len(mentah)
    # Nomor baris seperti di berkas (baris kosong/jumlah yang dilewati tidak menggeser nomor).
    nomor = np.arange(2, n + 2) if nomor is None else np.asarray(nomor)
    posisi_dari = {int(b): i for i, b in enumerate(nomor)}
    masalah: list[Masalah] = []
    buang = set()

    def tambah(posisi, kolom, pesan, saran=None):
        masalah.append(Masalah(pesan, berkas=berkas, baris=int(nomor[posisi]), kolom=kolom, saran=saran))
        buang.add(posisi)

    hasil = pd.DataFrame(index=range(n))
    teks = {k: [_sel(v) for v in mentah[k].tolist()] if k in mentah.columns else [""] * n
            for k in KOLOM_PENJUALAN}
    for k in ("id_pesanan",):
        for i, v in enumerate(teks[k]):
            if not v:
                tambah(i, k, "Nomor pesanan kosong.", "Isi nomor pesanan (satu nomor untuk semua baris satu pesanan).")
    # Tanggal
    seri = pd.Series(teks["tanggal"], dtype=object)
    nilai_tgl, mt = kolom_tanggal(seri, berkas=berkas, kolom="tanggal", baris=nomor)
    for m in mt:
        masalah.append(m)
        buang.add(posisi_dari[m.baris])
    hasil["tanggal"] = nilai_tgl.to_numpy()
    for i, v in enumerate(teks["tanggal"]):
        if not v:
            tambah(i, "tanggal", "Tanggal kosong.", "Isi tanggal pesanan, mis. 05/05/2025.")
    # Uang
    for k, wajib_isi in (("harga_satuan", True), ("diskon_penjual", False), ("ongkos_kirim", False)):
        seri = pd.Series(teks[k], dtype=object)
        nilai, mr = kolom_rupiah(seri, berkas=berkas, kolom=k, baris=nomor)
        salah = {posisi_dari[m.baris] for m in mr}
        for m in mr:
            masalah.append(m)
            buang.add(posisi_dari[m.baris])
        kosong = nilai.isna() & ~seri.index.isin(salah)
        if wajib_isi:
            for i in seri.index[kosong]:
                tambah(int(i), k, "Harga kosong.", "Isi harga satuan (rupiah) atau hapus barisnya.")
        negatif = nilai.fillna(0) < 0
        for i in seri.index[negatif]:
            tambah(int(i), k, f"Nilai {teks[k][i]} negatif.", "Rupiah pada kolom ini tidak boleh negatif.")
        hasil[k] = nilai.fillna(0).astype("int64")
    # Jumlah (unit)
    jumlah = []
    for i, v in enumerate(teks["jumlah"]):
        t = v.replace(".", "") if v.count(".") and all(len(b) == 3 for b in v.split(".")[1:]) else v
        if t.isdigit() and int(t) > 0:
            jumlah.append(int(t))
        else:
            jumlah.append(0)
            tambah(i, "jumlah", f"Jumlah '{v}' bukan bilangan bulat positif." if v else "Jumlah kosong.",
                   "Tulis banyak unit, mis. 3.")
    hasil["jumlah"] = pd.Series(jumlah, dtype="int64")
    # Kanal dan status
    kanal = []
    for i, v in enumerate(teks["kanal"]):
        k = kanal_dikenal.get(v.lower())
        if k is None:
            tambah(i, "kanal", f"Kanal '{v}' tidak dikenal." if v else "Kanal kosong.",
                   "Kanal yang dikenal: toko_offline, whatsapp, shopee, tiktok_tokopedia, lazada; "
                   "kanal lain tambahkan lewat peta_kanal={'nama': 'qris'}.")
        kanal.append(k or "")
    hasil["kanal"] = pd.Series(kanal, dtype="str")
    status = []
    for i, v in enumerate(teks["status"]):
        s = _SINONIM_STATUS.get(v.lower()) if v else ("selesai" if "status" not in mentah.columns else None)
        if s is None:
            tambah(i, "status", f"Status '{v}' tidak dikenal." if v else "Status kosong.",
                   "Isi selesai, batal atau retur.")
        status.append(s or "")
    hasil["status"] = pd.Series(status, dtype="str")
    for k in ("id_pesanan", "id_produk", "id_pembeli", "kota", "provinsi"):
        hasil[k] = pd.Series(teks[k], dtype="str")
    besar = (hasil["diskon_penjual"] > hasil["harga_satuan"] * hasil["jumlah"])
    for i in hasil.index[besar & ~hasil.index.isin(list(buang))]:
        tambah(int(i), "diskon_penjual", "Diskon penjual lebih besar dari harga x jumlah.",
               "diskon_penjual adalah rupiah untuk seluruh baris, bukan persen.")
    masalah.sort(key=lambda m: (m.baris or 0, m.kolom or ""))
    hasil = hasil[KOLOM_PENJUALAN].drop(index=sorted(buang)).reset_index(drop=True)
    return hasil, masalah


def contoh_penjualan() -> pd.DataFrame:
    """Tabel penjualan kecil untuk contoh dan uji (format sama dengan dataset ``penjualan_daring``)."""
    return pd.DataFrame({
        "id_pesanan": ["T1", "T2", "S1", "S1", "S2", "S3"],
        "tanggal": pd.to_datetime(["2025-09-01", "2025-10-02", "2025-09-03", "2025-09-03", "2025-10-05",
                                   "2025-10-06"]),
        "kanal": ["toko_offline", "toko_offline", "shopee", "shopee", "shopee", "shopee"],
        "id_produk": ["PR01", "PR07", "PR07", "PR09", "PR07", "PR09"],
        "jumlah": [4, 1, 1, 2, 1, 1],
        "harga_satuan": [5_000, 15_000, 35_000, 15_000, 35_000, 15_000],
        "diskon_penjual": [0, 0, 0, 0, 5_000, 0],
        "ongkos_kirim": [0, 0, 12_000, 0, 9_000, 9_000],
        "id_pembeli": ["", "", "B1", "B1", "B1", "B2"],
        "kota": ["Kabupaten Malang", "Kabupaten Malang", "Kota Surabaya", "Kota Surabaya", "Kota Surabaya",
                 "Kota Denpasar"],
        "provinsi": ["Jawa Timur", "Jawa Timur", "Jawa Timur", "Jawa Timur", "Jawa Timur", "Bali"],
        "status": ["selesai", "selesai", "selesai", "selesai", "selesai", "batal"],
    })


# --------------------------------------------------------------------------- menyiapkan
def siapkan_penjualan(penjualan: pd.DataFrame, produk: pd.DataFrame | None = None, *, tabel=None,
                      **opsi_biaya) -> pd.DataFrame:
    """Tambahkan kolom ``bulan`` ("2025-09"), biaya platform (lihat
    :func:`kopkit.pasar.biaya.hitung_biaya`), ``hpp`` (harga pokok x jumlah, hanya pesanan
    selesai) dan ``laba_kotor`` = diterima_bersih - hpp. Tanpa ``produk``, harga pokok dianggap 0.

        >>> s = siapkan_penjualan(contoh_penjualan())
        >>> s.loc[2, ["pendapatan", "biaya_komisi", "biaya_pesanan", "diterima_bersih"]].tolist()
        [35000, 2800, 417, 31783]
    """
    perlu_tabel(penjualan, "penjualan", saran=_SARAN_JUAL)
    df = hitung_biaya(penjualan, produk, tabel=tabel, **opsi_biaya)
    df["bulan"] = pd.to_datetime(df["tanggal"]).dt.strftime("%Y-%m")
    if produk is not None:
        pokok = df["id_produk"].map(produk.set_index("id_produk")["harga_pokok"])
        tanpa = pokok.isna() & (df["status"].astype("str") == "selesai")
        if tanpa.any():
            nama = ", ".join(sorted(df.loc[tanpa, "id_produk"].astype("str").unique())[:5])
            raise GalatData(f"Produk tidak ada di tabel produk: {nama}.", kolom="id_produk",
                            saran="Tambahkan produk itu ke tabel produk beserta harga pokoknya.")
        pokok = pokok.fillna(0).astype("int64")
    else:
        pokok = pd.Series(0, index=df.index, dtype="int64")
    df["hpp"] = (pokok * df["jumlah"]).where(df["status"].astype("str") == "selesai", 0).astype("int64")
    df["laba_kotor"] = df["diterima_bersih"] - df["hpp"]
    return df


def _bagi_bulat(a, b):
    """a / b dibulatkan setengah ke atas ke bilangan bulat (untuk rata-rata rupiah)."""
    if not b:
        return pd.NA
    return int((Decimal(int(a)) / Decimal(int(b))).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _persen(a, b, desimal=1):
    if not b:
        return float("nan")
    return float((Decimal(int(a)) * 100 / Decimal(int(b))).quantize(Decimal(1).scaleb(-desimal),
                                                                    rounding=ROUND_HALF_UP))


def _kolom_menurut(siap, menurut, banyak: bool = False) -> list:
    """Kolom pengelompokan: satu nama kolom (atau daftar nama bila ``banyak``) yang ada di tabel."""
    daftar = [menurut] if isinstance(menurut, str) else menurut
    if not isinstance(daftar, (list, tuple)) or not daftar or not all(isinstance(k, str) for k in daftar) \
            or (len(daftar) > 1 and not banyak):
        raise GalatMasukan(f"menurut harus nama kolom{' atau daftar nama kolom' if banyak else ''}, bukan "
                           f"{jenis_nilai(menurut)}.", saran="Contoh: menurut='kanal' atau menurut='bulan'.")
    kurang = [k for k in daftar if k not in siap.columns]
    if kurang:
        raise GalatMasukan(f"Kolom {', '.join(kurang)} tidak ada di tabel penjualan.",
                           saran="Pilih dari: bulan, kanal, id_produk, provinsi, kota; siapkan dulu dengan "
                                 "siapkan_penjualan().")
    return list(daftar)


def _saring_kanal(siap, kanal):
    if kanal is None:
        return siap
    kanal = _daftar_kanal(kanal)
    return siap[siap["kanal"].astype("str").isin(kanal)]


def ringkasan(siap: pd.DataFrame, menurut="kanal", *, kanal=None) -> pd.DataFrame:
    """Pendapatan, pesanan, unit, biaya platform, laba kotor, margin dan nilai pesanan rata-rata
    menurut satu atau beberapa kolom (``bulan``, ``kanal``, ``id_produk``, ``provinsi``, ``kota``).

    ``pesanan`` dan ``unit`` menghitung pesanan ``selesai`` saja. Kolom uang menjumlah semua baris:
    pesanan batal bernilai nol, pesanan retur tidak memberi pendapatan tetapi biaya yang tetap
    dipotong platform (mis. biaya per pesanan TikTok Shop/Tokopedia) mengurangi labanya — sama
    dengan yang dibukukan di jurnal. ``margin_persen`` = laba_kotor / pendapatan x 100;
    ``nilai_pesanan_rata`` = pendapatan / pesanan (rupiah bulat). Urutan: menurut bulan naik bila
    ``bulan`` ada di ``menurut``, selain itu pendapatan terbesar dulu (nama sebagai penentu seri).
    ``kanal`` menyaring kanal (mis. :data:`KANAL_DARING`).

        >>> r = ringkasan(siapkan_penjualan(contoh_penjualan()), "bulan")
        >>> r[["bulan", "pesanan", "pendapatan", "nilai_pesanan_rata"]].values.tolist()
        [['2025-09', 2, 85000, 42500], ['2025-10', 2, 45000, 22500]]
    """
    perlu_tabel(siap, "penjualan", kolom=_KOLOM_SIAP, saran=_SARAN_SIAP)
    menurut = _kolom_menurut(siap, menurut, banyak=True)
    kurang = [k for k in menurut if k not in siap.columns]
    if kurang:
        raise GalatMasukan(f"Kolom {', '.join(kurang)} tidak ada di tabel penjualan.",
                           saran="Pilih dari: bulan, kanal, id_produk, provinsi, kota; siapkan dulu dengan "
                                 "siapkan_penjualan().")
    d = _saring_kanal(siap, kanal).copy()
    for k in menurut:
        d[k] = d[k].astype("str")
    selesai = d["status"].astype("str") == "selesai"
    # Hitungan pesanan/unit hanya dari yang selesai; uang dari semua baris (lihat docstring).
    d["pesanan_selesai"] = d["id_pesanan"].where(selesai)
    d["unit_selesai"] = d["jumlah"].where(selesai, 0)
    g = d.groupby(menurut, sort=True)
    t = g.agg(pesanan=("pesanan_selesai", "nunique"), unit=("unit_selesai", "sum"),
              pendapatan=("pendapatan", "sum"), biaya_platform=("biaya_platform", "sum"),
              diterima_bersih=("diterima_bersih", "sum"), hpp=("hpp", "sum"),
              laba_kotor=("laba_kotor", "sum")).reset_index()
    t = t[(t["pesanan"] > 0) | (t["biaya_platform"] != 0)]
    for k in ("pesanan", "unit", "pendapatan", "biaya_platform", "diterima_bersih", "hpp", "laba_kotor"):
        t[k] = t[k].astype("int64")
    t["margin_persen"] = [_persen(a, b) for a, b in zip(t["laba_kotor"], t["pendapatan"])]
    t["nilai_pesanan_rata"] = pd.array([_bagi_bulat(a, b) for a, b in zip(t["pendapatan"], t["pesanan"])],
                                       dtype="Int64")
    if "bulan" in menurut:
        t = t.sort_values(menurut, kind="stable")
    else:
        t = t.sort_values(["pendapatan"] + menurut, ascending=[False] + [True] * len(menurut), kind="stable")
    return t.reset_index(drop=True)


def pertumbuhan_bulanan(siap: pd.DataFrame, menurut: str | None = None, *, kanal=None) -> pd.DataFrame:
    """Pendapatan per bulan dan pertumbuhannya dibanding bulan sebelumnya (persen, 1 desimal;
    kosong untuk bulan pertama atau bila bulan lalu nol). Bulan tanpa penjualan diisi 0.

        >>> p = pertumbuhan_bulanan(siapkan_penjualan(contoh_penjualan()))
        >>> p[["bulan", "pendapatan", "pertumbuhan_persen"]].values.tolist()
        [['2025-09', 85000, nan], ['2025-10', 45000, -47.1]]
    """
    perlu_tabel(siap, "penjualan", kolom=_KOLOM_SIAP, saran=_SARAN_SIAP)
    if menurut is not None:
        menurut = _kolom_menurut(siap, menurut)[0]
    d = _saring_kanal(siap, kanal)
    d = d[d["status"].astype("str") == "selesai"]
    if d.empty:
        return pd.DataFrame(columns=["bulan"] + ([menurut] if menurut else []) +
                            ["pendapatan", "pendapatan_bulan_lalu", "pertumbuhan_persen"])
    semua_bulan = pd.period_range(d["tanggal"].min(), d["tanggal"].max(), freq="M").strftime("%Y-%m")
    kunci = ["bulan"] + ([menurut] if menurut else [])
    t = d.assign(**({menurut: d[menurut].astype("str")} if menurut else {})) \
        .groupby(kunci)["pendapatan"].sum()
    if menurut:
        grid = pd.MultiIndex.from_product([list(semua_bulan), sorted(d[menurut].astype("str").unique())],
                                          names=kunci)
        t = t.reindex(grid, fill_value=0).reset_index().sort_values([menurut, "bulan"])
        t["pendapatan_bulan_lalu"] = t.groupby(menurut)["pendapatan"].shift(1)
        t = t.sort_values(["bulan", menurut])
    else:
        t = t.reindex(list(semua_bulan), fill_value=0).rename_axis("bulan").reset_index()
        t["pendapatan_bulan_lalu"] = t["pendapatan"].shift(1)
    t["pendapatan"] = t["pendapatan"].astype("int64")
    t["pendapatan_bulan_lalu"] = t["pendapatan_bulan_lalu"].astype("Int64")
    t["pertumbuhan_persen"] = [
        float("nan") if pd.isna(b) or b == 0 else _persen(a - b, b) for a, b in zip(t["pendapatan"],
                                                                                 t["pendapatan_bulan_lalu"])]
    return t.reset_index(drop=True)


def batal_retur(siap: pd.DataFrame, menurut: str = "kanal") -> pd.DataFrame:
    """Pesanan selesai, batal dan retur per kanal (atau kolom lain): banyaknya, persennya dari
    semua pesanan, dan nilai barang yang tidak jadi terjual (bruto pesanan batal + retur).

        >>> batal_retur(siapkan_penjualan(contoh_penjualan())).values.tolist()[0][:6]
        ['shopee', 3, 2, 1, 0, 33.3]
    """
    perlu_tabel(siap, "penjualan", kolom=_KOLOM_SIAP, saran=_SARAN_SIAP)
    menurut = _kolom_menurut(siap, menurut)[0]
    d = siap.assign(_s=siap["status"].astype("str"), _m=siap[menurut].astype("str"))
    per = d.groupby(["_m", "id_pesanan"]).agg(s=("_s", "first"), bruto=("bruto", "sum")).reset_index()
    t = per.groupby("_m").agg(pesanan=("id_pesanan", "size"),
                              selesai=("s", lambda x: int((x == "selesai").sum())),
                              batal=("s", lambda x: int((x == "batal").sum())),
                              retur=("s", lambda x: int((x == "retur").sum()))).reset_index()
    hilang = per[per["s"] != "selesai"].groupby("_m")["bruto"].sum()
    t["persen_batal"] = [_persen(a, b) for a, b in zip(t["batal"], t["pesanan"])]
    t["persen_retur"] = [_persen(a, b) for a, b in zip(t["retur"], t["pesanan"])]
    t["nilai_tidak_terjual"] = t["_m"].map(hilang).fillna(0).astype("int64")
    t = t.rename(columns={"_m": menurut})
    for k in ("pesanan", "selesai", "batal", "retur"):
        t[k] = t[k].astype("int64")
    return t.sort_values(menurut).reset_index(drop=True)


def pembeli_baru_ulang(siap: pd.DataFrame, *, kanal=KANAL_DARING) -> pd.DataFrame:
    """Per bulan: pembeli baru (pesanan selesai pertamanya bulan itu) dan pembeli ulang, serta
    pendapatan dari masing-masing. Baris tanpa ``id_pembeli`` (pembeli toko) tidak dihitung.

        >>> pembeli_baru_ulang(siapkan_penjualan(contoh_penjualan())).values.tolist()
        [['2025-09', 1, 0, 65000, 0], ['2025-10', 0, 1, 0, 30000]]
    """
    perlu_tabel(siap, "penjualan", kolom=_KOLOM_SIAP, saran=_SARAN_SIAP)
    d = _saring_kanal(siap, kanal)
    d = d[(d["status"].astype("str") == "selesai") & (d["id_pembeli"].fillna("").astype("str") != "")]
    kolom = ["bulan", "pembeli_baru", "pembeli_ulang", "pendapatan_baru", "pendapatan_ulang"]
    if d.empty:
        return pd.DataFrame(columns=kolom)
    pertama = d.groupby("id_pembeli")["bulan"].min()
    d = d.assign(_baru=d["bulan"] == d["id_pembeli"].map(pertama))
    baru = d[d["_baru"]].groupby("bulan").agg(pembeli_baru=("id_pembeli", "nunique"),
                                               pendapatan_baru=("pendapatan", "sum"))
    ulang = d[~d["_baru"]].groupby("bulan").agg(pembeli_ulang=("id_pembeli", "nunique"),
                                                 pendapatan_ulang=("pendapatan", "sum"))
    t = pd.concat([baru, ulang], axis=1).reindex(sorted(d["bulan"].unique())).fillna(0)
    t = t.astype("int64").rename_axis("bulan").reset_index()
    return t[kolom]


def analisis_abc(siap: pd.DataFrame, produk: pd.DataFrame | None = None, *, batas=(80, 95),
                 kanal=None) -> pd.DataFrame:
    """Analisis Pareto/ABC produk menurut pendapatan: produk diurutkan dari pendapatan terbesar;
    kelas A selama persen kumulatif *sebelum* produk itu di bawah ``batas[0]`` (bawaan 80%),
    B di bawah ``batas[1]`` (95%), sisanya C.

        >>> analisis_abc(siapkan_penjualan(contoh_penjualan()))[["id_produk", "persen", "kelas"]].values.tolist()
        [['PR07', 61.5, 'A'], ['PR09', 23.1, 'A'], ['PR01', 15.4, 'B']]
    """
    perlu_tabel(siap, "penjualan", kolom=_KOLOM_SIAP, saran=_SARAN_SIAP)
    if not isinstance(batas, (list, tuple)) or len(batas) != 2 or \
            not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in batas):
        raise GalatMasukan(f"Batas ABC harus dua angka persen, bukan {jenis_nilai(batas)}.",
                           saran="Contoh: batas=(80, 95); batas A < batas B <= 100.")
    if produk is not None:
        perlu_tabel(produk, "produk", kolom=("id_produk",), saran="Berikan tabel produk, atau produk=None.")
    a, b = batas
    if not 0 < a < b <= 100:
        raise GalatMasukan(f"Batas ABC {batas} tidak sah.", saran="Contoh: (80, 95); batas A < batas B <= 100.")
    t = ringkasan(siap, "id_produk", kanal=kanal)[["id_produk", "unit", "pendapatan", "laba_kotor"]]
    total = int(t["pendapatan"].sum())
    kumulatif = t["pendapatan"].cumsum()
    sebelum = kumulatif - t["pendapatan"]
    t["persen"] = [_persen(x, total) for x in t["pendapatan"]]
    t["persen_kumulatif"] = [_persen(x, total) for x in kumulatif]
    # Bandingkan tepat dengan bilangan bulat: sebelum/total < a/100  <=>  100*sebelum < a*total
    t["kelas"] = ["A" if 100 * s < a * total else ("B" if 100 * s < b * total else "C") for s in sebelum]
    if produk is not None:
        t.insert(1, "nama", t["id_produk"].map(produk.set_index("id_produk")["nama"]).astype("str"))
    return t


def musiman(siap: pd.DataFrame, *, kanal=None) -> pd.DataFrame:
    """Pola musiman sederhana: pendapatan per bulan kalender (rata-rata antartahun bila datanya
    lebih dari setahun) dan indeksnya terhadap rata-rata bulanan (100 = bulan biasa).

        >>> musiman(siapkan_penjualan(contoh_penjualan()))[["nama_bulan", "indeks"]].values.tolist()
        [['September', 130.8], ['Oktober', 69.2]]
    """
    perlu_tabel(siap, "penjualan", kolom=_KOLOM_SIAP, saran=_SARAN_SIAP)
    d = _saring_kanal(siap, kanal)
    d = d[d["status"].astype("str") == "selesai"]
    tgl = pd.to_datetime(d["tanggal"])
    per = d.groupby([tgl.dt.year.rename("tahun"), tgl.dt.month.rename("bulan_ke")])["pendapatan"].sum()
    rata = per.groupby("bulan_ke").mean()
    t = pd.DataFrame({"bulan_ke": rata.index.astype("int64"),
                      "nama_bulan": [_NAMA_BULAN[i - 1] for i in rata.index],
                      "pendapatan_rata": [int(Decimal(str(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
                                          for x in rata]})
    umum = Decimal(int(t["pendapatan_rata"].sum())) / max(len(t), 1)
    t["indeks"] = [float((Decimal(int(x)) * 100 / umum).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
                   if umum else float("nan") for x in t["pendapatan_rata"]]
    return t.reset_index(drop=True)


# --------------------------------------------------------------------------- grafik
def _sumbu_rupiah(ax, sumbu="y"):
    from kopkit.dasar.grafik import sumbu_rupiah

    sumbu_rupiah(ax, sumbu)


def grafik_pendapatan_kanal(siap: pd.DataFrame, *, ax=None, judul: str | None = None):
    """Grafik garis pendapatan per bulan untuk setiap kanal (sumbu rupiah, label Indonesia).
    Mengembalikan ``ax`` matplotlib."""
    import matplotlib.pyplot as plt

    t = pertumbuhan_bulanan(siap, "kanal")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4))
    urutan = [k for k in NAMA_KANAL if k in set(t["kanal"])] + sorted(set(t["kanal"]) - set(NAMA_KANAL))
    for k in urutan:
        s = t[t["kanal"] == k]
        ax.plot(s["bulan"], s["pendapatan"], marker="o", label=NAMA_KANAL.get(k, k))
    ax.set_title(judul or "Pendapatan per bulan menurut kanal")
    ax.set_xlabel("Bulan")
    ax.set_ylabel("Pendapatan")
    ax.tick_params(axis="x", labelrotation=45)
    ax.legend(title="Kanal")
    ax.grid(alpha=0.3)
    _sumbu_rupiah(ax, "y")
    return ax


def grafik_provinsi(siap: pd.DataFrame, *, kanal=KANAL_DARING, ax=None, maks: int = 10,
                    judul: str | None = None):
    """Grafik batang mendatar pendapatan daring menurut provinsi pembeli (terbesar di atas)."""
    import matplotlib.pyplot as plt

    t = ringkasan(siap, "provinsi", kanal=kanal).head(maks).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.45 * len(t) + 1.5))
    ax.barh(t["provinsi"], t["pendapatan"], color="#2a7f62")
    ax.set_title(judul or "Pendapatan penjualan daring menurut provinsi pembeli")
    ax.set_xlabel("Pendapatan")
    ax.set_ylabel("Provinsi")
    ax.grid(axis="x", alpha=0.3)
    _sumbu_rupiah(ax, "x")
    return ax


# --------------------------------------------------------------------------- skenario
def _bulat(x: Decimal) -> int:
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def skenario_daring(penjualan: pd.DataFrame, produk: pd.DataFrame, *, persen_pindah, kanal_tujuan: str = "shopee",
                    harga: dict | None = None, dari_kanal=("toko_offline",), unit_per_pesanan: int | None = None,
                    biaya_tetap: int = 0, kemasan_per_pesanan: int = 0, tanggal_tarif=None, tabel=None,
                    tambahan_persen=0, **opsi_biaya) -> pd.DataFrame:
    """Skenario setahun: ``persen_pindah`` % unit yang terjual di ``dari_kanal`` dipindah ke
    ``kanal_tujuan`` dengan harga ``harga`` ({id_produk: rupiah}; bawaan ``harga_jual`` produk),
    tabel tarif ``tabel`` pada ``tanggal_tarif`` (bawaan: tanggal asli penjualan), dan biaya
    tetap daring setahun ``biaya_tetap`` (foto, waktu petugas; lihat :func:`biaya_tetap_daring`).
    Kemasan kiriman adalah biaya **per pesanan**: ``kemasan_per_pesanan`` rupiah untuk setiap pesanan baru.

    ``tambahan_persen``: pembeli **baru** yang hanya terjangkau lewat daring, sebagai persen unit
    kanal asal (bawaan 0); unit ini menambah pendapatan *dan* harga pokok.

    Unit yang dipindah per produk = persen x unit, dibulatkan setengah ke atas. Pesanan baru
    berisi ``unit_per_pesanan`` unit (bawaan: rata-rata unit per pesanan di kanal tujuan pada
    data, dibulatkan, minimal 1); sisa unit menjadi satu pesanan lebih kecil. Pendapatan dan biaya
    yang hilang dari kanal asal dihitung sebanding dengan unitnya; harga pokok tidak berubah.

    Hasil: satu baris per pos (pendapatan, biaya platform, harga pokok, kemasan kiriman, biaya
    tetap daring, laba)
    dengan kolom ``sekarang``, ``skenario``, ``selisih``. Selisih laba = perubahan SHU **sebelum
    pajak** (bila yang lain tetap); :func:`dampak_shu` memotong pajaknya lalu membaginya ke pos SHU.

        >>> jual, prod = contoh_penjualan(), pd.DataFrame({"id_produk": ["PR01", "PR07", "PR09"],
        ...     "nama": ["Susu", "Kopi", "Keripik"], "kategori": ["susu olahan", "kopi", "camilan"],
        ...     "harga_pokok": [3_200, 22_000, 9_000], "harga_jual": [5_000, 35_000, 15_000]})
        >>> s = skenario_daring(jual, prod, persen_pindah=50, kanal_tujuan="shopee", unit_per_pesanan=1)
        >>> s.set_index("pos").loc["Laba", ["sekarang", "skenario", "selisih"]].tolist()
        [23100, 35750, 12650]
    """
    perlu_tabel(penjualan, "penjualan", saran=_SARAN_JUAL)
    perlu_tabel(produk, "produk", saran="Berikan tabel produk, mis. data.muat('produk').")
    p = _persen_arg(persen_pindah, "persen_pindah")
    q = _persen_arg(tambahan_persen, "tambahan_persen")
    perlu_teks(kanal_tujuan, "Kanal tujuan", saran="Contoh: kanal_tujuan='shopee'.")
    dari_kanal = _daftar_kanal(dari_kanal, "dari_kanal")
    biaya_tetap = _rupiah(biaya_tetap, "biaya_tetap")
    if harga is not None:
        perlu_pasangan(harga, "harga", saran="Contoh: harga={'PR07': 35000} (id_produk: rupiah).")
    kemasan_per_pesanan = _rupiah(kemasan_per_pesanan, "kemasan_per_pesanan")
    if kemasan_per_pesanan < 0 or biaya_tetap < 0:
        raise GalatMasukan("Biaya kemasan dan biaya tetap tidak boleh negatif.")
    if not 0 <= p <= 100:
        raise GalatMasukan(f"persen_pindah {persen_pindah} harus 0 sampai 100.")
    if q < 0:
        raise GalatMasukan(f"tambahan_persen {tambahan_persen} tidak boleh negatif.")
    if kanal_tujuan not in PETA_KANAL and kanal_tujuan not in (opsi_biaya.get("peta_kanal") or {}):
        raise GalatMasukan(f"Kanal tujuan '{kanal_tujuan}' tidak dikenal.",
                           saran="Pilih: " + ", ".join(k for k in PETA_KANAL if k != "qris") + ".")
    dasar = siapkan_penjualan(penjualan, produk, tabel=tabel, **opsi_biaya)
    selesai = dasar[dasar["status"].astype("str") == "selesai"]
    asal = selesai[selesai["kanal"].astype("str").isin(list(dari_kanal))]
    per_produk = asal.groupby("id_produk").agg(unit=("jumlah", "sum"), pendapatan=("pendapatan", "sum"),
                                               biaya=("biaya_platform", "sum"))
    if unit_per_pesanan is None:
        tujuan = selesai[selesai["kanal"].astype("str") == kanal_tujuan]
        unit_per_pesanan = max(1, _bulat(Decimal(int(tujuan["jumlah"].sum())) / tujuan["id_pesanan"].nunique())) \
            if len(tujuan) else 1
    harga_jual = produk.set_index("id_produk")["harga_jual"]
    harga = harga or {}
    tgl_akhir = (pd.Timestamp(parse_tanggal(tanggal_tarif, kolom="tanggal_tarif")) if tanggal_tarif is not None
                 else pd.to_datetime(asal["tanggal"]).max())
    baris, hilang_pendapatan, hilang_biaya, tambah_hpp = [], 0, 0, 0
    pokok = produk.set_index("id_produk")["harga_pokok"]
    nomor = 0
    for id_p, r in per_produk.sort_index().iterrows():
        pindah = _bulat(Decimal(int(r["unit"])) * p / 100)
        baru_unit = _bulat(Decimal(int(r["unit"])) * q / 100)
        if pindah + baru_unit == 0:
            continue
        hilang_pendapatan += _bulat(Decimal(int(r["pendapatan"])) * pindah / int(r["unit"]))
        hilang_biaya += _bulat(Decimal(int(r["biaya"])) * pindah / int(r["unit"]))
        tambah_hpp += baru_unit * int(pokok[id_p])
        h = int(harga.get(id_p, harga_jual[id_p]))
        sisa = pindah + baru_unit
        while sisa > 0:
            n = min(unit_per_pesanan, sisa)
            nomor += 1
            baris.append({"id_pesanan": f"SKN{nomor}", "tanggal": tgl_akhir, "kanal": kanal_tujuan,
                          "id_produk": id_p, "jumlah": n, "harga_satuan": h, "diskon_penjual": 0,
                          "ongkos_kirim": 0, "status": "selesai"})
            sisa -= n
    baru = siapkan_penjualan(pd.DataFrame(baris), produk, tabel=tabel, **opsi_biaya) if baris else None
    # Semua baris: pesanan retur tidak berpendapatan tetapi biayanya tetap dipotong (seperti di jurnal).
    sekarang = {
        "Pendapatan": int(dasar["pendapatan"].sum()),
        "Biaya platform": int(dasar["biaya_platform"].sum()),
        "Harga pokok penjualan": int(dasar["hpp"].sum()),
        "Kemasan kiriman": 0,
        "Biaya tetap daring": 0,
    }
    tambah_pendapatan = int(baru["pendapatan"].sum()) if baru is not None else 0
    tambah_biaya = int(baru["biaya_platform"].sum()) if baru is not None else 0
    skenario = {
        "Pendapatan": sekarang["Pendapatan"] - hilang_pendapatan + tambah_pendapatan,
        "Biaya platform": sekarang["Biaya platform"] - hilang_biaya + tambah_biaya,
        "Harga pokok penjualan": sekarang["Harga pokok penjualan"] + tambah_hpp,
        "Kemasan kiriman": nomor * int(kemasan_per_pesanan),
        "Biaya tetap daring": int(biaya_tetap),
    }
    for d in (sekarang, skenario):
        d["Laba"] = d["Pendapatan"] - d["Biaya platform"] - d["Harga pokok penjualan"] - d["Kemasan kiriman"] \
            - d["Biaya tetap daring"]
    t = pd.DataFrame({"pos": list(sekarang), "sekarang": list(sekarang.values()),
                      "skenario": [skenario[k] for k in sekarang]})
    t["selisih"] = t["skenario"] - t["sekarang"]
    for k in ("sekarang", "skenario", "selisih"):
        t[k] = t[k].astype("int64")
    t.attrs["unit_per_pesanan"] = unit_per_pesanan
    t.attrs["pesanan_baru"] = nomor
    return t


def dampak_shu(skenario: pd.DataFrame, *, shu_sebelum_pajak: int, omzet_tahunan: int, perlakuan_pajak: str,
               pada, pendapatan_final: int = 0, aturan=None, dasar: str = "total") -> pd.DataFrame:
    """Dampak sebuah skenario (hasil :func:`skenario_daring`) pada SHU yang dibagi, **setelah pajak**.

    Laba skenario menambah ``shu_sebelum_pajak`` koperasi dan pendapatannya menambah
    ``omzet_tahunan``; pajak kedua keadaan dihitung dengan
    :func:`kopkit.pasar.pajak.pajak_penghasilan` (``perlakuan_pajak``: ``"umum"`` atau
    ``"final_pp55"``, tabel aturan pada tanggal ``pada``), lalu SHU setelah pajak dibagi ke pos-pos
    AD/ART oleh :func:`kopkit.shu.alokasi_shu` (``aturan``, ``dasar`` seperti di sana).
    ``pendapatan_final``: pendapatan yang sudah dikenai PPh final (mis. jasa giro, peran akun
    ``pendapatan_final``) — tidak dikenai pajak lagi, tetapi tetap bagian SHU.

    Hasil: baris ``SHU sebelum pajak``, ``Pajak penghasilan``, ``SHU setelah pajak``, lalu satu
    baris per pos SHU; kolom ``persen`` (pos saja), ``sekarang``, ``skenario``, ``selisih``.
    Pos-pos selalu berjumlah tepat SHU setelah pajak.

        >>> sk = pd.DataFrame({"pos": ["Pendapatan", "Laba"], "selisih": [50_000_000, 10_000_000]})
        >>> t = dampak_shu(sk, shu_sebelum_pajak=100_000_000, omzet_tahunan=4_000_000_000, perlakuan_pajak="umum",
        ...                pada="2025-12-31", aturan={"cadangan": 40, "jasa_modal": 20, "jasa_usaha": 20, "dana_lain": 20})
        >>> t.set_index("pos")["selisih"].tolist()
        [10000000, 1100000, 8900000, 3560000, 1780000, 1780000, 1780000]
    """
    from kopkit.pasar.pajak import pajak_penghasilan
    from kopkit.shu import alokasi_shu

    if not isinstance(skenario, pd.DataFrame) or not {"pos", "selisih"} <= set(skenario.columns):
        raise GalatData("Skenario harus tabel hasil skenario_daring (kolom pos dan selisih).",
                        saran="Hitung dulu: skenario = pasar.skenario_daring(...).")
    pos = skenario.set_index("pos")["selisih"]
    kurang = [k for k in ("Pendapatan", "Laba") if k not in pos.index]
    if kurang:
        raise GalatData(f"Baris skenario tidak ada: {', '.join(kurang)}.", kolom="pos",
                        saran="Pakai tabel hasil skenario_daring apa adanya.")
    laba = {"sekarang": int(shu_sebelum_pajak), "skenario": int(shu_sebelum_pajak) + int(pos["Laba"])}
    omzet = {"sekarang": int(omzet_tahunan), "skenario": int(omzet_tahunan) + int(pos["Pendapatan"])}
    final = int(pendapatan_final)
    pajak = {}
    for k in laba:
        p = pajak_penghasilan(laba[k] - final, omzet[k] - final, perlakuan=perlakuan_pajak, pada=pada)
        pajak[k] = {**p, "setelah_pajak": laba[k] - p["pajak"]}
    for k, p in pajak.items():
        if p["setelah_pajak"] < 0:
            raise GalatMasukan(f"SHU setelah pajak ({k}) negatif: tidak ada SHU untuk dibagi.",
                               saran="Periksa shu_sebelum_pajak; koperasi yang merugi tidak membagi SHU.")
    bagi = {k: alokasi_shu(pajak[k]["setelah_pajak"], aturan, dasar=dasar) for k in laba}
    atas = pd.DataFrame({
        "pos": ["SHU sebelum pajak", "Pajak penghasilan", "SHU setelah pajak"],
        "persen": [None] * 3,
        "sekarang": [laba["sekarang"], pajak["sekarang"]["pajak"], pajak["sekarang"]["setelah_pajak"]],
        "skenario": [laba["skenario"], pajak["skenario"]["pajak"], pajak["skenario"]["setelah_pajak"]],
    })
    bawah = pd.DataFrame({"pos": bagi["sekarang"]["pos"].astype("str").to_numpy(),
                          "persen": bagi["sekarang"]["persen"].to_numpy(),
                          "sekarang": bagi["sekarang"]["jumlah"].to_numpy(),
                          "skenario": bagi["skenario"]["jumlah"].to_numpy()})
    t = pd.concat([atas, bawah], ignore_index=True)
    for k in ("sekarang", "skenario"):
        t[k] = t[k].astype("int64")
    t["selisih"] = t["skenario"] - t["sekarang"]
    t.attrs["pajak"] = pajak
    return t


# --------------------------------------------------------------------------- kesiapan digital
def kesiapan_digital() -> pd.DataFrame:
    """Daftar periksa "kesiapan digital" untuk diskusi kelas (data di
    ``kopkit/pasar/aturan/kesiapan_digital.csv``; pelatih boleh menyunting berkas itu).

        >>> kesiapan_digital()[["no", "kelompok"]].head(2).values.tolist()
        [[1, 'Produk'], [2, 'Produk']]
    """
    from kopkit.dasar.aturan import muat_aturan

    t = muat_aturan("kesiapan_digital")
    return t.fillna({k: "" for k in ("contoh_bukti", "catatan_pelatih", "berlaku_sampai")})


def nilai_kesiapan(jawaban: dict) -> pd.DataFrame:
    """Rekap jawaban daftar periksa per kelompok. ``jawaban``: {no: 0 (belum), 1 (sebagian),
    2 (sudah)}; nomor yang tidak dijawab dihitung 0. Skor persen = jumlah / (2 x banyak soal) x 100.

        >>> nilai_kesiapan({1: 2, 2: 1, 3: 2}).values.tolist()[0]
        ['Produk', 5, 6, 83.3]
    """
    perlu_pasangan(jawaban, "Jawaban daftar periksa", saran="Contoh: {1: 'ya', 2: 'tidak'} (nomor pertanyaan: jawaban).")
    daftar = kesiapan_digital()
    salah = [k for k, v in jawaban.items() if k not in set(daftar["no"]) or v not in (0, 1, 2)]
    if salah:
        raise GalatMasukan(f"Jawaban tidak sah untuk nomor {', '.join(map(str, salah))}.",
                           saran="Nomor harus ada di daftar; nilai 0 (belum), 1 (sebagian) atau 2 (sudah).")
    d = daftar.assign(skor=daftar["no"].map(lambda n: int(jawaban.get(n, 0))))
    urutan = list(dict.fromkeys(d["kelompok"]))
    t = d.groupby("kelompok", sort=False).agg(skor=("skor", "sum"), soal=("no", "size")).reindex(urutan)
    t["maks"] = 2 * t["soal"]
    t["persen"] = [_persen(a, b) for a, b in zip(t["skor"], t["maks"])]
    t = t.reset_index()[["kelompok", "skor", "maks", "persen"]]
    t[["skor", "maks"]] = t[["skor", "maks"]].astype("int64")
    return t
