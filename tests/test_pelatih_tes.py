"""Pra-tes dan pasca-tes: soal sebagai data, penilaian, pencatatan lewat progres, kenaikan skor."""
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kopkit.cli import main
from kopkit.dasar.aturan import periksa_aturan_tabel
from kopkit.dasar.galat import GalatBerkas, GalatMasukan
from kopkit.latihan import progres
from kopkit.pelatih import (catat_tes, kenaikan_skor, muat_soal, nilai_tes, simpan_kenaikan_excel,
                            skor_tes, tes_widget)

AKAR = Path(__file__).resolve().parents[1]


@pytest.fixture
def soal():
    return muat_soal()


def test_bank_soal_sah_dan_mencakup_semua_modul(soal):
    assert periksa_aturan_tabel("soal_tes") == []
    assert 15 <= len(soal) <= 20
    assert soal["nomor"].tolist() == list(range(1, len(soal) + 1))
    from kopkit.pelatih import baca_pelajaran

    modul_pelajaran = sorted(set(baca_pelajaran(AKAR)["modul"]))
    assert sorted(set(soal["modul"])) == modul_pelajaran
    for _, s in soal.iterrows():
        pilihan = [s[f"pilihan_{h}"] for h in "abcd"]
        assert len(set(pilihan)) == 4, s["nomor"]  # empat pilihan berbeda
        assert s["sumber"] and s["penjelasan"]
    # Kunci jawaban tidak selalu huruf yang sama.
    assert soal["jawaban"].nunique() >= 2


def test_penilaian_menurut_kunci(soal):
    semua_benar = dict(zip(soal["nomor"], soal["jawaban"]))
    assert nilai_tes(semua_benar, soal)["benar"].all()
    salah = {n: ("a" if j != "a" else "b") for n, j in semua_benar.items()}
    assert not nilai_tes(salah, soal)["benar"].any()
    assert not nilai_tes({}, soal)["benar"].any()


def _peserta(tmp_path, monkeypatch, nama, pra_benar, pasca_benar, soal):
    """Buat progres.json seorang peserta: pra_benar/pasca_benar = nomor soal yang dijawab benar."""
    folder = tmp_path / nama
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(folder))
    isi = progres.baca()
    isi["peserta"] = nama
    progres.tulis(isi)
    kunci = dict(zip(soal["nomor"], soal["jawaban"]))
    salah = {n: ("a" if j != "a" else "b") for n, j in kunci.items()}
    for jenis, benar in (("pra", pra_benar), ("pasca", pasca_benar)):
        if benar is not None:
            catat_tes(jenis, {n: kunci[n] if n in benar else salah[n] for n in kunci}, soal)
    return folder / "progres.json"


def test_kenaikan_per_modul_dihitung_tangan(tmp_path, monkeypatch, soal):
    modul01 = soal.loc[soal["modul"] == "01", "nomor"].tolist()
    semua = soal["nomor"].tolist()
    siti = _peserta(tmp_path, monkeypatch, "Siti", pra_benar=modul01[:1], pasca_benar=semua, soal=soal)
    budi = _peserta(tmp_path, monkeypatch, "Budi", pra_benar=[], pasca_benar=None, soal=soal)
    per, kelas = kenaikan_skor([siti, budi], soal)
    s01 = per[(per["peserta"] == "Siti") & (per["modul"] == "01")].iloc[0]
    assert s01["pra"] == round(100 / len(modul01), 1) and s01["pasca"] == 100.0
    assert s01["kenaikan"] == pytest.approx(100 - 100 / len(modul01), abs=0.1)
    # Budi belum ikut pasca-tes: kenaikannya kosong, bukan nol.
    assert per.loc[per["peserta"] == "Budi", "kenaikan"].isna().all()
    # Rata-rata kelas memakai peserta yang punya nilai (hanya Siti untuk kenaikan).
    k01 = kelas[kelas["modul"] == "01"].iloc[0]
    assert k01["kenaikan"] == round(s01["kenaikan"], 1) and k01["pra"] == round(s01["pra"] / 2, 1)


def test_hanya_kiriman_pertama_yang_dinilai(tmp_path, monkeypatch, soal):
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(tmp_path))
    kunci = dict(zip(soal["nomor"], soal["jawaban"]))
    catat_tes("pra", {1: "a" if kunci[1] != "a" else "b"}, soal)
    catat_tes("pra", {1: kunci[1]}, soal)  # kirim ulang dengan jawaban benar
    skor = skor_tes(progres.baca(), "pra", soal)
    assert skor.loc[skor["modul"] == soal.loc[0, "modul"], "benar"].item() == 0


def test_jenis_tes_salah_dan_berkas_rusak(tmp_path, soal):
    with pytest.raises(GalatMasukan, match="pra"):
        catat_tes("akhir", {}, soal)
    rusak = tmp_path / "rusak.json"
    rusak.write_text("{bukan json", encoding="utf-8")
    per, kelas = kenaikan_skor([rusak], soal)
    assert per.empty and "rusak.json" in kelas.attrs["dilewati"][0]


def test_ekspor_excel_tidak_menimpa_dan_perintah(tmp_path, monkeypatch, soal, capsys):
    siti = _peserta(tmp_path, monkeypatch, "Siti", pra_benar=[], pasca_benar=soal["nomor"].tolist(), soal=soal)
    per, kelas = kenaikan_skor([siti], soal)
    berkas = simpan_kenaikan_excel(per, kelas, tmp_path / "rekap.xlsx")
    wb = load_workbook(berkas)
    assert wb.sheetnames == ["Kelas", "Per peserta"]
    assert wb["Kelas"].max_row == 1 + kelas["modul"].nunique()
    with pytest.raises(GalatBerkas, match="tidak ditimpa"):
        simpan_kenaikan_excel(per, kelas, berkas)
    assert main(["progres", "tes", str(tmp_path / "Siti"), "--ekspor", str(tmp_path / "b.xlsx")]) == 0
    keluar = capsys.readouterr().out
    assert "Siti" in keluar and "100.0" in keluar and (tmp_path / "b.xlsx").exists()
    assert main(["progres", "tes", str(tmp_path / "Siti"), "--ekspor", str(tmp_path / "b.xlsx")]) == 1


def test_widget_menilai_langsung_dan_mengunci(tmp_path, monkeypatch, soal):
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(tmp_path))
    w = tes_widget("pasca")
    w.kirim.click()  # belum dijawab semua: tidak dicatat
    assert not (tmp_path / "progres.json").exists() and "Belum dijawab" in w.keluaran.value
    for n, r in w.pilihan.items():
        r.value = soal.loc[soal["nomor"] == n, "jawaban"].item()
    w.kirim.click()
    isi = json.loads((tmp_path / "progres.json").read_text(encoding="utf-8"))
    assert all(isi["soal"][f"pasca_tes.{n}"]["status"] == "benar" for n in w.pilihan)
    assert w.kirim.disabled and all(r.disabled for r in w.pilihan.values())
    assert f"Skor: {len(soal)} dari {len(soal)}" in w.keluaran.value
