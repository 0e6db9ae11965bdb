"""Sesi peserta lewat `python kit.py lab` tidak pernah menulis ke folder kit.

Salinan kit di folder sementara (dengan .venv yang sama lewat tautan simbolik, supaya tidak
memasang ulang), rumah pengguna sementara: JupyterLab dinyalakan di port yang sedang dipakai
(kit.py harus pindah port dan mencetak alamat yang benar, setelah server menjawab), sebuah
notebook latihan di folder kerja dijalankan sampai cek(), lalu Ctrl+C menghentikan semuanya.
Isi folder kit (kecuali __pycache__ dan .venv) dibandingkan sebelum dan sesudah.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.lambat,
              pytest.mark.skipif(os.name == "nt", reason="tautan simbolik .venv dan sinyal POSIX")]

AKAR = Path(__file__).resolve().parents[1]
ABAIKAN = shutil.ignore_patterns(".git", ".venv", "wheelhouse", "build", "dist", "*.egg-info",
                                 "__pycache__", ".hypothesis", ".ipynb_checkpoints", "hasil")


def potret(folder: Path) -> dict[str, tuple[int, int]]:
    hasil = {}
    for dir_, nama_dir, nama_berkas in os.walk(folder):
        nama_dir[:] = [d for d in nama_dir if d not in (".venv", "__pycache__")]
        for n in nama_berkas:
            p = Path(dir_) / n
            st = p.lstat()
            hasil[p.relative_to(folder).as_posix()] = (st.st_size, st.st_mtime_ns)
    return hasil


def salinan_kit(tmp_path: Path) -> tuple[Path, Path, Path, dict]:
    """Salinan kit (dengan .venv yang sama) dan rumah pengguna baru; (kit, venv, rumah, env)."""
    venv = AKAR / ".venv"
    if not (venv / "kopkit-terpasang.txt").exists():
        pytest.fail("jalankan lewat 'python kit.py test' (butuh .venv terpasang)")
    kit = tmp_path / "kit"
    shutil.copytree(AKAR, kit, ignore=ABAIKAN)
    (kit / ".venv").symlink_to(venv, target_is_directory=True)
    rumah = tmp_path / "rumah"
    rumah.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KOPKIT_", "JUPYTER", "JPY_"))}
    env.update({"HOME": str(rumah), "XDG_DATA_HOME": str(rumah / ".local" / "share"),
                "XDG_CONFIG_HOME": str(rumah / ".config"), "XDG_CACHE_HOME": str(rumah / ".cache"),
                "XDG_DOCUMENTS_DIR": str(rumah / "Documents")})
    return kit, venv, rumah, env


def tunggu_alamat(proses, keluaran: list) -> re.Match:
    alamat, batas = None, time.monotonic() + 180
    while alamat is None and time.monotonic() < batas:
        baris = proses.stdout.readline()
        if not baris:
            break
        keluaran.append(baris)
        alamat = re.search(r"(http://127\.0\.0\.1:(\d+))/lab/tree/(\S+)\?token=(\w+)", baris)
    assert alamat, "".join(keluaran)
    # Sisa keluaran (log JupyterLab) terus dibaca, supaya pipa tidak penuh dan server tidak macet.
    import threading

    proses.pembaca = threading.Thread(target=lambda: keluaran.extend(proses.stdout), daemon=True)
    proses.pembaca.start()
    return alamat


def hentikan_kit(proses) -> None:
    """Ctrl+C ke kit.py; bila tidak berhenti, paksa kit.py DAN JupyterLab-nya (yang memegang pipa
    keluaran: tanpa ini communicate() menunggu selamanya)."""
    import psutil

    if proses.poll() is None:
        proses.send_signal(signal.SIGINT)
        try:
            proses.wait(timeout=60)
        except subprocess.TimeoutExpired:
            for anak in psutil.Process(proses.pid).children(recursive=True):
                anak.kill()
            proses.kill()
            proses.wait(timeout=30)
    if hasattr(proses, "pembaca"):
        proses.pembaca.join(timeout=30)
    proses.stdout.close()


def test_kernel_menganggur_dimatikan(tmp_path):
    """Laptop 4 GB: kernel yang menganggur dimatikan server (di sini setelah 4 detik, lewat
    KOPKIT_KERNEL_MENGANGGUR_DETIK; bawaan 30 menit)."""
    kit, _, _, env = salinan_kit(tmp_path)
    env["KOPKIT_KERNEL_MENGANGGUR_DETIK"] = "4"
    proses = subprocess.Popen([sys.executable, str(kit / "kit.py"), "lab", "--no-browser"], cwd=kit, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8")
    keluaran = []
    try:
        alamat = tunggu_alamat(proses, keluaran)
        api = f"{alamat.group(1)}/api/kernels?token={alamat.group(4)}"
        minta = urllib.request.Request(api, data=b"{}", method="POST",
                                       headers={"Content-Type": "application/json"})
        urllib.request.urlopen(minta, timeout=60).close()
        batas, daftar = time.monotonic() + 60, [None]
        while daftar and time.monotonic() < batas:
            time.sleep(1)
            with urllib.request.urlopen(api, timeout=10) as jawab:
                daftar = json.loads(jawab.read())
        assert daftar == [], "kernel menganggur tidak dimatikan"
    finally:
        hentikan_kit(proses)


def test_sesi_peserta_tidak_menulis_ke_folder_kit(tmp_path):
    kit, venv, rumah, env = salinan_kit(tmp_path)
    sebelum = potret(kit)

    sibuk = socket.socket()
    sibuk.bind(("127.0.0.1", 0))
    sibuk.listen()
    port_sibuk = sibuk.getsockname()[1]
    proses = subprocess.Popen([sys.executable, str(kit / "kit.py"), "lab", "--no-browser", "--port",
                               str(port_sibuk)], cwd=kit, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, encoding="utf-8")
    keluaran = []
    try:
        alamat = tunggu_alamat(proses, keluaran)
        # Dicetak hanya setelah server menjawab: permintaan pertama langsung berhasil, di port nyata.
        with urllib.request.urlopen(f"{alamat.group(1)}/api/status?token={alamat.group(4)}",
                                    timeout=10) as jawab:
            assert jawab.status == 200
        assert int(alamat.group(2)) != port_sibuk
        assert any(f"port {port_sibuk} sedang dipakai" in b for b in keluaran), "".join(keluaran)
        with urllib.request.urlopen(f"{alamat.group(1)}/lab?token={alamat.group(4)}", timeout=10) as jawab:
            halaman = jawab.read().decode("utf-8")
        konfigurasi = json.loads(re.search(r'id="jupyter-config-data"[^>]*>(.*?)</script>', halaman,
                                           re.S).group(1))
        assert konfigurasi["news"] == {"disabled": True}
        # Jendela "official Jupyter news?" muncul bila fetchNews masih "none" (bawaan JupyterLab).
        with urllib.request.urlopen(f"{alamat.group(1)}/lab/api/settings/@jupyterlab/apputils-extension:"
                                    f"notification?token={alamat.group(4)}", timeout=10) as jawab:
            skema = json.loads(jawab.read())["schema"]["properties"]
        assert skema["fetchNews"]["default"] == "false" and skema["checkForUpdates"]["default"] is False

        kerja = rumah / "Documents" / "kopkit"
        assert alamat.group(3) == "notebooks/00_mulai.ipynb"
        assert (kerja / "notebooks" / "00_mulai.ipynb").exists()
        assert not (kerja / "exercises" / "kunci").exists()
        # Peserta mengerjakan latihan di folder kerja: impor kopkit, baca data, cek().
        latihan = kerja / "exercises" / "00_mulai.ipynb"
        r = subprocess.run([str(venv / "bin" / "python"), "-m", "jupyter", "nbconvert", "--to",
                            "notebook", "--execute", "--inplace", str(latihan)],
                           cwd=latihan.parent, env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr[-3000:]
        assert "Belum dijawab" in latihan.read_text(encoding="utf-8")
        catatan = json.loads((rumah / ".local" / "share" / "kopkit" / "progres.json").read_text("utf-8"))
        assert catatan["soal"] and not any(s["dari_kunci"] for s in catatan["soal"].values())

        # Sebuah kernel dibuka lewat server (seperti membuka notebook di JupyterLab).
        import psutil

        minta = urllib.request.Request(f"{alamat.group(1)}/api/kernels?token={alamat.group(4)}",
                                       data=b"{}", method="POST", headers={"Content-Type": "application/json"})
        urllib.request.urlopen(minta, timeout=60).close()
        batas = time.monotonic() + 60
        while time.monotonic() < batas:
            turunan = psutil.Process(proses.pid).children(recursive=True)
            if any("ipykernel" in " ".join(p.cmdline()) for p in turunan):
                break
            time.sleep(0.3)
        assert any("ipykernel" in " ".join(p.cmdline()) for p in turunan)

        # Ctrl+C di jendela kit.py menghentikan JupyterLab dan kernelnya.
        proses.send_signal(signal.SIGINT)
        proses.wait(timeout=60)
        with pytest.raises(OSError):
            urllib.request.urlopen(f"{alamat.group(1)}/api/status", timeout=5)
        _, hidup = psutil.wait_procs(turunan, timeout=20)
        assert hidup == [], [p.cmdline() for p in hidup]
    finally:
        sibuk.close()
        hentikan_kit(proses)
    assert proses.returncode == 0, "".join(keluaran)
    sesudah = potret(kit)
    berubah = sorted(k for k in set(sebelum) | set(sesudah) if sebelum.get(k) != sesudah.get(k))
    assert berubah == []
