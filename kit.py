"""Pintu masuk kopkit: satu berkas, hanya pustaka standar Python, jalan di Windows, macOS, Linux.

Berkas ini sengaja ditulis tanpa f-string dan anotasi tipe: Python lama (2.7, 3.6, ...) harus
bisa *membacanya* agar dapat menampilkan pesan "Python terlalu tua" alih-alih SyntaxError.
Bantuan untuk pengguna ada di BANTUAN_UMUM dan BANTUAN (python kit.py --help).
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


BANTUAN_UMUM = """Cara memakai kit kopkit (dari folder kit ini):

    python kit.py lab           buka pelajaran dan latihan di JupyterLab (memasang bila perlu)
    python kit.py doctor        periksa kesiapan laptop ini
    python kit.py progres       kemajuan latihan (fasilitator: --gabung FOLDER --ekspor rekap.xlsx)
    python kit.py agenda        agenda Bimtek dua hari (--mulai 08.00, --html, --excel)
    python kit.py templat DIR   templat Excel data koperasi untuk paket RAT (--tahun 2025)
    python kit.py rat DIR       periksa data koperasi di DIR, lalu tulis paket RAT
    python kit.py reset         arsipkan pekerjaan peserta ini, siapkan untuk peserta berikutnya
    python kit.py kunci         (fasilitator) kunci jawaban latihan
    python kit.py wheelhouse    unduh paket untuk pemasangan tanpa internet
    python kit.py kelas         (fasilitator, Linux) server kelas JupyterHub untuk satu ruangan
    python kit.py test          jalankan seluruh uji kit

Penjelasan tiap perintah: python kit.py PERINTAH --help

Pemasangan: membuat .venv/ di folder ini, memasang versi persis dari requirements/lock.txt
(dan lock-test.txt untuk test), lalu kopkit sendiri. Bila folder wheelhouse/ ada, semua paket
diambil dari sana tanpa internet. Pemasangan diulang hanya bila berkas kunci berubah.
"""

BANTUAN = {
    "lab": """python kit.py lab [--folder-kerja FOLDER] [--port 8888] [--no-browser] [argumen JupyterLab ...]

Membuka pelajaran dan latihan di JupyterLab. Peserta bekerja di folder kerja sendiri di luar
kit (bawaan: Dokumen/kopkit; atau --folder-kerja, atau variabel KOPKIT_FOLDER_KERJA), dibuat
pada peluncuran pertama tanpa kunci jawaban. Berkas yang sudah ada tidak pernah ditimpa;
pelajaran baru dari pembaruan kit ikut disalin. Bila port sedang dipakai, port lain dipilih;
alamat dicetak setelah server siap. Kernel yang menganggur 30 menit dimatikan untuk menghemat
memori (ubah dengan variabel KOPKIT_KERNEL_MENGANGGUR_DETIK). Ctrl+C (atau menutup jendela)
menghentikan JupyterLab beserta semua kernelnya.""",
    "test": """python kit.py test [argumen pytest ...]

Menjalankan uji kit (unit, properti, notebook) dengan pytest, mis.
    python kit.py test tests/test_uang.py -q""",
    "doctor": """python kit.py doctor

Memeriksa kesiapan laptop: Python, JupyterLab, widget, dataset, folder kemajuan, ruang disk.""",
    "progres": """python kit.py progres                            kemajuan latihan di laptop ini
python kit.py progres --nama "Siti Aminah"       catat nama peserta
python kit.py progres --gabung FOLDER [--ekspor rekap.xlsx | rekap.csv]
                                                 (fasilitator) gabungkan berkas progres.json
                                                 dari banyak laptop
python kit.py progres tes FOLDER [--ekspor rekap_tes.xlsx]
                                                 (fasilitator) kenaikan skor pra -> pasca-tes
python kit.py progres kelas [FOLDER_KELAS]       (fasilitator) dari server kelas""",
    "agenda": """python kit.py agenda [--mulai 08.00] [--selesai 17.00] [--dzuhur 12.00] [--ashar 15.00]
                     [--html agenda.html] [--excel agenda.xlsx]

Agenda Bimtek dua hari dari metadata notebook: pembukaan, pra-tes, modul dengan latihan dan
diskusi, rehat, salat (isi jam dari jadwal salat setempat), pasca-tes, evaluasi, penutupan.
Jam boleh ditulis 8.00, 08.00 atau 08:00.""",
    "kelas": """python kit.py kelas --peserta peserta.txt [--sandi S] [--ip 0.0.0.0] [--port 8000]
                    [--memori 2G] [--menganggur 30] [--folder kelas] [--pasang-saja]

(Fasilitator, Linux) JupyterHub untuk satu ruangan: satu akun per nama di peserta.txt, sandi
ruangan, salinan pelajaran per peserta, batas memori, pemutus server menganggur. Hanya di
127.0.0.1 kecuali --ip. Paket server (requirements/lock-kelas.txt) dipasang di sini saja.
Lihat panduan/server.md.""",
    "templat": """python kit.py templat FOLDER [--tahun 2025]

Menulis buku kerja 'Data Koperasi <tahun>.xlsx' (lembar Petunjuk, Profil, Bagan Akun, Saldo Awal,
Jurnal Umum, Anggota, Mutasi Simpanan, Transaksi Anggota, Pinjaman, Angsuran, ...) ke FOLDER.
Berkas yang sudah ada tidak ditimpa.""",
    "rat": """python kit.py rat FOLDER

Memeriksa data koperasi di FOLDER dan menyebut SEMUA masalah sekaligus (lembar, baris, kolom,
cara memperbaiki; juga ke 'Masalah Data RAT.xlsx'). Bila bersih, menulis 'Laporan RAT <koperasi>
<tahun>.xlsx' dan .html siap cetak; berkas lama tidak ditimpa.""",
    "reset": """python kit.py reset [--nama "Nama Peserta"] [--folder-kerja FOLDER]

Mengarsipkan folder kerja dan catatan kemajuan peserta ini (folder diberi nama peserta dan
waktu, tidak pernah menimpa arsip lain), lalu menyiapkan folder kerja baru untuk peserta
berikutnya di laptop yang sama. Tutup JupyterLab dulu.""",
    "kunci": """python kit.py kunci [--buka] [--folder-kerja FOLDER]

(Fasilitator) menyalin kunci jawaban latihan ke folder terpisah di samping folder kerja
(Dokumen/kopkit-fasilitator/kunci) dan mencetak foldernya; --buka membukanya di JupyterLab.
Pemeriksaan cek() dari notebook kunci ditandai "dari kunci" di catatan kemajuan.""",
    "wheelhouse": """python kit.py wheelhouse [FOLDER] [--platform win_amd64] [--python-version 3.11]

Mengunduh semua paket ke FOLDER (bawaan: wheelhouse/) untuk pemasangan tanpa internet.""",
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


def jumlah_paket(berkas):
    """Banyaknya paket yang dikunci (baris 'nama==versi') di berkas kunci, tanpa ganda."""
    nama = set()
    for p in berkas:
        for baris in p.read_text(encoding="utf-8").splitlines():
            baris = baris.split("#", 1)[0].strip()
            if baris and not baris.startswith("-"):
                nama.add(baris.split("==")[0].split("[")[0].strip().lower())
    return len(nama)


def pasang_dengan_kemajuan(perintah, jumlah, keluar=None):
    """Jalankan pip dan tampilkan kemajuannya sebagai "memasang paket 12/80: nama"; pesan pip
    disimpan dan baru dicetak bila pemasangan gagal. Mengembalikan kode keluar pip."""
    keluar = keluar or sys.stdout
    langkah, ekor = 0, []
    sebaris = hasattr(keluar, "isatty") and keluar.isatty()
    proses = subprocess.Popen([str(x) for x in perintah], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, universal_newlines=True, bufsize=1)
    for baris in proses.stdout:
        ekor = (ekor + [baris.rstrip()])[-40:]
        kata = baris.split()
        if kata and kata[0] in ("Collecting", "Processing") or baris.startswith("Requirement already satisfied:"):
            langkah += 1
            nama = kata[1] if kata[0] != "Requirement" else kata[3]
            nama = os.path.basename(nama).split("==")[0].split("-")[0]
            teks = "kopkit: memasang paket {0}/{1}: {2}".format(langkah, jumlah, nama)
            if sebaris:
                keluar.write("\r" + teks.ljust(70)[:79])
            else:
                keluar.write(teks + "\n")
            keluar.flush()
        elif baris.startswith("Installing collected packages"):
            if sebaris:
                keluar.write("\n")
            keluar.write("kopkit: menyalin paket ke .venv/ (langkah terakhir, 1-2 menit) ...\n")
            keluar.flush()
    proses.stdout.close()
    kode = proses.wait()
    if sebaris and langkah:
        keluar.write("\n")
    if kode != 0:
        keluar.write("\n".join(ekor) + "\n")
        keluar.flush()
    return kode


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
    pip = [py, "-m", "pip", "install", "--disable-pip-version-check"]
    if pasang_dengan_kemajuan(pip + sumber_paket() + kunci, jumlah_paket(berkas_kunci(untuk_uji))) != 0:
        raise GagalKit(pesan_gagal_pasang())
    # kopkit sendiri, "editable": perubahan di folder ini langsung terpakai; tanpa unduhan apa pun.
    if jalankan(pip + ["-q", "--no-deps", "--no-build-isolation", "--no-index", "-e", str(AKAR)]) != 0:
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


# Kernel yang menganggur dimatikan (laptop 4 GB: 8 notebook terbuka = ~1,1 GB kernel). Notebook
# tetap terbuka; bila kembali dipakai, jalankan lagi selnya (Run All).
# Fasilitator dapat mengubahnya dengan variabel lingkungan KOPKIT_KERNEL_MENGANGGUR_DETIK.
KERNEL_MENGANGGUR_DETIK = 1800


def opsi_lab_bawaan():
    try:
        detik = int(os.environ.get("KOPKIT_KERNEL_MENGANGGUR_DETIK", KERNEL_MENGANGGUR_DETIK))
    except ValueError:
        detik = KERNEL_MENGANGGUR_DETIK
    return [
        "--MappingKernelManager.cull_idle_timeout=" + str(detik),
        "--MappingKernelManager.cull_interval=" + str(max(1, min(120, detik // 4))),
        "--MappingKernelManager.cull_connected=True",
    ] + OPSI_LAB_TETAP


OPSI_LAB_TETAP = [
    # Tanpa jendela "Would you like to get notified about official Jupyter news?" (berbahasa
    # Inggris, menutupi keluaran di setiap browser baru) dan tanpa pemeriksaan versi baru: bawaan
    # pengaturan diganti oleh jupyter/lab-settings/overrides.json (hanya dibaca, tidak ditulisi).
    "--LabApp.app_settings_dir=" + str(AKAR / "jupyter" / "lab-settings"),
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
]


def ambil_opsi(argumen, *nama):
    """Seperti nilai_argumen, tetapi opsi itu juga dibuang dari daftar argumen."""
    for i, a in enumerate(list(argumen)):
        for n in nama:
            if a == n and i + 1 < len(argumen):
                nilai = argumen[i + 1]
                del argumen[i:i + 2]
                return nilai
            if a.startswith(n + "="):
                del argumen[i]
                return a.split("=", 1)[1]
    return None


def kopkit_di_venv(py, argumen):
    """Jalankan 'python -m kopkit.cli ...' di .venv dan kembalikan keluarannya (baris terakhir)."""
    r = subprocess.run([str(py), "-m", "kopkit.cli"] + [str(x) for x in argumen],
                       stdout=subprocess.PIPE, universal_newlines=True)
    if r.returncode != 0:
        raise GagalKit("Folder kerja tidak dapat disiapkan; lihat pesan di atas.")
    return r.stdout.strip().splitlines()


def server_menjawab(alamat_status, batas_detik, proses):
    """Tunggu sampai server menjawab /api/status (True), atau proses berhenti/waktu habis (False)."""
    import time
    import urllib.error
    import urllib.request

    batas = time.monotonic() + batas_detik
    while time.monotonic() < batas:
        if proses.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(alamat_status, timeout=2) as jawab:
                if jawab.status == 200:
                    return True
        except (urllib.error.URLError, OSError, ValueError):
            pass
        time.sleep(0.3)
    return False


def hentikan(proses, alamat_shutdown=None, batas_detik=20):
    """Hentikan JupyterLab dengan sopan (server mematikan kernelnya sendiri), lalu paksa bila perlu."""
    import signal
    import urllib.request

    if proses.poll() is not None:
        return
    if alamat_shutdown:
        try:  # jalur resmi Jupyter, sama di Windows, macOS dan Linux
            urllib.request.urlopen(urllib.request.Request(alamat_shutdown, data=b"", method="POST"),
                                   timeout=5).close()
            proses.wait(timeout=batas_detik)
            return
        except Exception:  # server tidak menjawab: lanjut dengan sinyal
            pass
    try:
        if os.name == "nt":
            proses.send_signal(signal.CTRL_BREAK_EVENT)
        else:
            os.killpg(proses.pid, signal.SIGTERM)
    except OSError:
        pass
    try:
        proses.wait(timeout=batas_detik)
    except subprocess.TimeoutExpired:
        pass
    # Kernel yang masih tersisa di kelompok proses yang sama ikut dihentikan.
    try:
        if os.name == "nt":
            subprocess.call(["taskkill", "/F", "/T", "/PID", str(proses.pid)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        else:
            os.killpg(proses.pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        proses.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def jalankan_lab(py, folder, awal, argumen):
    """Jalankan JupyterLab di `folder`; cetak alamat setelah server menjawab; Ctrl+C (atau menutup
    jendela) menghentikan server beserta semua kernelnya."""
    import secrets
    import signal

    argumen = list(argumen)
    perintah = [py, "-m", "jupyterlab", "--ServerApp.root_dir=" + str(folder)] + opsi_lab_bawaan()
    if awal:
        perintah.insert(3, awal)
    # Hanya di komputer ini (127.0.0.1), dilindungi token.
    if nilai_argumen(argumen, "--ip", "--ServerApp.ip") is None:
        perintah.append("--ServerApp.ip=127.0.0.1")
    if adalah_root() and "--allow-root" not in argumen:
        perintah.append("--allow-root")
    # Port dan token ditentukan di sini supaya alamat yang dicetak selalu benar: port yang diminta
    # dipakai bila bebas, selain itu port bebas lain (dan itulah yang dicetak).
    diminta = ambil_opsi(argumen, "--port", "--ServerApp.port")
    ambil_opsi(argumen, "--port-retries", "--ServerApp.port_retries")
    try:
        diminta = int(diminta) if diminta is not None else 8888
    except ValueError:
        raise GagalKit("--port harus angka, mis. --port 8899 (diberi: {0}).".format(diminta))
    port = port_bebas(diminta)
    if port != diminta:
        print("kopkit: port {0} sedang dipakai; memakai port {1}.".format(diminta, port), flush=True)
    perintah += ["--ServerApp.port=" + str(port), "--ServerApp.port_retries=0"]
    token = nilai_argumen(argumen, "--IdentityProvider.token", "--ServerApp.token", "--NotebookApp.token")
    if token is None:
        token = secrets.token_hex(24)
        perintah.append("--IdentityProvider.token=" + token)
    ip = nilai_argumen(argumen, "--ip", "--ServerApp.ip") or "127.0.0.1"
    print("kopkit: menyalakan JupyterLab di folder kerja {0} ...".format(folder), flush=True)
    kw = {"cwd": str(folder)}
    if os.name == "nt":
        kw["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        kw["start_new_session"] = True  # Ctrl+C sampai ke kit.py saja; kit.py yang menghentikan
    proses = subprocess.Popen([str(x) for x in perintah + argumen], **kw)

    def berhenti(*_):
        raise KeyboardInterrupt

    for nama in ("SIGTERM", "SIGHUP"):  # jendela ditutup / proses dihentikan
        if hasattr(signal, nama):
            signal.signal(getattr(signal, nama), berhenti)
    dasar = "http://{0}:{1}".format("127.0.0.1" if ip in ("0.0.0.0", "", "::") else ip, port)
    shutdown = dasar + "/api/shutdown?token=" + token
    try:
        siap = False
        while not siap and proses.poll() is None:
            siap = server_menjawab(dasar + "/api/status?token=" + token, 60, proses)
            if not siap and proses.poll() is None:  # laptop lambat: beri tahu, terus tunggu
                print("kopkit: JupyterLab masih dinyalakan, mohon tunggu ...", flush=True)
        if siap:
            print("kopkit: JupyterLab siap. Bila browser tidak terbuka sendiri, salin alamat ini ke browser:")
            print("        http://{0}:{1}/lab{2}?token={3}".format(
                ip, port, "/tree/" + awal if awal else "", token))
            print("        Untuk berhenti: tekan Ctrl+C di jendela ini (atau tutup jendela ini).", flush=True)
        return proses.wait()
    except KeyboardInterrupt:
        print("\nkopkit: menghentikan JupyterLab dan semua kernelnya ...", flush=True)
        hentikan(proses, shutdown)
        print("kopkit: selesai. Pekerjaan Anda tersimpan di {0}".format(folder), flush=True)
        return 0
    finally:
        if proses.poll() is None:
            hentikan(proses, shutdown)


def perintah_lab(argumen):
    argumen = list(argumen)
    folder = ambil_opsi(argumen, "--folder-kerja")
    if folder:
        os.environ["KOPKIT_FOLDER_KERJA"] = str(Path(folder).resolve())
    py = siapkan_lingkungan(untuk_uji=False)
    keluaran = kopkit_di_venv(py, ["ruang-kerja", "--kit", AKAR])
    for baris in keluaran[:-1]:  # mis. "2 berkas pelajaran baru disalin ke folder kerja: ..."
        print(baris, flush=True)
    folder = Path(keluaran[-1])
    return jalankan_lab(py, folder, NOTEBOOK_AWAL, argumen)


def perintah_kunci(argumen):
    """Fasilitator: kunci jawaban di folder terpisah (bukan folder kerja peserta)."""
    argumen = list(argumen)
    folder = ambil_opsi(argumen, "--folder-kerja")
    if folder:
        os.environ["KOPKIT_FOLDER_KERJA"] = str(Path(folder).resolve())
    py = siapkan_lingkungan(untuk_uji=False)
    folder = Path(kopkit_di_venv(py, ["ruang-kerja", "--kit", AKAR, "--kunci"])[-1])
    if "--buka" not in argumen:
        print("kopkit: kunci jawaban untuk fasilitator ada di {0}".format(folder))
        print("        Buka di JupyterLab dengan: python kit.py kunci --buka")
        return 0
    argumen.remove("--buka")
    return jalankan_lab(py, folder, None, argumen)


def perintah_reset(argumen):
    """Arsipkan folder kerja peserta ini dan buat yang baru untuk peserta berikutnya."""
    argumen = list(argumen)
    folder = ambil_opsi(argumen, "--folder-kerja")
    if folder:
        os.environ["KOPKIT_FOLDER_KERJA"] = str(Path(folder).resolve())
    py = siapkan_lingkungan(untuk_uji=False)
    return jalankan([py, "-m", "kopkit.cli", "reset", "--kit", AKAR] + argumen)


def perintah_test(argumen):
    py = siapkan_lingkungan(untuk_uji=True)
    wheelhouse_tanpa_hub = WHEELHOUSE.is_dir() and not any(WHEELHOUSE.glob("jupyterhub-*"))
    if sys.platform.startswith("linux") and not wheelhouse_tanpa_hub:
        # Uji server kelas (tests/test_pelatih_kelas.py) berjalan di Linux. Laptop yang dipasang dari
        # flashdisk (wheelhouse tanpa JupyterHub) tidak perlu server kelas: uji itu dilewati dengan
        # alasan yang disebut, begitu juga bila pemasangan gagal karena tanpa internet.
        try:
            pasang_paket_kelas(py)
        except GagalKit as e:
            print("kopkit: {0} Uji server kelas akan dilewati.".format(e), file=sys.stderr)
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
            raise GagalKit("Argumen tidak dikenal untuk wheelhouse: " + a + "\n" + BANTUAN["wheelhouse"])
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


def pasang_paket_kelas(py):
    """Paket server kelas (requirements/lock-kelas.txt) ke .venv; sekali per isi berkas kunci."""
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


def perintah_kelas(argumen):
    """Server kelas (Linux): paket requirements/lock-kelas.txt (hanya di sini dan untuk uji, tidak di
    laptop peserta), lalu JupyterHub untuk ruangan lewat kopkit.pelatih.kelas."""
    py = siapkan_lingkungan(untuk_uji=False)
    pasang_paket_kelas(py)
    if "--pasang-saja" in argumen:
        return 0
    return jalankan([py, "-m", "kopkit.pelatih.kelas"] + list(argumen), cwd=AKAR)


PERINTAH = {
    "lab": perintah_lab,
    "test": perintah_test,
    "doctor": perintah_kopkit("doctor"),
    "progres": perintah_kopkit("progres"),
    "agenda": perintah_kopkit("agenda"),
    "templat": perintah_kopkit("templat"),
    "rat": perintah_kopkit("rat"),
    "wheelhouse": perintah_wheelhouse,
    "reset": perintah_reset,
    "kunci": perintah_kunci,
    "kelas": perintah_kelas,
}


def main(argv):
    if tuple(sys.version_info[:2]) < PYTHON_MINIMUM:
        print(pesan_python_tua(), file=sys.stderr)
        return 2
    if argv and argv[0] in ("-h", "--help", "bantuan"):
        print(BANTUAN_UMUM)
        return 0
    if not argv or argv[0] not in PERINTAH:
        if argv:
            print("Perintah tidak dikenal: " + argv[0] + "\n", file=sys.stderr)
        print(BANTUAN_UMUM, file=sys.stderr)
        return 2
    if any(a in ("-h", "--help", "--bantuan") for a in argv[1:]):
        print(BANTUAN[argv[0]])
        return 0
    try:
        return PERINTAH[argv[0]](argv[1:])
    except GagalKit as e:
        print("kopkit: " + str(e), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
