"""Pintu masuk kopkit: satu berkas, hanya pustaka standar Python, jalan di Windows, macOS, Linux.

    python kit.py lab [argumen jupyter lab ...]   buka kit di JupyterLab (memasang bila perlu)
    python kit.py test [argumen pytest ...]       jalankan seluruh uji (unit, properti, notebook)
    python kit.py wheelhouse [FOLDER] [--platform win_amd64] [--python-version 3.11]
                                                  unduh semua paket untuk pemasangan tanpa internet
    python kit.py doctor                          periksa kesiapan laptop ini

Pemasangan: membuat `.venv/` di folder ini, memasang versi persis dari `requirements/lock.txt`
(dan `lock-test.txt` untuk `test`), lalu kopkit sendiri. Bila folder `wheelhouse/` ada, semua
paket diambil dari sana tanpa internet. Pemasangan diulang hanya bila berkas kunci berubah.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

PYTHON_MINIMUM = (3, 11)
AKAR = Path(__file__).resolve().parent
VENV = AKAR / ".venv"
WHEELHOUSE = AKAR / "wheelhouse"
KUNCI_LAB = AKAR / "requirements" / "lock.txt"
KUNCI_UJI = AKAR / "requirements" / "lock-test.txt"
NOTEBOOK_AWAL = "notebooks/00_mulai.ipynb"


class GagalKit(Exception):
    """Kegagalan yang sudah dijelaskan kepada pengguna; dicetak tanpa traceback."""


def python_venv() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def berkas_kunci(untuk_uji: bool) -> list[Path]:
    return [KUNCI_LAB, KUNCI_UJI] if untuk_uji else [KUNCI_LAB]


def sidik_pemasangan(untuk_uji: bool) -> str:
    """Sidik jari isi berkas kunci + pyproject; berubah → pasang ulang."""
    h = hashlib.sha256()
    for p in berkas_kunci(untuk_uji) + [AKAR / "pyproject.toml"]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    h.update(str(WHEELHOUSE.is_dir()).encode())
    return h.hexdigest()


def jalankan(perintah: list[str], **kw) -> int:
    return subprocess.call([str(x) for x in perintah], **kw)


def sumber_paket() -> list[str]:
    """Argumen pip: dari wheelhouse/ (tanpa internet) bila ada, selain itu dari PyPI."""
    if WHEELHOUSE.is_dir():
        return ["--no-index", "--find-links", str(WHEELHOUSE)]
    return []


def pesan_gagal_pasang() -> str:
    if WHEELHOUSE.is_dir():
        return (
            f"Pemasangan dari folder {WHEELHOUSE} gagal: ada paket yang tidak tersedia di sana.\n"
            "Cara memperbaiki: buat ulang folder itu di komputer yang terhubung internet dengan\n"
            "  python kit.py wheelhouse\n"
            "(untuk laptop Windows: python kit.py wheelhouse --platform win_amd64), lalu salin lagi."
        )
    return (
        "Pemasangan paket gagal. Biasanya karena tidak ada internet dan folder wheelhouse/ tidak ada.\n"
        "Cara memperbaiki: sambungkan ke internet lalu ulangi, ATAU salin folder wheelhouse/ dari\n"
        "flashdisk fasilitator ke folder ini (dibuat dengan: python kit.py wheelhouse), lalu ulangi."
    )


def siapkan_lingkungan(untuk_uji: bool) -> Path:
    """Buat .venv bila belum ada dan pasang paket bila berkas kunci berubah."""
    py = python_venv()
    if not py.exists():
        print("kopkit: membuat lingkungan Python di .venv/ (sekali saja) ...", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as e:  # ensurepip hilang, disk penuh, izin
            raise GagalKit(
                f"Tidak dapat membuat lingkungan Python di {VENV}: {e}\n"
                "Cara memperbaiki: pastikan disk tidak penuh dan folder ini boleh ditulisi; di Debian/"
                "Ubuntu pasang dulu paket python3-venv."
            ) from None
    stempel = VENV / ("kopkit-terpasang-uji.txt" if untuk_uji else "kopkit-terpasang.txt")
    sidik = sidik_pemasangan(untuk_uji)
    if stempel.exists() and stempel.read_text(encoding="utf-8").strip() == sidik:
        return py
    print("kopkit: memasang paket (pertama kali beberapa menit) ...", flush=True)
    kunci = []
    for p in berkas_kunci(untuk_uji):
        kunci += ["-r", str(p)]
    pip = [py, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if jalankan(pip + sumber_paket() + kunci) != 0:
        raise GagalKit(pesan_gagal_pasang())
    # kopkit sendiri, "editable": perubahan di folder ini langsung terpakai; tanpa unduhan apa pun.
    if jalankan(pip + ["--no-deps", "--no-build-isolation", "--no-index", "-e", str(AKAR)]) != 0:
        raise GagalKit("Pemasangan kopkit dari folder ini gagal; lihat pesan pip di atas.")
    stempel.write_text(sidik + "\n", encoding="utf-8")
    return py


def adalah_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def perintah_lab(argumen: list[str]) -> int:
    py = siapkan_lingkungan(untuk_uji=False)
    perintah = [py, "-m", "jupyterlab", NOTEBOOK_AWAL, f"--ServerApp.root_dir={AKAR}"]
    # Hanya di komputer ini (127.0.0.1); token bawaan Jupyter tetap melindungi.
    if not any(a.startswith(("--ip", "--ServerApp.ip")) for a in argumen):
        perintah.append("--ServerApp.ip=127.0.0.1")
    if adalah_root() and "--allow-root" not in argumen:
        perintah.append("--allow-root")
    return jalankan(perintah + argumen, cwd=AKAR)


def perintah_test(argumen: list[str]) -> int:
    py = siapkan_lingkungan(untuk_uji=True)
    return jalankan([py, "-m", "pytest", *argumen], cwd=AKAR)


def perintah_doctor(argumen: list[str]) -> int:
    py = siapkan_lingkungan(untuk_uji=False)
    return jalankan([py, "-m", "kopkit.cli", "doctor", *argumen], cwd=AKAR)


def perintah_wheelhouse(argumen: list[str]) -> int:
    """Unduh semua wheel yang dibutuhkan ke satu folder (bawaan: wheelhouse/)."""
    tujuan, platform, versi_py = WHEELHOUSE, None, None
    sisa = list(argumen)
    while sisa:
        a = sisa.pop(0)
        if a == "--platform" and sisa:
            platform = sisa.pop(0)
        elif a == "--python-version" and sisa:
            versi_py = sisa.pop(0)
        elif not a.startswith("-"):
            tujuan = Path(a).resolve()
        else:
            raise GagalKit(f"Argumen tidak dikenal untuk wheelhouse: {a}\n" + __doc__)
    perintah = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
                "-q", "-d", str(tujuan), "-r", str(KUNCI_LAB), "-r", str(KUNCI_UJI)]
    if platform:
        versi = versi_py or f"{sys.version_info[0]}.{sys.version_info[1]}"
        perintah += ["--platform", platform, "--python-version", versi, "--only-binary=:all:"]
    print(f"kopkit: mengunduh paket ke {tujuan} ...", flush=True)
    if jalankan(perintah) != 0:
        raise GagalKit("Unduhan gagal. Periksa sambungan internet, lalu ulangi perintah ini.")
    jumlah = len(list(tujuan.glob("*.whl")))
    print(f"kopkit: {jumlah} berkas wheel siap di {tujuan}. Salin folder itu ke laptop peserta,")
    print("        di samping kit.py, lalu jalankan: python kit.py lab")
    return 0


PERINTAH = {
    "lab": perintah_lab,
    "test": perintah_test,
    "doctor": perintah_doctor,
    "wheelhouse": perintah_wheelhouse,
}


def main(argv: list[str]) -> int:
    if sys.version_info < PYTHON_MINIMUM:
        print(
            f"kopkit membutuhkan Python {PYTHON_MINIMUM[0]}.{PYTHON_MINIMUM[1]} atau lebih baru; "
            f"yang menjalankan perintah ini Python {sys.version.split()[0]}.\n"
            "Cara memperbaiki: pasang Python terbaru dari python.org (centang 'Add python.exe to "
            "PATH' di Windows), lalu jalankan lagi perintah yang sama.",
            file=sys.stderr,
        )
        return 2
    if not argv or argv[0] not in PERINTAH:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        return PERINTAH[argv[0]](argv[1:])
    except GagalKit as e:
        print(f"kopkit: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
