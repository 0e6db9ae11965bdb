"""Generator notebook latihan: satu sumber → salinan peserta + kunci jawaban (salinan uji).

Sumber: ``exercises/sumber/NN_nama.py`` dalam format "percent":

    # %% [metadata]
    # {"modul": "00", "judul": "...", "jenis": "latihan", "tujuan": [...],
    #  "menit": {"mengajar": 0, "latihan": 20}, "modul_latihan": "kopkit.latihan.modul_00"}
    # %% [markdown]
    # # Latihan 00 ...
    # %%
    # from kopkit.latihan.modul_00 import *
    # %% @soal soal1

Arahan ``# %% @soal soal1`` menjadi tiga sel: jawaban (peserta: templat ``____``; kunci: kode
solusi soal itu), ``soal1.cek()`` (dibandingkan nbval), dan bantuan (peserta: petunjuk/solusi
dikomentari; kunci: dijalankan). Solusi hanya ada di satu tempat: objek soal di
``kopkit/latihan/modul_NN.py``.

    python -m kopkit.latihan.bangun            # bangun & jalankan semua latihan
    python -m kopkit.latihan.bangun 00_mulai   # satu latihan saja
"""
from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
from pathlib import Path

__all__ = ["sel_dari_percent", "notebook_baru", "bersihkan", "jalankan_notebook", "bangun_latihan", "main"]

FOLDER_SUMBER = Path("exercises") / "sumber"
FOLDER_PESERTA = Path("exercises")
FOLDER_KUNCI = Path("exercises") / "kunci"


# --------------------------------------------------------------------------- notebook umum
def sel_dari_percent(teks: str) -> list[dict]:
    """Pecah teks format percent menjadi sel ``{'cell_type', 'judul', 'source'}``."""
    sel, sekarang = [], None
    for baris in teks.splitlines():
        if baris.startswith("# %%"):
            kepala = baris[4:].strip()
            jenis = "markdown" if kepala.startswith("[markdown]") else "code"
            sekarang = {"cell_type": jenis, "judul": kepala, "baris": []}
            sel.append(sekarang)
            continue
        if sekarang is None:
            continue
        if sekarang["cell_type"] == "markdown" or sekarang["judul"] == "[metadata]":
            baris = baris[2:] if baris.startswith("# ") else baris.lstrip("#")
        sekarang["baris"].append(baris)
    for s in sel:
        while s["baris"] and not s["baris"][-1].strip():
            s["baris"].pop()
        while s["baris"] and not s["baris"][0].strip():
            s["baris"].pop(0)
        s["source"] = "\n".join(s.pop("baris"))
    return sel


def notebook_baru(sel: list[dict], metadata_kopkit: dict | None = None):
    import nbformat

    nb = nbformat.v4.new_notebook()
    for s in sel:
        buat = nbformat.v4.new_markdown_cell if s["cell_type"] == "markdown" else nbformat.v4.new_code_cell
        sel = buat(s["source"])
        if s.get("tags"):  # penanda nbval sebagai tag sel, bukan komentar yang dibaca peserta
            sel.metadata["tags"] = list(s["tags"])
        nb.cells.append(sel)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    if metadata_kopkit is not None:
        nb.metadata["kopkit"] = metadata_kopkit
    bersihkan(nb)
    return nb


def bersihkan(nb) -> None:
    """Buang yang berubah-ubah atau berat: state widget, waktu eksekusi; id sel stabil."""
    nb.metadata.pop("widgets", None)
    for i, sel in enumerate(nb.cells):
        sel.metadata.pop("execution", None)
        sel["id"] = f"sel-{i:03d}"
        for keluaran in sel.get("outputs", []):
            keluaran.get("data", {}).pop("application/vnd.jupyter.widget-view+json", None)


def jalankan_notebook(nb, folder: Path, timeout: int = 600):
    """Jalankan notebook di kernel baru (progres ke folder sementara), lalu bersihkan."""
    from nbclient import NotebookClient

    lama = os.environ.get("KOPKIT_DATA_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KOPKIT_DATA_DIR"] = tmp
        try:
            NotebookClient(nb, timeout=timeout, kernel_name="python3",
                           resources={"metadata": {"path": str(folder)}}).execute()
        finally:
            if lama is None:
                os.environ.pop("KOPKIT_DATA_DIR", None)
            else:
                os.environ["KOPKIT_DATA_DIR"] = lama
    bersihkan(nb)
    return nb


# --------------------------------------------------------------------------- latihan
def _sel_soal(nama: str, soal, untuk_kunci: bool) -> list[dict]:
    if untuk_kunci:
        jawaban = soal.kode_solusi
        bantuan = [f"{nama}.petunjuk()"]
        bantuan += [f"{nama}.petunjuk({i})" for i in range(2, len(soal._petunjuk) + 1)]
        bantuan += [f"{nama}.solusi()"]
    else:
        jawaban = "# Tulis jawaban Anda di bawah ini, lalu jalankan sel ini.\n" + soal.templat()
        bantuan = ["# Butuh bantuan? Hapus tanda # di depan baris, lalu jalankan sel ini.",
                   f"# {nama}.petunjuk()"]
        bantuan += [f"# {nama}.petunjuk({i})" for i in range(2, len(soal._petunjuk) + 1)]
        bantuan += [f"# {nama}.solusi()"]
    return [
        {"cell_type": "code", "source": jawaban},
        {"cell_type": "code", "source": f"{nama}.cek()", "tags": ["nbval-check-output"]},
        {"cell_type": "code", "source": "\n".join(bantuan)},
    ]


def bangun_latihan(sumber: Path, untuk_kunci: bool):
    """Notebook (belum dijalankan) dari satu berkas sumber latihan."""
    sel = sel_dari_percent(sumber.read_text(encoding="utf-8"))
    if not sel or sel[0]["judul"] != "[metadata]":
        raise ValueError(f"{sumber}: sel pertama harus '# %% [metadata]' berisi JSON")
    meta = json.loads(sel.pop(0)["source"])
    modul = importlib.import_module(meta["modul_latihan"])
    meta = dict(meta, jenis="kunci" if untuk_kunci else "latihan")
    hasil = []
    for s in sel:
        if s["judul"].startswith("@soal"):
            nama = s["judul"].split()[1]
            hasil += _sel_soal(nama, getattr(modul, nama), untuk_kunci)
        else:
            hasil.append(s)
    if untuk_kunci:
        hasil.insert(0, {"cell_type": "markdown", "source": (
            "> **Kunci jawaban untuk fasilitator** — dibuat otomatis dari "
            f"`exercises/sumber/{sumber.name}`; jangan disunting langsung. Peserta memakai "
            f"`exercises/{sumber.stem}.ipynb`.")})
    return notebook_baru(hasil, meta)


def tujuan(sumber: Path, akar: Path, untuk_kunci: bool) -> Path:
    folder = FOLDER_KUNCI if untuk_kunci else FOLDER_PESERTA
    return akar / folder / f"{sumber.stem}.ipynb"


def main(argv: list[str] | None = None) -> int:
    import nbformat

    argv = sys.argv[1:] if argv is None else argv
    akar = Path.cwd()
    semua = sorted((akar / FOLDER_SUMBER).glob("*.py"))
    pilihan = [s for s in semua if not argv or s.stem in argv]
    if not pilihan:
        print(f"Tidak ada sumber latihan yang cocok di {akar / FOLDER_SUMBER}.", file=sys.stderr)
        return 2
    for sumber in pilihan:
        for untuk_kunci in (False, True):
            keluar = tujuan(sumber, akar, untuk_kunci)
            keluar.parent.mkdir(parents=True, exist_ok=True)
            print(f"membangun {keluar.relative_to(akar)} ...", flush=True)
            nb = jalankan_notebook(bangun_latihan(sumber, untuk_kunci), keluar.parent)
            nbformat.write(nb, keluar)
    return 0


if __name__ == "__main__":
    sys.exit(main())
