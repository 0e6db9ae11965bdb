"""Alat pengembang untuk notebook kopkit (bukan untuk peserta).

    python tools/notebook.py jalankan NOTEBOOK.ipynb [...]   jalankan dari atas ke bawah di kernel
                                                             baru, simpan keluarannya, bersihkan
    python tools/notebook.py dari-py SUMBER.py TUJUAN.ipynb  ubah berkas format "percent"
                                                             (# %% / # %% [markdown]) jadi notebook

Notebook yang disimpan: keluaran tersimpan (nbval membandingkan sel # NBVAL_CHECK_OUTPUT),
tanpa state widget, tanpa waktu eksekusi, nomor eksekusi berurutan. Progres latihan selama
menjalankan ditulis ke folder sementara, bukan ke folder data pengguna.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]


def sel_dari_percent(teks: str) -> list[dict]:
    """Pecah teks format percent menjadi daftar sel {'cell_type', 'source', 'judul'}."""
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
        if sekarang["cell_type"] == "markdown":
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
        if s["cell_type"] == "markdown":
            nb.cells.append(nbformat.v4.new_markdown_cell(s["source"]))
        else:
            nb.cells.append(nbformat.v4.new_code_cell(s["source"]))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    if metadata_kopkit is not None:
        nb.metadata["kopkit"] = metadata_kopkit
    return nb


def bersihkan(nb) -> None:
    """Buang yang berubah-ubah atau berat: state widget, waktu eksekusi, id acak tetap stabil."""
    nb.metadata.pop("widgets", None)
    for i, sel in enumerate(nb.cells):
        sel.metadata.pop("execution", None)
        sel["id"] = f"sel-{i:03d}"
        for keluaran in sel.get("outputs", []):
            data = keluaran.get("data", {})
            data.pop("application/vnd.jupyter.widget-state+json", None)


def jalankan(path: Path, timeout: int = 600) -> None:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KOPKIT_DATA_DIR"] = tmp
        NotebookClient(nb, timeout=timeout, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    bersihkan(nb)
    nbformat.write(nb, path)


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "jalankan":
        for p in argv[1:]:
            print(f"menjalankan {p} ...", flush=True)
            jalankan(Path(p).resolve())
        return 0
    if len(argv) == 3 and argv[0] == "dari-py":
        import nbformat

        teks = Path(argv[1]).read_text(encoding="utf-8")
        sel = sel_dari_percent(teks)
        meta = None
        if sel and sel[0]["judul"] == "[metadata]":
            meta = json.loads("\n".join(b.lstrip("# ") for b in sel.pop(0)["source"].splitlines()))
        nbformat.write(notebook_baru(sel, meta), argv[2])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
