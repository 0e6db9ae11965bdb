"""Modul 06 (data sendiri → paket RAT): templat, pembacaan, semua masalah sekaligus, paket.

Uji pulang-pergi: dataset kursus → templat → baca → paket memberi angka yang sama dengan pustaka
langsung dari dataset (pelajaran 01-04), tepat sampai rupiah; angka kunci juga dicocokkan dengan
dataset ``kabupaten`` (sumber bebas: ringkasan tahunan KSU Tunas Makmur)."""
from __future__ import annotations

import shutil

import openpyxl
import pandas as pd
import pytest

from kopkit import buku, data, rat
from kopkit.dasar.galat import GalatBerkas, GalatData

TAHUN = 2025


@pytest.fixture(autouse=True, scope="module")
def _tanpa_peramban():
    """Uji cepat tanpa peramban: paket tanpa PDF (PDF diuji sekali di test_rat_browser.py)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("kopkit.rat.cetak.cari_peramban", lambda: None)
        yield


# ---------------------------------------------------------------------------- folder kecil
def _isi_kecil() -> tuple[dict, dict]:
    tgl = pd.Timestamp
    akun = data.muat("akun")
    saldo = pd.DataFrame({"akun": ["101", "301", "302", "305"], "debit": [10_000_000, 0, 0, 0],
                          "kredit": [0, 1_000_000, 4_000_000, 5_000_000]})
    jurnal = pd.DataFrame([
        (tgl("2025-01-15"), "BKK-1", "111", "Pinjaman PJ1", 1_200_000, 0, "usp", "A1"),
        (tgl("2025-01-15"), "BKK-1", "101", "Pinjaman PJ1", 0, 1_200_000, "usp", "A1"),
        (tgl("2025-02-15"), "BKM-1", "101", "Angsuran PJ1", 112_000, 0, "usp", "A1"),
        (tgl("2025-02-15"), "BKM-1", "111", "Angsuran PJ1", 0, 100_000, "usp", "A1"),
        (tgl("2025-02-15"), "BKM-1", "401", "Angsuran PJ1", 0, 12_000, "usp", "A1"),
        (tgl("2025-03-01"), "BKM-2", "101", "Penjualan toko", 700_000, 0, "toko", None),
        (tgl("2025-03-01"), "BKM-2", "405", "Penjualan toko", 0, 700_000, "toko", None),
        (tgl("2025-06-01"), "BKK-2", "522", "Alat tulis", 100_000, 0, "umum", None),
        (tgl("2025-06-01"), "BKK-2", "101", "Alat tulis", 0, 100_000, "umum", None),
    ], columns=["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit", "unit", "id_anggota"])
    anggota = pd.DataFrame({"id_anggota": ["A1", "A2", "A3"], "nama": ["Siti", "Budi", "Wati"],
                            "jenis_kelamin": ["P", "L", "P"], "tanggal_masuk": [tgl("2020-01-01")] * 3})
    simpanan = pd.DataFrame({"tanggal": [tgl("2025-01-01")] * 6, "id_anggota": ["A1", "A2", "A3"] * 2,
                             "jenis": ["pokok"] * 3 + ["wajib"] * 3,
                             "setor": [300_000, 300_000, 400_000, 1_000_000, 1_000_000, 2_000_000], "tarik": [0] * 6})
    trans = pd.DataFrame({"tanggal": [tgl("2025-03-01"), tgl("2025-03-01")], "id_anggota": ["A1", "A2"],
                          "unit": ["toko", "toko"], "nilai": [500_000, 200_000]})
    pinjaman = pd.DataFrame({"id_pinjaman": ["PJ1"], "id_anggota": ["A1"], "tanggal_cair": [tgl("2025-01-15")],
                             "pokok": [1_200_000], "tenor_bulan": [12], "bunga_per_bulan": [1.0], "metode": ["flat"],
                             "provisi": [0]})
    angsuran = pd.DataFrame({"id_pinjaman": ["PJ1"], "tanggal": [tgl("2025-02-15")], "angsuran_ke": [1],
                             "jatuh_tempo": [tgl("2025-02-15")], "pokok": [100_000], "jasa": [12_000], "denda": [0]})
    aturan = pd.DataFrame({"pos": ["cadangan", "jasa_modal", "jasa_usaha", "dana_sosial"], "persen": [40, 25, 25, 10]})
    dasar = pd.DataFrame({"komponen": ["jasa_modal", "jasa_modal", "jasa_usaha"],
                          "sumber": ["simpanan_pokok", "simpanan_wajib", "toko"], "dihitung": [True] * 3,
                          "bobot": [1, 1, 1]})
    isi = {"Aturan SHU": aturan, "Dasar SHU": dasar, "Bagan Akun": akun, "Saldo Awal": saldo, "Jurnal Umum": jurnal,
           "Anggota": anggota, "Mutasi Simpanan": simpanan, "Transaksi Anggota": trans, "Pinjaman": pinjaman,
           "Angsuran": angsuran, "Penjualan Daring": pd.DataFrame()}
    profil = {k: v for k, _l, _w, _k, v in rat.PROFIL}
    profil.update(nama_koperasi="KSP Uji Kecil", tata_kelola_persen=None)
    return isi, profil


def _folder_kecil(tmp_path, ubah=None, ubah_profil=None):
    isi, profil = _isi_kecil()
    if ubah:
        ubah(isi)
    if ubah_profil:
        profil.update(ubah_profil)
    rat.tulis_templat(tmp_path, tahun=TAHUN, isi=isi, profil=profil)
    return tmp_path


def _pesan(tmp_path) -> pd.DataFrame:
    return rat.periksa_folder(tmp_path)[1]


# ---------------------------------------------------------------------------- templat
def test_templat_kosong_validasi_beku_versi_dan_contoh(tmp_path):
    p = rat.tulis_templat(tmp_path, tahun=TAHUN)
    wb = openpyxl.load_workbook(p)
    assert wb["Petunjuk"]["B3"].value == rat.VERSI_TEMPLAT
    for nama in rat.LEMBAR:
        assert nama in wb.sheetnames
        assert wb[nama].freeze_panes == "A2"
    rumus = {(str(d.sqref).split(":")[0][0], d.type, d.formula1) for d in wb["Jurnal Umum"].data_validations.dataValidation}
    assert ("C", "list", "='Bagan Akun'!$A$2:$A$2000") in rumus       # kode akun
    assert ("H", "list", "=Anggota!$A$2:$A$200000") in rumus            # nomor anggota
    assert ("A", "date", "DATE(1950,1,1)") in rumus and ("E", "whole", "0") in rumus
    jenis = {d.formula1 for d in wb["Mutasi Simpanan"].data_validations.dataValidation if d.type == "list"}
    assert '"pokok,wajib,sukarela"' in jenis
    metode = {d.formula1 for d in wb["Pinjaman"].data_validations.dataValidation if d.type == "list"}
    assert '"flat,efektif,anuitas"' in metode
    assert [r[0] for r in wb["Anggota"].iter_rows(min_row=2, values_only=True)] == ["CONTOH-1", "CONTOH-2"]
    # bagan akun kit terisi lengkap beserta perannya
    bagan = list(wb["Bagan Akun"].iter_rows(min_row=2, values_only=True))
    assert len(bagan) == len(data.muat("akun"))
    assert ("309", "shu_berjalan") in {(r[0], r[7]) for r in bagan}


def test_templat_tidak_menimpa(tmp_path):
    rat.tulis_templat(tmp_path, tahun=TAHUN)
    with pytest.raises(GalatBerkas, match="sudah ada"):
        rat.tulis_templat(tmp_path, tahun=TAHUN)


def test_templat_kosong_memberi_daftar_masalah_bukan_paket(tmp_path):
    rat.tulis_templat(tmp_path, tahun=TAHUN)
    with pytest.raises(GalatData, match="masalah") as e:
        rat.buat_paket_rat(tmp_path)
    assert (e.value.tabel["pesan"] == "Baris contoh dari templat masih ada.").sum() >= 10
    assert e.value.berkas_masalah.exists()
    lembar = openpyxl.load_workbook(e.value.berkas_masalah)["Masalah"]
    assert lembar.max_row == len(e.value.tabel) + 1


# ---------------------------------------------------------------------------- folder kecil
def test_folder_kecil_bersih_dan_paket_dihitung_bebas(tmp_path):
    folder = _folder_kecil(tmp_path)
    assert _pesan(folder).empty
    h = rat.buat_paket_rat(folder)
    # hitungan tangan: pendapatan 12.000 + 700.000, beban 100.000 → SHU 612.000 (tanpa pajak)
    assert int(h.alokasi["jumlah"].sum()) == 612_000
    pos = dict(zip(h.alokasi["pos"], h.alokasi["jumlah"]))
    assert pos["jasa_modal"] == 153_000 and pos["jasa_usaha"] == 153_000
    t = h.pembagian.tabel.set_index("id_anggota")
    # jasa modal ∝ simpanan 1,3 : 1,3 : 2,4 juta; jasa usaha ∝ belanja 500 : 200 : 0 ribu
    assert t.loc["A3", "jasa_modal"] == 153_000 * 24 // 50
    assert t.loc["A1", "jasa_usaha"] == 153_000 * 5 // 7 + 1 and t.loc["A3", "jasa_usaha"] == 0
    assert int(t["total"].sum()) == 306_000
    assert dict(zip(h.rekap_kualitas["kelas"], h.rekap_kualitas["sisa_pokok"]))["macet"] == 1_100_000
    assert h.ods.set_index("isian").at["Jumlah anggota aktif 31 Desember", "nilai"] == 3
    # tidak menimpa: jalankan lagi → berkas bernomor
    h2 = rat.buat_paket_rat(folder)
    assert h2.berkas["excel"].name == "Laporan RAT KSP Uji Kecil 2025 (2).xlsx"
    assert h2.berkas["html"].name == "Laporan RAT KSP Uji Kecil 2025 (2).html"
    assert h.berkas["excel"].exists()
    wb = openpyxl.load_workbook(h.berkas["excel"])
    for lembar in ("Posisi Keuangan", "Hasil Usaha", "Perubahan Ekuitas", "Arus Kas", "CALK", "Alokasi SHU",
                   "Daftar SHU", "Kualitas Pinjaman", "Kesehatan", "Data ODS", "Keputusan RAT"):
        assert lembar in wb.sheetnames
    assert wb["Alokasi SHU"]._charts and wb["Kualitas Pinjaman"]._charts


def test_versi_salah(tmp_path):
    folder = _folder_kecil(tmp_path)
    p = rat.nama_berkas_data(TAHUN)
    wb = openpyxl.load_workbook(folder / p)
    wb["Petunjuk"]["B3"] = "kopkit-rat-0"
    wb.save(folder / p)
    t = _pesan(folder)
    assert t["pesan"].str.contains("Versi templat 'kopkit-rat-0' tidak dikenal").any()
    assert (t.loc[t["pesan"].str.contains("Versi"), ["lembar", "baris", "kolom"]].values.tolist()
            == [["Petunjuk", 3, "B"]])


def test_lembar_diganti_nama_dan_kolom_dihapus_dilaporkan_bersama(tmp_path):
    folder = _folder_kecil(tmp_path)
    p = folder / rat.nama_berkas_data(TAHUN)
    wb = openpyxl.load_workbook(p)
    wb["Anggota"].title = "Data Anggota"
    wb["Jurnal Umum"].delete_cols(5)  # kolom Debit
    wb.save(p)
    t = _pesan(folder)
    anggota = t.loc[t["lembar"] == "Anggota"]
    assert len(anggota) == 1 and "Kembalikan nama lembar menjadi 'Anggota'" in anggota["saran"].iloc[0]
    jurnal = t.loc[t["lembar"] == "Jurnal Umum"]
    assert len(jurnal) == 1 and "debit" in jurnal["pesan"].iloc[0].lower()
    assert "kolom tidak boleh dihapus" in jurnal["saran"].iloc[0]


def test_anggota_asing_periode_dan_bukti_timpang_semua_sekaligus(tmp_path):
    def rusak(isi):
        isi["Transaksi Anggota"].loc[1, "id_anggota"] = "A9"
        isi["Jurnal Umum"].loc[6, "kredit"] = 70_000           # BKM-2: debit 700.000, kredit 70.000
        isi["Jurnal Umum"].loc[7:8, "tanggal"] = pd.Timestamp("2024-12-30")

    t = _pesan(_folder_kecil(tmp_path, rusak))
    asing = t.loc[t["pesan"].str.contains("A9")]
    assert asing[["lembar", "baris", "kolom"]].values.tolist() == [["Transaksi Anggota", 3, "No Anggota"]]
    timpang = t.loc[t["pesan"].str.startswith("Bukti BKM-2 tidak seimbang")]
    assert timpang["baris"].tolist() == [7] and "(selisihRp630.000)" in timpang["pesan"].iloc[0].replace(" ", "")
    luar = t.loc[t["pesan"].str.contains("di luar tahun buku 2025")]
    assert luar["baris"].tolist() == [9, 10]
    assert len(t) == 4


def test_aturan_shu_105_persen_akun_asing_dan_pinjaman_kembar(tmp_path):
    def rusak(isi):
        isi["Aturan SHU"].loc[3, "persen"] = 15
        isi["Jurnal Umum"].loc[7, "akun"] = "599"
        isi["Pinjaman"] = pd.concat([isi["Pinjaman"]] * 2, ignore_index=True)

    t = _pesan(_folder_kecil(tmp_path, rusak))
    assert t["pesan"].str.contains("105").any()
    assert t.loc[t["pesan"].str.contains("599"), "baris"].tolist() == [9]
    assert t.loc[t["pesan"].str.contains("PJ1 tercantum dua kali"), ["lembar", "baris"]].values.tolist() == [
        ["Pinjaman", 3]]
    assert len(t) == 3


def test_sel_salah_dan_tahun_buku_salah(tmp_path):
    def rusak(isi):
        isi["Mutasi Simpanan"]["setor"] = isi["Mutasi Simpanan"]["setor"].astype(object)
        isi["Mutasi Simpanan"].loc[2, "setor"] = "empat ratus ribu"

    t = _pesan(_folder_kecil(tmp_path, rusak, {"tahun_buku": 2024}))
    salah = t.loc[t["pesan"].str.contains("empat ratus ribu")]
    assert salah[["lembar", "baris", "kolom"]].values.tolist() == [["Mutasi Simpanan", 4, "Setor"]]
    # jurnal (9), transaksi (2), angsuran (1), mutasi simpanan (6), pinjaman (1): semua bertanggal 2025,
    # di luar tahun buku 2024 yang tertulis di Profil
    assert t["pesan"].str.contains("di luar tahun buku 2024").sum() == 9 + 2 + 1 + 6 + 1


# ---------------------------------------------------------------------------- pulang-pergi
@pytest.fixture(scope="module")
def contoh(tmp_path_factory):
    folder = tmp_path_factory.mktemp("contoh")
    rat.buat_contoh(folder)
    return folder, rat.buat_paket_rat(folder)


def test_contoh_bersih_dan_lima_laporan_sama_dengan_pustaka(contoh):
    _, h = contoh
    j, a = data.muat("jurnal_umum"), data.muat("akun")
    harap = {"Laporan Posisi Keuangan": buku.laporan_posisi_keuangan(j, a, per="2025-12-31"),
             "Laporan Perhitungan Hasil Usaha": buku.laporan_hasil_usaha(j, a, TAHUN),
             "Laporan Perubahan Ekuitas": buku.laporan_perubahan_ekuitas(j, a, TAHUN),
             "Laporan Arus Kas": buku.laporan_arus_kas(j, a, TAHUN)}
    for judul, t in harap.items():
        dapat = h.laporan[judul][t.columns]
        assert dapat.astype(str).values.tolist() == t.astype(str).values.tolist(), judul


def test_tahun_lalu_dan_ods_cocok_dengan_ringkasan_kabupaten(contoh):
    _, h = contoh
    kab = data.muat("kabupaten").query("id_koperasi == 'K0001'").set_index("tahun")
    n = h.laporan["Laporan Posisi Keuangan"].set_index("pos")
    # tahun lalu = saldo awal: sama dengan kolom "Saldo awal" Laporan Perubahan Ekuitas (hitungan kedua)
    lpe = h.laporan["Laporan Perubahan Ekuitas"].set_index("pos")
    assert n.at["JUMLAH EKUITAS", "tahun_lalu"] == lpe.at["Saldo awal", "Jumlah"]
    assert n.at["JUMLAH EKUITAS", "jumlah"] == kab.at[2025, "modal_sendiri"]
    ods = h.ods.set_index("isian")["nilai"]
    assert ods["Jumlah anggota aktif 31 Desember"] == kab.at[2025, "jumlah_anggota"]
    assert ods["Modal sendiri (Rp)"] == kab.at[2025, "modal_sendiri"]


def test_shu_per_anggota_sama_dengan_pelajaran_02(contoh):
    from kopkit.shu import dasar_dari_dataset, hitung_shu

    _, h = contoh
    shu = buku.shu_tahun_berjalan(data.muat("jurnal_umum"), data.muat("akun"), TAHUN)
    simpanan, transaksi, bobot = dasar_dari_dataset(TAHUN)
    alokasi, pembagian = hitung_shu(shu, simpanan, transaksi, "aturan_shu", anggota=data.muat("anggota"),
                                    tahun=TAHUN, bobot_transaksi=bobot)
    assert h.alokasi["jumlah"].tolist() == alokasi["jumlah"].tolist()
    kol = ["id_anggota", "simpanan", "transaksi", "jasa_modal", "jasa_usaha", "total"]
    assert h.pembagian.tabel[kol].values.tolist() == pembagian.tabel[kol].values.tolist()
    assert int(h.pembagian.tabel["total"].sum()) == int(alokasi.set_index("pos").loc[["jasa_modal", "jasa_usaha"],
                                                                                        "jumlah"].sum())


def test_kualitas_pinjaman_sama_dengan_pelajaran_03_dan_kabupaten(contoh):
    from kopkit.simpan_pinjam import jadwal_banyak, kualitas_pinjaman, rekap_kolektibilitas

    _, h = contoh
    p, a = data.muat("pinjaman"), data.muat("angsuran")
    jadwal = jadwal_banyak(p, pembulatan={"flat": "pokok", "efektif": "pokok", "anuitas": "angsuran"},
                           kelipatan=100, hari_maks=28)
    rekap = rekap_kolektibilitas(kualitas_pinjaman(p, a, jadwal, "2025-12-31"), "2025-12-31")
    assert h.rekap_kualitas.astype(str).values.tolist() == rekap.astype(str).values.tolist()
    kab = data.muat("kabupaten").query("id_koperasi == 'K0001' and tahun == 2025").iloc[0]
    assert dict(zip(h.rekap_kualitas["kelas"], h.rekap_kualitas["sisa_pokok"])) == {
        g: kab[f"pinjaman_{g}"] for g in ("lancar", "kurang_lancar", "diragukan", "macet")}


def test_kesehatan_sama_dengan_pelajaran_04(contoh):
    from kopkit.kesehatan import nilai_kesehatan, pilih_komponen, ringkasan_dari_buku, skema_2021

    _, h = contoh
    tunas = data.muat("kabupaten").query("id_koperasi == 'K0001'").set_index("tahun")
    kol = {g: int(tunas.at[2025, f"pinjaman_{g}"]) for g in ("lancar", "kurang_lancar", "diragukan", "macet")}
    r = ringkasan_dari_buku(data.muat("jurnal_umum"), data.muat("akun"), TAHUN, kolektibilitas=kol,
                            jumlah_anggota=int(tunas.at[2025, "jumlah_anggota"]),
                            anggota_aktif_bertransaksi=int(tunas.at[2025, "anggota_aktif_bertransaksi"]),
                            modal_sendiri_lalu=int(tunas.at[2024, "modal_sendiri"]))
    s21 = pilih_komponen(skema_2021(), ["TK1", "PR1", "KK1", "PM1"])
    pelajaran = nilai_kesehatan(r.assign(tata_kelola=75.0), s21).komponen.set_index("kode")["nilai"]
    dapat = h.kesehatan.komponen.set_index("kode")["nilai"]
    # Tata kelola, pinjaman bermasalah, modal sendiri/aset: sama dengan pelajaran 04.
    assert dapat[["TK1", "PR1", "PM1"]].tolist() == pelajaran[["TK1", "PR1", "PM1"]].tolist()
    # Pertumbuhan modal sendiri: paket memakai modal sendiri awal tahun dari Saldo Awal buku koperasi
    # (Rp1.311.736.737), pelajaran 04 dari ringkasan kabupaten 2024 (Rp1.375.921.000); dengan angka buku
    # yang sama, hitungannya sama.
    lpe = h.laporan["Laporan Perubahan Ekuitas"].set_index("pos")
    buku_sama = nilai_kesehatan(r.assign(tata_kelola=75.0, modal_sendiri_lalu=int(lpe.at["Saldo awal", "Jumlah"])), s21)
    assert (h.kesehatan.skor, h.kesehatan.predikat) == (buku_sama.skor, buku_sama.predikat)
    assert dapat.tolist() == buku_sama.komponen["nilai"].tolist()


def test_html_satu_laporan_per_halaman_dan_nama_koperasi(contoh):
    _, h = contoh
    teks = h.berkas["html"].read_text(encoding="utf-8")
    assert teks.count("class='halaman laporan'") == 5
    assert "@top-left { content: 'KSU Tunas Makmur - Laporan RAT tahun buku 2025'" in teks
    assert "break-before: page" in teks and "size: A4" in teks
    assert teks.count("<p class='koperasi'>KSU Tunas Makmur</p>") == teks.count("<section") - 1  # semua kecuali sampul


def test_ubah_sel_membetulkan_yang_dilaporkan(tmp_path):
    def rusak(isi):
        isi["Transaksi Anggota"].loc[1, "id_anggota"] = "A9"
        isi["Jurnal Umum"].loc[7, "tanggal"] = pd.Timestamp("2024-06-01")

    folder = _folder_kecil(tmp_path, rusak)
    t = _pesan(folder)
    assert len(t) == 2
    berkas = folder / rat.nama_berkas_data(TAHUN)
    for r in t.itertuples():
        nilai = "A2" if r.lembar == "Transaksi Anggota" else pd.Timestamp("2025-06-01")
        rat.ubah_sel(berkas, r.lembar, int(r.baris), r.kolom, nilai)
    assert _pesan(folder).empty
    assert int(rat.buat_paket_rat(folder).alokasi["jumlah"].sum()) == 612_000


def test_setiap_masalah_folder_salah_berkode_dan_berlokasi(tmp_path):
    """Folder contoh dengan kesalahan khas (pelajaran 06): setiap masalah yang dilaporkan membawa kode
    tetap (supaya dapat disaring, dihitung, diekspor) serta berkas dan cara memperbaiki."""
    from kopkit.rat import periksa_folder
    from kopkit.rat.contoh import buat_contoh_salah

    berkas = buat_contoh_salah(tmp_path / "salah")
    with pytest.raises(GalatBerkas, match="adalah berkas; yang diminta foldernya"):
        periksa_folder(berkas)
    _, tabel = periksa_folder(berkas.parent)
    assert len(tabel) >= 4
    tanpa = tabel[tabel["kode"].isna() | tabel["berkas"].isna() | tabel["saran"].isna()]
    assert tanpa.empty, tanpa["pesan"].tolist()
