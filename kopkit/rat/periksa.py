"""Pemeriksaan silang folder data koperasi: semua masalah sekaligus, sebagai tabel yang dapat
dikerjakan baris demi baris dan sebagai lembar Excel.

Yang diperiksa (selain isi sel yang sudah diperiksa saat membaca): versi templat, nama lembar,
kolom yang hilang, nomor anggota yang tidak ada di lembar *Anggota*, kode akun yang tidak ada di
*Bagan Akun*, bukti jurnal yang tidak seimbang, saldo awal yang tidak seimbang, tanggal di luar
tahun buku, angsuran untuk pinjaman yang tidak ada, aturan SHU yang jumlahnya bukan 100, peran
akun yang hilang, dan dasar SHU yang menunjuk unit yang tidak ada.

Pemeriksaan silang adalah daftar fungsi kecil bernama ``PEMERIKSAAN_RAT`` (pola yang sama dengan
:mod:`kopkit.buku.validasi`); setiap masalah membawa kode tetap:

====  ==============================  ==============================================================
kode  pemeriksaan                     arti
====  ==============================  ==============================================================
P001  cek_no_anggota_ganda            nomor anggota tercantum dua kali
P002  cek_kode_akun_ganda_di_bagan    kode akun tercantum dua kali di Bagan Akun
P003  cek_peran_di_bagan              peran akun tidak dapat diperiksa (peran salah: A006/A007)
P004  cek_no_pinjaman_ganda           nomor pinjaman tercantum dua kali
P005  cek_anggota_tidak_terdaftar     nomor anggota tidak ada di lembar Anggota
P006  cek_akun_tidak_di_bagan         kode akun tidak ada di Bagan Akun, atau judul kelompok
P007  cek_bukti_timpang               bukti jurnal tidak seimbang
P008  cek_saldo_awal_timpang          saldo awal tidak seimbang
P009  cek_saldo_awal_kosong           lembar Saldo Awal kosong
P010  cek_tanggal_di_luar_tahun_buku  tanggal di luar tahun buku
P011  cek_angsuran_tanpa_pinjaman     angsuran untuk pinjaman yang tidak ada
P012  cek_aturan_shu_tidak_sah        aturan pembagian SHU tidak sah (mis. jumlah bukan 100)
P013  cek_aturan_shu_kosong           lembar Aturan SHU kosong
P014  cek_sumber_dasar_shu            sumber Dasar SHU tidak dikenal
====  ==============================  ==============================================================

``tabel_pemeriksaan(PEMERIKSAAN_RAT)`` (:mod:`kopkit.dasar.galat`) memberi tabel lengkap dengan cara
memperbaikinya. Paling banyak ``BATAS_PER_JENIS`` baris per jenis masalah per lembar; sisanya diringkas.

    >>> import tempfile
    >>> from kopkit.rat.templat import tulis_templat
    >>> folder = tempfile.mkdtemp(); _ = tulis_templat(folder, tahun=2025)
    >>> _, tabel = periksa_folder(folder)
    >>> int((tabel["pesan"] == "Baris contoh dari templat masih ada.").sum()) > 0
    True
"""
from __future__ import annotations

import kopkit.dasar.excel as _excel

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from kopkit.dasar.galat import Masalah, jalankan_pemeriksaan, pemeriksaan, tabel_masalah
from kopkit.rat.baca import DataRAT, baca_folder

__all__ = ["periksa_data", "periksa_folder", "tulis_masalah_excel", "BATAS_PER_JENIS", "PEMERIKSAAN_RAT", "KonteksRAT",
           "konteks_rat"]

#: Paling banyak sekian baris dilaporkan untuk satu jenis masalah di satu lembar (sisanya diringkas).
BATAS_PER_JENIS = 100

_SUMBER_SIMPANAN = {"simpanan_pokok", "simpanan_wajib", "simpanan_sukarela"}


def _per_baris(k: "KonteksRAT", t: pd.DataFrame, pilih: np.ndarray, pesan, lembar, kolom, saran) -> list[Masalah]:
    """Satu Masalah per baris terpilih (paling banyak BATAS_PER_JENIS, sisanya satu baris ringkasan)."""
    idx = np.flatnonzero(pilih)
    out = [Masalah(pesan(t.iloc[i]) if callable(pesan) else pesan, berkas=k.berkas, lembar=lembar,
                   baris=int(t["baris_berkas"].iat[i]), kolom=kolom, saran=saran) for i in idx[:BATAS_PER_JENIS]]
    if len(idx) > BATAS_PER_JENIS:
        out.append(Masalah(f"... dan {len(idx) - BATAS_PER_JENIS} baris lain dengan masalah yang sama.",
                           berkas=k.berkas, lembar=lembar, kolom=kolom, saran=saran))
    return out


@dataclass(frozen=True, eq=False)
class KonteksRAT:
    """Folder data yang sudah dibaca, dengan himpunan nomor anggota dan kode akun (dihitung sekali)."""

    data: DataRAT
    berkas: str
    tabel: dict                         # nama lembar -> tabel (kolom baris_berkas = baris di Excel)
    tahun: int | None                   # tahun buku dari lembar Profil
    id_anggota: frozenset | None        # nomor anggota di lembar Anggota (None bila lembarnya tidak ada)
    kode_akun: frozenset | None         # kode akun di lembar Bagan Akun

    def lembar(self, nama: str) -> pd.DataFrame | None:
        """Tabel satu lembar, atau None bila lembarnya tidak ada atau kosong."""
        t = self.tabel.get(nama)
        return t if t is not None and len(t) else None


def konteks_rat(data: DataRAT) -> KonteksRAT:
    """Siapkan data folder (hasil :func:`kopkit.rat.baca_folder`) untuk pemeriksaan silang."""
    if not isinstance(data, DataRAT):
        from kopkit.dasar.argumen import jenis_nilai
        from kopkit.dasar.galat import GalatMasukan

        raise GalatMasukan(f"Data RAT harus hasil baca_folder(), bukan {jenis_nilai(data)}.",
                           saran="Baca dulu: data, masalah = rat.baca_folder(folder).")
    anggota, akun = data.tabel.get("Anggota"), data.tabel.get("Bagan Akun")
    return KonteksRAT(data, data.berkas, data.tabel, data.tahun,
                      frozenset(anggota["id_anggota"].dropna()) if anggota is not None else None,
                      frozenset(akun["kode"].dropna()) if akun is not None else None)


def _ganda(t: pd.DataFrame, kolom: str, keep="first") -> np.ndarray:
    return t[kolom].duplicated(keep=keep).to_numpy() & t[kolom].notna().to_numpy()


@pemeriksaan("P001", saran="Setiap anggota satu baris; beri nomor lain atau hapus baris gandanya.")
def cek_no_anggota_ganda(k: KonteksRAT) -> list[Masalah]:
    """Nomor anggota tercantum dua kali di lembar Anggota."""
    t = k.tabel.get("Anggota")
    if t is None:
        return []
    return _per_baris(k, t, _ganda(t, "id_anggota"), lambda r: f"No anggota {r['id_anggota']} tercantum dua kali.",
                      "Anggota", "No Anggota", cek_no_anggota_ganda.saran)


@pemeriksaan("P002", saran="Setiap kode akun satu baris.")
def cek_kode_akun_ganda_di_bagan(k: KonteksRAT) -> list[Masalah]:
    """Kode akun tercantum dua kali di lembar Bagan Akun."""
    t = k.tabel.get("Bagan Akun")
    if t is None:
        return []
    return _per_baris(k, t, _ganda(t, "kode"), lambda r: f"Kode akun {r['kode']} tercantum dua kali.", "Bagan Akun",
                      "Kode Akun", cek_kode_akun_ganda_di_bagan.saran)


@pemeriksaan("P003", saran="Perbaiki masalah lain di lembar ini dulu.")
def cek_peran_di_bagan(k: KonteksRAT) -> list[Masalah]:
    """Peran akun di lembar Bagan Akun salah (kode A006/A007), atau tidak dapat diperiksa (P003)."""
    from kopkit.buku import masalah_peran

    akun = k.tabel.get("Bagan Akun")
    if akun is None:
        return []
    try:
        return [Masalah(x.pesan, berkas=k.berkas, lembar="Bagan Akun", kolom="Peran", saran=x.saran, kode=x.kode,
                        baris=int(akun["baris_berkas"].iat[x.baris - 2]) if x.baris else None)
                for x in masalah_peran(akun.drop(columns="baris_berkas"))]
    except Exception as e:  # bagan rusak sudah dilaporkan per sel
        return [Masalah(f"Peran akun tidak dapat diperiksa: {getattr(e, 'pesan', e)}", berkas=k.berkas,
                        lembar="Bagan Akun")]


@pemeriksaan("P004", saran="Setiap pinjaman punya nomor sendiri; beri nomor lain pada pinjaman kedua.")
def cek_no_pinjaman_ganda(k: KonteksRAT) -> list[Masalah]:
    """Nomor pinjaman tercantum dua kali di lembar Pinjaman."""
    t = k.lembar("Pinjaman")
    if t is None:
        return []
    return _per_baris(k, t, _ganda(t, "id_pinjaman"), lambda r: f"No pinjaman {r['id_pinjaman']} tercantum dua kali.",
                      "Pinjaman", "No Pinjaman", cek_no_pinjaman_ganda.saran)


@pemeriksaan("P005", saran="Tambahkan anggota itu ke lembar Anggota, atau betulkan nomornya.")
def cek_anggota_tidak_terdaftar(k: KonteksRAT) -> list[Masalah]:
    """Nomor anggota di lembar lain tidak ada di lembar Anggota."""
    if k.id_anggota is None:
        return []
    masalah = []
    for lembar in ("Jurnal Umum", "Mutasi Simpanan", "Transaksi Anggota", "Pinjaman"):
        t = k.lembar(lembar)
        if t is None:
            continue
        asing = t["id_anggota"].notna().to_numpy() & ~t["id_anggota"].isin(k.id_anggota).to_numpy()
        masalah += _per_baris(k, t, asing, lambda r: f"No anggota {r['id_anggota']} tidak ada di lembar Anggota.",
                              lembar, "No Anggota", cek_anggota_tidak_terdaftar.saran)
    return masalah


@pemeriksaan("P006", saran="Pakai kode dari Bagan Akun, atau tambahkan akunnya di sana.")
def cek_akun_tidak_di_bagan(k: KonteksRAT) -> list[Masalah]:
    """Kode akun di Saldo Awal/Jurnal Umum tidak ada di Bagan Akun, atau judul kelompok (bukan akun)."""
    if k.kode_akun is None:
        return []
    akun = k.tabel["Bagan Akun"]
    judul = set(akun.loc[akun["header"], "kode"])
    masalah = []
    for lembar in ("Saldo Awal", "Jurnal Umum"):
        t = k.lembar(lembar)
        if t is None:
            continue
        asing = t["akun"].notna().to_numpy() & ~t["akun"].isin(k.kode_akun).to_numpy()
        masalah += _per_baris(k, t, asing, lambda r: f"Kode akun {r['akun']} tidak ada di lembar Bagan Akun.", lembar,
                              "Kode Akun", cek_akun_tidak_di_bagan.saran)
        masalah += _per_baris(k, t, t["akun"].isin(judul).to_numpy(),
                              lambda r: f"Akun {r['akun']} adalah judul kelompok, bukan akun.", lembar, "Kode Akun",
                              "Pakai akun rincian di bawah kelompok itu.")
    return masalah


@pemeriksaan("P007", saran="Cocokkan dengan bukti kertasnya; setiap bukti harus debit = kredit.")
def cek_bukti_timpang(k: KonteksRAT) -> list[Masalah]:
    """Jumlah debit satu bukti di Jurnal Umum tidak sama dengan jumlah kreditnya."""
    from kopkit.dasar.uang import format_rupiah

    ju = k.lembar("Jurnal Umum")
    if ju is None:
        return []
    g = ju.groupby("no_bukti", sort=False).agg(debit=("debit", "sum"), kredit=("kredit", "sum"),
                                               baris=("baris_berkas", "min"))
    timpang = g.loc[g["debit"] != g["kredit"]]
    masalah = [Masalah(f"Bukti {no} tidak seimbang: debit {format_rupiah(int(r['debit']))}, kredit "
                       f"{format_rupiah(int(r['kredit']))} (selisih {format_rupiah(abs(int(r['debit'] - r['kredit'])))}).",
                       berkas=k.berkas, lembar="Jurnal Umum", baris=int(r["baris"]), kolom="Debit/Kredit")
               for no, r in timpang.head(BATAS_PER_JENIS).iterrows()]
    if len(timpang) > BATAS_PER_JENIS:
        masalah.append(Masalah(f"... dan {len(timpang) - BATAS_PER_JENIS} bukti lain tidak seimbang.", berkas=k.berkas,
                               lembar="Jurnal Umum", kolom="Debit/Kredit", saran="Setiap bukti harus debit = kredit."))
    return masalah


@pemeriksaan("P008", saran="Salin ulang neraca 31 Desember tahun lalu; jumlah aset = liabilitas + ekuitas.")
def cek_saldo_awal_timpang(k: KonteksRAT) -> list[Masalah]:
    """Jumlah debit Saldo Awal tidak sama dengan jumlah kreditnya."""
    from kopkit.dasar.uang import format_rupiah

    sa = k.lembar("Saldo Awal")
    if sa is None:
        return []
    d, kr = int(sa["debit"].sum()), int(sa["kredit"].sum())
    if d == kr:
        return []
    return [Masalah(f"Saldo awal tidak seimbang: debit {format_rupiah(d)}, kredit {format_rupiah(kr)}.",
                    berkas=k.berkas, lembar="Saldo Awal", kolom="Debit/Kredit")]


@pemeriksaan("P009", saran="Isi saldo setiap akun per 31 Desember tahun lalu (dari neraca RAT yang lalu).")
def cek_saldo_awal_kosong(k: KonteksRAT) -> list[Masalah]:
    """Lembar Saldo Awal kosong."""
    sa = k.tabel.get("Saldo Awal")
    if sa is None or len(sa) or k.tahun is None:
        return []
    return [Masalah("Lembar Saldo Awal kosong.", berkas=k.berkas, lembar="Saldo Awal")]


#: (lembar, kolom, judul kolom di Excel, tanggal sebelum 1 Januari juga salah?) untuk pemeriksaan tahun buku.
_TANGGAL_TAHUN_BUKU = (("Jurnal Umum", "tanggal", "Tanggal", True), ("Transaksi Anggota", "tanggal", "Tanggal", True),
                       ("Angsuran", "tanggal", "Tanggal Bayar", True), ("Mutasi Simpanan", "tanggal", "Tanggal", False),
                       ("Pinjaman", "tanggal_cair", "Tanggal Cair", False),
                       ("Anggota", "tanggal_masuk", "Tanggal Masuk", False), ("Penjualan Daring", "tanggal", "Tanggal", True))


@pemeriksaan("P010", saran="Pindahkan baris ini ke berkas tahun bukunya, atau betulkan tanggal/tahun buku di lembar Profil.")
def cek_tanggal_di_luar_tahun_buku(k: KonteksRAT) -> list[Masalah]:
    """Tanggal transaksi di luar tahun buku (lembar Profil); saldo, pinjaman dan anggota boleh sebelumnya."""
    if k.tahun is None:
        return []
    tahun = k.tahun
    awal, akhir = pd.Timestamp(year=tahun, month=1, day=1), pd.Timestamp(year=tahun, month=12, day=31)
    saran = (f"Tahun buku di lembar Profil adalah {tahun}: pindahkan baris ini ke berkas tahunnya, atau betulkan "
             "tanggal/tahun bukunya.")
    masalah = []
    for lembar, kol, judul, dari_awal in _TANGGAL_TAHUN_BUKU:
        t = k.lembar(lembar)
        if t is None:
            continue
        tgl = t[kol]
        luar = ((tgl > akhir) | ((tgl < awal) if dari_awal else False)).fillna(False).to_numpy()
        rentang = f"1 Januari - 31 Desember {tahun}" if dari_awal else f"paling lambat 31 Desember {tahun}"
        masalah += _per_baris(k, t, luar, lambda r, kol=kol: f"Tanggal {r[kol].date()} di luar tahun buku {tahun} "
                                                            f"({rentang}).", lembar, judul, saran)
    return masalah


@pemeriksaan("P011", saran="Tambahkan pinjamannya di lembar Pinjaman, atau betulkan nomornya.")
def cek_angsuran_tanpa_pinjaman(k: KonteksRAT) -> list[Masalah]:
    """Angsuran untuk nomor pinjaman yang tidak ada di lembar Pinjaman."""
    pj, ang = k.tabel.get("Pinjaman"), k.lembar("Angsuran")
    if pj is None or ang is None:
        return []
    asing = ang["id_pinjaman"].notna().to_numpy() & ~ang["id_pinjaman"].isin(set(pj["id_pinjaman"])).to_numpy()
    return _per_baris(k, ang, asing, lambda r: f"Pinjaman {r['id_pinjaman']} tidak ada di lembar Pinjaman.",
                      "Angsuran", "No Pinjaman", cek_angsuran_tanpa_pinjaman.saran)


@pemeriksaan("P012", saran="Betulkan persen pembagian SHU sesuai AD/ART; jumlahnya 100.")
def cek_aturan_shu_tidak_sah(k: KonteksRAT) -> list[Masalah]:
    """Aturan pembagian SHU tidak sah (mis. jumlah persen bukan 100, pos ganda)."""
    from kopkit.shu import periksa_aturan

    aturan = k.lembar("Aturan SHU")
    if aturan is None or not aturan["persen"].notna().all():
        return []
    return [Masalah(x.pesan, berkas=k.berkas, lembar="Aturan SHU",
                    baris=int(aturan["baris_berkas"].iat[x.baris - 2]) if x.baris else None,
                    kolom="Persen" if x.kolom == "persen" else ("Pos" if x.kolom else None), saran=x.saran)
            for x in periksa_aturan(aturan[["pos", "persen"]].astype({"persen": str}),
                                    dasar=k.data.profil.get("dasar_pembagian") or "total")]


@pemeriksaan("P013", saran="Salin persen pembagian SHU dari AD/ART (cadangan, jasa modal, jasa usaha, dana-dana).")
def cek_aturan_shu_kosong(k: KonteksRAT) -> list[Masalah]:
    """Lembar Aturan SHU kosong."""
    aturan = k.tabel.get("Aturan SHU")
    if aturan is None or len(aturan):
        return []
    return [Masalah("Lembar Aturan SHU kosong.", berkas=k.berkas, lembar="Aturan SHU")]


@pemeriksaan("P014", saran="Pilih jenis simpanan (jasa modal) atau unit usaha di Transaksi Anggota (jasa usaha).")
def cek_sumber_dasar_shu(k: KonteksRAT) -> list[Masalah]:
    """Sumber di lembar Dasar SHU menunjuk jenis simpanan atau unit usaha yang tidak ada."""
    dasar = k.tabel.get("Dasar SHU")
    if dasar is None:
        return []
    trans = k.tabel.get("Transaksi Anggota")
    units = set(trans["unit"].dropna()) if trans is not None else set()
    masalah = []
    for _, r in dasar.loc[dasar["dihitung"]].iterrows():
        sah = (_SUMBER_SIMPANAN if r["komponen"] == "jasa_modal" else units | {"jasa_pinjaman"})
        if r["sumber"] not in sah:
            masalah.append(Masalah(f"Sumber '{r['sumber']}' untuk {r['komponen']} tidak dikenal.", berkas=k.berkas,
                                   lembar="Dasar SHU", baris=int(r["baris_berkas"]), kolom="Sumber",
                                   saran=f"Pilih salah satu: {', '.join(sorted(sah))}."))
    return masalah


#: Pemeriksaan silang antarlembar, berurutan; masing-masing ``(KonteksRAT) -> list[Masalah]`` berkode P0xx.
PEMERIKSAAN_RAT = (cek_no_anggota_ganda, cek_kode_akun_ganda_di_bagan, cek_peran_di_bagan, cek_no_pinjaman_ganda,
                   cek_anggota_tidak_terdaftar, cek_akun_tidak_di_bagan, cek_bukti_timpang, cek_saldo_awal_timpang,
                   cek_saldo_awal_kosong, cek_tanggal_di_luar_tahun_buku, cek_angsuran_tanpa_pinjaman,
                   cek_aturan_shu_tidak_sah, cek_aturan_shu_kosong, cek_sumber_dasar_shu)


def periksa_data(data: DataRAT) -> list[Masalah]:
    """Pemeriksaan silang antarlembar (``PEMERIKSAAN_RAT``); mengembalikan semua masalah (daftar kosong = bersih)."""
    return jalankan_pemeriksaan(konteks_rat(data), PEMERIKSAAN_RAT)


def periksa_folder(folder) -> tuple[DataRAT, pd.DataFrame]:
    """Baca dan periksa folder data: ``(DataRAT, tabel masalah)``; tabel kosong = siap dibuat paket RAT."""
    data, masalah = baca_folder(folder)
    masalah = masalah + periksa_data(data)
    return data, tabel_masalah(masalah)


def tulis_masalah_excel(tabel: pd.DataFrame, folder, *, nama: str = "Masalah Data RAT") -> Path:
    """Tulis tabel masalah ke ``<nama>.xlsx`` di ``folder`` (berkas baru bernomor bila sudah ada), dengan
    kolom Kode (mis. P007: bukti tidak seimbang) supaya masalah sejenis dapat disaring di Excel."""
    from openpyxl.styles import Font, PatternFill

    from kopkit.dasar.excel import periksa_tujuan, simpan_buku_kerja
    from kopkit.rat.paket import nama_bebas

    path = periksa_tujuan(nama_bebas(Path(folder), nama, ".xlsx"), timpa=False, contoh=f"{nama}.xlsx")
    wb = _excel.buku_kerja_baru()
    ws = wb.active
    ws.title = "Masalah"
    judul = ["No", "Kode", "Lembar", "Baris", "Kolom", "Masalah", "Cara memperbaiki", "Sudah?"]
    _excel.tambah_baris(ws, judul)
    for c in ws[1]:
        c.font, c.fill = Font(bold=True), PatternFill("solid", fgColor="FCE4D6")
    for i, r in enumerate(tabel.itertuples(index=False), 1):
        kode = getattr(r, "kode", None)
        _excel.tambah_baris(ws, [i, None if pd.isna(kode) else kode, r.lembar,
                                 None if pd.isna(r.baris) else int(r.baris), r.kolom, r.pesan, r.saran, ""])
    for huruf, lebar in zip("ABCDEFGH", (5, 7, 18, 8, 16, 70, 70, 8)):
        ws.column_dimensions[huruf].width = lebar
    ws.freeze_panes = "A2"
    return simpan_buku_kerja(wb, path)
