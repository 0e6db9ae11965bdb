"""Koreksi isu 11 (modul 01 dan 02): fakta akuntansi yang akan dihentikan pelatih Dinas di kelas.

Setiap uji menunjuk satu butir isu dan gagal bila kesalahan lamanya kembali: sebuah angka (dari data
yang dihitung ulang dengan cara kedua), sebuah penggolongan akun, atau baris laporan, dan teks
pelajaran/latihan yang harus sejalan dengannya.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from kopkit import buku, data

AKAR = Path(__file__).resolve().parents[1]


def _sel(pola: str) -> list[dict]:
    """Semua sel notebook pelajaran yang namanya cocok ``pola`` (mis. "01*"), urut nama berkas."""
    sel = []
    for p in sorted((AKAR / "notebooks").glob(f"{pola}.ipynb")):
        sel += json.loads(p.read_text(encoding="utf-8"))["cells"]
    assert sel, pola
    return sel


def _teks(pola: str, jenis: str | None = None) -> str:
    return "\n".join("".join(c["source"]) for c in _sel(pola) if jenis in (None, c["cell_type"]))


def _keluaran(sel: dict) -> str:
    teks = []
    for o in sel.get("outputs", []):
        isi = o.get("data", {}).get("text/plain", o.get("text", ""))
        teks.append("".join(isi) if isinstance(isi, list) else isi)
    return "\n".join(teks)


@pytest.fixture(scope="module")
def buku_2025():
    return data.muat("jurnal_umum"), data.muat("akun")


# --- butir 2: simpanan wajib adalah ekuitas -------------------------------------------------

def test_simpanan_wajib_ekuitas_di_bagan_dan_di_kuitansi_pelajaran(buku_2025):
    _, akun = buku_2025
    jenis = akun.set_index("kode")["jenis"]
    assert jenis["301"] == "ekuitas" and jenis["302"] == "ekuitas" and jenis["201"] == "liabilitas"
    kuitansi = next(t for t in ("".join(c["source"]) for c in _sel("01*")) if "BKM-CONTOH-1**" in t)
    assert "keduanya kewajiban" not in kuitansi
    assert "wajib adalah **ekuitas**" in kuitansi and "sukarela adalah **liabilitas**" in kuitansi


def test_umpan_balik_latihan_01_tidak_menyebut_semua_simpanan_kewajiban():
    from kopkit.latihan import modul_01

    semua = " ".join([s.pesan for s in modul_01.soal2.salah_umum] + modul_01.soal2._petunjuk)
    assert "akun simpanan mencatat kewajiban" not in semua
    assert "wajib lain lagi: ekuitas" in semua


# --- butir 4: cakupan SAK EP ----------------------------------------------------------------

def test_sak_ep_berlaku_untuk_buku_2025_koperasi_kursus():
    teks = _teks("01*", "markdown")
    assert "SAK EP berlaku untuk buku KSU Tunas Makmur 2025" in teks
    assert "unit simpan pinjam (USP) di dalam koperasi serba usaha" in teks
    assert "hak menolak atau membatasi" in teks
    assert "Kit ini mengajarkan perlakuan\ntradisional" not in teks


# --- butir 7: angsuran berdenda, empat baris -------------------------------------------------

def test_contoh_angsuran_berdenda_empat_baris(buku_2025):
    jurnal, _ = buku_2025
    ang = jurnal[jurnal["keterangan"].str.startswith("Angsuran ke-")]
    pertama = ang.loc[ang["akun"] == "404", "no_bukti"].iloc[0]
    bukti = ang[ang["no_bukti"] == pertama]
    assert sorted(bukti["akun"]) == ["101", "111", "401", "404"]
    assert int(bukti["debit"].sum()) == int(bukti["kredit"].sum())
    sel = next(c for c in _sel("01*") if c["cell_type"] == "code" and "berdenda" in "".join(c["source"]))
    keluar = _keluaran(sel)
    assert pertama in keluar and "404" in keluar


# --- butir 8: pengurangan ekuitas terbesar = SHU 2024 yang dibagi ------------------------------

def test_pengurangan_ekuitas_terbesar_adalah_shu_2024(buku_2025):
    jurnal, akun = buku_2025
    lpe = buku.laporan_perubahan_ekuitas(jurnal, akun, 2025).set_index("pos").drop(columns="Jumlah")
    kurang = lpe.loc["Pengurangan"]
    nama_308 = akun.set_index("kode").loc[buku.kode_peran(akun, "shu_tahun_lalu"), "nama"]
    assert kurang.idxmin() == nama_308
    # cara kedua: jumlah debit akun 308 pada bukti pembagian SHU 2024 di jurnal
    rat = jurnal[(jurnal["akun"] == "308") & jurnal["keterangan"].str.contains("Pembagian SHU tahun buku 2024")]
    assert -int(kurang[nama_308]) == int(rat["debit"].sum()) == 212_000_000
    assert "Pengurangan terbesar adalah SHU 2024 yang dibagi" in _teks("01*", "markdown")


# --- butir 12: PPAP dan pecahan -----------------------------------------------------------------

def test_akun_119_bernama_ppap(buku_2025):
    jurnal, akun = buku_2025
    nama = akun.set_index("kode").loc[buku.kode_peran(akun, "penyisihan_pinjaman"), "nama"]
    assert nama.lower().startswith("penyisihan penghapusan aset produktif")
    for pola in ("01*", "02*", "03*"):
        assert "penghapusan pinjaman" not in _teks(pola).lower(), pola
    assert not jurnal["keterangan"].str.lower().str.contains("penghapusan pinjaman").any()


def test_bobot_seperempat_tepat_dan_pelajaran_tidak_menyebutnya_dibulatkan():
    assert 0.25 * 4 == 1 and (0.25).as_integer_ratio() == (1, 4)  # 0,25 tepat dalam biner
    assert "dibulatkan komputer" not in _teks("02*")


# --- butir 6: bagian lancar utang bank -----------------------------------------------------------

def test_bagian_lancar_utang_bank_di_liabilitas_jangka_pendek(buku_2025):
    jurnal, akun = buku_2025
    # cara kedua: dari angsuran bank di jurnal — 12 angsuran sama besar, sisa dibayar 12 bulan lagi
    ang = jurnal[jurnal["keterangan"].eq("Angsuran pinjaman investasi bank") & (jurnal["akun"] == "211")]
    assert len(ang) == 12 and ang["debit"].nunique() == 1
    cicil = int(ang["debit"].iloc[0])
    sa = jurnal[jurnal["no_bukti"].str.startswith("SA-") & (jurnal["akun"] == "211")]
    sisa = int(sa["kredit"].sum()) - 12 * cicil
    assert (cicil * 12, sisa) == (120_000_000, 240_000_000)
    lpk = buku.laporan_posisi_keuangan(jurnal, akun, per="2025-12-31")
    lancar = lpk[(lpk["kode"] == buku.kode_peran(akun, "utang_bank_lancar"))]
    assert lancar["kelompok"].tolist() == ["Liabilitas jangka pendek"]
    assert int(lancar["jumlah"].iloc[0]) == min(sisa, 12 * cicil)
    panjang = lpk[lpk["kode"] == buku.kode_peran(akun, "utang_bank")]
    assert panjang["kelompok"].tolist() == ["Liabilitas jangka panjang"]
    assert int(panjang["jumlah"].iloc[0]) == sisa - 12 * cicil
    # pemindahan bukan arus kas: angsuran bank tetap pendanaan, jumlahnya 12 angsuran
    lak = buku.laporan_arus_kas(jurnal, akun, 2025)
    bayar = lak[lak["pos"].str.contains("Utang bank") & (lak["jumlah"] < 0)]
    assert bayar["bagian"].unique().tolist() == ["Aktivitas pendanaan"] and int(bayar["jumlah"].sum()) == -12 * cicil


def test_bagian_lancar_utang_bank_yang_dibayar_tetap_pendanaan(buku_2025):
    _, akun = buku_2025
    lancar = buku.kode_peran(akun, "utang_bank_lancar")
    mini = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-01"] * 2 + ["2025-01-15"] * 2),
                         "no_bukti": ["SA-2025", "SA-2025", "BBK-1", "BBK-1"],
                         "akun": ["102", lancar, lancar, "102"], "keterangan": ["Saldo awal"] * 2 + ["Angsuran bank"] * 2,
                         "debit": [50_000_000, 0, 10_000_000, 0], "kredit": [0, 50_000_000, 0, 10_000_000]})
    lak = buku.laporan_arus_kas(mini, akun, ("2025-01-01", "2025-01-31"))
    baris = lak[lak["kode"] == lancar]
    assert baris["bagian"].tolist() == ["Aktivitas pendanaan"] and int(baris["jumlah"].iloc[0]) == -10_000_000


# --- butir 13: jasa giro (PPh final) tidak masuk penghasilan kena pajak ----------------------------

def _pph_31e(pkp: int, omzet: int) -> int:
    """Pasal 17 (22%) dan 31E (diskon 50% untuk bagian PKP sebanding omzet Rp4,8 miliar) — ditulis ulang."""
    from fractions import Fraction

    pkp = pkp // 1000 * 1000
    if omzet <= 4_800_000_000:
        return int(Fraction(pkp * 11, 100))
    fasilitas = pkp * 4_800_000_000 // omzet
    return fasilitas * 11 // 100 + (pkp - fasilitas) * 22 // 100


def test_pph_badan_tanpa_jasa_giro_final(buku_2025):
    jurnal, akun = buku_2025
    lhu = buku.laporan_hasil_usaha(jurnal, akun, 2025)
    pos = lhu.set_index("pos")["jumlah"]
    per_kode = lhu[lhu["jenis_baris"] == "akun"].set_index("kode")["jumlah"]
    final = sum(int(per_kode.get(k, 0)) for k in buku.akun_berperan(akun, "pendapatan_final"))
    assert final > 0
    omzet = int(pos["Jumlah pendapatan"]) - final
    pajak = int(pos["Jumlah pajak penghasilan"])
    assert pajak == _pph_31e(int(pos["SHU sebelum pajak"]) - final, omzet)
    assert pajak != _pph_31e(int(pos["SHU sebelum pajak"]), int(pos["Jumlah pendapatan"]))  # cara lama: salah


# --- butir 3: CALK -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def calk(buku_2025):
    from kopkit import simpan_pinjam

    jurnal, akun = buku_2025
    pinjaman, angsuran = data.muat("pinjaman"), data.muat("angsuran")
    jadwal = simpan_pinjam.jadwal_banyak(pinjaman, pembulatan={"flat": "pokok", "efektif": "pokok", "anuitas": "angsuran"},
                                         kelipatan=100, hari_maks=28)
    k = simpan_pinjam.kualitas_pinjaman(pinjaman, angsuran, jadwal, "2025-12-31")
    return buku.catatan_laporan_keuangan(jurnal, akun, 2025, nama_koperasi="KSU Tunas Makmur",
                                         rekap_kolektibilitas=simpan_pinjam.rekap_kolektibilitas(k, "2025-12-31"),
                                         npl=simpan_pinjam.rasio_npl(k, "2025-12-31"))


def test_calk_angka_sama_dengan_laporan_lain(buku_2025, calk):
    jurnal, akun = buku_2025
    lpk = buku.laporan_posisi_keuangan(jurnal, akun, per="2025-12-31").set_index("kode")["jumlah"]
    angka = {r.bagian: r.angka for r in calk.itertuples()}
    assert angka["Kas dan bank"]["kas_dan_bank"] == int(lpk["101"] + lpk["102"])
    assert angka["Pinjaman anggota dan PPAP"]["pinjaman_anggota"] == int(lpk["111"])
    assert angka["Pinjaman anggota dan PPAP"]["ppap"] == -int(lpk["119"])
    # PPAP wajib dari modul 03 sama dengan saldo akun 119 yang dibukukan data
    assert angka["Pinjaman anggota dan PPAP"]["ppap_wajib"] == -int(lpk["119"])
    assert angka["Utang bank"]["utang_bank_lancar"] == int(lpk["213"]) == 120_000_000
    assert angka["Aset tetap dan penyusutan"]["akumulasi_penyusutan"] == -int(lpk["169"]) > 0
    assert angka["SHU dan pajak penghasilan"]["shu_setelah_pajak"] == buku.shu_tahun_berjalan(jurnal, akun, 2025)
    susut = jurnal[(jurnal["akun"] == "523")]
    assert angka["Aset tetap dan penyusutan"]["beban_penyusutan"] == int(susut["debit"].sum())


def test_calk_bagian_wajib_dan_tanda_pengurus(calk):
    assert calk["bagian"].tolist() == [
        "Informasi umum", "Kebijakan akuntansi", "Kas dan bank", "Pinjaman anggota dan PPAP", "Simpanan anggota",
        "Aset tetap dan penyusutan", "Utang bank", "SHU dan pajak penghasilan", "Pihak berelasi",
        "Peristiwa setelah tanggal laporan"]
    assert calk.set_index("bagian").loc["Peristiwa setelah tanggal laporan", "diisi_pengurus"]
    assert "SAK EP" in calk["teks"].iloc[1] and "Permenkop UKM No. 2 Tahun 2024" in calk["teks"].iloc[1]
    md = buku.calk_markdown(calk)
    assert md.count("DIISI PENGURUS") == calk["teks"].str.count("DIISI PENGURUS").sum() > 0
    assert "Rp 120.000.000" in md or "Rp120.000.000" in md
    h = buku.calk_html(calk)
    assert h.count("<mark>") == md.count("DIISI PENGURUS") and "<h3>4. Pinjaman anggota dan PPAP</h3>" in h


def test_calk_tanpa_data_pinjaman_minta_pengurus_dan_galat_nama(buku_2025):
    jurnal, akun = buku_2025
    c = buku.catatan_laporan_keuangan(jurnal, akun, 2025, nama_koperasi="KSU Contoh").set_index("bagian")
    assert c.loc["Pinjaman anggota dan PPAP", "diisi_pengurus"]
    assert "rekap kolektibilitas" in c.loc["Pinjaman anggota dan PPAP", "teks"]
    from kopkit.dasar.galat import GalatData, GalatMasukan

    with pytest.raises(GalatMasukan):
        buku.catatan_laporan_keuangan(jurnal, akun, 2025, nama_koperasi=" ")
    with pytest.raises(GalatMasukan):
        buku.catatan_laporan_keuangan(jurnal, akun, 2025, nama_koperasi="KSU Contoh",
                                      rekap_kolektibilitas=pd.DataFrame({"kelas": ["lancar"]}))
    with pytest.raises(GalatData):
        buku.catatan_laporan_keuangan(jurnal, akun, 2031, nama_koperasi="KSU Contoh")


# --- pajak: angka dari tabel aturan, dihitung ulang dengan tangan --------------------------------

def test_pph_badan_contoh_tangan_dan_tabel():
    from kopkit.dasar.aturan import muat_aturan

    t = muat_aturan("pajak_koperasi", pada="2025-12-31").set_index("butir")["nilai"]
    assert (t["tarif_pph_badan"], t["pengurangan_31e"], t["bagian_omzet_31e"]) == (22, 50, 4_800_000_000)
    # omzet Rp9,6 miliar: separuh PKP mendapat 11%, separuh 22%; PKP Rp500.000.999 -> Rp500.000.000
    h = buku.pph_badan(500_000_999, 9_600_000_000, pada="2025-12-31")
    assert h == {"pkp": 500_000_000, "pkp_fasilitas": 250_000_000, "pajak_fasilitas": 27_500_000,
                 "pajak_biasa": 55_000_000, "pajak": 82_500_000}
    assert buku.pph_badan(100_000_000, 60_000_000_000, pada="2025-12-31")["pajak"] == 22_000_000  # di atas Rp50 miliar
    assert buku.pph_badan(-5, 1, pada="2025-12-31")["pajak"] == 0
    f = buku.pph_final_omzet(4_000_000_000, pada="2025-12-31")
    assert f["boleh"] and f["pajak"] == 20_000_000
    assert not buku.pph_final_omzet(4_800_000_001, pada="2025-12-31")["boleh"]
    from kopkit.dasar.galat import GalatMasukan

    with pytest.raises(GalatMasukan):
        buku.pph_badan(1.5, 10, pada="2025-12-31")


# --- penyederhanaan: laporan hasil usaha bentuk koperasi -----------------------------------------

def test_laporan_hasil_usaha_bentuk_koperasi(buku_2025):
    jurnal, akun = buku_2025
    t = buku.laporan_hasil_usaha_koperasi(jurnal, akun, 2025, partisipasi_akun={"406": "anggota"})
    s = t.set_index("pos")["jumlah"]
    biasa = buku.laporan_hasil_usaha(jurnal, akun, 2025).set_index("pos")["jumlah"]
    assert int(s["SHU sebelum pajak"]) == int(biasa["SHU sebelum pajak"])
    assert int(s["SHU setelah pajak"]) == int(biasa["SHU setelah pajak"])
    # partisipasi neto = partisipasi bruto - beban pokok partisipasi
    assert int(s["Partisipasi neto"]) == int(s["Jumlah partisipasi bruto"]) - int(s["Jumlah beban pokok partisipasi"])
    # susu dibeli dari peternak anggota: seluruh penjualan susu dan seluruh HPP susu adalah partisipasi anggota
    ang = t[t["bagian"] == "Partisipasi anggota"].set_index("kode")["jumlah"]
    j = jurnal[jurnal["no_bukti"].str.startswith("SA-") == False]  # noqa: E712
    assert int(ang["406"]) == int(j.loc[j["akun"] == "406", "kredit"].sum())
    assert int(ang["512"]) == int(j.loc[j["akun"] == "512", "debit"].sum())
    # penjualan toko kepada bukan anggota: sama dengan baris penjualan bukan anggota di jurnal
    bukan = t[t["bagian"] == "Usaha dengan bukan anggota"].set_index("kode")["jumlah"]
    toko_bukan = j[(j["akun"] == "405") & j["keterangan"].str.contains("bukan anggota")]
    assert int(bukan["405"]) == int(toko_bukan["kredit"].sum()) > 0
    # HPP toko dibagi tepat (jumlahnya sama dengan saldo 511) dan sebanding penjualannya
    hpp = t[(t["kode"] == "511") & (t["jenis_baris"] == "akun")]["jumlah"]
    assert int(hpp.sum()) == int(j.loc[j["akun"] == "511", "debit"].sum())
    assert abs(int(bukan["511"]) * int(ang["405"]) - int(ang["511"]) * int(bukan["405"])) < int(ang["405"]) + int(bukan["405"])
    # tanpa pilihan: susu tidak dibedakan
    t0 = buku.laporan_hasil_usaha_koperasi(jurnal, akun, 2025)
    assert "406" not in t0.loc[t0["bagian"] == "Partisipasi anggota", "kode"].tolist()
    from kopkit.dasar.galat import GalatData, GalatMasukan

    with pytest.raises(GalatMasukan):
        buku.laporan_hasil_usaha_koperasi(jurnal, akun, 2025, partisipasi_akun={"406": "peternak"})
    with pytest.raises(GalatData):
        buku.laporan_hasil_usaha_koperasi(jurnal, akun, 2025, partisipasi_akun={"999": "anggota"})


def test_label_dasar_shu_netral():
    from kopkit.shu.widget import LABEL_DASAR

    assert set(LABEL_DASAR.values()) == {"total", "setelah_cadangan"}
    teks = " ".join(LABEL_DASAR).lower()
    assert "pasal" not in teks and "lazim" not in teks  # tidak satu pun disebut "yang sesuai pasal" atau "yang biasa"


def test_angka_pajak_di_teks_pelajaran_sama_dengan_tabel():
    """Teks pelajaran 01b mengutip angka aturan pajak (rumus Excel, PP 55/2022, PMK 37/2025): terikat ke tabel."""
    a = buku.angka_pajak("2025-12-31")
    teks = _teks("01b*", "markdown")
    rumus = f"INT(B5*{a['tarif_pph_badan']}%*{a['pengurangan_31e']}%) + INT((B4-B5)*{a['tarif_pph_badan']}%)"
    assert rumus in teks and f"<={int(a['bagian_omzet_31e'])}" in teks
    for butir in ("tarif_final_pp55", "tarif_pph22_lokapasar"):
        assert f"{str(a[butir]).replace('.', ',')}%" in teks, butir
    assert f"Rp {int(a['batas_omzet_pph22_lokapasar']) // 1_000_000} juta" in teks
    assert f"{int(a['tahun_pp55_koperasi'])} tahun — belum dipastikan" in teks
