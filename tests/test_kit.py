"""kit.py di laptop peserta: Python terlalu tua, tanpa internet tanpa wheelhouse, dan pemasangan
tanpa internet dari wheelhouse (lalu uji berjalan di .venv baru itu), serta jalan kedua yang tidak
memasang ulang.

Setiap uji bekerja pada salinan kit di folder sementara; pip dibuat "netral" (tanpa berkas
konfigurasi dan variabel PIP_* mesin ini, yang di sini menunjuk ke gudang wheel lokal), dan bila
bisa, dijalankan di bawah ``unshare -n`` (tanpa jaringan sama sekali).
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.lambat

AKAR = Path(__file__).resolve().parents[1]
INDEKS_MATI = "http://127.0.0.1:9/simple"  # port discard: tidak ada yang menjawab
SALIN_MINIMAL = ["kit.py", "pyproject.toml", "README.md", "requirements"]
ABAIKAN = shutil.ignore_patterns(".git", ".venv", "wheelhouse", "build", "dist", "*.egg-info",
                                 "__pycache__", ".hypothesis", ".ipynb_checkpoints", "hasil")
TRACEBACK = "Traceback (most recent call last)"


def bisa_unshare() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


UNSHARE = bisa_unshare()


def tanpa_jaringan(perintah: list) -> list[str]:
    """Perintah yang sama, tanpa jaringan bila ``unshare -n`` tersedia (selain itu, indeks mati)."""
    perintah = [str(x) for x in perintah]
    return ["unshare", "-n", *perintah] if UNSHARE else perintah


def env_netral(rumah: Path, offline: bool = True) -> dict[str, str]:
    """Lingkungan seperti laptop baru: tanpa konfigurasi pip mesin ini, rumah & cache di tmp."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "CONDA"))}
    rumah.mkdir(parents=True, exist_ok=True)
    env.update({
        "PIP_CONFIG_FILE": os.devnull,  # pip tidak membaca berkas konfigurasi apa pun
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_CACHE_DIR": str(rumah / "cache-pip"),
        "HOME": str(rumah), "USERPROFILE": str(rumah),
        "XDG_CACHE_HOME": str(rumah / ".cache"), "XDG_CONFIG_HOME": str(rumah / ".config"),
        "XDG_DATA_HOME": str(rumah / ".local" / "share"),
        "KOPKIT_DATA_DIR": str(rumah / "data-kopkit"),
    })
    if offline:
        env.update({"PIP_INDEX_URL": INDEKS_MATI, "PIP_RETRIES": "0", "PIP_TIMEOUT": "3"})
    return env


def python_venv(kit: Path) -> Path:
    return kit / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def jalankan(perintah: list, cwd: Path, env: dict, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(x) for x in perintah], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def keterangan(r: subprocess.CompletedProcess) -> str:
    return f"kode {r.returncode}\n--- stdout ---\n{r.stdout[-6000:]}\n--- stderr ---\n{r.stderr[-6000:]}"


def salin_kit_minimal(tujuan: Path) -> Path:
    tujuan.mkdir(parents=True)
    for nama in SALIN_MINIMAL:
        asal = AKAR / nama
        if asal.is_dir():
            shutil.copytree(asal, tujuan / nama)
        else:
            shutil.copy2(asal, tujuan / nama)
    (tujuan / "kopkit").mkdir()
    (tujuan / "kopkit" / "__init__.py").write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    return tujuan


def test_python_terlalu_tua(tmp_path):
    """kit.py dijalankan oleh Python 3.10 (disimulasikan): pesan Indonesia, kode 2, tanpa traceback."""
    kode = textwrap.dedent(f"""
        import runpy, sys
        sys.version_info = (3, 10, 12, "final", 0)
        sys.version = "3.10.12 (main) [GCC]"
        sys.argv = ["kit.py", "lab"]
        runpy.run_path({str(AKAR / "kit.py")!r}, run_name="__main__")
    """)
    r = jalankan([sys.executable, "-c", kode], cwd=tmp_path, env=env_netral(tmp_path / "rumah"), timeout=60)
    assert r.returncode == 2, keterangan(r)
    assert "membutuhkan Python 3.11 atau lebih baru" in r.stderr and "3.10.12" in r.stderr
    assert "python.org" in r.stderr  # cara memperbaiki
    assert TRACEBACK not in r.stdout + r.stderr


def penerjemah_lama() -> list[tuple[str, Path]]:
    """Python < 3.11 yang kebetulan terpasang (pyenv, /usr/bin); kosong di mesin CI biasa."""
    calon = []
    for nama in ["python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "python3.10"]:
        p = shutil.which(nama)
        calon.append(Path(p) if p else None)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if pyenv.is_dir():
        calon += sorted(pyenv.glob("[23].*/bin/python"))
    hasil = {}
    for p in filter(None, calon):
        r = subprocess.run([str(p), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                           capture_output=True, text=True)
        if r.returncode == 0 and tuple(map(int, r.stdout.split("."))) < (3, 11):
            hasil.setdefault(r.stdout.strip(), p)
    return [(v, hasil[v]) for v in sorted(hasil, key=lambda v: tuple(map(int, v.split("."))))]


@pytest.mark.parametrize("versi, python", penerjemah_lama() or [("tidak-ada", None)])
def test_python_tua_sungguhan(versi, python, tmp_path):
    """Dengan Python lama sungguhan (bila ada di mesin ini): kit.py bahkan harus bisa dibaca."""
    if python is None:
        pytest.skip("tidak ada Python < 3.11 di mesin ini; test_python_terlalu_tua menyimulasikannya")
    r = jalankan([python, AKAR / "kit.py", "lab"], cwd=tmp_path, env=env_netral(tmp_path / "rumah"), timeout=60)
    assert r.returncode == 2, keterangan(r)
    assert "membutuhkan Python 3.11" in r.stderr, keterangan(r)
    assert TRACEBACK not in r.stderr and "SyntaxError" not in r.stderr


def isi_wheelhouse_kit() -> list[str] | None:
    """Isi wheelhouse/ di samping kit.py yang diuji (ada di laptop yang disiapkan dengan flashdisk)."""
    folder = AKAR / "wheelhouse"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else None


def test_tanpa_internet_tanpa_wheelhouse(tmp_path):
    kit = salin_kit_minimal(tmp_path / "kit")
    stempel_asli = {p: p.read_bytes() for p in (AKAR / ".venv").glob("kopkit-terpasang*.txt")}
    wheelhouse_asli = isi_wheelhouse_kit()
    r = jalankan(tanpa_jaringan([sys.executable, kit / "kit.py", "doctor"]), cwd=tmp_path,
                 env=env_netral(tmp_path / "rumah"), timeout=300)
    assert r.returncode != 0, keterangan(r)
    assert "wheelhouse" in r.stderr and "Cara memperbaiki" in r.stderr, keterangan(r)
    assert "internet" in r.stderr
    assert TRACEBACK not in r.stdout + r.stderr, keterangan(r)
    # Hanya salinan di tmp yang tersentuh: .venv dibuat di sana, tanpa stempel (belum terpasang).
    assert python_venv(kit).exists()
    assert not list((kit / ".venv").glob("kopkit-terpasang*.txt"))
    # Salinan tanpa wheelhouse tidak memakai, membuat, atau mengubah wheelhouse/ kit asli (yang
    # memang ada di laptop yang disiapkan dari flashdisk).
    assert not (kit / "wheelhouse").exists()
    assert isi_wheelhouse_kit() == wheelhouse_asli
    assert {p: p.read_bytes() for p in (AKAR / ".venv").glob("kopkit-terpasang*.txt")} == stempel_asli


def test_venv_rusak_dibuat_ulang(tmp_path):
    """.venv yang disalin dari komputer lain (Python-nya tidak bisa jalan) dibuat ulang, bukan
    dianggap siap; lalu, tanpa internet, pesan wheelhouse seperti biasa."""
    kit = salin_kit_minimal(tmp_path / "kit")
    py = python_venv(kit)
    py.parent.mkdir(parents=True)
    py.write_text("bukan program\n", encoding="utf-8")  # tidak bisa dijalankan
    (kit / ".venv" / "kopkit-terpasang.txt").write_text("usang\n", encoding="utf-8")
    r = jalankan(tanpa_jaringan([sys.executable, kit / "kit.py", "doctor"]), cwd=tmp_path,
                 env=env_netral(tmp_path / "rumah"), timeout=300)
    assert "rusak atau berasal dari komputer lain" in r.stdout, keterangan(r)
    assert r.returncode != 0 and "wheelhouse" in r.stderr, keterangan(r)
    assert TRACEBACK not in r.stdout + r.stderr, keterangan(r)
    assert subprocess.run([str(py), "-c", "import pip"], capture_output=True).returncode == 0
    assert not (kit / ".venv" / "kopkit-terpasang.txt").exists()


def indeks_paket_terjangkau() -> bool:
    """Apakah pip mesin ini (konfigurasinya apa adanya) bisa membaca indeks paket sekarang?"""
    r = subprocess.run([sys.executable, "-m", "pip", "index", "versions", "pip", "--no-cache-dir",
                        "--disable-pip-version-check", "--timeout", "5", "--retries", "0"],
                       capture_output=True, text=True, timeout=120)
    return r.returncode == 0


@pytest.fixture(scope="module")
def kit_dari_wheelhouse(tmp_path_factory):
    """Salinan kit lengkap + wheelhouse (diunduh dengan internet), lalu pemasangan dan uji tanpa
    internet di .venv baru. Mengembalikan (folder kit, hasil 'kit.py test', lingkungan)."""
    tmp = tmp_path_factory.mktemp("kit-wheelhouse")
    kit = tmp / "kit"
    shutil.copytree(AKAR, kit, ignore=ABAIKAN)
    if (AKAR / "wheelhouse").is_dir():
        # 1a. Laptop yang disiapkan dari flashdisk: wheelhouse/ sudah ada di samping kit.py; pakai
        #     itu (tanpa internet), persis seperti yang akan dilakukan peserta.
        shutil.copytree(AKAR / "wheelhouse", kit / "wheelhouse")
    else:
        # 1b. Di "komputer fasilitator" yang terhubung internet (pip mesin ini apa adanya, dengan cache).
        r = jalankan([sys.executable, kit / "kit.py", "wheelhouse"], cwd=kit, env=dict(os.environ), timeout=900)
        if r.returncode != 0 and not indeks_paket_terjangkau():
            pytest.skip("butuh jaringan: tidak ada wheelhouse/ di samping kit.py dan indeks paket tidak "
                        "terjangkau untuk mengunduhnya (salin wheelhouse/ dari flashdisk untuk menguji ini)")
        assert r.returncode == 0, keterangan(r)
    assert len(list((kit / "wheelhouse").glob("*.whl"))) > 50
    # 2. Di "laptop peserta" tanpa internet: membuat .venv, memasang dari wheelhouse/, lalu menguji
    #    di dalamnya: kecocokan versi dengan kunci, dan doctor.
    env = env_netral(tmp / "rumah")
    r = jalankan(tanpa_jaringan([sys.executable, kit / "kit.py", "test", "tests/test_lingkungan.py",
                                 "tests/test_cli.py", "-q", "-p", "no:cacheprovider"]),
                 cwd=kit, env=env, timeout=900)
    return kit, r, env


def test_pasang_dari_wheelhouse_tanpa_internet(kit_dari_wheelhouse):
    kit, r, env = kit_dari_wheelhouse
    assert r.returncode == 0, keterangan(r)
    assert "memasang paket" in r.stdout and " passed" in r.stdout and "failed" not in r.stdout
    py = python_venv(kit)
    # kopkit di .venv baru berasal dari salinan ini, bukan dari checkout asli.
    kode = ("import kopkit, pandas, numpy, matplotlib, babel, openpyxl, numpy_financial, platformdirs, "
            "jupyterlab, ipywidgets, jupyterlab_widgets, widgetsnbextension, nbval, hypothesis, pytest, "
            "playwright.sync_api, ipykernel; print(kopkit.__file__)")
    r2 = jalankan(tanpa_jaringan([py, "-c", kode]), cwd=kit, env=env, timeout=120)
    assert r2.returncode == 0, keterangan(r2)
    assert Path(r2.stdout.strip()).is_relative_to(kit)
    r3 = jalankan(tanpa_jaringan([py, "-m", "kopkit.cli", "doctor"]), cwd=kit, env=env, timeout=120)
    assert r3.returncode == 0 and "[GAGAL]" not in r3.stdout, keterangan(r3)
    r4 = jalankan([py, "-m", "pip", "check"], cwd=kit, env=env, timeout=120)
    assert r4.returncode == 0, keterangan(r4)


def test_jalan_kedua_tidak_memasang_ulang(kit_dari_wheelhouse):
    kit, r, env = kit_dari_wheelhouse
    assert r.returncode == 0, keterangan(r)
    stempel = sorted((kit / ".venv").glob("kopkit-terpasang*.txt"))
    assert [p.name for p in stempel] == ["kopkit-terpasang-uji.txt", "kopkit-terpasang.txt"]
    waktu = [p.stat().st_mtime_ns for p in stempel]
    r2 = jalankan(tanpa_jaringan([sys.executable, kit / "kit.py", "test", "tests/test_lingkungan.py", "-q"]),
                  cwd=kit, env=env, timeout=300)
    assert r2.returncode == 0, keterangan(r2)
    assert "memasang paket" not in r2.stdout and "membuat lingkungan" not in r2.stdout, keterangan(r2)
    # Set lab sudah terpasang oleh 'test' (kunci uji memuat kunci lab): 'doctor' juga tanpa pasang.
    r3 = jalankan(tanpa_jaringan([sys.executable, kit / "kit.py", "doctor"]), cwd=kit, env=env, timeout=300)
    assert r3.returncode == 0 and "memasang paket" not in r3.stdout, keterangan(r3)
    assert [p.stat().st_mtime_ns for p in stempel] == waktu


def muat_kit():
    spec = importlib.util.spec_from_file_location("kit_uji", AKAR / "kit.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


LINGKUNGAN_PLATFORM = {
    "win": {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows"},
    "macosx": {"os_name": "posix", "sys_platform": "darwin", "platform_system": "Darwin"},
}


@pytest.mark.parametrize("awalan", sorted(LINGKUNGAN_PLATFORM))
def test_wheelhouse_platform_lain_membawa_dependensi_khususnya(awalan, tmp_path, monkeypatch):
    """'pip download --platform' menilai penanda menurut komputer pengunduh; kit.py harus menambah
    sendiri dependensi khusus platform tujuan. Daftar yang dibutuhkan dihitung dari metadata paket
    terpasang, dengan penanda dinilai untuk platform tujuan."""
    from importlib import metadata

    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    target = {**default_environment(), **LINGKUNGAN_PLATFORM[awalan], "extra": ""}
    terpasang = {canonicalize_name(d.metadata["Name"]) for d in metadata.distributions()}
    perlu = set()
    for d in metadata.distributions():
        for teks in d.requires or []:
            r = Requirement(teks)
            if r.marker is not None and "extra" in str(r.marker):
                continue
            if (r.marker is None or r.marker.evaluate(target)) and canonicalize_name(r.name) not in terpasang:
                perlu.add(canonicalize_name(r.name))
    kit = muat_kit()
    assert perlu <= set(map(canonicalize_name, kit.PAKET_KHUSUS_PLATFORM[awalan])), perlu
    # Dan perintah wheelhouse benar-benar meminta paket itu.
    tercatat = []
    monkeypatch.setattr(kit, "jalankan", lambda perintah, **kw: tercatat.append(perintah) or 0)
    platform = {"win": "win_amd64", "macosx": "macosx_11_0_arm64"}[awalan]
    assert kit.perintah_wheelhouse([str(tmp_path / "wh"), "--platform", platform]) == 0
    perintah = [str(x) for x in tercatat[0]]
    assert "--only-binary=:all:" in perintah and platform in perintah
    assert set(kit.PAKET_KHUSUS_PLATFORM[awalan]) <= set(perintah)


def test_wheelhouse_untuk_versi_python_lain(tmp_path, monkeypatch):
    # Peserta dengan Python 3.13 butuh wheel cp313; --python-version tanpa --platform pun berlaku.
    kit = muat_kit()
    tercatat = []
    monkeypatch.setattr(kit, "jalankan", lambda perintah, **kw: tercatat.append(perintah) or 0)
    assert kit.perintah_wheelhouse([str(tmp_path / "wh"), "--python-version", "3.13"]) == 0
    perintah = [str(x) for x in tercatat[0]]
    i = perintah.index("--python-version")
    assert perintah[i + 1] == "3.13" and "--only-binary=:all:" in perintah
    assert "--platform" not in perintah
    assert perintah[perintah.index("-d") + 1] == str(tmp_path / "wh")


def port_bebas() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_lab_terbuka_di_127_0_0_1_dengan_token(kit_dari_wheelhouse):
    """`python kit.py lab --no-browser --port P` (README): server hanya di 127.0.0.1, dengan token,
    membuka notebook awal; argumen tambahan sampai ke JupyterLab; tanpa memasang ulang."""
    import re
    import signal
    import time
    import urllib.error
    import urllib.request

    kit, r, env = kit_dari_wheelhouse
    assert r.returncode == 0, keterangan(r)
    port = port_bebas()
    proses = subprocess.Popen([sys.executable, str(kit / "kit.py"), "lab", "--no-browser", "--port", str(port),
                               "--ServerApp.port_retries=0"], cwd=kit, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, encoding="utf-8", start_new_session=True)
    try:
        alamat, keluaran, batas = None, [], time.monotonic() + 120
        while alamat is None and time.monotonic() < batas:
            baris = proses.stdout.readline()
            if not baris:
                break
            keluaran.append(baris)
            cocok = re.search(rf"http://127\.0\.0\.1:{port}/lab/tree/(\S+)\?token=(\w+)", baris)
            if cocok:
                alamat = cocok
        assert alamat, "".join(keluaran)
        # Alamat yang dicetak kit.py benar-benar dilayani: tunggu server siap.
        while time.monotonic() < batas and not any("is running at" in b for b in keluaran):
            keluaran.append(proses.stdout.readline())
        assert alamat.group(1) == "notebooks/00_mulai.ipynb"
        assert not any("memasang paket" in b for b in keluaran)
        dasar = f"http://127.0.0.1:{port}/api/status"
        while True:  # "is running at" dicetak sesaat sebelum soket benar-benar menerima sambungan
            try:
                with urllib.request.urlopen(f"{dasar}?token={alamat.group(2)}", timeout=10) as jawab:
                    assert jawab.status == 200
                break
            except urllib.error.URLError:
                if time.monotonic() > batas:
                    raise
                time.sleep(0.2)
        with pytest.raises(urllib.error.HTTPError) as tanpa_token:
            urllib.request.urlopen(dasar, timeout=10)
        assert tanpa_token.value.code == 403
        tanpa_token.value.close()
    finally:
        os.killpg(proses.pid, signal.SIGTERM)
        try:
            proses.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proses.pid, signal.SIGKILL)
            proses.wait()
        proses.stdout.close()


@pytest.mark.parametrize("perintah", ["", "lab", "test", "doctor", "progres", "agenda", "reset", "kunci",
                                      "wheelhouse"])
def test_bantuan_indonesia_tanpa_memasang(perintah, tmp_path):
    """`kit.py --help` dan `kit.py PERINTAH --help`: bantuan berbahasa Indonesia, kode 0, tanpa
    membuat .venv (salinan kit minimal) dan tanpa catatan pengembang."""
    kit = salin_kit_minimal(tmp_path / "kit")
    argumen = [perintah, "--help"] if perintah else ["--help"]
    r = jalankan([sys.executable, kit / "kit.py", *argumen], cwd=kit, env=env_netral(tmp_path / "rumah"),
                 timeout=60)
    assert r.returncode == 0, keterangan(r)
    assert "python kit.py" in r.stdout and "f-string" not in r.stdout and TRACEBACK not in r.stderr
    assert not (kit / ".venv").exists()



def test_kemajuan_pemasangan_terlihat_per_paket(tmp_path):
    """Pemasangan tidak lagi diam 2,5 menit: setiap paket pip menjadi "memasang paket i/N"; pesan
    pip yang lain hanya dicetak bila gagal."""
    import io

    kit = muat_kit()
    pip_palsu = tmp_path / "pip_palsu.py"
    pip_palsu.write_text(textwrap.dedent("""
        import sys
        print("Looking in links: wheelhouse")
        print("Processing ./wheelhouse/pandas-3.1.1-cp311-manylinux.whl")
        print("Collecting numpy==2.3.0")
        print("  Using cached numpy-2.3.0.whl")
        print("Requirement already satisfied: six==1.17.0 in ./.venv")
        print("Installing collected packages: six, numpy, pandas")
        print("ERROR: rusak" if sys.argv[1:] == ["gagal"] else "Successfully installed")
        sys.exit(1 if sys.argv[1:] == ["gagal"] else 0)
    """), encoding="utf-8")
    keluar = io.StringIO()
    assert kit.pasang_dengan_kemajuan([sys.executable, pip_palsu], 3, keluar) == 0
    baris = keluar.getvalue().splitlines()
    assert baris[:3] == ["kopkit: memasang paket 1/3: pandas", "kopkit: memasang paket 2/3: numpy",
                         "kopkit: memasang paket 3/3: six"]
    assert "menyalin paket" in baris[3] and "Successfully" not in keluar.getvalue()
    keluar = io.StringIO()
    assert kit.pasang_dengan_kemajuan([sys.executable, pip_palsu, "gagal"], 3, keluar) == 1
    assert "ERROR: rusak" in keluar.getvalue()
    # N adalah banyaknya paket di berkas kunci.
    kunci = tmp_path / "lock.txt"
    kunci.write_text("# komentar\npandas==3.1.1\nnumpy==2.3.0\n\nsix==1.17.0  # dari x\n", encoding="utf-8")
    assert kit.jumlah_paket([kunci, kunci]) == 3
