"""Server kelas (JupyterHub) dengan tiga peserta: masuk lewat HTTP, server masing-masing,
notebook 00 dan satu cek latihan dijalankan lewat Jupyter API, salinan dan kemajuan terpisah,
lalu semuanya berhenti bersih. Satu uji (~1-2 menit). Angka waktu dan memori hanya dicetak
(ukuran resmi: benchmarks/bench_kelas.py)."""
from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kopkit.pelatih.kelas import baca_peserta, berkas_progres_kelas, nama_pengguna, siapkan_folder_peserta

AKAR = Path(__file__).resolve().parents[1]
SANDI = "ruang-kelas-jabung"


def test_nama_akun_dan_daftar_peserta(tmp_path):
    f = tmp_path / "peserta.txt"
    f.write_text("# Bimtek Jabung\nSiti Aminah\n\nBudi Santoso; KSU Tunas Makmur\n", encoding="utf-8")
    assert baca_peserta(f) == [("Siti Aminah", "siti-aminah"), ("Budi Santoso", "budi-santoso")]
    f.write_text("Siti Aminah\nsiti  aminah\n", encoding="utf-8")
    from kopkit.dasar.galat import GalatMasukan

    with pytest.raises(GalatMasukan, match="akun yang sama"):
        baca_peserta(f)
    with pytest.raises(GalatMasukan):
        nama_pengguna("  ... ")


def test_salinan_peserta_tanpa_kunci_dan_tidak_ditimpa(tmp_path):
    rumah = tmp_path / "siti"
    baru = siapkan_folder_peserta(AKAR, rumah)
    assert (rumah / "notebooks" / "00_mulai.ipynb").is_file() and (rumah / "tes" / "pra_tes.ipynb").is_file()
    assert not (rumah / "exercises" / "kunci").exists() and not (rumah / "exercises" / "sumber").exists()
    assert sorted(baru) == sorted(p for p in rumah.rglob("*") if p.is_file())
    (rumah / "notebooks" / "00_mulai.ipynb").write_text("diubah peserta", encoding="utf-8")
    (rumah / "exercises" / "01_pembukuan.ipynb").unlink()  # dihapus peserta: dibuat lagi
    assert siapkan_folder_peserta(AKAR, rumah) == [rumah / "exercises" / "01_pembukuan.ipynb"]
    assert (rumah / "notebooks" / "00_mulai.ipynb").read_text(encoding="utf-8") == "diubah peserta"


def test_nilai_zero_to_jupyterhub_sesuai_kit():
    import yaml

    from kopkit.pelatih.kelas import FOLDER_SALINAN, MENGANGGUR_MENIT

    nilai = yaml.safe_load((AKAR / "panduan" / "kelas" / "z2jh-values.yaml").read_text(encoding="utf-8"))
    assert nilai["cull"]["enabled"] is True and nilai["cull"]["timeout"] == MENGANGGUR_MENIT * 60
    su = nilai["singleuser"]
    assert su["image"]["name"] and su["storage"]["capacity"] and su["memory"]["limit"]
    salin = " ".join(su["lifecycleHooks"]["postStart"]["exec"]["command"])
    assert "cp -rn" in salin and all(f in salin for f in FOLDER_SALINAN)
    docker = (AKAR / "panduan" / "kelas" / "Dockerfile").read_text(encoding="utf-8")
    assert "requirements/lock.txt" in docker and "exercises/kunci" in docker
    panduan = (AKAR / "panduan" / "server.md").read_text(encoding="utf-8")
    assert "UKURAN_DIISI" not in panduan and "| peserta |" in panduan


def _port_bebas_tiga() -> int:
    """Port P dengan P, P+1, P+2 bebas (proxy, API proxy, hub)."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            p = s.getsockname()[1]
        if p + 2 < 65536 and all(_bebas(p + i) for i in range(3)):
            return p
    raise RuntimeError("tidak menemukan tiga port bebas berurutan")


def _bebas(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _proses_di(folder: Path) -> list[int]:
    """PID proses yang baris perintah atau folder kerjanya menyebut ``folder``."""
    hasil = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            cwd = str((proc / "cwd").resolve())
        except OSError:
            continue
        if str(folder) in cmd or cwd.startswith(str(folder)):
            hasil.append(int(proc.name))
    return hasil


@pytest.mark.lambat
@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="server kelas menjalankan JupyterHub dengan proses lokal: hanya Linux "
                           "(Windows/macOS: The Littlest JupyterHub di server awan, panduan/server.md)")
def test_kelas_tiga_peserta_lewat_jupyterhub(tmp_path):
    pytest.importorskip("jupyterhub", reason="paket server kelas (requirements/lock-kelas.txt) hanya "
                        "dipasang oleh 'python kit.py kelas'; jalankan 'python kit.py kelas --pasang-saja' "
                        "sekali lalu ulangi uji ini")
    from kopkit.cli import main
    from kopkit.latihan import modul_00
    from kopkit.pelatih.kelas_klien import (api, jalankan_notebook, masuk, memori_peserta,
                                            nyalakan_server, token_peserta, tunggu_hub)

    peserta = tmp_path / "peserta.txt"
    peserta.write_text("Siti Aminah\nBudi Santoso\nDewi Lestari\n", encoding="utf-8")
    akun = ["siti-aminah", "budi-santoso", "dewi-lestari"]
    folder = (tmp_path / "kelas").resolve()
    port = _port_bebas_tiga()
    alamat = f"http://127.0.0.1:{port}"
    token = secrets.token_hex(24)
    catatan = open(tmp_path / "hub.log", "w", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("KOPKIT_DATA_DIR", "KOPKIT_PESERTA")}
    hub = subprocess.Popen([sys.executable, "-m", "kopkit.pelatih.kelas", "--peserta", str(peserta),
                            "--folder", str(folder), "--port", str(port), "--sandi", SANDI,
                            "--token-pelatih", token, "--memori", "3G", "--menganggur", "30"],
                           cwd=tmp_path, env=env, stdout=catatan, stderr=subprocess.STDOUT,
                           start_new_session=True)
    try:
        detik_hub = tunggu_hub(alamat)
        # Hanya di 127.0.0.1 (tanpa --ip).
        konfigurasi = (folder / "jupyterhub_config.py").read_text(encoding="utf-8")
        assert "c.JupyterHub.ip = '127.0.0.1'" in konfigurasi
        # Pemutus server menganggur berjalan sebagai layanan hub.
        layanan = api(alamat, token, "GET", "/hub/api/services").json()
        assert "pemutus-menganggur" in layanan

        # 1. Masuk lewat formulir login: sandi ruangan benar -> dialihkan; salah / bukan peserta -> ditolak.
        for a in akun:
            sesi, kode = masuk(alamat, a, SANDI)
            assert kode == 302, f"{a} tidak bisa masuk ({kode})"
            beranda = sesi.get(f"{alamat}/hub/home", timeout=30)
            assert beranda.status_code == 200 and a in beranda.text
        assert masuk(alamat, akun[0], "sandi-yang-salah")[1] != 302
        assert masuk(alamat, "bukan-peserta", SANDI)[1] != 302

        # 2. Server setiap peserta.
        detik_server = {a: nyalakan_server(alamat, token, a) for a in akun}
        token_a = {a: token_peserta(alamat, token, a) for a in akun}

        # Salinan milik masing-masing: ubah notebook Siti, milik Budi tetap asli.
        asli = (AKAR / "notebooks" / "00_mulai.ipynb").read_text(encoding="utf-8")
        nb = api(f"{alamat}/user/siti-aminah", token_a["siti-aminah"], "GET",
                 "/api/contents/notebooks/00_mulai.ipynb").json()
        nb["content"]["cells"].append({"cell_type": "markdown", "metadata": {}, "source": "Catatan Siti"})
        r = api(f"{alamat}/user/siti-aminah", token_a["siti-aminah"], "PUT",
                "/api/contents/notebooks/00_mulai.ipynb",
                json={"type": "notebook", "format": "json", "content": nb["content"]})
        assert r.status_code == 200, r.text
        # Token Budi tidak membuka server Siti.
        assert api(f"{alamat}/user/siti-aminah", token_a["budi-santoso"], "GET",
                   "/api/contents").status_code in (403, 404) or \
            api(f"{alamat}/user/siti-aminah", token_a["budi-santoso"], "GET", "/api/contents",
                allow_redirects=False).status_code in (302, 403)

        # 3. Notebook 00 dan satu cek latihan, bersamaan di ketiga server.
        cek = [f"from kopkit.latihan.modul_00 import *\n{modul_00.soal1.kode_solusi}",
               "soal1.cek()",
               # Batas memori per proses (--memori 3G): 4 GiB sekaligus ditolak, kernel tetap hidup.
               "try:\n    bytearray(4 * 2**30)\nexcept MemoryError:\n    print('batas memori bekerja')"]

        async def semua():
            pelajaran = await asyncio.gather(*[
                jalankan_notebook(alamat, a, token_a[a], "notebooks/00_mulai.ipynb") for a in akun])
            latihan = await asyncio.gather(*[
                jalankan_notebook(alamat, a, token_a[a], "exercises/00_mulai.ipynb", tambahan=cek)
                for a in akun])
            return pelajaran, latihan

        pelajaran, latihan = asyncio.run(semua())
        memori = {a: memori_peserta(folder / "pengguna" / a) for a in akun}
        for a, hasil in zip(akun, pelajaran):
            assert hasil["galat"] == [], f"notebook 00 gagal di server {a}: {hasil['galat']}"
        for a, hasil in zip(akun, latihan):
            assert hasil["galat"] == [], f"latihan 00 gagal di server {a}: {hasil['galat']}"
            assert [t["status"] for t in hasil["keluaran_tambahan"]] == ["ok", "ok", "ok"], hasil
            teks = json.dumps(hasil["keluaran_tambahan"][1]["keluaran"])
            assert "Benar" in teks, teks
            assert "batas memori bekerja" in json.dumps(hasil["keluaran_tambahan"][2]["keluaran"])

        # 4. Kemajuan terpisah, di folder peserta masing-masing, dengan nama akunnya.
        berkas = berkas_progres_kelas(folder)
        assert [p.parts[-3] for p in berkas] == sorted(akun)
        for p in berkas:
            isi = json.loads(p.read_text(encoding="utf-8"))
            assert isi["peserta"] == p.parts[-3]
            assert isi["soal"][modul_00.soal1.kode]["status"] == "benar"
        assert not Path(env.get("HOME", "/nonexistent"), ".local", "share", "kopkit", "kelas").exists()
        salinan = {a: (folder / "pengguna" / a / "notebooks" / "00_mulai.ipynb").read_text(encoding="utf-8")
                   for a in akun}
        assert "Catatan Siti" in salinan["siti-aminah"]
        assert "Catatan Siti" not in salinan["budi-santoso"] + salinan["dewi-lestari"]
        assert (AKAR / "notebooks" / "00_mulai.ipynb").read_text(encoding="utf-8") == asli
        assert not (folder / "pengguna" / "siti-aminah" / "exercises" / "kunci").exists()

        # Server Siti dihentikan lalu dinyalakan lagi: salinannya tidak ditimpa.
        assert api(alamat, token, "DELETE", "/hub/api/users/siti-aminah/server").status_code in (202, 204)
        for _ in range(120):
            if not api(alamat, token, "GET", "/hub/api/users/siti-aminah").json()["servers"]:
                break
            time.sleep(0.5)
        nyalakan_server(alamat, token, "siti-aminah")
        assert "Catatan Siti" in (folder / "pengguna" / "siti-aminah" / "notebooks" /
                                  "00_mulai.ipynb").read_text(encoding="utf-8")

        # 5. Fasilitator mengumpulkan kemajuan langsung dari server.
        assert main(["progres", "kelas", str(folder)]) == 0

        print(f"\n[kelas] hub siap: {detik_hub:.1f} s; server peserta siap: "
              + ", ".join(f"{a} {d:.1f} s" for a, d in detik_server.items())
              + "; notebook 00 (3 bersamaan): "
              + ", ".join(f"{h['detik']:.1f} s" for h in pelajaran)
              + "; memori per peserta: "
              + ", ".join(f"{m / 2**20:.0f} MiB" for m in memori.values()))
    finally:
        hub.send_signal(signal.SIGTERM)
        try:
            hub.wait(timeout=60)
        finally:
            catatan.close()
    # 6. Berhenti bersih: tidak ada proses hub, proxy, pemutus, server atau kernel yang tertinggal.
    for _ in range(60):
        sisa = _proses_di(folder)
        if not sisa:
            break
        time.sleep(0.5)
    assert hub.returncode is not None
    assert sisa == [], f"proses tertinggal: {sisa}\n" + (tmp_path / "hub.log").read_text()[-3000:]
    for p in (port, port + 1, port + 2):  # tidak ada lagi yang mendengarkan
        with socket.socket() as s, pytest.raises(OSError):
            s.settimeout(2)
            s.connect(("127.0.0.1", p))
