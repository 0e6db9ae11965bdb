"""Pemeriksaan statis setiap notebook di notebooks/ dan exercises/ (tanpa menjalankannya;
menjalankan adalah tugas nbval). Satu uji per notebook per aturan, supaya kegagalan menyebut berkasnya.

Aturan:
- nbformat 4 yang sah; ``metadata.kopkit`` lengkap (modul, judul, jenis, tujuan, menit; poin_kunci
  untuk pelajaran);
- sel kode dijalankan berurutan 1..n tanpa lubang (notebook pelajaran wajib tersimpan dengan keluaran;
  salinan latihan peserta boleh bersih sama sekali: tanpa nomor eksekusi dan tanpa keluaran);
- tidak ada keluaran galat kecuali di sel bertanda ``# NBVAL_RAISES_EXCEPTION``;
- tidak ada path absolut dari komputer pembuatnya (sumber maupun keluaran, termasuk traceback);
- tanpa state widget; ukuran < 500 KB.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

AKAR = Path(__file__).resolve().parents[1]
FOLDER_NOTEBOOK = ("notebooks", "exercises")
JENIS = {"pelajaran", "latihan", "kunci"}
UKURAN_MAKS = 500 * 1024
TANDA_GALAT = "# NBVAL_RAISES_EXCEPTION"
# Path absolut yang bocor dari komputer pembuat notebook (Linux, macOS, Windows).
PATH_ABSOLUT = re.compile(
    r"(?<![\w.:/])(?:/work/|/root/|/home/|/Users/|/tmp/|/private/var/|/var/folders/|/opt/)"
    r"|(?<![A-Za-z0-9])[A-Za-z]:\\"
)
MIME_TEKS = ("text/plain", "text/html", "text/markdown", "text/latex", "application/json")
KODE_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def semua_notebook() -> list[Path]:
    hasil = []
    for folder in FOLDER_NOTEBOOK:
        hasil += [p for p in (AKAR / folder).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
    return sorted(hasil)


NOTEBOOK = semua_notebook()
ID = [p.relative_to(AKAR).as_posix() for p in NOTEBOOK]
per_notebook = pytest.mark.parametrize("path", NOTEBOOK, ids=ID)


def baca(path: Path):
    return nbformat.read(path, as_version=nbformat.NO_CONVERT)


def sel_kode(nb) -> list:
    return [s for s in nb.cells if s.cell_type == "code"]


def teks_keluaran(keluaran) -> list[str]:
    """Semua teks yang tampil dari satu keluaran (gambar base64 tidak termasuk)."""
    if keluaran.output_type == "stream":
        return [keluaran.text]
    if keluaran.output_type == "error":
        return [keluaran.ename, keluaran.evalue] + [KODE_ANSI.sub("", t) for t in keluaran.traceback]
    data = keluaran.get("data", {})
    hasil = []
    for mime in MIME_TEKS:
        if mime in data:
            isi = data[mime]
            hasil.append(isi if isinstance(isi, str) else json.dumps(isi))
    return hasil


def test_ada_notebook_pembuka():
    assert (AKAR / "notebooks" / "00_mulai.ipynb").is_file()
    assert NOTEBOOK


@per_notebook
def test_nbformat_sah(path):
    nb = baca(path)
    assert nb.nbformat == 4
    nbformat.validate(nb)


@per_notebook
def test_metadata_kopkit(path):
    meta = baca(path).metadata.get("kopkit")
    assert isinstance(meta, dict), "metadata notebook tidak punya 'kopkit'"
    for kunci in ("modul", "judul", "jenis", "tujuan", "menit"):
        assert kunci in meta, f"metadata.kopkit tidak punya '{kunci}'"
    assert isinstance(meta["modul"], str) and re.fullmatch(r"\d{2}", meta["modul"]), meta["modul"]
    assert isinstance(meta["judul"], str) and meta["judul"].strip()
    assert meta["jenis"] in JENIS, f"jenis '{meta['jenis']}' bukan salah satu {sorted(JENIS)}"
    assert isinstance(meta["tujuan"], list) and meta["tujuan"], "tujuan harus daftar yang tidak kosong"
    assert all(isinstance(t, str) and t.strip() for t in meta["tujuan"])
    menit = meta["menit"]
    assert isinstance(menit, dict) and set(menit) >= {"mengajar", "latihan"}, menit
    for k in ("mengajar", "latihan"):
        assert type(menit[k]) is int and menit[k] >= 0, f"menit.{k} harus bilangan bulat >= 0"
    if meta["jenis"] == "pelajaran":
        poin = meta.get("poin_kunci")
        assert isinstance(poin, list) and poin, "notebook pelajaran wajib punya poin_kunci"
        assert all(isinstance(t, str) and t.strip() for t in poin)


@per_notebook
def test_dijalankan_berurutan(path):
    nb = baca(path)
    berisi = [s for s in sel_kode(nb) if s.source.strip()]
    nomor = [s.execution_count for s in berisi]
    bersih = all(n is None for n in nomor) and not any(s.outputs for s in sel_kode(nb))
    if bersih and nb.metadata.get("kopkit", {}).get("jenis") in ("latihan", "kunci"):
        return  # salinan latihan yang sengaja dibagikan bersih
    hilang = [i for i, n in enumerate(nomor) if n is None]
    assert not hilang, (f"sel kode ke-{[i + 1 for i in hilang]} belum dijalankan; jalankan notebook "
                        "dengan: python tools/notebook.py jalankan " + path.relative_to(AKAR).as_posix())
    assert nomor == list(range(1, len(berisi) + 1)), (
        f"nomor eksekusi {nomor}: notebook harus dijalankan sekali dari atas ke bawah di kernel baru")


@per_notebook
def test_tanpa_galat_tak_terduga(path):
    for i, sel in enumerate(sel_kode(baca(path)), 1):
        galat = [k for k in sel.outputs if k.output_type == "error"]
        if galat and TANDA_GALAT not in sel.source:
            pytest.fail(f"sel kode ke-{i} menyimpan galat {galat[0].ename}: {galat[0].evalue}")


@per_notebook
def test_tanpa_path_absolut(path):
    temuan = []
    for i, sel in enumerate(baca(path).cells, 1):
        teks = [sel.source] + [t for k in sel.get("outputs", []) for t in teks_keluaran(k)]
        for t in teks:
            for m in PATH_ABSOLUT.finditer(t):
                temuan.append(f"sel ke-{i}: ...{t[max(0, m.start() - 30): m.end() + 30]}...")
    assert not temuan, "path absolut dari komputer pembuat:\n" + "\n".join(temuan[:10])


@per_notebook
def test_tanpa_state_widget(path):
    nb = baca(path)
    assert "widgets" not in nb.metadata, "metadata.widgets (state widget) harus dibuang"
    for sel in sel_kode(nb):
        for k in sel.outputs:
            assert "application/vnd.jupyter.widget-state+json" not in k.get("data", {})


@per_notebook
def test_ukuran_kecil(path):
    ukuran = path.stat().st_size
    assert ukuran < UKURAN_MAKS, f"{ukuran // 1024} KB; batas 500 KB (kurangi tabel/gambar besar)"


def test_pola_path_absolut_tidak_salah_tangkap():
    # Pola di atas harus menangkap path komputer pembuat, tetapi bukan URL atau path relatif.
    for buruk in ["/work/main/kopkit/data.py", "File /root/.local/x", "C:\\Users\\ani\\kit",
                  "'/home/budi/kit'", "/tmp/tmpab12/x.xlsx"]:
        assert PATH_ABSOLUT.search(buruk), buruk
    for baik in ["https://example.org/home/x", "datasets/anggota.csv", "../notebooks/00_mulai.ipynb",
                 "Rp 1.250.000", "rasio 2:1", "lihat folder data/"]:
        assert not PATH_ABSOLUT.search(baik), baik


def test_sanitize_cfg():
    """tests/sanitize.cfg terbaca seperti nbval membacanya, dan polanya mengganti yang acak saja."""
    from nbval.plugin import get_sanitize_patterns

    berkas = AKAR / "tests" / "sanitize.cfg"
    teks = berkas.read_bytes().decode("ascii")  # nbval membuka tanpa encoding: harus ASCII
    pola = get_sanitize_patterns(teks)
    assert len(pola) == teks.count("\nregex: ") == 5

    def bersihkan(s: str) -> str:
        for regex, ganti in pola:
            s = re.sub(regex, ganti, s)
        return s

    # Yang berubah tiap kali dijalankan menjadi sama setelah dibersihkan.
    pasangan = [
        ("<Figure at 0x7f3a2b1c>", "<Figure at 0x55d0e1f0aa>"),
        ("disimpan ke /tmp/tmpk3j2/laporan.xlsx", "disimpan ke /tmp/tmpzz91/laporan.xlsx"),
        ("C:\\Users\\ani\\AppData\\Local\\Temp\\tmp1\\a.xlsx", "C:\\Users\\budi\\AppData\\Local\\Temp\\q\\a.xlsx"),
        ("dibuat 2026-11-28 00:35:05.123456", "dibuat 2026-12-01T13:02:59"),
        ('<style type="text/css">#T_1a2b3_row0_col0 {', '<style type="text/css">#T_9f8e7_row0_col0 {'),
    ]
    for a, b in pasangan:
        assert a != b and bersihkan(a) == bersihkan(b), (a, b)
    # Angka uang, tanggal data dan tengah malam data tidak boleh disentuh.
    for tetap in ["Rp 18.750.000", "2025-01-01", "Timestamp('2025-12-31 00:00:00')", "SHU 125000000",
                  "A0001", "BKM-2025-0001"]:
        assert bersihkan(tetap) == tetap, tetap
