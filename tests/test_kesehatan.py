"""Kesehatan koperasi (modul 04): contoh kerja terbitan, rasio koperasi kursus dihitung ulang dari
jurnal, tabel aturan, galat, lomba, Excel dan rapor."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import openpyxl
import pandas as pd
import pytest

from kopkit import data
from kopkit.dasar.galat import GalatAturan, GalatBerkas, GalatData, GalatMasukan
from kopkit.dasar.aturan import muat_aturan, periksa_aturan_tabel
from kopkit.kesehatan import (buat_skema, ekspor_juri_excel, ganti_bobot, hitung_rasio, indikator_lomba,
                              kepekaan_bobot, kriteria_lomba, kuesioner_manajemen, nilai_kesehatan, nilai_kuesioner,
                              nilai_lomba, periksa_skema, rapor_html, ringkasan_dari_buku, saran_perbaikan,
                              skema_2016, skema_2021, skor_kesehatan, tabel_juri, ubah_bobot_lomba)


def _skor(skema, kode, rasio):
    """Skor komponen 2016 = nilai x bobot / 100 (Perdep 06/2016)."""
    bobot = Decimal(str(skema.komponen.set_index("kode").at[kode, "bobot"]))
    return skema.nilai(kode, rasio) * bobot / 100


# --- Contoh kerja terbitan -------------------------------------------------------------------

# Skripsi, "Analisis Data — Hasil Penelitian dan Pembahasan", Tabel 34-37 (data 2014-2016),
# https://text-id.123dok.com/document/dzxx8pmdz-analisis-data-hasil-penelitian-dan-pembahasan.html
# Risiko pinjaman bermasalah / pinjaman: 4,19 -> nilai 92, skor 4,6; 1,56 -> 96, 4,8; 0,72 -> 98, 4,9.
# Cadangan risiko / pinjaman bermasalah: 31,24 -> 31, 1,55; 80,90 -> 81, 4,05; 197,12 -> 100, 5.
@pytest.mark.parametrize("kode,rasio,nilai,skor", [
    ("K2", "4.19", 92, "4.6"), ("K2", "1.56", 96, "4.8"), ("K2", "0.72", 98, "4.9"),
    ("K3", "31.24", 31, "1.55"), ("K3", "80.90", 81, "4.05"), ("K3", "197.12", 100, "5"),
])
def test_contoh_skripsi_kualitas_aktiva(kode, rasio, nilai, skor):
    s = skema_2016()
    assert s.nilai(kode, rasio) == nilai
    assert _skor(s, kode, rasio) == Decimal(skor)


def test_contoh_skripsi_rasio_dari_rupiah():
    """Rupiah yang sama (Tabel 34 dan 36, tahun 2014) menghasilkan rasio 4,19 dan 31,24."""
    macet, pinjaman, cadangan = 49_904_008, 1_190_916_827, 15_591_299
    r = pd.DataFrame({"pinjaman_lancar": [pinjaman - macet], "pinjaman_kurang_lancar": [0],
                      "pinjaman_diragukan": [0], "pinjaman_macet": [macet], "cadangan_risiko": [cadangan]})
    h = hitung_rasio(r, ["rpm_pinjaman", "cadangan_rpm"]).iloc[0]
    assert (h["rpm_pinjaman"], h["cadangan_rpm"]) == (4.19, 31.24)


def test_contoh_modul_volume_pinjaman_anggota():
    """Contoh kasus "Rasio Volume Pinjaman pada Anggota terhadap Total Volume Pinjaman Diberikan":
    Rp16.650.000 / Rp22.701.250 = 73,3% -> nilai 75, skor 7,50.
    https://text-id.123dok.com/document/eqoo444kq-rasio-volume-pinjaman-pada-anggota-terhadap-total-volume-pinjaman-diberikan-rasio-risiko-rasio-cadangan-risiko-terhadap-risiko-pinjaman-bermasalah-dihitung-dengan-cara-sebagai-berikut.html"""
    r = pd.DataFrame({"pinjaman_anggota": [16_650_000], "pinjaman": [22_701_250]})
    rasio = hitung_rasio(r, ["pinjaman_anggota_total"])["pinjaman_anggota_total"].iloc[0]
    assert round(rasio, 1) == 73.3
    s = skema_2016()
    assert s.nilai("K1", rasio) == 75 and _skor(s, "K1", rasio) == Decimal("7.5")


def test_contoh_kpri_nagara_permodalan():
    """KPRI "Nagara" 2014 (Tabel 29-31): modal sendiri / pinjaman berisiko 112% -> nilai 100, skor 6;
    modal tertimbang Rp1.331.473.063 / ATMR Rp1.204.854.973 = 111% -> nilai 100, skor 3.
    https://text-id.123dok.com/document/eqoo76v0q-gambaran-umum-kpri-nagara-1-sejarah-berdirinya-kpri-nagara.html"""
    s = skema_2016()
    assert _skor(s, "P2", 112) == 6
    r = pd.DataFrame({"modal_tertimbang": [1_331_473_063], "atmr": [1_204_854_973]})
    rasio = hitung_rasio(r, ["kecukupan_modal"])["kecukupan_modal"].iloc[0]
    assert round(rasio) == 111 and _skor(s, "P3", rasio) == 3


def test_contoh_predikat_mitra_sukses_lestari():
    """Zahra (FEB Universitas Brawijaya), KSP Mitra Sukses Lestari Malang 2016-2018, Perdep 06/2016:
    rata-rata 65,98 -> Dalam Pengawasan. https://123dok.com/id/docs/penilaian-tingkat-kesehatan-koperasi-pada-koperasi.12033376"""
    s = skema_2016()
    assert s.predikat_untuk("65.98") == "Dalam Pengawasan"
    # Batas pita dari tabel aturan (SUMBER.md §5): 80 Sehat, 66 Cukup Sehat, 51 Dalam Pengawasan.
    assert [s.predikat_untuk(x) for x in ("80", "79.99", "66", "65.99", "51", "50.99")] == [
        "Sehat", "Cukup Sehat", "Cukup Sehat", "Dalam Pengawasan", "Dalam Pengawasan", "Dalam Pengawasan Khusus"]


@pytest.mark.parametrize("persen,skor", [(100, 4), (76, 4), (75, 3), (51, 3), (50, 2), (26, 2), (25, 1), (0, 1)])
def test_daftar_periksa_2021_ke_skor(persen, skor):
    """E-Modul Pelatihan Pengurus Koperasi (Juknis Deputi Perkoperasian 15/2021), Tabel 2.1:
    76 < X <= 100 skor 4; 51-75 skor 3; 26-50 skor 2; 0-25 skor 1."""
    assert skema_2021().nilai("TK1", persen) == skor


# --- Koperasi kursus: rasio sama dengan buku yang dihitung ulang sendiri -----------------------

def _kursus():
    kab = data.muat("kabupaten")
    k = kab[kab["id_koperasi"] == "K0001"].set_index("tahun")
    jurnal, akun = data.muat("jurnal_umum"), data.muat("akun")
    r = ringkasan_dari_buku(
        jurnal, akun, 2025,
        kolektibilitas={g: int(k.at[2025, f"pinjaman_{g}"]) for g in ("lancar", "kurang_lancar", "diragukan", "macet")},
        jumlah_anggota=int(k.at[2025, "jumlah_anggota"]),
        anggota_aktif_bertransaksi=int(k.at[2025, "anggota_aktif_bertransaksi"]),
        modal_sendiri_lalu=int(k.at[2024, "modal_sendiri"]))
    return jurnal, akun, k, r


def _setengah_atas_persen(a, b) -> float:
    f = Fraction(a, b) * 100
    return float(Fraction(int(f * 100 + Fraction(1, 2)), 100))


def test_rasio_kursus_sama_dengan_jurnal():
    jurnal, akun, k, r = _kursus()
    jenis = jurnal.merge(akun[["kode", "jenis"]], left_on="akun", right_on="kode")
    saldo = (jenis["debit"] - jenis["kredit"]).groupby(jenis["akun"]).sum()
    per_jenis = (jenis["debit"] - jenis["kredit"]).groupby(jenis["jenis"]).sum()
    aset = int(per_jenis["aset"])
    liabilitas = -int(per_jenis["liabilitas"])
    modal = aset - liabilitas
    pendapatan = -int(per_jenis["pendapatan"])
    pajak = int(saldo.get("591", 0))
    shu = pendapatan - int(per_jenis["beban"])
    rasio = hitung_rasio(r).iloc[0]
    assert int(r["total_aset"].iloc[0]) == aset and int(r["modal_sendiri"].iloc[0]) == modal
    assert rasio["modal_sendiri_aset"] == _setengah_atas_persen(modal, aset)
    assert rasio["rentabilitas_aset"] == _setengah_atas_persen(shu + pajak, aset)
    assert rasio["rentabilitas_modal_sendiri"] == _setengah_atas_persen(shu, modal)
    kas = int(saldo["101"] + saldo["102"])
    pendek = -int(saldo[[a for a in akun.loc[akun["kelompok_laporan"] == "Liabilitas jangka pendek", "kode"]
                         if a in saldo.index]].sum())
    assert rasio["rasio_kas"] == _setengah_atas_persen(kas, pendek)
    pinjaman = int(saldo["111"])
    bermasalah = sum(int(k.at[2025, f"pinjaman_{g}"]) for g in ("kurang_lancar", "diragukan", "macet"))
    assert rasio["rasio_pinjaman_bermasalah"] == _setengah_atas_persen(bermasalah, pinjaman)
    assert rasio["pertumbuhan_modal_sendiri"] == _setengah_atas_persen(modal - int(k.at[2024, "modal_sendiri"]),
                                                                         int(k.at[2024, "modal_sendiri"]))
    # dataset kabupaten (K0001 2025) dihitung dari jurnal yang sama
    assert rasio["modal_sendiri_aset"] == hitung_rasio(data.muat("kabupaten").query(
        "id_koperasi == 'K0001' and tahun == 2025"))["modal_sendiri_aset"].iloc[0]


def test_kolektibilitas_harus_sama_dengan_neraca():
    jurnal, akun, k, _ = _kursus()
    with pytest.raises(GalatMasukan, match="tidak sama dengan saldo pinjaman"):
        ringkasan_dari_buku(jurnal, akun, 2025, kolektibilitas={"lancar": 1}, jumlah_anggota=1,
                            anggota_aktif_bertransaksi=1)


def test_tahun_yang_tidak_ada_di_jurnal_adalah_galat_bukan_nol():
    jurnal, akun, _, _ = _kursus()
    with pytest.raises(GalatData, match="tidak berisi transaksi tahun 2024"):
        ringkasan_dari_buku(jurnal, akun, 2024, kolektibilitas={"lancar": 0}, jumlah_anggota=1,
                            anggota_aktif_bertransaksi=1)


def test_lomba_modal_tahun_lalu_nol_menyebut_koperasinya():
    kab = data.muat("kabupaten")
    kab.loc[(kab["id_koperasi"] == "K0005") & (kab["tahun"] == 2024), "modal_sendiri"] = 0
    with pytest.raises(GalatData, match="K0005 2025"):
        indikator_lomba(kab)


def test_nilai_kesehatan_2016_kursus_lengkap():
    _, _, _, r = _kursus()
    kues = kuesioner_manajemen()
    jawab = nilai_kuesioner(kues, {(x.kode, x.no): x.no % 4 != 0 for x in kues.itertuples()})
    for kode, nama in zip(("M1", "M2", "M3", "M4", "M5"), ("manajemen_umum", "manajemen_kelembagaan",
                                                           "manajemen_permodalan", "manajemen_aktiva",
                                                           "manajemen_likuiditas")):
        r[nama] = float(jawab.set_index("kode").at[kode, "persen_ya"])
    r = r.assign(pinjaman_berisiko=int(r["pinjaman"].iloc[0]), modal_tertimbang=int(r["modal_sendiri"].iloc[0]),
                 atmr=int(r["pinjaman"].iloc[0]), promosi_ekonomi_anggota=50_000_000)
    h = nilai_kesehatan(r, skema_2016())
    # total = jumlah skor komponen (bobot 100), dibulatkan sekali
    assert h.skor == sum(h.komponen["skor"]).quantize(Decimal("0.01"))
    assert h.predikat == skema_2016().predikat_untuk(h.skor)
    assert list(h.aspek["aspek"]) == ["Permodalan", "Kualitas Aktiva Produktif", "Manajemen", "Efisiensi",
                                      "Likuiditas", "Kemandirian dan Pertumbuhan", "Jatidiri Koperasi"]
    saran = saran_perbaikan(r, skema_2016())
    assert len(saran) == 3
    assert list(saran["tambahan_skor"]) == sorted(saran["tambahan_skor"], reverse=True)
    # saran pertama benar-benar menaikkan skor sebesar yang dijanjikan
    top = saran.iloc[0]
    baru = skema_2016().nilai(top["kode"], top["rasio_sasaran"])
    assert baru == top["nilai_sasaran"] > top["nilai_sekarang"]


def test_rasio_yang_kurang_menyebut_kolomnya():
    with pytest.raises(GalatData, match="atmr"):
        skor_kesehatan(pd.DataFrame({"modal_tertimbang": [1]}), skema_2016())


# --- Tabel aturan ----------------------------------------------------------------------------

@pytest.mark.parametrize("nama", ["kesehatan_2016_komponen", "kesehatan_2016_kurva", "kesehatan_2016_predikat",
                                  "kesehatan_2016_manajemen", "kesehatan_2021_indikator", "kesehatan_2021_kurva",
                                  "kesehatan_2021_predikat", "kesehatan_2021_tata_kelola", "kesehatan_rpm",
                                  "lomba_kriteria"])
def test_tabel_aturan_bersumber(nama):
    assert periksa_aturan_tabel(nama) == []
    t = muat_aturan(nama)
    assert {"berlaku", "berlaku_sampai", "sumber", "keyakinan"} <= set(t.columns)
    assert t["sumber"].str.len().min() > 10
    assert set(t["keyakinan"]) <= {"R", "E", "P", "?"}


def test_skema_bawaan_sah_dan_bobot_2016_seratus():
    assert periksa_skema(skema_2016()) == [] and periksa_skema(skema_2021()) == []
    k = skema_2016().komponen
    assert k["bobot"].sum() == 100
    assert k.groupby("aspek", sort=False)["bobot"].sum().to_dict() == {
        "Permodalan": 15, "Kualitas Aktiva Produktif": 25, "Manajemen": 15, "Efisiensi": 10, "Likuiditas": 15,
        "Kemandirian dan Pertumbuhan": 10, "Jatidiri Koperasi": 10}
    # jumlah pertanyaan kuesioner manajemen (SUMBER.md §5): 12, 6, 5, 10, 5
    assert kuesioner_manajemen().groupby("kode").size().to_dict() == {"M1": 12, "M2": 6, "M3": 5, "M4": 10, "M5": 5}


def test_bobot_pengguna_mengganti_dan_diperiksa():
    s = ganti_bobot(skema_2016(), {"E1": 5, "E2": 3})
    assert s.komponen.set_index("kode").at["E1", "sumber"] == "bobot dari pengguna"
    kurva = skema_2016().kurva.copy()
    kurva.loc[kurva["kode"] == "K1", "nilai_dasar"] = kurva.loc[kurva["kode"] == "K1", "nilai_dasar"].to_numpy()[::-1]
    with pytest.raises(GalatAturan, match="tidak searah"):
        buat_skema("salah", skema_2016().komponen, kurva, skema_2016().predikat)
    with pytest.raises(GalatMasukan, match="tidak dikenal"):
        ganti_bobot(skema_2016(), {"X9": 1})


def test_rasio_bukan_angka_galat_berbahasa_indonesia():
    with pytest.raises(GalatMasukan, match="bukan angka"):
        skema_2016().nilai("K1", "tujuh puluh")


def test_kuesioner_yang_belum_dijawab_adalah_galat():
    with pytest.raises(GalatMasukan, match="belum dijawab"):
        nilai_kuesioner(kuesioner_manajemen(), {("M1", 1): True})


# --- Lomba -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def lomba():
    return nilai_lomba(indikator_lomba(data.muat("kabupaten")), tahun=2025)


def test_lomba_peringkat_per_jenis(lomba):
    for _, g in lomba.groupby("jenis", observed=True):
        assert sorted(g["peringkat"]) == list(range(1, len(g) + 1))
        urut = g.sort_values("peringkat")
        assert list(urut["skor"]) == sorted(urut["skor"], reverse=True)
    assert int(kriteria_lomba()["bobot"].sum()) == 100
    assert bool(kriteria_lomba().set_index("aspek").at["digital", "lokal"])


def test_lomba_tahun_tanpa_tahun_lalu_galat():
    with pytest.raises(GalatData, match="tahun sebelumnya"):
        nilai_lomba(indikator_lomba(data.muat("kabupaten")), tahun=2023)
    with pytest.raises(GalatData, match="Tahun 2030 tidak ada"):
        nilai_lomba(indikator_lomba(data.muat("kabupaten")), tahun=2030)


def test_kepekaan_bobot_memang_mengganti_juara(lomba):
    ind = indikator_lomba(data.muat("kabupaten"))
    kp = kepekaan_bobot(lomba)
    dicek = 0
    for r in kp.dropna(subset=["naik_perlu"]).itertuples():
        k = kriteria_lomba()
        bobot = dict(zip(k["kode"], k["bobot"].astype(float)))
        w, W = bobot[r.kode], sum(bobot.values())
        baru = {x: (b * (W - w - r.naik_perlu - 0.05) / (W - w) if x != r.kode else w + r.naik_perlu + 0.05)
                for x, b in bobot.items()}
        if baru[r.kode] > W:
            continue
        h = nilai_lomba(ind, 2025, ubah_bobot_lomba(k, baru))
        juara = h[(h["jenis"] == r.jenis) & (h["peringkat"] == 1)]["id_koperasi"].iloc[0]
        assert juara != r.juara
        sebelum = {x: (b * (W - w - max(r.naik_perlu - 0.05, 0)) / (W - w) if x != r.kode
                       else w + max(r.naik_perlu - 0.05, 0)) for x, b in bobot.items()}
        h0 = nilai_lomba(ind, 2025, ubah_bobot_lomba(k, sebelum))
        assert h0[(h0["jenis"] == r.jenis) & (h0["peringkat"] == 1)]["id_koperasi"].iloc[0] == r.juara
        dicek += 1
    assert dicek >= 5


def test_tabel_juri_excel_dan_rapor(lomba, tmp_path):
    t = tabel_juri(lomba)
    assert t.groupby("jenis").size().max() == 3
    berkas = ekspor_juri_excel(lomba, tmp_path / "juri.xlsx")
    wb = openpyxl.load_workbook(berkas)
    assert {"Kriteria", "Produsen", "KSP Syariah", "Rapor"} <= set(wb.sheetnames)
    ws = wb["Produsen"]
    juara1 = t[(t["jenis"] == "produsen") & (t["peringkat"] == 1)]
    # Gaya rumah (kopkit.dasar.excel.tulis_excel): judul, baris kosong, judul kolom, lalu data di baris 4.
    assert ws.cell(4, 3).value == juara1["id_koperasi"].iloc[0] and ws.cell(4, 2).value == "Juara 1"
    with pytest.raises(GalatBerkas):
        ekspor_juri_excel(lomba, tmp_path / "juri.xlsx")
    teks = rapor_html(lomba, "K0001")
    assert "data:image/png;base64," in teks and "KSU Tunas Makmur" in teks and "Langkah berikut" in teks
    with pytest.raises(GalatMasukan):
        rapor_html(lomba, "K9999", gambar=False)


# --- Prosa pelajaran dan latihan yang mengutip nilai aturan --------------------------------------

def _teks(path):
    import json
    from pathlib import Path

    p = Path(__file__).resolve().parent.parent / path
    if p.suffix == ".ipynb":
        return "\n".join("".join(c["source"]) for c in json.loads(p.read_text(encoding="utf-8"))["cells"])
    return p.read_text(encoding="utf-8")


def test_prosa_mengutip_tabel_aturan():
    """Angka aturan yang disebut di pelajaran/latihan sama dengan tabel aturan."""
    kurva = skema_2016().kurva.query("kode == 'K2'").sort_values("rasio_min", na_position="first")
    miring = kurva.iloc[1]
    assert (miring["nilai_dasar"], miring["kemiringan"], kurva.iloc[2]["rasio_min"]) == (100, -2, 45)
    pelajaran = _teks("notebooks/04_kesehatan_lomba.ipynb")
    assert "nilai = 100 - 2 x rasio, dan 0 bila\nrasio 45% atau lebih" in pelajaran
    bobot_dg1 = int(kriteria_lomba().set_index("kode").at["DG1", "bobot"])
    assert f"dari {bobot_dg1} menjadi 30" in pelajaran
    assert f"dari {bobot_dg1} menjadi `BOBOT_DIGITAL_BARU`" in _teks("exercises/sumber/04_kesehatan_lomba.py")


def test_nama_seperti_rumus_tetap_teks_di_excel(tmp_path):
    kab = data.muat("kabupaten")
    kab.loc[kab["id_koperasi"] == "K0001", "nama"] = "=HYPERLINK(\"http://contoh\")"
    h = nilai_lomba(indikator_lomba(kab), 2025)
    wb = openpyxl.load_workbook(ekspor_juri_excel(h, tmp_path / "juri.xlsx"))
    sel = [c for r in wb["Produsen"].iter_rows() for c in r if c.value == "=HYPERLINK(\"http://contoh\")"]
    assert sel and all(c.data_type == "s" for c in sel)
