"""Uji pembukuan: contoh kecil yang dihitung dengan tangan, validasi, galat, tampilan dan ekspor."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kopkit import buku, data
from kopkit.buku import laporan as lk
from kopkit.buku.tampilan import ekspor_excel, tampilkan_laporan
from kopkit.dasar.galat import GalatBerkas, GalatData, GalatMasukan, tabel_masalah

AKUN = data.muat("akun")


def _jurnal(baris):
    t = pd.DataFrame(baris, columns=["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit"])
    t["tanggal"] = pd.to_datetime(t["tanggal"])
    t["debit"] = t["debit"].astype("int64")
    t["kredit"] = t["kredit"].astype("int64")
    t["unit"] = "umum"
    return t


# Koperasi mini. Semua angka yang diharapkan di bawah dihitung dengan tangan (lihat komentar).
MINI = _jurnal([
    ("2025-01-01", "SA-2025", "101", "Saldo awal", 10_000_000, 0),
    ("2025-01-01", "SA-2025", "131", "Saldo awal", 1_000_000, 0),
    ("2025-01-01", "SA-2025", "301", "Saldo awal", 0, 2_000_000),
    ("2025-01-01", "SA-2025", "302", "Saldo awal", 0, 3_000_000),
    ("2025-01-01", "SA-2025", "201", "Saldo awal", 0, 5_000_000),
    ("2025-01-01", "SA-2025", "305", "Saldo awal", 0, 1_000_000),
    ("2025-01-05", "BKK-1", "111", "Pencairan pinjaman", 4_000_000, 0),
    ("2025-01-05", "BKK-1", "101", "Pencairan pinjaman", 0, 4_000_000),
    ("2025-02-10", "BKM-1", "101", "Angsuran ke-1", 1_100_000, 0),
    ("2025-02-10", "BKM-1", "111", "Angsuran ke-1", 0, 1_000_000),
    ("2025-02-10", "BKM-1", "401", "Angsuran ke-1", 0, 100_000),
    ("2025-03-01", "BKM-2", "101", "Penjualan toko", 500_000, 0),
    ("2025-03-01", "BKM-2", "405", "Penjualan toko", 0, 500_000),
    ("2025-03-01", "BM-1", "511", "HPP toko", 400_000, 0),
    ("2025-03-01", "BM-1", "131", "HPP toko", 0, 400_000),
    ("2025-06-01", "BBK-1", "102", "Setor kas ke bank", 2_000_000, 0),
    ("2025-06-01", "BBK-1", "101", "Setor kas ke bank", 0, 2_000_000),
    ("2025-07-01", "BKK-3", "164", "Beli timbangan susu", 300_000, 0),
    ("2025-07-01", "BKK-3", "101", "Beli timbangan susu", 0, 300_000),
    ("2025-12-31", "BKK-2", "521", "Gaji Desember", 50_000, 0),
    ("2025-12-31", "BKK-2", "101", "Gaji Desember", 0, 50_000),
    ("2025-12-31", "BM-2", "591", "PPh badan 2025", 25_000, 0),
    ("2025-12-31", "BM-2", "231", "PPh badan 2025", 0, 25_000),
])


def _nilai(lap, pos):
    return int(lap.set_index("pos").loc[pos, "jumlah"])


def test_neraca_saldo_mini_dihitung_tangan():
    ns = buku.neraca_saldo(MINI, AKUN).set_index("kode")
    # Kas: 10.000.000 - 4.000.000 + 1.100.000 + 500.000 - 2.000.000 - 300.000 - 50.000
    assert ns.loc["101", "debit"] == 5_250_000
    assert ns.loc["111", "debit"] == 3_000_000 and ns.loc["131", "debit"] == 600_000
    assert ns.loc["201", "kredit"] == 5_000_000 and ns.loc["401", "kredit"] == 100_000
    # Debit: 5.250.000 + 2.000.000 + 3.000.000 + 600.000 + 300.000 + 400.000 + 50.000 + 25.000
    assert ns["debit"].sum() == ns["kredit"].sum() == 11_625_000


def test_laporan_hasil_usaha_mini():
    phu = lk.laporan_hasil_usaha(MINI, AKUN, 2025)
    assert _nilai(phu, "Jumlah pendapatan") == 600_000       # 100.000 jasa + 500.000 penjualan
    assert _nilai(phu, "Jumlah beban") == 450_000            # 400.000 HPP + 50.000 gaji
    assert _nilai(phu, "SHU sebelum pajak") == 150_000
    assert _nilai(phu, "SHU setelah pajak") == 125_000       # dikurangi PPh 25.000
    assert lk.shu_tahun_berjalan(MINI, AKUN, 2025) == 125_000


def test_laporan_posisi_keuangan_mini_dan_simpanan():
    lpk = lk.laporan_posisi_keuangan(MINI, AKUN, per="2025-12-31")
    assert _nilai(lpk, "JUMLAH ASET") == 11_150_000          # 5.250.000+2.000.000+3.000.000+600.000+300.000
    assert _nilai(lpk, "JUMLAH LIABILITAS") == 5_025_000     # sukarela 5.000.000 + utang pajak 25.000
    assert _nilai(lpk, "JUMLAH EKUITAS") == 6_125_000        # 2 jt + 3 jt + 1 jt + SHU 125.000
    baris = lpk.set_index("kode")
    # Simpanan pokok dan wajib adalah ekuitas, simpanan sukarela liabilitas (SUMBER.md §3).
    assert baris.loc["301", "bagian"] == "Ekuitas" and baris.loc["302", "bagian"] == "Ekuitas"
    assert baris.loc["201", "bagian"] == "Liabilitas"
    assert baris.loc["309", "jumlah"] == 125_000
    # Urutan likuiditas: aset lancar sebelum aset tidak lancar.
    kel = lpk.loc[lpk["bagian"] == "Aset", "kelompok"].tolist()
    assert kel.index("Aset tidak lancar") > max(i for i, k in enumerate(kel) if k == "Aset lancar")


def test_laporan_arus_kas_mini():
    ak = lk.laporan_arus_kas(MINI, AKUN, 2025)
    # Operasi: -4.000.000 + 1.000.000 + 100.000 + 500.000 - 50.000; pemindahan kas ke bank bukan arus kas.
    assert _nilai(ak, "Arus kas bersih dari aktivitas operasi") == -2_450_000
    assert _nilai(ak, "Arus kas bersih dari aktivitas investasi") == -300_000
    assert _nilai(ak, "Arus kas bersih dari aktivitas pendanaan") == 0
    assert _nilai(ak, "Kas dan setara kas awal periode") == 10_000_000
    assert _nilai(ak, "Kas dan setara kas akhir periode") == 7_250_000  # kas 5.250.000 + bank 2.000.000
    assert "102" not in set(ak["kode"])


def test_perubahan_ekuitas_mini():
    pe = lk.laporan_perubahan_ekuitas(MINI, AKUN, 2025).set_index("pos")
    assert pe.loc["Saldo awal", "Jumlah"] == 6_000_000
    assert pe.loc["SHU tahun berjalan", "SHU tahun berjalan"] == 125_000
    assert pe.loc["Saldo akhir", "Jumlah"] == 6_125_000
    assert pe.loc["Penambahan", "Jumlah"] == 0 and pe.loc["Pengurangan", "Jumlah"] == 0


def test_buku_besar_saldo_berjalan_dan_saldo_awal():
    bb = buku.buku_besar(MINI, AKUN, "101")
    assert bb["saldo"].tolist() == [10_000_000, 6_000_000, 7_100_000, 7_600_000, 5_600_000, 5_300_000, 5_250_000]
    bb2 = buku.buku_besar(MINI, AKUN, ["101", "201"], periode=("2025-03-01", "2025-12-31"))
    kas = bb2[bb2["akun"] == "101"]
    assert kas["keterangan"].iloc[0] == "Saldo awal" and kas["saldo"].iloc[0] == 7_100_000
    assert kas["saldo"].iloc[-1] == 5_250_000
    # Akun bersaldo normal kredit: saldo positif berarti kredit.
    assert bb2.loc[bb2["akun"] == "201", "saldo"].iloc[-1] == 5_000_000
    with pytest.raises(GalatMasukan, match="999"):
        buku.buku_besar(MINI, AKUN, "999")


def test_tutup_buku_mini():
    penutup = buku.tutup_buku(MINI, AKUN, 2025)
    assert penutup["debit"].sum() == penutup["kredit"].sum()
    assert penutup.set_index("akun").loc["309", "kredit"] == 125_000
    tutup = buku.terapkan_penyesuaian(MINI, penutup, AKUN)
    ns = buku.neraca_saldo(tutup, AKUN).set_index("kode")
    assert (ns.loc[ns["jenis"].isin(["pendapatan", "beban"]), ["debit", "kredit"]] == 0).all().all()
    assert ns.loc["309", "kredit"] == 125_000
    assert lk.shu_tahun_berjalan(tutup, AKUN, 2025) == 125_000  # PHU tidak berubah oleh jurnal penutup
    lpk = lk.laporan_posisi_keuangan(tutup, AKUN, per="2025-12-31")
    assert _nilai(lpk, "JUMLAH ASET") == _nilai(lpk, "JUMLAH LIABILITAS DAN EKUITAS") == 11_150_000
    pe = lk.laporan_perubahan_ekuitas(tutup, AKUN, 2025).set_index("pos")
    assert pe.loc["Saldo akhir", "Jumlah"] == 6_125_000 and pe.loc["Penambahan", "Jumlah"] == 0


def test_jurnal_penyesuaian():
    jp = buku.jurnal_penyesuaian("2025-12-31", "JP-1", "Penyusutan", [("523", 100_000, 0), ("169", 0, 100_000)])
    j2 = buku.terapkan_penyesuaian(MINI, jp, AKUN)
    assert len(j2) == len(MINI) + 2 and len(MINI) == 23  # jurnal asli tidak berubah
    assert lk.shu_tahun_berjalan(j2, AKUN, 2025) == 25_000
    salah = buku.jurnal_penyesuaian("2025-12-31", "JP-2", "Salah", [("523", 100_000, 0), ("169", 0, 90_000)])
    with pytest.raises(GalatData, match="tidak seimbang"):
        buku.terapkan_penyesuaian(MINI, salah, AKUN)
    with pytest.raises(GalatMasukan):
        buku.jurnal_penyesuaian("2025-12-31", "JP-3", "x", [("523", 10.5, 0)])


def test_shu_per_unit_dan_anggaran():
    j = MINI.copy()
    j.loc[j["akun"].isin(["401"]), "unit"] = "usp"
    j.loc[j["akun"].isin(["405", "511"]), "unit"] = "toko"
    p = lk.shu_per_unit_bulanan(j, AKUN, 2025)
    assert p.loc[2, "usp"] == 100_000 and p.loc[3, "toko"] == 100_000 and p.loc[12, "umum"] == -50_000
    assert int(p.to_numpy().sum()) == 150_000  # = SHU sebelum pajak
    ang = pd.DataFrame({"kode": ["405", "521"], "anggaran": [400_000, "100.000"]})
    r = lk.anggaran_vs_realisasi(MINI, AKUN, ang, 2025).set_index("kode")
    assert r.loc["405", "realisasi"] == 500_000 and r.loc["405", "selisih"] == 100_000
    assert r.loc["521", "persen_realisasi"] == 50.0


def test_partisipasi_anggota():
    j = MINI.copy()
    j["id_anggota"] = None
    j.loc[j["no_bukti"] == "BKM-1", "id_anggota"] = "A0001"
    j.loc[j["no_bukti"] == "BKM-2", "keterangan"] = "Penjualan toko kepada bukan anggota"
    p = lk.pendapatan_per_partisipasi(j, AKUN, 2025).set_index("kode")
    assert p.loc["401", "anggota"] == 100_000 and p.loc["405", "bukan_anggota"] == 500_000
    phu = lk.laporan_hasil_usaha(j, AKUN, 2025, partisipasi=True)
    assert int(phu.set_index("pos").loc["Jumlah pendapatan", "anggota"]) == 100_000


# ------------------------------------------------------------------ validasi dan masukan buruk

def test_validasi_melaporkan_semua_masalah_sekaligus():
    j = MINI.copy()
    j.loc[1, "debit"] = -1_000_000            # baris 3: negatif (dan bukti SA jadi tidak seimbang)
    j.loc[6, "akun"] = "1"                    # baris 8: akun induk
    j.loc[9, "akun"] = "1111"                 # baris 11: akun tidak dikenal
    j.loc[11, "kredit"] = 500_000             # baris 13: debit dan kredit sekaligus
    j.loc[13, "keterangan"] = None            # baris 15: keterangan kosong
    j.loc[15, "tanggal"] = pd.Timestamp("2024-06-01")  # baris 17: di luar periode + bukti dua tanggal
    j.loc[19, "debit"] = 0                    # baris 21: tanpa jumlah
    masalah = buku.validasi_jurnal(j, AKUN, periode=2025)
    tabel = tabel_masalah(masalah)
    pesan = " | ".join(tabel["pesan"])
    assert "Jumlah negatif" in pesan and "akun induk" in pesan and "'1111' tidak ada" in pesan
    assert "debit dan kredit sekaligus" in pesan and "Keterangan kosong" in pesan
    assert "di luar periode" in pesan and "2 tanggal berbeda" in pesan and "tanpa jumlah" in pesan
    assert "Bukti SA-2025 tidak seimbang" in pesan and "Bukti BKK-2 tidak seimbang" in pesan
    assert set(tabel["baris"].dropna()) >= {3, 8, 11, 13, 15, 17, 21}
    assert all(m.saran for m in masalah)
    with pytest.raises(GalatData) as e:
        buku.periksa_jurnal(j, AKUN, 2025)
    assert f"{len(masalah)} masalah" in str(e.value)
    assert buku.periksa_jurnal(j, AKUN, 2025, ketat=False) == masalah


def test_selisih_bukti_tidak_seimbang_disebut():
    j = MINI.copy()
    j.loc[10, "kredit"] = 90_000  # BKM-1: debit 1.100.000, kredit 1.090.000
    (m,) = buku.validasi_jurnal(j, AKUN)
    assert m.pesan == ("Bukti BKM-1 tidak seimbang: debit 1.100.000, kredit 1.090.000, "
                       "selisih 10.000 (debit lebih besar).")
    assert m.baris == 10 and m.kolom == "debit, kredit"


def test_pecahan_rupiah_tidak_dibulatkan_diam_diam():
    j = MINI.copy()
    j["debit"] = j["debit"].astype("float64")
    j.loc[0, "debit"] = 10_000_000.5
    masalah = buku.validasi_jurnal(j, AKUN)
    assert any(m.baris == 2 and m.kolom == "debit" for m in masalah)
    with pytest.raises(GalatData, match="pecahan"):
        buku.neraca_saldo(j, AKUN)
    # Float yang bulat (mis. dari Excel dengan sel kosong) tetap diterima.
    j.loc[0, "debit"] = 10_000_000.0
    assert buku.validasi_jurnal(j, AKUN) == []
    assert buku.neraca_saldo(j, AKUN)["debit"].dtype == np.int64


def test_jumlah_teks_dan_tanggal_teks_dalam_validasi():
    j = MINI.copy().astype({"debit": object, "kredit": object, "tanggal": object})
    j["debit"] = [f"{v:,}".replace(",", ".") if v else "" for v in MINI["debit"]]
    j["tanggal"] = [t.strftime("%d/%m/%Y") for t in MINI["tanggal"]]
    j.loc[2, "kredit"] = "2.000.OOO"
    j.loc[4, "tanggal"] = "31/02/2025"
    masalah = buku.validasi_jurnal(j, AKUN)
    assert [(m.baris, m.kolom) for m in masalah] == [(4, "kredit"), (6, "tanggal")]


@pytest.mark.parametrize("ubah, pesan, masalah_validasi", [
    (lambda j: j.drop(columns="kredit"), "kolom kredit", True),
    # Teks rupiah/tanggal dipahami validator, tetapi laporan minta tipe yang sudah dibakukan.
    (lambda j: j.assign(debit=j["debit"].astype(str)), "belum berisi angka", False),
    (lambda j: j.assign(akun=j["akun"].replace("401", "499")), "499", True),
    (lambda j: j.assign(akun=j["akun"].replace("401", "4")), "induk", True),
    (lambda j: j.assign(kredit=j["kredit"].replace(100_000, 90_000)), "tidak seimbang", True),
    (lambda j: j.assign(tanggal=j["tanggal"].dt.strftime("%d/%m/%Y")), "tanggal", False),
    (lambda j: j.assign(debit=-j["debit"], kredit=-j["kredit"]), "negatif", True),
])
def test_galat_kit_bukan_galat_mentah(ubah, pesan, masalah_validasi):
    for f in (lambda j: buku.neraca_saldo(j, AKUN), lambda j: lk.laporan_hasil_usaha(j, AKUN, 2025),
              lambda j: lk.laporan_arus_kas(j, AKUN, 2025), lambda j: buku.buku_besar(j, AKUN)):
        with pytest.raises(GalatData, match=pesan):
            f(ubah(MINI))
    assert bool(buku.validasi_jurnal(ubah(MINI), AKUN)) == masalah_validasi


def test_bagan_akun_tidak_sah():
    a = AKUN.astype({"jenis": str})
    a.loc[2, "kode"] = "101"
    a.loc[3, "jenis"] = "harta"
    with pytest.raises(GalatData, match="Bagan akun tidak sah: 2 masalah"):
        buku.neraca_saldo(MINI, a)
    assert buku.validasi_jurnal(MINI, a.drop(columns="jenis"))[0].kolom == "jenis"


def test_periode_salah():
    with pytest.raises(GalatMasukan, match="sesudah"):
        lk.laporan_hasil_usaha(MINI, AKUN, ("2025-12-31", "2025-01-01"))
    with pytest.raises(GalatMasukan, match="tidak dipahami"):
        lk.laporan_hasil_usaha(MINI, AKUN, "tahun ini")


# ------------------------------------------------------------------ tampilan dan Excel

def test_tampilkan_laporan():
    t = tampilkan_laporan(lk.laporan_posisi_keuangan(MINI, AKUN, per="2025-12-31"))
    assert list(t.columns) == ["Uraian", "Jumlah (Rp)"]
    baris = dict(zip(t["Uraian"].str.strip(), t["Jumlah (Rp)"]))
    assert baris["JUMLAH ASET"] == "11.150.000"
    j = buku.jurnal_penyesuaian("2025-12-31", "JP", "Rugi", [("522", 1_000_000, 0), ("101", 0, 1_000_000)])
    rugi = tampilkan_laporan(lk.laporan_hasil_usaha(buku.terapkan_penyesuaian(MINI, j, AKUN), AKUN, 2025))
    assert dict(zip(rugi["Uraian"].str.strip(), rugi["Jumlah (Rp)"]))["SHU setelah pajak"] == "(875.000)"
    ns = tampilkan_laporan(buku.neraca_saldo(MINI, AKUN))
    assert ns.iloc[-1]["Nama akun"] == "JUMLAH" and ns.iloc[-1]["Debit"] == "11.625.000"


def test_ekspor_excel_tidak_menimpa(tmp_path):
    from openpyxl import load_workbook

    lap = {"Posisi keuangan": lk.laporan_posisi_keuangan(MINI, AKUN, per="2025-12-31"),
           "Neraca saldo": buku.neraca_saldo(MINI, AKUN),
           "Perubahan ekuitas": lk.laporan_perubahan_ekuitas(MINI, AKUN, 2025)}
    p = ekspor_excel(lap, tmp_path / "lap.xlsx", nama_koperasi="Koperasi Uji")
    wb = load_workbook(p)
    assert wb.sheetnames == ["Posisi keuangan", "Neraca saldo", "Perubahan ekuitas"]
    ws = wb["Posisi keuangan"]
    nilai = {ws.cell(r, 2).value: ws.cell(r, 3).value for r in range(5, ws.max_row + 1)}
    assert nilai["JUMLAH ASET"] == 11_150_000 and isinstance(nilai["JUMLAH ASET"], int)
    assert ws.cell(5, 3).number_format == "#,##0;(#,##0)"
    ns = wb["Neraca saldo"]
    assert [c.value for c in ns[ns.max_row]][-2:] == [11_625_000, 11_625_000]
    with pytest.raises(GalatBerkas, match="sudah ada"):
        ekspor_excel(lap, p, nama_koperasi="Koperasi Uji")
    ekspor_excel(lk.laporan_arus_kas(MINI, AKUN, 2025), p, nama_koperasi="Koperasi Uji", timpa=True)
    assert load_workbook(p).sheetnames[0].startswith("Laporan Arus Kas")
    with pytest.raises(GalatBerkas, match=".xlsx"):
        ekspor_excel(lap, tmp_path / "lap.xls", nama_koperasi="Koperasi Uji")
    with pytest.raises(GalatBerkas, match="Folder"):
        ekspor_excel(lap, tmp_path / "tidak_ada" / "lap.xlsx", nama_koperasi="Koperasi Uji")


def test_saldo_awal_bercabang_dikenali():
    j = MINI.assign(no_bukti=MINI["no_bukti"].replace("SA-2025", "C001-SA-2025"))
    pe = lk.laporan_perubahan_ekuitas(j, AKUN, 2025).set_index("pos")
    assert pe.loc["Saldo awal", "Jumlah"] == 6_000_000
    assert _nilai(lk.laporan_arus_kas(j, AKUN, 2025), "Kas dan setara kas awal periode") == 10_000_000


def test_jurnal_kosong_dan_akun_kosong():
    kosong = MINI.iloc[:0]
    assert buku.validasi_jurnal(kosong, AKUN) == []
    assert buku.neraca_saldo(kosong, AKUN).empty
    # Periode yang tidak ada di data adalah galat, bukan angka nol.
    with pytest.raises(GalatData, match="kosong"):
        lk.shu_tahun_berjalan(kosong, AKUN, 2025)
    with pytest.raises(GalatData, match="kosong"):
        lk.laporan_posisi_keuangan(kosong, AKUN)
    with pytest.raises(GalatData, match="kosong"):
        lk.laporan_posisi_keuangan(kosong, AKUN, per="2025-12-31")
    tanpa_akun = MINI.assign(akun=MINI["akun"].where(MINI.index != 3, None))
    with pytest.raises(GalatData, match="tanpa kode akun"):
        buku.neraca_saldo(tanpa_akun, AKUN)
    assert [m.baris for m in buku.validasi_jurnal(tanpa_akun, AKUN)] == [5]


def test_bagan_tanpa_akun_309_tetap_seimbang():
    a = AKUN[AKUN["kode"] != "309"].reset_index(drop=True)
    lpk = lk.laporan_posisi_keuangan(MINI, a, per="2025-12-31")
    assert _nilai(lpk, "SHU tahun berjalan (belum ditutup)") == 125_000
    assert _nilai(lpk, "JUMLAH ASET") == _nilai(lpk, "JUMLAH LIABILITAS DAN EKUITAS") == 11_150_000
    with pytest.raises(GalatData, match="shu_berjalan"):
        buku.tutup_buku(MINI, a, 2025)


def test_bagan_dengan_kode_lain_tetapi_peran_sama_memberi_laporan_sama():
    """Peran akun, bukan kodenya: ganti semua kode (101 -> 1-101 ...) dan laporan tetap sama."""
    from kopkit import data

    jurnal, akun = data.muat("jurnal_umum"), data.muat("akun")
    ganti = {k: f"K-{int(k) * 7 + 1000}" for k in akun["kode"]}
    akun2 = akun.assign(kode=akun["kode"].map(ganti), induk=akun["induk"].map(lambda k: ganti.get(k, k)))
    jurnal2 = jurnal.assign(akun=jurnal["akun"].astype(str).map(ganti))

    def angka(t):
        return t.drop(columns=["kode"], errors="ignore").reset_index(drop=True)

    for f in (lambda j, a: lk.laporan_posisi_keuangan(j, a, per="2025-12-31"),
              lambda j, a: lk.laporan_hasil_usaha(j, a, 2025),
              lambda j, a: lk.laporan_arus_kas(j, a, 2025),
              lambda j, a: lk.laporan_perubahan_ekuitas(j, a, 2025)):
        pd.testing.assert_frame_equal(angka(f(jurnal, akun)), angka(f(jurnal2, akun2)))
    tutup = buku.tutup_buku(jurnal2, akun2, 2025)
    assert set(tutup["akun"]) & {"K-3163"}  # 309 * 7 + 1000: SHU tahun berjalan menurut perannya
    # Tanpa kolom peran dan dengan kode asing, fungsi yang memerlukan peran memberi galat yang jelas.
    with pytest.raises(GalatData, match="peran"):
        lk.laporan_arus_kas(jurnal2, akun2.drop(columns=["peran"]), 2025)


@pytest.mark.parametrize("fungsi", [
    lambda j, a: lk.shu_tahun_berjalan(j, a, 2024),
    lambda j, a: lk.laporan_hasil_usaha(j, a, 2024),
    lambda j, a: lk.laporan_perubahan_ekuitas(j, a, 2026),
    lambda j, a: lk.laporan_arus_kas(j, a, ("2024-01-01", "2024-06-30")),
    lambda j, a: lk.shu_per_unit_bulanan(j, a, 2024),
    lambda j, a: lk.pendapatan_per_partisipasi(j, a, 2024),
    lambda j, a: buku.tutup_buku(j, a, 2024),
    lambda j, a: lk.laporan_posisi_keuangan(j, a, per="2024-06-30"),
])
def test_periode_yang_tidak_ada_di_data_adalah_galat_bukan_nol(fungsi):
    """Dulu shu_tahun_berjalan(j, a, 2024) memberi 0: jawaban salah yang diam."""
    with pytest.raises(GalatData, match="Tahun yang ada di jurnal: 2025"):
        fungsi(MINI, AKUN)
