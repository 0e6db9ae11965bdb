"""Panduan fasilitator: dibangun dari metadata dan pesan SalahUmum latihan, tidak tertinggal."""
from pathlib import Path

import pytest

from kopkit.pelatih.agenda import baca_pelajaran
from kopkit.pelatih.panduan import salah_paham_modul, susun_panduan, waktu_per_bagian

AKAR = Path(__file__).resolve().parents[1]
SESI = baca_pelajaran(AKAR)
PER_MODUL = pytest.mark.parametrize("baris", [b for _, b in SESI.iterrows()], ids=SESI["berkas"].tolist())


@PER_MODUL
def test_panduan_tidak_tertinggal_dari_sumbernya(baris):
    berkas = AKAR / "panduan" / baris["berkas"].replace(".ipynb", ".md")
    assert berkas.read_text(encoding="utf-8") == susun_panduan(AKAR, baris), (
        f"{berkas.name} tertinggal; bangun ulang: python -m kopkit.pelatih.panduan")


@PER_MODUL
def test_setiap_pesan_salah_umum_ada_di_panduan_modulnya(baris):
    import importlib

    from kopkit.latihan import Soal

    teks = (AKAR / "panduan" / baris["berkas"].replace(".ipynb", ".md")).read_text(encoding="utf-8")
    if baris["latihan"] == 0:  # modul berpelajaran dua: latihan dibahas di panduan pelajaran terakhir
        assert "salah paham" in teks and "  - " not in teks.split("## Salah paham")[1].split("## ")[0]
        return
    # Hitung ulang langsung dari modul soal (bukan lewat salah_paham_modul).
    m = importlib.import_module(f"kopkit.latihan.modul_{baris['modul']}")
    pesan = [su.pesan for s in vars(m).values() if isinstance(s, Soal) for su in getattr(s, "salah_umum", [])]
    # Pesan berupa fungsi (menyebut angka jawaban) tampil dengan namanya, tidak sebagai alamat memori.
    pesan = [p if isinstance(p, str) else "(pesan menyebut angka jawaban peserta: "
             + ((p.__doc__ or "").strip().splitlines() or [p.__name__.strip("_<>").replace("_", " ")])[0] + ")"
             for p in pesan]
    assert "<function" not in teks
    assert pesan, "modul latihan tanpa SalahUmum"
    assert len(salah_paham_modul(baris["modul"])) == len(pesan)
    for p in pesan:
        assert f"  - {p}\n" in teks


@PER_MODUL
def test_bagian_wajib_dan_menit_tepat(baris):
    teks = (AKAR / "panduan" / baris["berkas"].replace(".ipynb", ".md")).read_text(encoding="utf-8")
    for judul in ("## Tujuan", "## Pembagian waktu pelajaran", "## Salah paham yang dituju latihan",
                  "## Bahan diskusi kelompok", "## Hukum atau AD/ART?",
                  "## Bila laptop atau widget bermasalah"):
        assert judul in teks
    waktu = waktu_per_bagian(AKAR / "notebooks" / baris["berkas"], baris["mengajar"])
    assert waktu["menit"].sum() == baris["mengajar"]
    assert waktu["sel"].sum() == baris["sel"]


def test_panduan_umum_membahas_laptop_dan_widget():
    teks = (AKAR / "panduan" / "umum.md").read_text(encoding="utf-8")
    assert "## Bila laptop bermasalah" in teks and "## Bila widget bermasalah" in teks
