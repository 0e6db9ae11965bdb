"""Paket kopkit yang dibangun (wheel) membawa data dan aturannya sendiri, dan ``import kopkit`` ringan.

- wheel berisi ``kopkit/datasets/*.csv`` + ``*.json`` untuk setiap dataset di ``datasets/`` dan
  semua berkas aturan ``kopkit/<domain>/aturan/*``; dari wheel yang dibongkar (bukan dari checkout ini)
  dataset pertama dapat dimuat;
- ``kopkit.__version__`` sama dengan versi di pyproject.toml;
- mengimpor modul inti kopkit tidak ikut mengimpor matplotlib atau ipywidgets. Aturan pengecualian:
  modul yang namanya diawali ``widget`` atau ``grafik`` memang untuk widget/grafik dan boleh
  mengimpornya di tingkat atas; modul lain hanya boleh mengimpornya di dalam fungsi.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import tomllib
import zipfile
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[1]
BERAT = ("matplotlib", "ipywidgets")
AWALAN_BEBAS = ("widget", "grafik")
# Yang tidak perlu disalin untuk membangun wheel (dan yang tidak boleh ikut tersentuh).
ABAIKAN = shutil.ignore_patterns(".git", ".venv", "wheelhouse", "build", "dist", "*.egg-info",
                                 "__pycache__", ".hypothesis", ".ipynb_checkpoints", "hasil")


def berkas_aturan() -> list[Path]:
    return sorted(p for p in (AKAR / "kopkit").glob("*/aturan/*") if p.is_file())


def dataset_di_repo() -> list[str]:
    return sorted(p.stem for p in (AKAR / "datasets").glob("*.json"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Bangun wheel dari salinan pohon sumber (build/ dan *.egg-info tidak mengotori checkout)."""
    tmp = tmp_path_factory.mktemp("paket")
    sumber = tmp / "sumber"
    shutil.copytree(AKAR, sumber, ignore=ABAIKAN)
    keluar = tmp / "dist"
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "-q", "-w", str(keluar)],
        cwd=sumber, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, f"pip wheel gagal:\n{r.stdout}\n{r.stderr}"
    hasil = list(keluar.glob("kopkit-*.whl"))
    assert len(hasil) == 1, hasil
    return hasil[0]


@pytest.fixture(scope="module")
def isi_wheel(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as z:
        return set(z.namelist())




@pytest.mark.lambat
def test_wheel_membawa_semua_dataset(isi_wheel):
    nama = dataset_di_repo()
    assert nama, "folder datasets/ tidak berisi dataset (*.json)"
    hilang = [f"kopkit/datasets/{n}{ext}" for n in nama for ext in (".csv", ".json")
              if f"kopkit/datasets/{n}{ext}" not in isi_wheel]
    assert not hilang, f"tidak ikut dalam wheel: {hilang}"


@pytest.mark.lambat
def test_wheel_membawa_semua_aturan(isi_wheel):
    aturan = berkas_aturan()
    assert aturan, "tidak ada kopkit/*/aturan/"
    nama = [p.relative_to(AKAR).as_posix() for p in aturan]
    hilang = [n for n in nama if n not in isi_wheel]
    assert not hilang, f"tidak ikut dalam wheel (periksa package-data di pyproject.toml): {hilang}"


@pytest.mark.lambat
def test_wheel_membawa_semua_modul(isi_wheel):
    modul = sorted(p.relative_to(AKAR).as_posix() for p in (AKAR / "kopkit").rglob("*.py")
                   if "__pycache__" not in p.parts)
    hilang = [m for m in modul if m not in isi_wheel]
    assert not hilang, f"modul tidak ikut dalam wheel (periksa 'packages' di pyproject.toml): {hilang}"
    assert not [n for n in isi_wheel if n.startswith(("tests/", "notebooks/", "exercises/"))]


@pytest.mark.lambat
def test_data_dimuat_dari_wheel_bukan_dari_checkout(wheel, tmp_path):
    bongkar = tmp_path / "terbongkar"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(bongkar)
    kode = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(bongkar)!r})
        import kopkit
        from importlib import resources
        nama = kopkit.data.daftar_dataset()["nama"].tolist()
        tabel = kopkit.data.muat(nama[0])
        print(json.dumps({{"kopkit": kopkit.__file__, "data": str(resources.files("kopkit.datasets")),
                          "nama": nama, "baris": int(tabel.shape[0])}}))
    """)
    # -I: abaikan PYTHONPATH, site pengguna dan folder kerja; cwd di folder sementara.
    r = subprocess.run([sys.executable, "-I", "-c", kode], cwd=tmp_path, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    hasil = json.loads(r.stdout.strip().splitlines()[-1])
    assert Path(hasil["kopkit"]).is_relative_to(bongkar), hasil["kopkit"]
    assert Path(hasil["data"]).is_relative_to(bongkar), hasil["data"]
    assert sorted(hasil["nama"]) == dataset_di_repo()
    assert hasil["baris"] > 0


def test_versi_sama_dengan_pyproject():
    import kopkit

    pyproject = tomllib.loads((AKAR / "pyproject.toml").read_text(encoding="utf-8"))
    assert kopkit.__version__ == pyproject["project"]["version"]


def test_import_kopkit_ringan():
    """Setiap modul non-widget/non-grafik dapat diimpor tanpa menarik matplotlib/ipywidgets."""
    kode = textwrap.dedent(f"""
        import importlib, json, pkgutil, sys
        BERAT, AWALAN_BEBAS = {BERAT!r}, {AWALAN_BEBAS!r}
        def berat():
            return sorted(b for b in BERAT if b in sys.modules)
        import kopkit
        laporan = {{"kopkit": berat()}}
        for info in pkgutil.walk_packages(kopkit.__path__, "kopkit."):
            bagian = info.name.split(".")[1:]
            if any(b.startswith(AWALAN_BEBAS) for b in bagian) or bagian[-1] == "__main__":
                continue
            importlib.import_module(info.name)
            laporan[info.name] = berat()
        print(json.dumps(laporan))
    """)
    r = subprocess.run([sys.executable, "-c", kode], cwd=AKAR, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    laporan = json.loads(r.stdout.strip().splitlines()[-1])
    assert {"kopkit", "kopkit.dasar.data", "kopkit.dasar.galat", "kopkit.cli", "kopkit.buku", "kopkit.shu",
            "kopkit.pasar"} <= set(laporan), sorted(laporan)
    # Modul pertama (urutan impor) yang menarik paket berat adalah pelakunya.
    pelaku = next(((m, b) for m, b in laporan.items() if b), None)
    assert pelaku is None, (f"{pelaku[0]} mengimpor {', '.join(pelaku[1])} di tingkat atas; pindahkan "
                            "impor itu ke dalam fungsi yang memakainya (atau beri nama modul widget*/grafik*)")
