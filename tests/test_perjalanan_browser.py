"""Perjalanan peserta di JupyterLab sungguhan (Chromium headless), di FOLDER KERJA, bukan di kit.

Folder kerja dibuat dari kit seperti `kit.py lab` (tanpa kunci jawaban); latihan 01 dibuka dan
dijalankan (Run All); soal 2 dijawab seperti peserta: salah ("ekuitas"), lalu teks tanpa tanda
kutip (sel gagal: penjelasan Indonesia di bawah sel, dan cek() menyebut sel itu, bukan jawaban
lama), lalu benar. Catatan kemajuan mencatat ketiga percobaan; berkas kit tidak berubah.
Kedua simulator diuji di tests/test_pasar_browser.py dan tests/test_shu_browser.py.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from test_browser import AKAR, BATAS_WAKTU_MS, ServerJupyter, chromium, notebook_dijalankan, sidik  # noqa: F401

pytestmark = pytest.mark.lambat

LATIHAN = "exercises/01_pembukuan.ipynb"
VARIABEL = "jenis_simpanan_sukarela"

JS_CARI_SEL = """(variabel) => {
    const nb = window.jupyterapp.shell.currentWidget.content;
    return nb.widgets.findIndex(c => c.model.type === 'code'
        && c.model.sharedModel.getSource().includes(variabel + ' = ____'));
}"""
JS_JALANKAN = """async ([indeks, kode]) => {
    const app = window.jupyterapp, nb = app.shell.currentWidget.content;
    nb.widgets[indeks].model.sharedModel.setSource(kode);
    nb.activeCellIndex = indeks;
    await app.commands.execute('notebook:run-cell-and-select-next');
    await app.commands.execute('notebook:run-cell');
}"""
JS_KELUARAN = """(indeks) => {
    const sel = window.jupyterapp.shell.currentWidget.content.widgets[indeks];
    return JSON.stringify(sel.model.outputs.toJSON());
}"""


@pytest.fixture(scope="module")
def server_kerja(tmp_path_factory, chromium):  # noqa: F811
    from kopkit.latihan import ruang_kerja

    tmp = tmp_path_factory.mktemp("perjalanan")
    kerja = tmp / "Dokumen" / "kopkit"
    ruang_kerja.siapkan(AKAR, kerja)
    s = ServerJupyter(kerja, tmp)
    # Di folder kerja autosave boleh (itulah gunanya); kit tetap tidak tersentuh.
    (tmp / "pengaturan" / "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings").write_text(
        json.dumps({"autosave": True}), encoding="utf-8")
    try:
        s.mulai()
        yield s, kerja
    finally:
        s.hentikan()


def _teks(halaman, indeks: int) -> str:
    """Teks keluaran sebuah sel dari model notebook (tidak bergantung pada sel yang tergambar)."""
    bagian = []
    for o in json.loads(halaman.evaluate(JS_KELUARAN, indeks)):
        isi = o.get("text") or o.get("data", {}).get("text/plain", "")
        bagian.append("".join(isi) if isinstance(isi, list) else isi)
    return "\n".join(bagian)


def _tunggu_keluaran(halaman, indeks: int, harus: str, sebelumnya: str = "") -> str:
    batas, teks = time.monotonic() + BATAS_WAKTU_MS / 1000, ""
    while time.monotonic() < batas:
        teks = _teks(halaman, indeks)
        if harus in teks and teks != sebelumnya:
            return teks
        time.sleep(0.2)
    raise AssertionError(f"keluaran sel {indeks} tidak memuat {harus!r}: {teks}")


def test_peserta_menjawab_salah_gagal_lalu_benar_di_folder_kerja(chromium, server_kerja, tmp_path):  # noqa: F811
    server, kerja = server_kerja
    kit_sebelum = sidik(AKAR / LATIHAN)
    assert not (kerja / "exercises" / "kunci").exists()
    with notebook_dijalankan(chromium, server, LATIHAN, tmp_path / "profil") as h:
        h.wait_for_function(f"() => ({JS_CARI_SEL})('{VARIABEL}') >= 0")
        jawab = h.evaluate(JS_CARI_SEL, VARIABEL)
        cek = jawab + 1
        _tunggu_keluaran(h, cek, "Belum dijawab")  # Run All selesai sampai soal ini

        h.evaluate(JS_JALANKAN, [jawab, f'{VARIABEL} = "ekuitas"'])
        salah = _tunggu_keluaran(h, cek, "Belum tepat")
        assert "Simpanan pokok dan wajib memang ekuitas" in salah

        h.evaluate(JS_JALANKAN, [jawab, f"{VARIABEL} = liabilitas"])
        gagal = _tunggu_keluaran(h, cek, "belum berhasil dijalankan", salah)
        assert 'tulis di antara tanda kutip: "liabilitas"' in gagal, gagal
        keluaran_jawab = _teks(h, jawab)
        assert "Python belum mengerti sel ini" in keluaran_jawab

        h.evaluate(JS_JALANKAN, [jawab, f'{VARIABEL} = "liabilitas"'])
        _tunggu_keluaran(h, cek, "Benar!", gagal)
    catatan = json.loads((Path(server.env["KOPKIT_DATA_DIR"]) / "progres.json").read_text(encoding="utf-8"))
    soal = catatan["soal"]["01_pembukuan.2"]
    assert soal["status"] == "benar" and soal["percobaan"] == 3 and soal["dari_kunci"] is False
    assert sidik(AKAR / LATIHAN) == kit_sebelum, "latihan di folder kit berubah"


JS_TEKS_HTML = """() => Array.from(document.querySelectorAll('.jupyter-widgets.widget-html'))
    .map(e => e.textContent.trim()).join('\\n')"""


def test_peserta_memakai_kedua_simulator_di_folder_kerja(chromium, server_kerja, tmp_path):  # noqa: F811
    """Issue 12 butir 1 dan 7, seperti peserta mengetik: harga robusta Rp25.000 di TikTok
    Shop/Tokopedia dengan diskon Rp3.500 menampilkan harga agar tidak rugi Rp28.772 DAN harga untuk
    target; persen cadangan "37,5" diketik dengan koma menjadi 37,5 (bukan 37)."""
    import re

    from playwright.sync_api import expect

    from kopkit.dasar.uang import format_rupiah
    from kopkit.pasar.analisis import NAMA_KANAL

    server, _ = server_kerja
    with notebook_dijalankan(chromium, server, "notebooks/05_pasar_online.ipynb", tmp_path / "p1") as h:
        kotak = h.locator(".jupyter-widgets.widget-vbox", has_text="Simulasi harga jual per kanal")
        kotak.wait_for(state="attached")
        kotak.scroll_into_view_if_needed()

        def isian(label):
            return kotak.locator(".widget-text", has=h.locator("label", has_text=re.compile(rf"^{label}$")))

        kotak.locator(".widget-dropdown", has=h.locator("label", has_text=re.compile(r"^Kanal$"))) \
            .locator("select").select_option(label=NAMA_KANAL["tiktok_tokopedia"])
        for label, teks in [(r"Harga pokok \(Rp\)", "22.000"), (r"Diskon penjual \(Rp\)", "Rp3.500"),
                            (r"Harga jual \(Rp\)", "25.000")]:
            kotak_isian = isian(label).locator("input")
            kotak_isian.scroll_into_view_if_needed()
            kotak_isian.fill(teks)
            kotak_isian.press("Enter")
        info = kotak.locator(".widget-html").nth(1)
        expect(info).to_contain_text(f"agar tidak rugi: {format_rupiah(28_772)}", timeout=BATAS_WAKTU_MS)
        expect(info).to_contain_text("untuk target laba", timeout=BATAS_WAKTU_MS)
        teks_harga = info.text_content()
    assert "Rugi" in teks_harga and format_rupiah(37_467) in teks_harga

    with notebook_dijalankan(chromium, server, "notebooks/02_shu.ipynb", tmp_path / "p2") as h:
        ketik = h.locator(".jupyter-widgets.widget-text input").first
        ketik.wait_for(state="visible")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('Aturan sah')")
        ketik.scroll_into_view_if_needed()
        ketik.fill("37,5")
        ketik.press("Enter")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('97,5%')")
        teks_shu = h.evaluate(JS_TEKS_HTML)
    assert "⚠" in teks_shu and "kurang 2,5" in teks_shu
