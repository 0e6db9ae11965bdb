"""Paket RAT (Rapat Anggota Tahunan) dari folder data koperasi.

:func:`hitung_rat` menghitung semuanya dengan fungsi pustaka kit (tidak ada hitungan kedua):
lima laporan keuangan dengan kolom tahun lalu (kelimanya bila buku kerja tahun lalu ada, lihat
:mod:`kopkit.rat.tahun_lalu`; tanpa itu hanya neraca, dari lembar *Saldo Awal*), CALK, alokasi SHU dan
Daftar Pembagian SHU beserta dasar tiap anggota, kualitas pinjaman dan PPAP, skor dan predikat
kesehatan, dan angka untuk laporan tahunan ODS (Online Data System) kementerian.
:func:`tulis_paket` menulis ``Laporan RAT <koperasi> <tahun>.xlsx`` lewat penulis Excel kit,
laporan HTML siap cetak (A4, satu laporan per halaman, nama koperasi di setiap halaman) dan, bila
ada peramban Chrome/Chromium/Edge, PDF-nya (:mod:`kopkit.rat.cetak`); berkas yang sudah ada tidak
pernah ditimpa — jalankan lagi, dan berkas baru bernomor ditulis.

    >>> nama_bebas(__import__("pathlib").Path("."), "belum-ada-xyz", ".xlsx").name
    'belum-ada-xyz.xlsx'
"""
from __future__ import annotations

import kopkit.dasar.excel as _excel

import base64
import html
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatData
from kopkit.rat.baca import DataRAT

__all__ = ["HasilRAT", "jurnal_dari_data", "siapkan_tabel", "laporan_keuangan", "hitung_rat", "tulis_paket", "buat_paket_rat",
           "nama_bebas", "calk_ringkas"]

_KELAS = ("lancar", "kurang_lancar", "diragukan", "macet")
_LEMBAR_LAPORAN = ("Posisi Keuangan", "Hasil Usaha", "Perubahan Ekuitas", "Arus Kas")  # lembar empat laporan


def nama_bebas(folder: Path, dasar: str, akhiran: str) -> Path:
    """Nama berkas yang belum ada: ``dasar.xlsx``, lalu ``dasar (2).xlsx``, ``dasar (3).xlsx``, ..."""
    folder = Path(folder)
    p, n = folder / f"{dasar}{akhiran}", 2
    while p.exists():
        p, n = folder / f"{dasar} ({n}){akhiran}", n + 1
    return p


@dataclass
class HasilRAT:
    """Semua angka paket RAT satu tahun buku."""

    koperasi: str
    tahun: int
    profil: dict
    laporan: dict              # judul -> tabel (lima laporan; neraca dengan kolom tahun_lalu)
    calk: pd.DataFrame
    alokasi: pd.DataFrame
    pembagian: object          # kopkit.shu.PembagianSHU
    kualitas: pd.DataFrame
    rekap_kualitas: pd.DataFrame
    ppap_neraca: int
    ringkasan_kesehatan: pd.DataFrame
    kesehatan: object          # kopkit.kesehatan.HasilKesehatan
    ods: pd.DataFrame
    keputusan_rat: list = field(default_factory=list)
    berkas: dict = field(default_factory=dict)
    berkas_tahun_lalu: str | None = None  # nama buku kerja tahun lalu (None: hanya Saldo Awal)
    catatan_tahun_lalu: str = ""          # dari mana kolom tahun lalu, atau apa yang perlu
    catatan_pdf: str = ""                 # PDF ditulis, atau mengapa tidak dan cara mencetaknya


# ------------------------------------------------------------------------------------ data siap
def jurnal_dari_data(data: DataRAT) -> dict:
    """Jurnal (saldo awal sebagai bukti ``SA-<tahun>`` + jurnal umum), saldo awal saja, dan bagan akun
    dari lembar *Saldo Awal*, *Jurnal Umum* dan *Bagan Akun* — cukup untuk lima laporan keuangan."""
    T, tahun = data.tabel, int(data.tahun)
    akun = T["Bagan Akun"].drop(columns="baris_berkas").copy()
    sa = T["Saldo Awal"]
    awal = pd.DataFrame({"tanggal": pd.Timestamp(year=tahun, month=1, day=1), "no_bukti": f"SA-{tahun}",
                         "akun": sa["akun"], "keterangan": f"Saldo awal 1 Januari {tahun}",
                         "debit": sa["debit"], "kredit": sa["kredit"], "unit": "umum", "id_anggota": None})
    ju = T["Jurnal Umum"].drop(columns="baris_berkas")
    jurnal = pd.concat([awal, ju], ignore_index=True)
    jurnal["debit"] = jurnal["debit"].astype("int64")
    jurnal["kredit"] = jurnal["kredit"].astype("int64")
    jurnal["tanggal"] = pd.to_datetime(jurnal["tanggal"])
    for k in ("no_bukti", "akun", "keterangan", "unit", "id_anggota"):
        jurnal[k] = jurnal[k].astype(object)
    return {"jurnal": jurnal, "saldo_awal": awal, "akun": akun}


def siapkan_tabel(data: DataRAT) -> dict:
    """Tabel bertipe seperti dataset kit (jurnal dengan saldo awal, akun, anggota, simpanan, ...)."""
    T = data.tabel
    anggota = T["Anggota"].drop(columns="baris_berkas")
    simpanan = T["Mutasi Simpanan"].drop(columns="baris_berkas").astype({"setor": "int64", "tarik": "int64"})
    trans = T["Transaksi Anggota"].drop(columns="baris_berkas").astype({"nilai": "int64"})
    pinjaman = T["Pinjaman"].drop(columns="baris_berkas").copy()
    pinjaman["pokok"] = pinjaman["pokok"].astype("int64")
    pinjaman["provisi"] = pinjaman["provisi"].astype("int64")
    pinjaman["tenor_bulan"] = pinjaman["tenor_bulan"].astype("int64")
    pinjaman["bunga_per_bulan"] = [float(f"{x / 100:.10g}") for x in pinjaman["bunga_per_bulan"]]
    angsuran = T["Angsuran"].drop(columns="baris_berkas").copy()
    for k in ("pokok", "jasa", "denda"):
        angsuran[k] = angsuran[k].astype("int64")
    angsuran["angsuran_ke"] = angsuran["angsuran_ke"].astype("int64")
    return {**jurnal_dari_data(data), "anggota": anggota, "simpanan": simpanan,
            "transaksi": trans, "pinjaman": pinjaman, "angsuran": angsuran}


def _dasar_shu(data: DataRAT, t: dict, tahun: int):
    """(simpanan, transaksi per unit, bobot) — dasar pembagian SHU menurut lembar Dasar SHU."""
    from kopkit.shu import dasar_simpanan, dasar_transaksi

    dasar = data.tabel["Dasar SHU"]
    dihitung = dasar.loc[dasar["dihitung"]]
    jenis = tuple(s.replace("simpanan_", "") for s in dihitung.loc[dihitung["komponen"] == "jasa_modal", "sumber"])
    simpanan = dasar_simpanan(t["simpanan"], tahun, jenis=jenis, cara=data.profil.get("cara_saldo_simpanan") or
                              "akhir_tahun", anggota=t["anggota"])
    usaha = dihitung.loc[dihitung["komponen"] == "jasa_usaha"]
    ids = t["anggota"]["id_anggota"].astype(str).tolist()
    tr = t["transaksi"]
    tgl = pd.to_datetime(tr["tanggal"])
    tr = tr.loc[(tgl.dt.year == tahun) & tr["id_anggota"].notna()]
    kolom, bobot = {}, {}
    for sumber, b in zip(usaha["sumber"], usaha["bobot"]):
        if sumber == "jasa_pinjaman":
            nama = "usp"
            kolom[nama] = dasar_transaksi(angsuran=t["angsuran"], pinjaman=t["pinjaman"], tahun=tahun,
                                          anggota=t["anggota"])["usp"]
        else:
            nama = sumber
            d = tr.loc[tr["unit"] == sumber]
            kolom[nama] = d["nilai"].groupby(d["id_anggota"].astype(str).to_numpy()).sum().reindex(ids, fill_value=0)
        bobot[nama] = f"{b:.10g}"
    transaksi = pd.DataFrame(kolom).astype("int64")
    transaksi.index = pd.Index(ids, name="id_anggota")
    return simpanan, transaksi, bobot


def calk_ringkas(data: DataRAT, laporan: dict, rekap: pd.DataFrame, alokasi: pd.DataFrame) -> pd.DataFrame:
    """CALK (Catatan atas Laporan Keuangan) ringkas dari data folder.

    Cadangan: :func:`hitung_rat` memakai :func:`kopkit.buku.catatan_laporan_keuangan`; fungsi ini
    dipakai hanya bila pembukuan tidak dapat menyusun CALK-nya."""
    from kopkit.dasar.uang import format_rupiah

    p, tahun = data.profil, int(data.tahun)
    neraca = laporan["Laporan Posisi Keuangan"]
    baris = [
        ("1. Umum", f"{data.koperasi}, koperasi {p.get('jenis_koperasi') or '-'}, beralamat di {p.get('alamat') or '-'}; "
                    f"NIK {p.get('nik') or 'belum ada'}."),
        ("2. Kebijakan akuntansi", f"Laporan disusun untuk tahun buku 1 Januari - 31 Desember {tahun} menurut kebijakan "
                                   "akuntansi koperasi (Permenkop UKM 2/2024, berbasis SAK EP), dasar akrual, "
                                   "dalam rupiah penuh."),
        ("3. Simpanan anggota", "Simpanan pokok dan wajib dicatat sebagai ekuitas; simpanan sukarela sebagai liabilitas."),
        ("4. Pinjaman anggota", f"Sisa pokok 31 Desember {tahun}: {format_rupiah(int(rekap['sisa_pokok'].sum()))}; "
                                f"penyisihan (PPAP) menurut kolektibilitas: {format_rupiah(int(rekap['ppap'].sum()))}."),
        ("5. Pajak", "Pajak penghasilan: " + {"pasal_17_31E": "tarif umum PPh Pasal 17 dengan fasilitas Pasal 31E.",
                                              "final_0,5": "PPh final 0,5% dari peredaran bruto (PP 55/2022)."}.get(
            str(p.get("pajak")), str(p.get("pajak")))),
        ("6. SHU", "Pembagian SHU menurut AD/ART: " + ", ".join(
            f"{r.pos.replace('_', ' ')} {format_rupiah(int(r.jumlah))}" for r in alokasi.itertuples()) +
         ". Pembagian ini sah setelah diputuskan RAT."),
    ]
    for r in neraca.loc[neraca["jenis_baris"] == "total"].itertuples():
        baris.append(("7. Jumlah pos neraca", f"{r.pos}: {format_rupiah(int(r.jumlah))}"))
    return pd.DataFrame(baris, columns=["catatan", "isi"])


def _calk(data, t: dict, kualitas, rekap, laporan, alokasi) -> pd.DataFrame:
    """CALK dari :func:`kopkit.buku.catatan_laporan_keuangan` (dengan kolektibilitas dan NPL dari
    daftar pinjaman); bila pembukuan tidak dapat menyusunnya, :func:`calk_ringkas`."""
    from kopkit import buku
    from kopkit.dasar.galat import GalatKopkit
    from kopkit.simpan_pinjam import rasio_npl

    akhir = f"{int(data.tahun)}-12-31"
    try:
        calk = buku.catatan_laporan_keuangan(t["jurnal"], t["akun"], int(data.tahun), nama_koperasi=data.koperasi,
                                             rekap_kolektibilitas=rekap,
                                             npl=rasio_npl(kualitas, akhir) if len(kualitas) else None)
    except GalatKopkit:
        return calk_ringkas(data, laporan, rekap, alokasi)
    return calk[[c for c in ("no", "bagian", "teks") if c in calk.columns]]


# ------------------------------------------------------------------------------------ hitung
def laporan_keuangan(jurnal, akun, tahun: int) -> dict:
    """Empat laporan keuangan tahun buku ``tahun`` (CALK, laporan kelima, disusun terpisah)."""
    from kopkit import buku

    return {
        "Laporan Posisi Keuangan": buku.laporan_posisi_keuangan(jurnal, akun, per=f"{tahun}-12-31"),
        "Laporan Perhitungan Hasil Usaha": buku.laporan_hasil_usaha(jurnal, akun, tahun),
        "Laporan Perubahan Ekuitas": buku.laporan_perubahan_ekuitas(jurnal, akun, tahun),
        "Laporan Arus Kas": buku.laporan_arus_kas(jurnal, akun, tahun),
    }


def hitung_rat(data: DataRAT, lalu: DataRAT | None = None) -> HasilRAT:
    """Semua angka paket RAT dari data folder yang sudah bersih (lihat :func:`kopkit.rat.periksa_folder`).

    ``lalu``: buku kerja tahun lalu yang sudah dibaca dan dicocokkan (:func:`kopkit.rat.tahun_lalu.baca_tahun_lalu`);
    dengan itu kelima laporan mendapat kolom ``tahun_lalu``, tanpa itu hanya Laporan Posisi Keuangan
    (dari lembar *Saldo Awal*)."""
    from kopkit import buku
    from kopkit.rat.tahun_lalu import catatan_tahun_lalu, sandingkan, sandingkan_ekuitas
    from kopkit.kesehatan import nilai_kesehatan, pilih_komponen, ringkasan_dari_buku, skema_2021
    from kopkit.shu import hitung_shu
    from kopkit.simpan_pinjam import jadwal_banyak, kualitas_pinjaman, rekap_kolektibilitas

    tahun, p = int(data.tahun), data.profil
    t = siapkan_tabel(data)
    akun = t["akun"]
    # Sekali dibakukan (pemeriksaan per bukti, nomor akun): setiap laporan di bawah memakai hasil yang sama.
    jurnal = t["jurnal"] = buku.siapkan_jurnal(t["jurnal"], akun)
    akhir = f"{tahun}-12-31"
    laporan = laporan_keuangan(jurnal, akun, tahun)
    neraca_lalu = buku.laporan_posisi_keuangan(t["saldo_awal"], akun, per=f"{tahun}-01-01")
    if lalu is None:
        laporan["Laporan Posisi Keuangan"] = sandingkan(laporan["Laporan Posisi Keuangan"], neraca_lalu)
    else:  # lima laporan tahun lalu dari buku kerja tahun lalu (saldonya sudah dicocokkan, lihat tahun_lalu)
        tl = jurnal_dari_data(lalu)
        for judul, t_lalu in laporan_keuangan(tl["jurnal"], tl["akun"], int(lalu.tahun)).items():
            gabung = sandingkan_ekuitas if judul == "Laporan Perubahan Ekuitas" else sandingkan
            laporan[judul] = gabung(laporan[judul], t_lalu)
    neraca = laporan["Laporan Posisi Keuangan"]
    # SHU
    shu = buku.shu_tahun_berjalan(jurnal, akun, tahun)
    simpanan, transaksi, bobot = _dasar_shu(data, t, tahun)
    aturan = data.tabel["Aturan SHU"][["pos", "persen"]].astype({"persen": str})
    alokasi, pembagian = hitung_shu(shu, simpanan, transaksi, aturan, dasar=p.get("dasar_pembagian") or "total",
                                    anggota=t["anggota"], tahun=tahun, bobot_transaksi=bobot,
                                    pembulatan=p.get("pembulatan_shu") or "sisa_terbesar",
                                    kelipatan=int(p.get("kelipatan_shu") or 100))
    # pinjaman
    if len(t["pinjaman"]):
        jadwal = jadwal_banyak(t["pinjaman"], pembulatan={m: p.get(f"pembulatan_{m}") or "sisa_di_akhir"
                                                          for m in ("flat", "efektif", "anuitas")},
                               kelipatan=int(p.get("kelipatan_angsuran") or 1), hari_maks=p.get("hari_jatuh_tempo_maks"))
        kualitas = kualitas_pinjaman(t["pinjaman"], t["angsuran"], jadwal, akhir, data_sampai=akhir)
    else:
        kualitas = pd.DataFrame({"kelas": pd.Series([], dtype=object), "sisa_pokok": pd.Series([], dtype="int64"),
                                 "ppap": pd.Series([], dtype="int64")})
    rekap = rekap_kolektibilitas(kualitas, akhir)
    kode_ppap = buku.akun_berperan(akun, "penyisihan_pinjaman")
    ppap_neraca = -int(neraca.loc[neraca["kode"].isin(kode_ppap), "jumlah"].sum())
    # kesehatan
    ang = t["anggota"]
    aktif = (pd.to_datetime(ang["tanggal_masuk"]) <= akhir) & ~(pd.to_datetime(ang["tanggal_keluar"]) <= akhir)
    bertransaksi = set(transaksi.index[(transaksi > 0).any(axis=1)])
    n_aktif = int(aktif.sum())
    n_trans = int((aktif & ang["id_anggota"].isin(bertransaksi)).sum())
    # Modal sendiri awal tahun dari Saldo Awal; dengan buku kerja tahun lalu angka ini sudah dicocokkan
    # sama dengan ekuitas akhir tahun lalu (kolom tahun_lalu neraca), jadi keduanya tidak pernah berbeda.
    ekuitas_lalu = int(neraca_lalu.set_index("pos").at["JUMLAH EKUITAS", "jumlah"])
    kol = dict(zip(rekap["kelas"], rekap["sisa_pokok"].astype(int)))
    ringkasan = ringkasan_dari_buku(jurnal, akun, tahun, kolektibilitas={k: kol.get(k, 0) for k in _KELAS},
                                    jumlah_anggota=n_aktif, anggota_aktif_bertransaksi=n_trans,
                                    modal_sendiri_lalu=ekuitas_lalu)
    tk = p.get("tata_kelola_persen")
    komponen = (["TK1"] if tk is not None else []) + ["PR1", "KK1", "PM1"]
    skema = pilih_komponen(skema_2021(), komponen)
    if tk is not None:
        ringkasan = ringkasan.assign(tata_kelola=float(tk))
    kesehatan = nilai_kesehatan(ringkasan, skema)
    # ODS
    n_pos = neraca.set_index("pos")["jumlah"]
    l_pos = laporan["Laporan Perhitungan Hasil Usaha"].set_index("pos")["jumlah"]
    jk = ang.loc[aktif, "jenis_kelamin"].value_counts()
    ods = pd.DataFrame([
        ("Nomor Induk Koperasi (NIK)", p.get("nik") or "(belum ada)", "Profil"),
        ("Jumlah anggota aktif 31 Desember", n_aktif, "lembar Anggota"),
        ("  anggota laki-laki", int(jk.get("L", 0)), "lembar Anggota"),
        ("  anggota perempuan", int(jk.get("P", 0)), "lembar Anggota"),
        ("Modal sendiri (Rp)", int(n_pos["JUMLAH EKUITAS"]), "Laporan Posisi Keuangan: jumlah ekuitas"),
        ("Modal luar (Rp)", int(n_pos["JUMLAH LIABILITAS"]), "Laporan Posisi Keuangan: jumlah liabilitas"),
        ("Total aset (Rp)", int(n_pos["JUMLAH ASET"]), "Laporan Posisi Keuangan"),
        ("Volume usaha (Rp)", int(l_pos["Jumlah pendapatan"]), "Laporan Perhitungan Hasil Usaha: jumlah pendapatan"),
        ("SHU tahun berjalan (Rp)", int(shu), "Laporan Perhitungan Hasil Usaha: SHU setelah pajak"),
        ("Tanggal RAT", p.get("tanggal_rat") or "(isi setelah RAT)", "Profil"),
    ], columns=["isian", "nilai", "sumber"])
    keputusan = [
        "Mengesahkan lima laporan keuangan tahun buku ini (membebaskan pengurus dari tanggung jawabnya, UU 25/1992 Pasal 37).",
        "Memutuskan pembagian SHU: persen dalam Aturan SHU hanyalah usulan menurut AD/ART sampai diputuskan RAT.",
        f"Menyetujui penyisihan pinjaman (PPAP) menurut kolektibilitas ({_rp(int(rekap['ppap'].sum()))}) dibanding "
        f"saldo PPAP di neraca ({_rp(ppap_neraca)}).",
        "Menetapkan rencana kerja dan anggaran tahun berikutnya.",
        "Memilih/mengesahkan pengurus dan pengawas bila masa jabatannya berakhir.",
    ]
    berkas_lalu = lalu.berkas if lalu is not None else None
    catatan = catatan_tahun_lalu(tahun, berkas_lalu)
    calk = _calk(data, t, kualitas, rekap, laporan, alokasi)
    kol = list(calk.columns)
    calk = pd.concat([calk, pd.DataFrame([dict(zip(kol, [len(calk) + 1, "Angka pembanding tahun lalu", catatan]
                                                         if len(kol) == 3 else ["Angka pembanding tahun lalu", catatan]))])],
                     ignore_index=True)
    return HasilRAT(data.koperasi, tahun, dict(p), laporan, calk, alokasi, pembagian, kualitas, rekap, ppap_neraca,
                    ringkasan, kesehatan, ods, keputusan, berkas_tahun_lalu=berkas_lalu, catatan_tahun_lalu=catatan)


def _rp(x) -> str:
    from kopkit.dasar.uang import format_rupiah

    return format_rupiah(int(x))


# ------------------------------------------------------------------------------------ tulis
def _daftar_shu(h: HasilRAT) -> pd.DataFrame:
    t = h.pembagian.tabel
    kol = [c for c in t.columns if c not in ("tanggal_masuk", "tanggal_keluar")]
    return t[kol]


def _tabel_untuk_lembar(h: HasilRAT) -> list[tuple[str, str, pd.DataFrame]]:
    lap = []
    for judul, t in h.laporan.items():
        pendek = {"Laporan Posisi Keuangan": "Posisi Keuangan", "Laporan Perhitungan Hasil Usaha": "Hasil Usaha",
                  "Laporan Perubahan Ekuitas": "Perubahan Ekuitas", "Laporan Arus Kas": "Arus Kas"}[judul]
        lap.append((pendek, t.attrs.get("judul", judul), t))
    k = h.kesehatan
    lap += [
        ("CALK", "Catatan atas Laporan Keuangan", h.calk),
        ("Alokasi SHU", f"Alokasi SHU tahun buku {h.tahun} (usulan menurut AD/ART)", h.alokasi),
        ("Daftar SHU", f"Daftar Pembagian SHU {h.tahun} dengan dasar tiap anggota", _daftar_shu(h)),
        ("Kualitas Pinjaman", f"Kolektibilitas pinjaman dan PPAP per 31 Desember {h.tahun}", h.rekap_kualitas),
        ("Daftar Pinjaman", "Pinjaman yang masih berjalan", h.kualitas),
        ("Kesehatan", f"Kesehatan koperasi: skor {k.skor} - {k.predikat}", k.komponen),
        ("Data ODS", "Angka untuk laporan tahunan ODS (Online Data System) kementerian", h.ods),
        ("Keputusan RAT", "Yang masih harus diputuskan RAT",
         pd.DataFrame({"no": range(1, len(h.keputusan_rat) + 1), "keputusan": h.keputusan_rat})),
    ]
    return lap


def _nilai_sel(v):
    if v is None or (not isinstance(v, (str, list, dict)) and pd.isna(v)):
        return None
    if isinstance(v, pd.Timestamp):
        return v.to_pydatetime()
    if hasattr(v, "item"):
        return v.item()
    if isinstance(v, (int, float, str)):
        return v
    return str(v)


def _tulis_excel(h: HasilRAT, path: Path) -> Path:
    # Mode hanya-tulis: baris ditulis langsung ke berkas dengan gayanya (daftar SHU puluhan ribu
    # anggota tidak ditahan sebagai objek sel di memori).
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from kopkit.dasar.excel import periksa_tujuan, simpan_buku_kerja

    periksa_tujuan(path, timpa=False, contoh=path.name)
    wb = _excel.buku_kerja_baru(hanya_tulis=True)
    tebal = {"font": Font(bold=True)}
    ws0 = wb.create_sheet("Ringkasan")
    ws0.column_dimensions["A"].width, ws0.column_dimensions["B"].width = 40, 24
    _excel.tambah_baris(ws0, [h.koperasi], gaya={"font": Font(bold=True, size=14)})
    _excel.tambah_baris(ws0, [f"Paket Rapat Anggota Tahunan (RAT) - tahun buku {h.tahun}"])
    _excel.tambah_baris(ws0, [])
    ribuan = [None, "#,##0"]
    for r in h.ods.itertuples():
        _excel.tambah_baris(ws0, [r.isian, _nilai_sel(r.nilai)], format_angka=ribuan)
    _excel.tambah_baris(ws0, ["Skor kesehatan", float(h.kesehatan.skor)])
    _excel.tambah_baris(ws0, ["Predikat kesehatan", h.kesehatan.predikat])
    _excel.tambah_baris(ws0, [])
    _excel.tambah_baris(ws0, [h.catatan_tahun_lalu])
    for nama, judul, t in _tabel_untuk_lembar(h):
        ws = wb.create_sheet(nama)
        kolom = [str(c) for c in t.columns if c != "jenis_baris"]
        for j, c in enumerate(kolom, 1):
            contoh = t[c].head(200)
            lebar = max([len(c)] + [len(str(v)) for v in contoh])
            ws.column_dimensions[get_column_letter(j)].width = min(60, max(10, lebar + 3))
        ws.freeze_panes = "A5"
        _excel.tambah_baris(ws, [h.koperasi], gaya={"font": Font(bold=True, size=13)})
        _excel.tambah_baris(ws, [judul], gaya=tebal)
        _excel.tambah_baris(ws, [h.catatan_tahun_lalu] if nama in _LEMBAR_LAPORAN else [])
        _excel.tambah_baris(ws, [c.replace("_", " ") for c in kolom],
                            gaya={**tebal, "fill": PatternFill("solid", fgColor="DDEBF7")})
        fmt = ["#,##0;(#,##0)" if pd.api.types.is_integer_dtype(t[c].head(200).dtype) else None for c in kolom]
        jenis = t["jenis_baris"].tolist() if "jenis_baris" in t.columns else [None] * len(t)
        for baris, j in zip(t[kolom].itertuples(index=False), jenis):
            _excel.tambah_baris(ws, [_nilai_sel(v) for v in baris], format_angka=fmt,
                                gaya=tebal if j in ("subtotal", "total") else None)
        # grafik bawaan Excel (bukan gambar): alokasi SHU dan kolektibilitas
        n = len(t)
        if nama == "Alokasi SHU":
            g = BarChart()
            g.title, g.y_axis.title = "Alokasi SHU", "Rupiah"
            g.add_data(Reference(ws, min_col=kolom.index("jumlah") + 1, min_row=4, max_row=4 + n), titles_from_data=True)
            g.set_categories(Reference(ws, min_col=kolom.index("pos") + 1, min_row=5, max_row=4 + n))
            ws.add_chart(g, f"{get_column_letter(len(kolom) + 2)}4")
        elif nama == "Kualitas Pinjaman":
            g = BarChart()
            g.title, g.y_axis.title = "Sisa pokok per kolektibilitas", "Rupiah"
            g.add_data(Reference(ws, min_col=kolom.index("sisa_pokok") + 1, min_row=4, max_row=4 + n),
                       titles_from_data=True)
            g.set_categories(Reference(ws, min_col=1, min_row=5, max_row=4 + n))
            ws.add_chart(g, f"{get_column_letter(len(kolom) + 2)}4")
    return simpan_buku_kerja(wb, path)


def _grafik_png(h: HasilRAT) -> dict:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from kopkit.dasar.grafik import sumbu_rupiah

    hasil = {}
    for kunci, (x, y, judul) in {
        "shu": (h.alokasi["pos"].str.replace("_", " "), h.alokasi["jumlah"], "Alokasi SHU"),
        "kualitas": (h.rekap_kualitas["kelas"].str.replace("_", " "), h.rekap_kualitas["sisa_pokok"],
                     "Sisa pokok pinjaman per kolektibilitas"),
    }.items():
        fig, ax = plt.subplots(figsize=(7, 3))
        ax.bar(list(x), [int(v) for v in y], color="#2e7d32")
        sumbu_rupiah(ax)
        ax.set_title(judul)
        ax.tick_params(axis="x", labelrotation=20, labelsize=8)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=110)
        plt.close(fig)
        hasil[kunci] = base64.b64encode(buf.getvalue()).decode()
    return hasil


def _sel_html(v) -> str:
    from kopkit.dasar.uang import format_angka

    v = _nilai_sel(v)
    if v is None:
        return ""
    if isinstance(v, bool):
        return "ya" if v else "tidak"
    if isinstance(v, int):
        return f"({format_angka(-v)})" if v < 0 else format_angka(v)
    if isinstance(v, float):
        return format_angka(v)
    if hasattr(v, "strftime"):
        return v.strftime("%d/%m/%Y")
    return html.escape(str(v))


def _tabel_html(t: pd.DataFrame) -> str:
    kolom = [c for c in t.columns if c != "jenis_baris"]
    jenis = t["jenis_baris"].tolist() if "jenis_baris" in t.columns else [""] * len(t)
    kepala = "".join(f"<th>{html.escape(str(c).replace('_', ' '))}</th>" for c in kolom)
    isi = []
    for baris, j in zip(t[kolom].itertuples(index=False), jenis):
        sel = "".join(f"<td class='{'angka' if isinstance(_nilai_sel(v), (int, float)) else ''}'>{_sel_html(v)}</td>"
                      for v in baris)
        isi.append(f"<tr class='{j or ''}'>{sel}</tr>")
    return f"<table><thead><tr>{kepala}</tr></thead><tbody>{''.join(isi)}</tbody></table>"


# Nama koperasi di setiap halaman cetak: kotak tepi halaman CSS (@top-left) — Chrome/Edge sejak versi
# 131 dan PDF buatan kit; tiap bagian juga dibuka dengan nama koperasi (kebiasaan laporan keuangan:
# nama entitas, judul, periode), jadi peramban lama pun mencetaknya di halaman pertama tiap laporan.
# (Kepala ``position: fixed`` tidak dipakai untuk cetak: Chromium tidak selalu mengulanginya di
# setiap halaman — di PDF uji, halaman terakhir tanpa kepala.)
_CSS = """
@page { size: A4; margin: 18mm 14mm 16mm 14mm;
        @top-left { content: '__KEPALA__'; font-size: 8pt; color: #555; }
        @bottom-right { content: 'halaman ' counter(page) ' dari ' counter(pages); font-size: 8pt; color: #555; } }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; margin: 0; }
.kepala { display: none; }
p.koperasi { font-size: 9pt; font-weight: bold; margin: 0 0 1mm 0; }
p.catatan { font-size: 8.5pt; color: #444; font-style: italic; }
section.halaman { break-before: page; page-break-before: always; padding-top: 4mm; }
section.halaman:first-of-type { break-before: auto; page-break-before: auto; }
h1 { font-size: 16pt; } h2 { font-size: 12.5pt; margin: 0 0 3mm 0; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { border: 1px solid #bbb; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #ddebf7; } td.angka { text-align: right; white-space: nowrap; }
tr.subtotal td, tr.total td { font-weight: bold; } tr { break-inside: avoid; }
img { max-width: 100%; }
@media screen { body { margin: 1cm auto; max-width: 190mm; }
                .kepala { display: block; font-size: 8pt; color: #555; border-bottom: 1px solid #999; } }
"""


def _teks_css(teks: str) -> str:
    """Teks aman di dalam string CSS ('...'): tanda kutip, garis miring terbalik, < > dan baris baru di-escape."""
    return "".join(f"\\{ord(c):x} " if c in "\\'\"<>\n\r" else c for c in teks)


def _tulis_html(h: HasilRAT, path: Path) -> Path:
    from kopkit.dasar.galat import GalatBerkas

    if path.exists():
        raise GalatBerkas(f"Berkas '{path.name}' sudah ada dan tidak ditimpa.", berkas=path.name)
    png = _grafik_png(h)
    nama = html.escape(h.koperasi)
    bagian = [f"<section class='halaman sampul'><h1>{nama}</h1><h2>Laporan Pertanggungjawaban Pengurus kepada "
              f"Rapat Anggota Tahunan (RAT) - tahun buku {h.tahun}</h2>"
              f"<p>{html.escape(str(h.profil.get('alamat') or ''))}</p>{_tabel_html(h.ods)}</section>"]
    for nama_lembar, judul, t in _tabel_untuk_lembar(h):
        if nama_lembar == "Daftar Pinjaman":
            continue
        tambahan = ""
        if nama_lembar == "Alokasi SHU":
            tambahan = f"<img alt='Grafik alokasi SHU' src='data:image/png;base64,{png['shu']}'>"
        if nama_lembar == "Kualitas Pinjaman":
            tambahan = (f"<p>PPAP menurut kolektibilitas {_rp(int(h.rekap_kualitas['ppap'].sum()))}; saldo PPAP di "
                        f"neraca {_rp(h.ppap_neraca)}.</p><img alt='Grafik kolektibilitas' "
                        f"src='data:image/png;base64,{png['kualitas']}'>")
        kelas = "halaman laporan" if nama_lembar in _LEMBAR_LAPORAN + ("CALK",) else "halaman"
        catatan = (f"<p class='catatan'>{html.escape(h.catatan_tahun_lalu)}</p>"
                   if nama_lembar in _LEMBAR_LAPORAN else "")
        bagian.append(f"<section class='{kelas}' data-lembar='{html.escape(nama_lembar)}'><p class='koperasi'>{nama}</p>"
                      f"<h2>{html.escape(judul)}</h2>{catatan}{_tabel_html(t)}{tambahan}</section>")
    kepala = f"{h.koperasi} - Laporan RAT tahun buku {h.tahun}"
    css = _CSS.replace("__KEPALA__", _teks_css(kepala))
    teks = (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{nama} - RAT {h.tahun}</title>"
            f"<style>{css}</style></head><body><div class='kepala'>{html.escape(kepala)}</div>"
            + "".join(bagian) + "</body></html>")
    path.write_text(teks, encoding="utf-8")
    return path


def tulis_paket(h: HasilRAT, folder, *, pdf: bool = True) -> dict:
    """Tulis ``Laporan RAT <koperasi> <tahun>.xlsx``, ``.html`` dan, bila ada peramban Chrome/Chromium/Edge,
    ``.pdf`` ke ``folder``; berkas lama tidak pernah ditimpa (jalankan lagi: ``... (2).xlsx``).

    Mengembalikan {"excel": path, "html": path, "pdf": path atau None}; ``h.catatan_pdf`` menjelaskan
    PDF-nya (atau mengapa tidak ada dan cara mencetak HTML-nya sendiri)."""
    from kopkit.rat.cetak import cetak_pdf

    folder = Path(folder)
    dasar = f"Laporan RAT {h.koperasi} {h.tahun}"
    xlsx, n = folder / f"{dasar}.xlsx", 2
    while any(xlsx.with_suffix(a).exists() for a in (".xlsx", ".html", ".pdf")):  # nomor tiga berkas sepasang
        xlsx, n = folder / f"{dasar} ({n}).xlsx", n + 1
    h.berkas = {"excel": _tulis_excel(h, xlsx), "html": _tulis_html(h, xlsx.with_suffix(".html")), "pdf": None}
    if pdf:
        h.berkas["pdf"], h.catatan_pdf = cetak_pdf(h.berkas["html"], xlsx.with_suffix(".pdf"))
    else:
        h.catatan_pdf = "PDF tidak diminta."
    return h.berkas


def buat_paket_rat(folder, *, tujuan=None, tahun_lalu=None, pdf: bool = True) -> HasilRAT:
    """Periksa folder data dan, bila bersih, tulis paket RAT ke ``tujuan`` (bawaan: folder itu).

    Buku kerja tahun lalu (``Data Koperasi <tahun-1>.xlsx`` di folder yang sama, atau path/folder
    ``tahun_lalu=``) memberi kelima laporan kolom tahun lalu; saldo akhirnya harus sama dengan lembar
    *Saldo Awal* (lihat :mod:`kopkit.rat.tahun_lalu`). ``pdf=False``: tanpa PDF.

    Bila ada masalah: semua masalah ditulis ke ``Masalah Data RAT.xlsx`` di folder itu dan
    :class:`~kopkit.dasar.galat.GalatData` dinaikkan dengan daftar lengkapnya (atribut ``tabel``)."""
    from kopkit.dasar.galat import tabel_masalah
    from kopkit.rat.periksa import periksa_folder, tulis_masalah_excel
    from kopkit.rat.tahun_lalu import baca_tahun_lalu

    data, tabel = periksa_folder(folder)
    lalu = None
    path_lalu = _berkas_tahun_lalu(folder, tahun_lalu, data.tahun)
    if path_lalu is not None and data.tahun is not None:
        lalu, masalah_lalu = baca_tahun_lalu(path_lalu, data, cocokkan=not len(tabel))
        if masalah_lalu:
            tabel = pd.concat([tabel, tabel_masalah(masalah_lalu)], ignore_index=True) if len(tabel) else \
                tabel_masalah(masalah_lalu)
    if len(tabel):
        berkas = tulis_masalah_excel(tabel, folder)
        daftar = "\n".join(f"  {i}. {r.pesan} (lembar {r.lembar}" + (f", baris {int(r.baris)}" if pd.notna(r.baris) else "")
                           + (f", kolom {r.kolom}" if r.kolom else "") + f") Cara memperbaiki: {r.saran}"
                           for i, r in enumerate(tabel.head(30).itertuples(), 1))
        lagi = f"\n  ... dan {len(tabel) - 30} masalah lain (lihat berkasnya)." if len(tabel) > 30 else ""
        galat = GalatData(f"Data belum siap untuk paket RAT: {len(tabel)} masalah. Semua masalah ada di "
                          f"'{berkas.name}'.\n{daftar}{lagi}", berkas=data.berkas,
                          saran="Perbaiki satu per satu, simpan, lalu jalankan lagi.")
        galat.tabel, galat.berkas_masalah = tabel, berkas
        raise galat
    hasil = hitung_rat(data, lalu)
    tulis_paket(hasil, Path(tujuan) if tujuan is not None else Path(folder), pdf=pdf)
    return hasil


def _berkas_tahun_lalu(folder, tahun_lalu, tahun) -> Path | None:
    """Buku kerja tahun lalu: ``tahun_lalu`` (berkas, atau folder berisi ``Data Koperasi <tahun-1>.xlsx``),
    bila tidak disebut yang ada di samping buku kerja tahun ini; None bila tidak ada."""
    from kopkit.dasar.galat import GalatBerkas
    from kopkit.rat.baca import cari_berkas_lalu
    from kopkit.rat.templat import nama_berkas_data

    if tahun_lalu is None:
        return cari_berkas_lalu(folder)
    p = Path(tahun_lalu)
    if p.is_dir() and tahun is not None:
        p = p / nama_berkas_data(int(tahun) - 1)
    if not p.is_file():
        raise GalatBerkas(f"Buku kerja tahun lalu '{p}' tidak ada.", berkas=p.name,
                          saran="Sebut path berkas 'Data Koperasi <tahun lalu>.xlsx', atau jangan isi tahun_lalu=.")
    return p
