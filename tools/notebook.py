"""Alat pengembang untuk notebook kopkit (bukan untuk peserta).

    python tools/notebook.py jalankan NOTEBOOK.ipynb [...]   jalankan dari atas ke bawah di kernel
                                                             baru, simpan keluarannya, bersihkan
    python tools/notebook.py dari-py SUMBER.py TUJUAN.ipynb  ubah berkas format "percent"
                                                             (# %% / # %% [markdown]) jadi notebook

Notebook yang disimpan membawa keluarannya (nbval membandingkan sel bertag ``nbval-check-output``),
tanpa state widget dan waktu eksekusi. Progres latihan selama menjalankan ditulis ke folder
sementara, bukan ke folder data pengguna. Latihan dibangun dengan ``python -m kopkit.latihan.bangun``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kopkit.latihan.bangun import jalankan_notebook, notebook_baru, sel_dari_percent


def main(argv: list[str]) -> int:
    import nbformat

    if len(argv) >= 2 and argv[0] == "jalankan":
        for p in map(Path, argv[1:]):
            print(f"menjalankan {p} ...", flush=True)
            nb = jalankan_notebook(nbformat.read(p, as_version=4), p.resolve().parent)
            nbformat.write(nb, p)
        return 0
    if len(argv) == 3 and argv[0] == "dari-py":
        sel = sel_dari_percent(Path(argv[1]).read_text(encoding="utf-8"))
        meta = json.loads(sel.pop(0)["source"]) if sel and sel[0]["judul"] == "[metadata]" else None
        nbformat.write(notebook_baru(sel, meta), argv[2])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
