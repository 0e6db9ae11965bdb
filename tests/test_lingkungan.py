"""Tiga tempat versi harus sejalan: pyproject.toml (rentang), requirements/lock*.txt (versi persis
untuk kit.py) dan environment.yml (conda). Uji ini menangkap bila salah satunya diubah sendirian."""
from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

AKAR = Path(__file__).resolve().parents[1]
# Nama paket conda-forge yang berbeda dari nama distribusi PyPI-nya.
CONDA_KE_PYPI = {"matplotlib-base": "matplotlib"}
BUKAN_PAKET = {"python", "pip"}


def nama_baku(nama: str) -> str:
    nama = canonicalize_name(nama)  # huruf kecil; '_' dan '.' menjadi '-'
    return CONDA_KE_PYPI.get(nama, nama)


def baca_kunci(berkas: Path) -> dict[str, str]:
    hasil = {}
    for i, baris in enumerate(berkas.read_text(encoding="utf-8").splitlines(), 1):
        baris = baris.strip()
        if not baris or baris.startswith("#"):
            continue
        m = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)", baris)
        assert m, f"{berkas.name} baris {i}: '{baris}' bukan bentuk nama==versi"
        nama = nama_baku(m[1])
        assert nama not in hasil, f"{berkas.name} baris {i}: {m[1]} muncul dua kali"
        Version(m[2])  # versi harus sah menurut PEP 440
        hasil[nama] = m[2]
    return hasil


@pytest.fixture(scope="module")
def kunci() -> dict[str, str]:
    lab = baca_kunci(AKAR / "requirements" / "lock.txt")
    uji = baca_kunci(AKAR / "requirements" / "lock-test.txt")
    ganda = {n for n in set(lab) & set(uji) if lab[n] != uji[n]}
    assert not ganda, f"lock.txt dan lock-test.txt berbeda versi untuk {sorted(ganda)}"
    return {**lab, **uji}


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads((AKAR / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kebutuhan_langsung(pyproject) -> list[Requirement]:
    proyek = pyproject["project"]
    return [Requirement(r) for r in proyek["dependencies"] + proyek["optional-dependencies"]["uji"]]


@pytest.fixture(scope="module")
def lingkungan_conda() -> dict:
    return yaml.safe_load((AKAR / "environment.yml").read_text(encoding="utf-8"))


def pin_conda(lingkungan: dict) -> tuple[dict[str, str | None], dict[str, str | None], list[str]]:
    """(paket conda -> versi, paket pip -> versi, entri pip lain seperti '-e .')."""
    conda, pip, lain = {}, {}, []
    for entri in lingkungan["dependencies"]:
        if isinstance(entri, dict):
            for e in entri["pip"]:
                m = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:==\s*(\S+))?", e)
                if m:
                    pip[nama_baku(m[1])] = m[2]
                else:
                    lain.append(e)
            continue
        m = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:(==|=)\s*(\S+))?", entri)
        assert m, f"environment.yml: entri '{entri}' tidak dipahami"
        nama = m[1] if m[1] in BUKAN_PAKET else nama_baku(m[1])
        conda[nama] = m[3]
    return conda, pip, lain


def test_environment_yml_memakai_conda_forge(lingkungan_conda):
    assert lingkungan_conda["channels"][0] == "conda-forge"
    assert "defaults" not in lingkungan_conda["channels"]


def test_versi_di_environment_yml_sama_dengan_kunci(lingkungan_conda, kunci):
    conda, pip, _ = pin_conda(lingkungan_conda)
    beda = {}
    for nama, versi in {**conda, **pip}.items():
        if nama in BUKAN_PAKET:
            continue
        assert versi, f"environment.yml: {nama} tanpa versi persis"
        assert nama in kunci, f"environment.yml memuat {nama}, yang tidak ada di requirements/lock*.txt"
        if kunci[nama] != versi:
            beda[nama] = (versi, kunci[nama])
    assert not beda, f"versi environment.yml vs lock: {beda}"


def test_python_di_environment_yml_didukung_pyproject(lingkungan_conda, pyproject):
    conda, _, _ = pin_conda(lingkungan_conda)
    assert conda["python"] == "3.11"  # versi yang dipakai membuat kunci (lihat kepala lock.txt)
    assert "Python 3.11" in (AKAR / "requirements" / "lock.txt").read_text(encoding="utf-8")
    assert SpecifierSet(pyproject["project"]["requires-python"]).contains(conda["python"])


def test_environment_yml_memuat_semua_kebutuhan_langsung(lingkungan_conda, kebutuhan_langsung):
    conda, pip, lain = pin_conda(lingkungan_conda)
    ada = set(conda) | set(pip)
    hilang = [r.name for r in kebutuhan_langsung if nama_baku(r.name) not in ada]
    assert not hilang, f"kebutuhan di pyproject.toml yang tidak ada di environment.yml: {hilang}"
    # Paket widget wajib satu set di lingkungan server (CONVENTIONS.md, bagian Widgets).
    assert {"jupyterlab", "ipywidgets", "jupyterlab-widgets", "widgetsnbextension"} <= set(conda)
    assert "-e ." in lain, "environment.yml harus memasang kopkit sendiri dengan pip: -e ."


def test_rentang_pyproject_menerima_versi_kunci(kebutuhan_langsung, kunci):
    for r in kebutuhan_langsung:
        nama = nama_baku(r.name)
        assert nama in kunci, f"{r.name} ada di pyproject.toml tetapi tidak dikunci di requirements/"
        assert r.specifier.contains(kunci[nama], prereleases=True), (
            f"{r.name}: versi kunci {kunci[nama]} di luar rentang pyproject '{r.specifier}'")


def test_kunci_widget_sepasang(kunci):
    # ipywidgets 8.x <-> jupyterlab_widgets 3.x <-> widgetsnbextension 4.x
    assert Version(kunci["ipywidgets"]).major == 8
    assert Version(kunci["jupyterlab-widgets"]).major == 3
    assert Version(kunci["widgetsnbextension"]).major == 4
    assert Version(kunci["jupyterlab"]).major == 4


def test_lingkungan_uji_ini_sesuai_kunci(kebutuhan_langsung, kunci):
    """Uji berjalan di lingkungan yang dipasang dari kunci (kit.py test / environment.yml)."""
    beda = {}
    for r in kebutuhan_langsung:
        nama = nama_baku(r.name)
        try:
            terpasang = metadata.version(r.name)
        except metadata.PackageNotFoundError:
            terpasang = None
        if terpasang != kunci[nama]:
            beda[r.name] = (terpasang, kunci[nama])
    assert not beda, (f"paket terpasang di {sys.prefix} berbeda dari kunci (terpasang, kunci): {beda}. "
                      "Jalankan uji dengan: python kit.py test")


def python_terendah_kit() -> str:
    """Python terendah yang diterima kit.py (PYTHON_MINIMUM), sebagai versi lengkap x.y.0."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("kit_lingkungan", AKAR / "kit.py")
    kit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kit)
    return ".".join(map(str, (tuple(kit.PYTHON_MINIMUM) + (0, 0))[:3]))


def test_kunci_terpasang_di_python_terendah_yang_diterima(kunci):
    """Setiap paket di kunci menerima Python terendah yang diterima kit.py dan pyproject. Kalau tidak,
    mis. Debian 12 (Python 3.11.2) lolos pemeriksaan kit.py lalu gagal di tengah pemasangan pip.
    Requires-Python dibaca dari metadata paket terpasang (lingkungan ini = kunci, lihat uji di atas)."""
    terendah = python_terendah_kit()
    assert SpecifierSet(tomllib.loads((AKAR / "pyproject.toml").read_text(encoding="utf-8"))
                        ["project"]["requires-python"]).contains(terendah)
    menolak = {}
    for d in metadata.distributions():
        nama = nama_baku(d.metadata["Name"])
        syarat = d.metadata.get("Requires-Python")
        if nama in kunci and syarat and not SpecifierSet(syarat).contains(terendah):
            menolak[f"{nama}=={kunci[nama]}"] = syarat
    assert not menolak, (f"paket di kunci yang menolak Python {terendah}: {menolak}. Turunkan versinya di "
                         "requirements/lock*.txt (atau naikkan PYTHON_MINIMUM di kit.py dan requires-python)")
