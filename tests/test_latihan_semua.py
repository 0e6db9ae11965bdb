"""Setiap soal di setiap modul latihan: solusinya lolos, dan yang belum dijawab → "belum".

Berlaku otomatis untuk setiap ``kopkit/latihan/modul_*.py`` dan ``exercises/sumber/*.py``.
"""
import importlib
import json
import pkgutil
from pathlib import Path

import pytest

import kopkit.latihan
from kopkit.latihan import ____, Soal
from kopkit.latihan.bangun import sel_dari_percent

AKAR = Path(__file__).resolve().parents[1]
NAMA_MODUL = sorted(m.name for m in pkgutil.iter_modules(kopkit.latihan.__path__)
                    if m.name.startswith("modul_"))
SUMBER = sorted((AKAR / "exercises" / "sumber").glob("*.py"))


def soal_soal(modul) -> dict[str, Soal]:
    return {nama: obj for nama, obj in vars(modul).items() if isinstance(obj, Soal)}


def test_ada_modul_latihan():
    assert "modul_00" in NAMA_MODUL


@pytest.mark.parametrize("nama", NAMA_MODUL)
def test_solusi_lolos_dan_kosong_belum(nama):
    modul = importlib.import_module(f"kopkit.latihan.{nama}")
    semua = soal_soal(modul)
    assert semua, f"{nama} tidak punya soal"
    ruang = {}
    exec(f"from kopkit.latihan.{nama} import *", ruang)
    for n, soal in semua.items():
        assert soal.variabel not in ruang, f"{n}: variabel jawaban sudah ada sebelum dijawab"
        assert soal.periksa(ruang).status == "belum"
        assert soal.periksa({**ruang, soal.variabel: ____}).status == "belum"
    # Solusi dijalankan berurutan di satu ruang nama, seperti di kunci jawaban.
    for n, soal in sorted(semua.items(), key=lambda x: int(x[0].removeprefix("soal"))):
        exec(soal.kode_solusi, ruang)
        hasil = soal.periksa(ruang)
        assert hasil.status == "benar", f"{n}: solusi tidak lolos: {hasil}"


@pytest.mark.parametrize("nama", NAMA_MODUL)
def test_soal_lengkap(nama):
    modul = importlib.import_module(f"kopkit.latihan.{nama}")
    for n, soal in soal_soal(modul).items():
        assert soal._petunjuk, f"{n} tanpa petunjuk"
        assert soal.kode_solusi, f"{n} tanpa solusi"
        assert soal.kode.split(".")[0] == _nama_notebook(nama), f"{n}: kode {soal.kode}"


def _nama_notebook(nama_modul: str) -> str:
    nomor = nama_modul.removeprefix("modul_")
    cocok = [s.stem for s in SUMBER if s.stem.startswith(nomor + "_")]
    assert len(cocok) == 1, f"tidak ada (atau lebih dari satu) sumber latihan untuk {nama_modul}"
    return cocok[0]


def test_kode_soal_unik():
    kode = [s.kode for n in NAMA_MODUL
            for s in soal_soal(importlib.import_module(f"kopkit.latihan.{n}")).values()]
    assert len(kode) == len(set(kode))


@pytest.mark.parametrize("sumber", SUMBER, ids=lambda p: p.stem)
def test_sumber_memakai_setiap_soal_sekali(sumber):
    sel = sel_dari_percent(sumber.read_text(encoding="utf-8"))
    meta = json.loads(sel[0]["source"])
    modul = importlib.import_module(meta["modul_latihan"])
    dipakai = [s["judul"].split()[1] for s in sel if s["judul"].startswith("@soal")]
    assert sorted(dipakai) == sorted(soal_soal(modul)), "setiap soal di modul muncul tepat sekali"
