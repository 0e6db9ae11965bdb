"""Widget benar-benar tampil dan bereaksi di JupyterLab sungguhan (bukan hanya di nbval).

Menjalankan JupyterLab dari lingkungan ini di 127.0.0.1, membuka notebooks/00_mulai.ipynb di
Chromium headless (chromium Debian lewat paket Python ``playwright``; tidak pernah
``playwright install``), Run All, lalu menggeser slider dengan keyboard dan memeriksa bahwa
keluaran yang terhubung ikut berubah, tanpa "Error displaying widget" (gejala ipywidgets dan
jupyterlab_widgets tidak sepasang).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.lambat

AKAR = Path(__file__).resolve().parents[1]
NOTEBOOK = "notebooks/00_mulai.ipynb"
# Bendera yang terbukti jalan di mesin ini (CONVENTIONS.md, bagian Widgets).
BENDERA_CHROMIUM = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Pengaturan JupyterLab untuk uji: tanpa autosave (berkas di repo tidak boleh berubah), tanpa
# tawaran berita/pembaruan dari internet (notifikasinya bisa menutupi tombol).
PENGATURAN_LAB = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
}
BATAS_WAKTU_MS = 90_000


def port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerJupyter:
    """Satu JupyterLab di 127.0.0.1 dengan token acak; semua foldernya di folder sementara."""

    def __init__(self, root: Path, tmp: Path):
        self.root, self.tmp = root, tmp
        self.port, self.token = port_bebas(), secrets.token_hex(16)
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp / "jupyter.log"
        pengaturan = tmp / "pengaturan"
        for nama, isi in PENGATURAN_LAB.items():
            berkas = pengaturan / nama
            berkas.parent.mkdir(parents=True, exist_ok=True)
            berkas.write_text(json.dumps(isi), encoding="utf-8")
        # Konfigurasi, runtime, workspace, riwayat IPython dan progres latihan: jangan sentuh
        # milik pengguna, dan jangan terpengaruh olehnya.
        self.env = {
            **os.environ,
            "JUPYTER_CONFIG_DIR": str(tmp / "config"),
            "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
            "JUPYTER_DATA_DIR": str(tmp / "data-jupyter"),  # kunci tanda tangan notebook, dll.
            "JUPYTERLAB_SETTINGS_DIR": str(pengaturan),
            "JUPYTERLAB_WORKSPACES_DIR": str(tmp / "workspaces"),
            "IPYTHONDIR": str(tmp / "ipython"),
            "KOPKIT_DATA_DIR": str(tmp / "data-kopkit"),
            "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        }
        self.proses: subprocess.Popen | None = None

    def mulai(self, batas_detik: float = 90) -> None:
        perintah = [
            sys.executable, "-m", "jupyterlab", "--no-browser",
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}", "--allow-root",
            "--LabApp.expose_app_in_browser=True", f"--ServerApp.root_dir={self.root}",
        ]
        with open(self.log, "wb") as log:
            self.proses = subprocess.Popen(perintah, stdout=log, stderr=subprocess.STDOUT, env=self.env,
                                           cwd=self.tmp, start_new_session=os.name != "nt")
        akhir = time.monotonic() + batas_detik
        while time.monotonic() < akhir:
            if self.proses.poll() is not None:
                raise RuntimeError(f"JupyterLab berhenti (kode {self.proses.returncode}):\n{self.isi_log()}")
            try:
                with urllib.request.urlopen(self.api("status"), timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.3)
        raise RuntimeError(f"JupyterLab tidak menjawab dalam {batas_detik} detik:\n{self.isi_log()}")

    def api(self, jalur: str) -> str:
        return f"{self.url}/api/{jalur}?token={self.token}"

    def isi_log(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]

    def hentikan(self) -> None:
        """Matikan server beserta kernelnya; tidak ada proses yang tertinggal."""
        if self.proses is None:
            return
        import psutil

        try:
            anak = psutil.Process(self.proses.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            anak = []
        if self.proses.poll() is None:
            try:  # jalur resmi: server mematikan kernel-kernelnya sendiri
                urllib.request.urlopen(urllib.request.Request(self.api("shutdown"), method="POST"),
                                       timeout=5).close()
            except (urllib.error.URLError, OSError):
                pass
            try:
                self.proses.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proses.terminate()
                try:
                    self.proses.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.proses.kill()
                    self.proses.wait(timeout=10)
        for p in anak:  # kernel yang masih hidup (mis. server dibunuh paksa)
            try:
                p.kill()
            except psutil.NoSuchProcess:
                pass
        psutil.wait_procs(anak, timeout=10)
        if os.name != "nt":
            try:
                os.killpg(self.proses.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def sidik(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("chromium tidak ada di PATH (Debian: apt-get install chromium; .ci/run memasangnya)")
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory, chromium):
    s = ServerJupyter(AKAR, tmp_path_factory.mktemp("jupyter"))
    try:
        s.mulai()
        yield s
    finally:
        s.hentikan()


JS_STATUS_KERNEL = """(nama) => {
    const app = window.jupyterapp;
    const w = app && app.shell.currentWidget;
    if (!w || !w.context || !w.context.path.endsWith(nama) || !w.sessionContext) return null;
    const k = w.sessionContext.session && w.sessionContext.session.kernel;
    return k ? k.connectionStatus : null;
}"""
JS_TEKS_OUTPUT = """() => Array.from(document.querySelectorAll('.jupyter-widgets.widget-output'))
    .map(e => e.innerText.trim()).join('\\n')"""
JS_OUTPUT_MENGIKUTI = f"""([awal, nilai]) => {{
    const t = ({JS_TEKS_OUTPUT})();
    return t !== awal && new RegExp('(^|\\\\D)' + nilai + '(\\\\D|$)').test(t);
}}"""


@contextlib.contextmanager
def notebook_dijalankan(chromium: str, server: ServerJupyter, notebook: str, profil: Path):
    """Chromium baru → buka ``notebook`` di JupyterLab → tunggu kernel tersambung → Run All lewat
    menu, seperti peserta. Menghasilkan halaman Playwright; Chromium ditutup sesudahnya."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        konteks = p.chromium.launch_persistent_context(
            str(profil), executable_path=chromium, headless=True, args=BENDERA_CHROMIUM,
            viewport={"width": 1280, "height": 900})
        try:
            halaman = konteks.pages[0] if konteks.pages else konteks.new_page()
            halaman.set_default_timeout(BATAS_WAKTU_MS)
            halaman.goto(f"{server.url}/lab/tree/{notebook}?token={server.token}&reset")
            # "idle" di toolbar belum cukup: Run All yang dikirim sebelum websocket tersambung hilang.
            halaman.wait_for_function(JS_STATUS_KERNEL, arg=Path(notebook).name, timeout=BATAS_WAKTU_MS)
            halaman.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
            halaman.locator('[data-command="runmenu:run-all"]').click()
            yield halaman
        finally:
            konteks.close()


def jalankan_dan_geser(chromium: str, server: ServerJupyter, notebook: str, profil: Path) -> dict:
    """Buka notebook, Run All, geser slider pertama 3 langkah ke kanan; kembalikan pengamatan."""
    from playwright.sync_api import expect

    hasil = {}
    with notebook_dijalankan(chromium, server, notebook, profil) as halaman:
        slider = halaman.locator(".jupyter-widgets.widget-slider").first
        slider.wait_for(state="visible")
        halaman.wait_for_function(f"() => ({JS_TEKS_OUTPUT})().length > 0")
        hasil["readout_awal"] = slider.locator(".widget-readout").inner_text().strip()
        hasil["output_awal"] = halaman.evaluate(JS_TEKS_OUTPUT)
        slider.locator(".noUi-handle").focus()
        for _ in range(3):
            halaman.keyboard.press("ArrowRight")
        # IntSlider: tiga langkah ke kanan = nilai awal + 3 (expect menunggu sampai tercapai).
        expect(slider.locator(".widget-readout")).to_have_text(str(int(hasil["readout_awal"]) + 3))
        hasil["readout_akhir"] = slider.locator(".widget-readout").inner_text().strip()
        # Tunggu sampai keluaran selesai mengikuti nilai terakhir (bukan nilai antara).
        halaman.wait_for_function(JS_OUTPUT_MENGIKUTI, arg=[hasil["output_awal"], hasil["readout_akhir"]])
        hasil["output_akhir"] = halaman.evaluate(JS_TEKS_OUTPUT)
        hasil["teks_halaman"] = halaman.locator("body").inner_text()
        hasil["html_halaman"] = halaman.content()
    return hasil


def test_slider_00_mulai_bereaksi_di_jupyterlab(chromium, server, tmp_path):
    berkas = AKAR / NOTEBOOK
    assert berkas.is_file(), f"{NOTEBOOK} belum ada"
    sebelum = sidik(berkas)
    try:
        h = jalankan_dan_geser(chromium, server, NOTEBOOK, tmp_path / "profil-chromium")
    except Exception as e:
        raise AssertionError(f"{type(e).__name__}: {e}\n--- log JupyterLab ---\n{server.isi_log()}") from None
    assert "Error displaying widget" not in h["html_halaman"]
    assert "Error displaying widget" not in h["teks_halaman"]
    assert int(h["readout_akhir"]) == int(h["readout_awal"]) + 3, (h["readout_awal"], h["readout_akhir"])
    assert h["output_awal"] and h["output_akhir"] != h["output_awal"]
    # Keluaran yang terhubung menyebut nilai slider yang baru (mis. "s.d. bulan 6").
    assert re.search(rf"(^|\D){h['readout_akhir']}(\D|$)", h["output_akhir"]), h["output_akhir"]
    assert sidik(berkas) == sebelum, "notebook di repo berubah selama uji (autosave?)"
