"""Catatan kemajuan: bertahan antar sesi, atomik, berkas rusak dicadangkan, tidak di repo."""
import json
from pathlib import Path

import pytest

from kopkit.latihan import progres


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(tmp_path))
    return tmp_path


def test_folder_bawaan_di_luar_repo(monkeypatch):
    monkeypatch.delenv("KOPKIT_DATA_DIR")
    repo = Path(__file__).resolve().parents[1]
    assert repo not in progres.folder_data().resolve().parents


def test_catat_urutan_status(folder):
    progres.catat("m.1", "belum")
    progres.catat("m.1", "salah")
    progres.catat("m.1", "benar")
    progres.catat("m.1", "belum")  # sel dijalankan ulang setelah jawaban dihapus
    s = progres.baca()["soal"]["m.1"]
    assert s["status"] == "benar" and s["percobaan"] == 2 and s["pertama_benar"]
    assert json.loads((folder / "progres.json").read_text(encoding="utf-8"))["versi"] == 1


def test_berkas_rusak_dicadangkan_bukan_dihapus(folder, capsys):
    (folder / "progres.json").write_text("{ini bukan json", encoding="utf-8")
    progres.catat("m.2", "benar")
    cadangan = list(folder.glob("progres.json.rusak-*"))
    assert len(cadangan) == 1 and cadangan[0].read_text(encoding="utf-8") == "{ini bukan json"
    assert "rusak" in capsys.readouterr().err
    assert progres.baca()["soal"]["m.2"]["status"] == "benar"


def test_tulis_atomik_tidak_meninggalkan_sisa(folder):
    for i in range(5):
        progres.catat(f"m.{i}", "benar")
    # Selain progres.json hanya berkas kunci (filelock) yang boleh tertinggal; tidak ada sisa sementara.
    assert sorted(p.name for p in folder.iterdir()) in (["progres.json"],
                                                        [".progres.json.lock", "progres.json"])


def test_folder_tidak_bisa_ditulis_tidak_menggagalkan(tmp_path, monkeypatch, capsys):
    berkas = tmp_path / "bukan-folder"
    berkas.write_text("x", encoding="utf-8")
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(berkas / "sub"))
    progres.catat("m.3", "benar")
    assert "tidak tersimpan" in capsys.readouterr().err


def test_gabung_banyak_laptop(tmp_path, folder):
    progres.catat("00_mulai.1", "benar")
    progres.catat("00_mulai.2", "salah")
    (tmp_path / "kumpulan").mkdir()
    salinan = tmp_path / "kumpulan" / "siti.json"
    salinan.write_text((folder / "progres.json").read_text(encoding="utf-8"), encoding="utf-8")
    lain = tmp_path / "kumpulan" / "budi.json"
    lain.write_text(json.dumps({"versi": 1, "peserta": "Budi", "soal": {
        "00_mulai.1": {"status": "salah", "percobaan": 1}}}), encoding="utf-8")
    tabel = progres.gabung([salinan, lain])
    assert tabel.loc["siti", "00_mulai.1"] == "benar"
    assert tabel.loc["Budi", "00_mulai.1"] == "salah"
    assert tabel.loc["siti", "00_mulai.2"] == "salah"


def test_gabung_berkas_rusak_galat_indonesia(tmp_path):
    from kopkit.dasar.galat import GalatBerkas

    rusak = tmp_path / "x.json"
    rusak.write_text("[", encoding="utf-8")
    with pytest.raises(GalatBerkas, match="tidak dapat dibaca"):
        progres.gabung([rusak])


# ------------------------------------------------------------ tidak pernah hilang (issue 10)
def _peserta_menjawab(folder: str, nomor: int, jumlah: int) -> None:
    import os

    os.environ["KOPKIT_DATA_DIR"] = folder
    from kopkit.latihan import progres as p

    for i in range(jumlah):
        p.catat(f"proses{nomor}.{i}", "salah")
        p.catat(f"proses{nomor}.{i}", "benar")


def test_cek_serentak_dari_banyak_proses_tidak_kehilangan_jawaban(folder):
    """Enam kernel x 25 soal (masing-masing salah lalu benar) pada saat yang sama: setiap jawaban
    tercatat dengan dua percobaan. Tanpa kunci berkas, baca-ubah-tulis saling menimpa."""
    import multiprocessing as mp

    konteks = mp.get_context("spawn")
    proses = [konteks.Process(target=_peserta_menjawab, args=(str(folder), n, 25)) for n in range(6)]
    for p in proses:
        p.start()
    for p in proses:
        p.join(timeout=300)
        assert p.exitcode == 0
    soal = progres.baca()["soal"]
    assert len(soal) == 6 * 25
    assert all(s["status"] == "benar" and s["percobaan"] == 2 for s in soal.values())


def test_berkas_disunting_tangan_divalidasi_dan_dicadangkan(folder, capsys):
    asli = json.dumps({"versi": 1, "peserta": "Siti", "soal": {
        "m.1": {"status": "benar", "percobaan": 3, "petunjuk": 1},
        "m.2": {"status": "lulus", "percobaan": "dua"},
        "m.3": "benar"}})
    (folder / "progres.json").write_text(asli, encoding="utf-8")
    progres.catat("m.4", "salah")  # tidak ada AttributeError/KeyError/TypeError
    isi = progres.baca()
    assert isi["peserta"] == "Siti"
    assert isi["soal"]["m.1"]["percobaan"] == 3 and isi["soal"]["m.1"]["status"] == "benar"
    assert isi["soal"]["m.2"]["status"] == "belum" and isi["soal"]["m.2"]["percobaan"] == 0
    assert "m.3" not in isi["soal"] and isi["soal"]["m.4"]["status"] == "salah"
    cadangan = list(folder.glob("progres.json.rusak-*"))
    assert [c.read_text(encoding="utf-8") for c in cadangan] == [asli]
    assert "tidak sah" in capsys.readouterr().err


@pytest.mark.parametrize("isi", ["[1, 2]", '{"soal": [1]}', "null", '"teks"', "\ufeff{}", "{\"versi\": 1}"])
def test_berkas_asing_tidak_menggagalkan_latihan(folder, isi):
    (folder / "progres.json").write_text(isi, encoding="utf-8")
    progres.catat("m.1", "benar")
    assert progres.baca()["soal"]["m.1"]["status"] == "benar"
    assert len(list(folder.glob("progres.json.rusak-*"))) == 1


def test_dua_berkas_rusak_dalam_detik_yang_sama_dua_cadangan(folder):
    for teks in ("{rusak satu", "{rusak dua"):
        (folder / "progres.json").write_text(teks, encoding="utf-8")
        progres.catat("m.1", "benar")
    isi_cadangan = sorted(c.read_text(encoding="utf-8") for c in folder.glob("progres.json.rusak-*"))
    assert isi_cadangan == ["{rusak dua", "{rusak satu"]


# ------------------------------------------------------------ kunci jawaban ditandai
def test_cek_dari_notebook_kunci_ditandai(folder, monkeypatch, tmp_path):
    (tmp_path / "kunci").mkdir()
    monkeypatch.chdir(tmp_path / "kunci")
    progres.catat("m.1", "benar")
    monkeypatch.chdir(tmp_path)
    progres.catat("m.2", "benar")
    monkeypatch.setenv("JPY_SESSION_NAME", str(tmp_path / "kopkit-fasilitator" / "kunci" / "01.ipynb"))
    progres.catat("m.3", "benar")
    soal = progres.baca()["soal"]
    assert [soal[k]["dari_kunci"] for k in ("m.1", "m.2", "m.3")] == [True, False, True]
    tabel = progres.gabung([folder / "progres.json"])
    assert tabel.loc["progres", "m.1"] == "benar (kunci)" and tabel.loc["progres", "m.2"] == "benar"


# ------------------------------------------------------------ rekap fasilitator
def _berkas(folder, nama, peserta, soal):
    p = folder / nama
    p.write_text(json.dumps({"versi": 1, "peserta": peserta, "soal": soal}), encoding="utf-8")
    return p


def test_gabung_berkas_rusak_dilewati_nama_ganda_tidak_digabung(tmp_path):
    a = _berkas(tmp_path, "a.json", "Siti", {"01.1": {"status": "benar", "percobaan": 1}})
    b = _berkas(tmp_path, "b.json", "Siti", {"01.1": {"status": "salah", "percobaan": 4}})
    rusak = tmp_path / "c.json"
    rusak.write_text("{", encoding="utf-8")
    tabel = progres.gabung([a, b, rusak])
    assert sorted(tabel.index) == ["Siti [a.json]", "Siti [b.json]"]
    assert tabel.loc["Siti [b.json]", "01.1"] == "salah"
    assert tabel.attrs["nama_ganda"] == ["Siti"]
    assert [p for p, _ in tabel.attrs["dilewati"]] == [str(rusak)]


def test_ekspor_xlsx_per_modul_dan_netral(tmp_path):
    import openpyxl

    a = _berkas(tmp_path, "a.json", "=HYPERLINK(\"http://x\")", {
        "01_pembukuan.1": {"status": "benar", "percobaan": 3, "petunjuk": 2, "lihat_solusi": True},
        "02_shu.1": {"status": "salah", "percobaan": 1, "dari_kunci": True}})
    b = _berkas(tmp_path, "b.json", "Budi", {"01_pembukuan.2": {"status": "salah", "percobaan": 2}})
    tujuan = progres.ekspor([a, b], tmp_path / "rekap.xlsx")
    wb = openpyxl.load_workbook(tujuan)
    assert wb.sheetnames == ["Ringkasan", "01_pembukuan", "02_shu"]
    baris = list(wb["01_pembukuan"].values)
    judul = baris[0]
    rekam = {(r[judul.index("Peserta")], r[judul.index("Soal")]): r for r in baris[1:]}
    siti = rekam[("'=HYPERLINK(\"http://x\")", "01_pembukuan.1")]
    assert siti[judul.index("Percobaan")] == 3 and siti[judul.index("Petunjuk dilihat")] == 2
    assert siti[judul.index("Solusi dilihat")] == "ya"
    shu = list(wb["02_shu"].values)
    assert shu[1][shu[0].index("Dari kunci jawaban")] == "ya"
    assert all(c.data_type != "f" for ws in wb for r in ws.iter_rows() for c in r)
    from kopkit.dasar.galat import GalatBerkas

    with pytest.raises(GalatBerkas, match="sudah ada"):
        progres.ekspor([a, b], tujuan)


def test_ekspor_csv_untuk_excel_indonesia(tmp_path):
    a = _berkas(tmp_path, "a.json", "@SUM(1)", {"01.1": {"status": "benar", "percobaan": 1}})
    tujuan = progres.ekspor([a], tmp_path / "rekap.csv")
    mentah = tujuan.read_bytes()
    assert mentah.startswith(b"\xef\xbb\xbf")
    baris = mentah.decode("utf-8-sig").splitlines()
    assert baris[0].split(";")[:2] == ["Peserta", "Berkas"]
    assert baris[1].startswith("'@SUM(1);a.json;")
