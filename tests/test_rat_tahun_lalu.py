"""Kolom tahun lalu paket RAT (buku kerja tahun lalu di samping tahun ini) dan PDF tanpa peramban.

Contoh dua tahun dibuat cocok menurut konstruksi: neraca akhir 2024 (saldo awal 2024 + jurnal 2024)
sama dengan lembar Saldo Awal 2025, dihitung tangan. Kolom ``tahun_lalu`` paket dibandingkan dengan
laporan yang dihitung kedua kalinya langsung dari tabel 2024 (tanpa Excel, tanpa pembaca kit), dan
dengan angka tangan."""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_rat import _isi_kecil  # noqa: E402

from kopkit import buku, data, rat  # noqa: E402
from kopkit.dasar.galat import GalatBerkas, GalatData  # noqa: E402
from kopkit.rat import cetak  # noqa: E402

TGL = pd.Timestamp


@pytest.fixture(autouse=True)
def _tanpa_peramban(monkeypatch):
    """Uji cepat: tanpa peramban (PDF diuji sekali di test_rat_browser.py)."""
    monkeypatch.setattr(cetak, "cari_peramban", lambda: None)


def _saldo(baris):
    return pd.DataFrame(baris, columns=["akun", "debit", "kredit"])


# 2024: saldo awal 9,5 juta kas; simpanan wajib +0,5 juta, penjualan toko 0,8 juta, jasa giro 50 ribu,
# beban 0,3 juta → kas akhir 10.550.000, SHU 2024 = 550.000 (belum ditutup: SHU tahun berjalan).
SALDO_2024 = [("101", 9_500_000, 0), ("301", 0, 1_000_000), ("302", 0, 3_500_000), ("305", 0, 5_000_000)]
JURNAL_2024 = [
    (TGL("2024-03-01"), "BKM-1", "101", "Simpanan wajib", 500_000, 0, "umum", None),
    (TGL("2024-03-01"), "BKM-1", "302", "Simpanan wajib", 0, 500_000, "umum", None),
    (TGL("2024-04-01"), "BKM-2", "101", "Penjualan toko", 800_000, 0, "toko", None),
    (TGL("2024-04-01"), "BKM-2", "405", "Penjualan toko", 0, 800_000, "toko", None),
    (TGL("2024-06-01"), "BKK-1", "522", "Alat tulis", 300_000, 0, "umum", None),
    (TGL("2024-06-01"), "BKK-1", "101", "Alat tulis", 0, 300_000, "umum", None),
    (TGL("2024-12-31"), "BBM-1", "101", "Jasa giro", 50_000, 0, "umum", None),
    (TGL("2024-12-31"), "BBM-1", "408", "Jasa giro", 0, 50_000, "umum", None),
]
# 2025: saldo awal = neraca akhir 2024, SHU 2024 dipindah ke "SHU tahun lalu belum dibagi" (308).
SALDO_2025 = [("101", 10_550_000, 0), ("301", 0, 1_000_000), ("302", 0, 4_000_000), ("305", 0, 5_000_000),
              ("308", 0, 550_000)]


def _isi_2024(saldo=SALDO_2024):
    kosong = {nama: pd.DataFrame() for nama in rat.LEMBAR}
    jurnal = pd.DataFrame(JURNAL_2024, columns=["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit", "unit",
                                                "id_anggota"])
    return {**kosong, "Bagan Akun": data.muat("akun"), "Saldo Awal": _saldo(saldo), "Jurnal Umum": jurnal}


def _dua_tahun(folder: Path, saldo_2024=SALDO_2024, folder_lalu: Path | None = None, tahun_profil_lalu=2024):
    isi, profil = _isi_kecil()
    isi["Saldo Awal"] = _saldo(SALDO_2025)
    rat.tulis_templat(folder, tahun=2025, isi=isi, profil=profil)
    rat.tulis_templat(folder_lalu or folder, tahun=2024, isi=_isi_2024(saldo_2024),
                      profil=dict(profil, tahun_buku=tahun_profil_lalu), nama_berkas="Data Koperasi 2024.xlsx")
    return folder


def _langsung(isi: dict, tahun: int) -> dict:
    """Hitungan kedua: laporan tahun lalu langsung dari tabelnya lewat kopkit.buku (tanpa Excel, tanpa
    pembaca kit, tanpa penyandingan paket)."""
    sa = isi["Saldo Awal"]
    awal = pd.DataFrame({"tanggal": TGL(f"{tahun}-01-01"), "no_bukti": f"SA-{tahun}", "akun": sa["akun"],
                         "keterangan": "awal", "debit": sa["debit"], "kredit": sa["kredit"], "unit": "umum",
                         "id_anggota": None})
    j, a = pd.concat([awal, isi["Jurnal Umum"]], ignore_index=True), isi["Bagan Akun"]
    return {"Laporan Posisi Keuangan": buku.laporan_posisi_keuangan(j, a, per=f"{tahun}-12-31"),
            "Laporan Perhitungan Hasil Usaha": buku.laporan_hasil_usaha(j, a, tahun),
            "Laporan Perubahan Ekuitas": buku.laporan_perubahan_ekuitas(j, a, tahun),
            "Laporan Arus Kas": buku.laporan_arus_kas(j, a, tahun)}


def _cocok_dengan(h, harap: dict) -> None:
    for judul, t in harap.items():
        dapat = h.laporan[judul]
        assert "tahun_lalu" in dapat.columns, judul
        if judul == "Laporan Perubahan Ekuitas":
            assert dapat.set_index("pos")["tahun_lalu"].to_dict() == t.set_index("pos")["Jumlah"].to_dict()
            continue
        kunci = ["bagian", "kelompok", "kode", "pos"]
        dapat_lalu = {tuple(r[:4]): r[4] for r in dapat[kunci + ["tahun_lalu"]].itertuples(index=False)
                      if not pd.isna(r[4])}
        assert dapat_lalu == {tuple(r[:4]): r[4] for r in t[kunci + ["jumlah"]].itertuples(index=False)}, judul


@pytest.fixture(scope="module")
def dua_tahun(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cetak, "cari_peramban", lambda: None)
        folder = _dua_tahun(tmp_path_factory.mktemp("dua_tahun"))
        return folder, rat.buat_paket_rat(folder)


def test_tahun_lalu_kelima_laporan_sama_dengan_hitungan_langsung(dua_tahun):
    _, h = dua_tahun
    assert h.berkas_tahun_lalu == "Data Koperasi 2024.xlsx"
    _cocok_dengan(h, _langsung(_isi_2024(), 2024))


def test_tahun_lalu_angka_tangan_dan_baris_satu_tahun_kosong(dua_tahun):
    _, h = dua_tahun
    lhu = h.laporan["Laporan Perhitungan Hasil Usaha"].set_index("pos")
    assert lhu.at["SHU setelah pajak", "tahun_lalu"] == 550_000 and lhu.at["SHU setelah pajak", "jumlah"] == 612_000
    assert pd.isna(lhu.at["Jasa giro bank", "jumlah"]) and lhu.at["Jasa giro bank", "tahun_lalu"] == 50_000
    assert lhu.at["Jasa pinjaman anggota", "jumlah"] == 12_000 and pd.isna(lhu.at["Jasa pinjaman anggota", "tahun_lalu"])
    # baris yang hanya ada tahun lalu disisipkan di kelompoknya, sebelum jumlahnya
    urut = list(lhu.index)
    assert urut.index("Penjualan toko") < urut.index("Jasa giro bank") < urut.index("Jumlah pendapatan")
    n = h.laporan["Laporan Posisi Keuangan"].set_index("pos")
    assert n.at["JUMLAH ASET", "tahun_lalu"] == 10_550_000
    assert n.at["SHU tahun berjalan", "tahun_lalu"] == 550_000
    ak = h.laporan["Laporan Arus Kas"].set_index("pos")
    assert ak.at["Kas dan setara kas akhir periode", "tahun_lalu"] == 10_550_000
    assert ak.at["Kas dan setara kas awal periode", "jumlah"] == 10_550_000
    lpe = h.laporan["Laporan Perubahan Ekuitas"].set_index("pos")
    assert (lpe.at["Saldo awal", "tahun_lalu"], lpe.at["Saldo akhir", "tahun_lalu"]) == (9_500_000, 10_550_000)
    # modal sendiri awal tahun untuk kesehatan = ekuitas akhir tahun lalu
    assert h.ringkasan_kesehatan["modal_sendiri_lalu"].iloc[0] == n.at["JUMLAH EKUITAS", "tahun_lalu"]
    assert "Data Koperasi 2024.xlsx" in h.calk["teks"].iloc[-1]


def test_excel_dan_html_membawa_kolom_tahun_lalu(dua_tahun):
    _, h = dua_tahun
    ws = openpyxl.load_workbook(h.berkas["excel"])["Hasil Usaha"]
    assert [c.value for c in ws[4]][-1] == "tahun lalu" and "dihitung dengan cara yang sama" in ws["A3"].value
    teks = h.berkas["html"].read_text(encoding="utf-8")
    assert teks.count("<th>tahun lalu</th>") == 4 and "dicocokkan dengan lembar Saldo Awal 2025" in teks


def test_saldo_tidak_cocok_dilaporkan_dan_paket_tidak_ditulis(tmp_path):
    salah = [("101", 9_400_000, 0), ("301", 0, 1_000_000), ("302", 0, 3_400_000), ("305", 0, 5_000_000)]
    folder = _dua_tahun(tmp_path, salah)
    with pytest.raises(GalatData, match="2 masalah") as e:
        rat.buat_paket_rat(folder)
    t = e.value.tabel
    assert t["lembar"].tolist() == ["Saldo Awal", "Saldo Awal"] and t["baris"].tolist() == [2, 4]
    kas = t["pesan"].iloc[0]
    assert "akun 101 Kas" in kas and "Rp 10.450.000" in kas and "Rp 10.550.000" in kas and "Data Koperasi 2024" in kas
    assert "Saldo awal 2025 harus sama dengan neraca 31 Desember 2024" in t["saran"].iloc[0]
    assert not list(folder.glob("Laporan RAT*"))
    assert e.value.berkas_masalah.exists()


def test_tahun_profil_lalu_salah_dan_tahun_lalu_di_folder_lain(tmp_path):
    (tmp_path / "kini").mkdir(), (tmp_path / "lalu").mkdir()
    folder = _dua_tahun(tmp_path / "kini", folder_lalu=tmp_path / "lalu")
    assert rat.buat_paket_rat(folder).berkas_tahun_lalu is None                  # tidak disebut: tanpa tahun lalu
    h = rat.buat_paket_rat(folder, tahun_lalu=tmp_path / "lalu")                 # folder berisi 2024
    assert h.laporan["Laporan Arus Kas"]["tahun_lalu"].notna().any()
    with pytest.raises(GalatBerkas, match="tidak ada"):
        rat.buat_paket_rat(folder, tahun_lalu=tmp_path / "lalu" / "Data Koperasi 2023.xlsx")
    (tmp_path / "x").mkdir()
    with pytest.raises(GalatData) as e:
        rat.buat_paket_rat(_dua_tahun(tmp_path / "x", tahun_profil_lalu=2023))
    assert e.value.tabel["pesan"].str.contains("harus tahun 2024").any()


def test_satu_tahun_tetap_jalan_dan_menyatakan_yang_perlu(tmp_path):
    isi, profil = _isi_kecil()
    rat.tulis_templat(tmp_path, tahun=2025, isi=isi, profil=profil)
    h = rat.buat_paket_rat(tmp_path)
    assert "tahun_lalu" in h.laporan["Laporan Posisi Keuangan"].columns
    for judul in ("Laporan Perhitungan Hasil Usaha", "Laporan Perubahan Ekuitas", "Laporan Arus Kas"):
        assert "tahun_lalu" not in h.laporan[judul].columns  # bukan nol palsu
    ws = openpyxl.load_workbook(h.berkas["excel"])["Arus Kas"]
    assert "'Data Koperasi 2024.xlsx' diletakkan di folder yang sama" in ws["A3"].value
    assert "Ctrl+P" in h.catatan_pdf and h.berkas["pdf"] is None
    # dua tahun yang tidak berurutan tetap ditolak
    rat.tulis_templat(tmp_path, tahun=2022, isi=isi, profil=profil)
    with pytest.raises(GalatBerkas, match="Satu folder untuk satu tahun buku"):
        rat.periksa_folder(tmp_path)


def test_pdf_tanpa_peramban_atau_peramban_gagal_tidak_pernah_galat(tmp_path):
    html = tmp_path / "a.html"
    html.write_text("<p>uji</p>", encoding="utf-8")
    pdf, kalimat = cetak.cetak_pdf(html, tmp_path / "a.pdf", peramban="")
    assert pdf is None and "tidak ada peramban" in kalimat and cetak.CARA_CETAK_SENDIRI in kalimat
    pdf, kalimat = cetak.cetak_pdf(html, tmp_path / "a.pdf", peramban=str(tmp_path / "tidak-ada-chrome"))
    assert pdf is None and "tidak dapat dijalankan" in kalimat
    pdf, kalimat = cetak.cetak_pdf(html, tmp_path / "a.pdf", peramban=sys.executable)  # bukan peramban
    assert pdf is None and "tidak menghasilkan PDF" in kalimat and not (tmp_path / "a.pdf").exists()


def test_contoh_kursus_dua_tahun_bersih_dan_sama_dengan_hitungan_langsung(tmp_path):
    from kopkit.rat.contoh import isi_tahun_lalu

    rat.buat_contoh(tmp_path, tahun_lalu=True)
    h = rat.buat_paket_rat(tmp_path)  # bersih: kit sendiri mencocokkan saldo akhir 2024 dengan Saldo Awal 2025
    assert h.berkas_tahun_lalu == "Data Koperasi 2024.xlsx"
    _cocok_dengan(h, _langsung(isi_tahun_lalu(2025)[0], 2024))
    # SHU 2024 di kolom tahun lalu = SHU yang dibagi RAT 2025: saldo awal akun SHU tahun lalu belum
    # dibagi di dataset kursus (bukti SA-2025), angka yang tidak melewati kode contoh.
    j, a = data.muat("jurnal_umum"), data.muat("akun")
    sa = j.loc[(j["no_bukti"] == "SA-2025") & (j["akun"] == buku.kode_peran(a, "shu_tahun_lalu"))]
    lhu = h.laporan["Laporan Perhitungan Hasil Usaha"].set_index("pos")
    assert lhu.at["SHU setelah pajak", "tahun_lalu"] == int(sa["kredit"].sum()) > 0
    n = h.laporan["Laporan Posisi Keuangan"].set_index("pos")
    lpe = h.laporan["Laporan Perubahan Ekuitas"].set_index("pos")
    assert n.at["JUMLAH EKUITAS", "tahun_lalu"] == lpe.at["Saldo awal", "Jumlah"] == lpe.at["Saldo akhir", "tahun_lalu"]
