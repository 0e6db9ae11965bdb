"""Generator latihan: notebook yang di-commit sama dengan hasil sumbernya; salinan peserta
tidak memuat solusi; bentuk sel sesuai janji (jawaban, cek, bantuan)."""
import importlib
import json
from pathlib import Path

import nbformat
import pytest

from kopkit.latihan import Soal, bangun
from kopkit.latihan.bangun import sel_dari_percent

AKAR = Path(__file__).resolve().parents[1]
SUMBER = sorted((AKAR / "exercises" / "sumber").glob("*.py"))


def isi(nb):
    return [(c.cell_type, c.source) for c in nb.cells], nb.metadata.get("kopkit")


@pytest.mark.parametrize("untuk_kunci", [False, True], ids=["peserta", "kunci"])
@pytest.mark.parametrize("sumber", SUMBER, ids=lambda p: p.stem)
def test_notebook_tidak_tertinggal_dari_sumber(sumber, untuk_kunci):
    tersimpan = bangun.tujuan(sumber, AKAR, untuk_kunci)
    assert tersimpan.exists(), f"{tersimpan} belum dibangun: python -m kopkit.latihan.bangun {sumber.stem}"
    baru = bangun.bangun_latihan(sumber, untuk_kunci)
    lama = nbformat.read(tersimpan, as_version=4)
    assert isi(lama) == isi(baru), (
        f"{tersimpan.relative_to(AKAR)} tertinggal dari sumbernya; jalankan: "
        f"python -m kopkit.latihan.bangun {sumber.stem}")


@pytest.mark.parametrize("sumber", SUMBER, ids=lambda p: p.stem)
def test_salinan_peserta_tanpa_solusi(sumber):


    meta = json.loads(sel_dari_percent(sumber.read_text(encoding="utf-8"))[0]["source"])
    modul = importlib.import_module(meta["modul_latihan"])
    nb = bangun.bangun_latihan(sumber, untuk_kunci=False)
    kode_peserta = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for nama, soal in vars(modul).items():
        if isinstance(soal, Soal):
            baris_solusi = [b for b in soal.kode_solusi.splitlines() if "=" in b or "return" in b]
            for baris in baris_solusi:
                # Baris solusi boleh muncul hanya sebagai komentar (mis. "# soal1.solusi()").
                assert baris.strip() not in kode_peserta.replace(soal.templat(), ""), (
                    f"{nama}: solusi bocor ke salinan peserta: {baris!r}")


def test_percent_dan_arahan_soal(tmp_path, monkeypatch):
    sumber = tmp_path / "exercises" / "sumber" / "99_contoh.py"
    sumber.parent.mkdir(parents=True)
    sumber.write_text(
        '# %% [metadata]\n# {"modul": "99", "judul": "Contoh", "jenis": "latihan", "tujuan": ["x"],\n'
        '#  "menit": {"mengajar": 0, "latihan": 5}, "modul_latihan": "kopkit.latihan.modul_00"}\n\n'
        "# %% [markdown]\n# # Judul\n# Teks *tebal*.\n\n# %%\nx = 1\n\n# %% @soal soal1\n",
        encoding="utf-8")
    peserta = bangun.bangun_latihan(sumber, untuk_kunci=False)
    kunci = bangun.bangun_latihan(sumber, untuk_kunci=True)
    jenis = [c.cell_type for c in peserta.cells]
    assert jenis == ["markdown", "code", "code", "code", "code"]
    assert peserta.cells[0].source == "# Judul\nTeks *tebal*."
    assert "____" in peserta.cells[2].source
    assert peserta.cells[3].source == "soal1.cek()"
    assert peserta.cells[3].metadata["tags"] == ["nbval-check-output"]
    assert all(b.startswith("#") for b in peserta.cells[4].source.splitlines())
    assert peserta.metadata["kopkit"]["jenis"] == "latihan"
    assert kunci.metadata["kopkit"]["jenis"] == "kunci"
    assert "Kunci jawaban" in kunci.cells[0].source
    assert "____" not in kunci.cells[3].source
    assert "soal1.solusi()" in kunci.cells[-1].source.splitlines()


def _keluaran_cek(nb) -> list[str]:
    hasil = []
    for sel in nb.cells:
        if sel.cell_type == "code" and sel.source.rstrip().endswith(".cek()"):
            teks = "".join(o.get("data", {}).get("text/plain", "") + o.get("text", "")
                           for o in sel.get("outputs", []))
            hasil.append(teks)
    return hasil


@pytest.mark.parametrize("sumber", SUMBER, ids=lambda p: p.stem)
def test_keluaran_tersimpan_belum_di_peserta_benar_di_kunci(sumber):
    """nbval membandingkan dengan keluaran tersimpan; uji ini memastikan keluaran itu sendiri
    benar: kunci jawaban lolos setiap cek(), salinan peserta 'belum dijawab' di setiap cek()."""
    peserta = _keluaran_cek(nbformat.read(bangun.tujuan(sumber, AKAR, False), as_version=4))
    kunci = _keluaran_cek(nbformat.read(bangun.tujuan(sumber, AKAR, True), as_version=4))
    assert peserta and len(peserta) == len(kunci)
    assert all(t.startswith("✎ Belum dijawab") for t in peserta), peserta
    assert all(t.startswith("✔ Benar!") for t in kunci), kunci
