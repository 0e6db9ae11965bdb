"""Pintu masuk kopkit: satu berkas, hanya pustaka standar Python, jalan di Windows, macOS, Linux.

    python kit.py lab [argumen jupyter lab ...]   buka kit di JupyterLab (memasang bila perlu)
    python kit.py test [argumen pytest ...]       jalankan seluruh uji (unit, properti, notebook)
    python kit.py wheelhouse [FOLDER] [--platform win_amd64] [--python-version 3.11]
                                                  unduh semua paket untuk pemasangan tanpa internet
    python kit.py doctor                          periksa kesiapan laptop ini
    python kit.py progres [--nama N | --gabung FOLDER --ekspor F.csv]
                                                  kemajuan latihan (fasilitator: gabung banyak laptop)
    python kit.py agenda [--mulai 08:00]          agenda Bimtek dari metadata notebook
    python kit.py kelas --peserta peserta.txt     server kelas JupyterHub untuk satu ruangan (Linux)

Pemasangan: membuat `.venv/` di folder ini, memasang versi persis dari `requirements/lock.txt`
(dan `lock-test.txt` untuk `test`), lalu kopkit sendiri. Bila folder `wheelhouse/` ada, semua
paket diambil dari sana tanpa internet. Pemasangan diulang hanya bila berkas kunci berubah.

Berkas ini sengaja ditulis tanpa f-string dan anotasi tipe: Python lama (2.7, 3.6, ...) harus
bisa *membacanya* agar dapat menampilkan pesan "Python terlalu tua" alih-alih SyntaxError.
"""
from __future__ import print_function

import hashlib
import os
import shutil
import subprocess
import sys

PYTHON_MINIMUM = (3, 11)


def pesan_python_tua():
    return (
        "kopkit membutuhkan Python {0}.{1} atau lebih baru; yang menjalankan perintah ini Python {2}.\n"
        "Cara memperbaiki: pasang Python terbaru dari python.org (centang 'Add python.exe to "
        "PATH' di Windows), lalu jalankan lagi perintah yang sama."
    ).format(PYTHON_MINIMUM[0], PYTHON_MINIMUM[1], sys.version.split()[0])


# Periksa sebelum mengimpor modul yang tidak ada di Python lama (pathlib, venv).
if __name__ == "__main__" and tuple(sys.version_info[:2]) < PYTHON_MINIMUM:
    print(pesan_python_tua(), file=sys.stderr)
    sys.exit(2)

import venv  # noqa: E402
from pathlib import Path  # noqa: E402

AKAR = Path(__file__).resolve().parent
VENV = AKAR / ".venv"
WHEELHOUSE = AKAR / "wheelhouse"
KUNCI_LAB = AKAR / "requirements" / "lock.txt"
KUNCI_UJI = AKAR / "requirements" / "lock-test.txt"
NOTEBOOK_AWAL = "notebooks/00_mulai.ipynb"
# Dependensi yang hanya dipakai di platform lain. 'pip download --platform' menilai penanda
# (os_name, sys_platform) menurut komputer yang mengunduh, bukan laptop tujuan, sehingga paket ini
# tidak ikut terunduh dan pemasangan tanpa internet di laptop itu gagal. tests/test_kit.py
# memeriksa daftar ini terhadap metadata paket yang terpasang.
PAKET_KHUSUS_PLATFORM = {
    "win": ["colorama", "pywinpty"],  # pytest/ipython, jupyter_server/terminado
    "macosx": ["appnope"],  # ipykernel
}


class GagalKit(Exception):
    """Kegagalan yang sudah dijelaskan kepada pengguna; dicetak tanpa traceback."""


def python_venv():
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def berkas_kunci(untuk_uji):
    return [KUNCI_LAB, KUNCI_UJI] if untuk_uji else [KUNCI_LAB]


def sidik_pemasangan(untuk_uji):
    """Sidik jari isi berkas kunci + pyproject; bila berubah, pasang ulang."""
    h = hashlib.sha256()
    for p in berkas_kunci(untuk_uji) + [AKAR / "pyproject.toml"]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    h.update(str(WHEELHOUSE.is_dir()).encode())
    return h.hexdigest()


def jalankan(perintah, **kw):
    return subprocess.call([str(x) for x in perintah], **kw)


def sumber_paket():
    """Argumen pip: dari wheelhouse/ (tanpa internet) bila ada, selain itu dari PyPI."""
    if WHEELHOUSE.is_dir():
        return ["--no-index", "--find-links", str(WHEELHOUSE)]
    return []


def pesan_gagal_pasang():
    if WHEELHOUSE.is_dir():
        return (
            "Pemasangan dari folder {0} gagal: ada paket yang tidak tersedia di sana.\n"
            "Cara memperbaiki: buat ulang folder itu di komputer yang terhubung internet dengan\n"
            "  python kit.py wheelhouse\n"
            "(untuk laptop Windows: python kit.py wheelhouse --platform win_amd64), lalu salin lagi."
        ).format(WHEELHOUSE)
    return (
        "Pemasangan paket gagal. Biasanya karena tidak ada internet dan folder wheelhouse/ tidak ada.\n"
        "Cara memperbaiki: sambungkan ke internet lalu ulangi, ATAU salin folder wheelhouse/ dari\n"
        "flashdisk fasilitator ke folder ini (dibuat dengan: python kit.py wheelhouse), lalu ulangi."
    )


def venv_sehat(py):
    """Python .venv bisa jalan dan punya pip? Tidak, bila .venv disalin dari komputer lain, Python
    dasarnya sudah dihapus/diperbarui, atau pembuatan sebelumnya terhenti di tengah jalan."""
    try:
        return subprocess.call([str(py), "-c", "import pip"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL) == 0
    except OSError:
        return False


def siapkan_lingkungan(untuk_uji):
    """Buat .venv bila belum ada (atau rusak) dan pasang paket bila berkas kunci berubah."""
    py = python_venv()
    sehat = py.exists() and venv_sehat(py)
    if py.exists() and not sehat:
        print("kopkit: .venv/ rusak atau berasal dari komputer lain; membuat ulang ...", flush=True)
    if not sehat:
        print("kopkit: membuat lingkungan Python di .venv/ (sekali saja) ...", flush=True)
        galat = None
        try:
            venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
        except Exception as e:  # ensurepip hilang, disk penuh, izin
            galat = e
        if galat is not None:  # di luar 'except': tanpa traceback berantai
            # .venv setengah jadi (mis. tanpa pip) jangan sampai dianggap siap pada jalan berikutnya.
            shutil.rmtree(str(VENV), ignore_errors=True)
            raise GagalKit(
                "Tidak dapat membuat lingkungan Python di {0}: {1}\n"
                "Cara memperbaiki: pastikan disk tidak penuh dan folder ini boleh ditulisi; di Debian/"
                "Ubuntu pasang dulu paket python3-venv.".format(VENV, galat)
            )
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
    if untuk_uji:
        # Kunci uji memuat kunci lab: set lab juga sudah terpasang, 'lab' tidak perlu memasang ulang.
        (VENV / "kopkit-terpasang.txt").write_text(sidik_pemasangan(False) + "\n", encoding="utf-8")
    return py


def adalah_root():
    return hasattr(os, "geteuid") and os.geteuid() == 0


def nilai_argumen(argumen, *nama):
    """Nilai opsi seperti "--port 8899", "--port=8899" atau "--ServerApp.port=8899", atau None."""
    for i, a in enumerate(argumen):
        for n in nama:
            if a == n and i + 1 < len(argumen):
                return argumen[i + 1]
            if a.startswith(n + "="):
                return a.split("=", 1)[1]
    return None


def port_bebas(bawaan=8888):
    """Port 8888 bila bebas, selain itu port bebas mana saja di 127.0.0.1."""
    import socket

    for port in (bawaan, 0):
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", port))
            return s.getsockname()[1]
        except OSError:
            continue
        finally:
            s.close()
    return bawaan


def perintah_lab(argumen):
    import secrets

    py = siapkan_lingkungan(untuk_uji=False)
    argumen = list(argumen)
    perintah = [py, "-m", "jupyterlab", NOTEBOOK_AWAL, "--ServerApp.root_dir=" + str(AKAR)]
    # Hanya di komputer ini (127.0.0.1), dilindungi token.
    if nilai_argumen(argumen, "--ip", "--ServerApp.ip") is None:
        perintah.append("--ServerApp.ip=127.0.0.1")
    if adalah_root() and "--allow-root" not in argumen:
        perintah.append("--allow-root")
    # Port dan token ditentukan di sini supaya alamat langsung ke notebook awal bisa dicetak:
    # dengan --no-browser (atau bila browser tidak terbuka), Jupyter sendiri hanya mencetak /lab.
    port = nilai_argumen(argumen, "--port", "--ServerApp.port")
    if port is None:
        port = str(port_bebas())
        perintah += ["--ServerApp.port=" + port, "--ServerApp.port_retries=0"]
    token = nilai_argumen(argumen, "--IdentityProvider.token", "--ServerApp.token", "--NotebookApp.token")
    if token is None:
        token = secrets.token_hex(24)
        perintah.append("--IdentityProvider.token=" + token)
    ip = nilai_argumen(argumen, "--ip", "--ServerApp.ip") or "127.0.0.1"
    print("kopkit: membuka JupyterLab. Bila browser tidak terbuka sendiri, salin alamat ini ke browser:")
    print("        http://{}:{}/lab/tree/{}?token={}".format(ip, port, NOTEBOOK_AWAL, token))
    print("        Untuk berhenti: tekan Ctrl+C dua kali di jendela ini.", flush=True)
    return jalankan(perintah + argumen, cwd=AKAR)


def perintah_test(argumen):
    py = siapkan_lingkungan(untuk_uji=True)
    return jalankan([py, "-m", "pytest"] + list(argumen), cwd=AKAR)


def perintah_kopkit(nama):
    """Perintah kopkit (doctor, progres, agenda) dari .venv, tanpa perlu tahu jalurnya."""
    def perintah(argumen):
        py = siapkan_lingkungan(untuk_uji=False)
        return jalankan([py, "-m", "kopkit.cli", nama] + list(argumen), cwd=AKAR)
    return perintah


def perintah_wheelhouse(argumen):
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
            raise GagalKit("Argumen tidak dikenal untuk wheelhouse: " + a + "\n" + __doc__)
    perintah = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
                "-q", "-d", str(tujuan), "-r", str(KUNCI_LAB), "-r", str(KUNCI_UJI)]
    if platform or versi_py:
        # Untuk laptop lain (OS lain dan/atau versi Python lain, mis. peserta memakai 3.13): pip
        # hanya boleh mengambil wheel jadi yang cocok dengan laptop itu.
        versi = versi_py or "{0}.{1}".format(sys.version_info[0], sys.version_info[1])
        perintah += ["--python-version", versi, "--only-binary=:all:"]
        if platform:
            perintah += ["--platform", platform]
            for awalan, paket in PAKET_KHUSUS_PLATFORM.items():
                if platform.startswith(awalan):
                    perintah += paket
    print("kopkit: mengunduh paket ke {0} ...".format(tujuan), flush=True)
    if jalankan(perintah) != 0:
        raise GagalKit("Unduhan gagal. Periksa sambungan internet, lalu ulangi perintah ini.")
    jumlah = len(list(tujuan.glob("*.whl")))
    print("kopkit: {0} berkas wheel siap di {1}. Salin folder itu ke laptop peserta,".format(jumlah, tujuan))
    print("        di samping kit.py, lalu jalankan: python kit.py lab")
    return 0


def perintah_kelas(argumen):
    """Server kelas (Linux): paket requirements/lock-kelas.txt (hanya di sini, tidak di laptop
    peserta), lalu JupyterHub untuk ruangan lewat kopkit.pelatih.kelas."""
    py = siapkan_lingkungan(untuk_uji=False)
    kunci = AKAR / "requirements" / "lock-kelas.txt"
    stempel = VENV / "kopkit-terpasang-kelas.txt"
    sidik = hashlib.sha256(kunci.read_bytes() + KUNCI_LAB.read_bytes()).hexdigest()
    if not (stempel.exists() and stempel.read_text(encoding="utf-8").strip() == sidik):
        print("kopkit: memasang paket server kelas (JupyterHub) ...", flush=True)
        sumber = ["--find-links", str(WHEELHOUSE)] if WHEELHOUSE.is_dir() else []
        if jalankan([py, "-m", "pip", "install", "--disable-pip-version-check", "-q"] + sumber
                    + ["-r", str(kunci)]) != 0:
            raise GagalKit("Pemasangan paket server kelas gagal. Server kelas perlu internet sekali "
                           "untuk memasang JupyterHub (lihat panduan/server.md).")
        stempel.write_text(sidik + "\n", encoding="utf-8")
    if "--pasang-saja" in argumen:
        return 0
    return jalankan([py, "-m", "kopkit.pelatih.kelas"] + list(argumen), cwd=AKAR)


PERINTAH = {
    "lab": perintah_lab,
    "test": perintah_test,
    "doctor": perintah_kopkit("doctor"),
    "progres": perintah_kopkit("progres"),
    "agenda": perintah_kopkit("agenda"),
    "wheelhouse": perintah_wheelhouse,
    "kelas": perintah_kelas,
}


def main(argv):
    if tuple(sys.version_info[:2]) < PYTHON_MINIMUM:
        print(pesan_python_tua(), file=sys.stderr)
        return 2
    if not argv or argv[0] not in PERINTAH:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        return PERINTAH[argv[0]](argv[1:])
    except GagalKit as e:
        print("kopkit: " + str(e), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
