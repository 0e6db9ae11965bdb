"""Catatan kemajuan latihan di laptop peserta, untuk dikumpulkan fasilitator.

Setiap ``cek()`` menulis hasilnya ke ``progres.json`` di folder data pengguna (bukan di folder
kit), sehingga tetap ada setelah kernel dimulai ulang. Penulisan atomik (berkas sementara lalu
``os.replace``); berkas yang rusak tidak dihapus, melainkan disimpan sebagai cadangan.

Folder: ``KOPKIT_DATA_DIR`` bila diatur, selain itu folder data aplikasi sistem operasi
(Windows: ``%LOCALAPPDATA%\\kopkit``, Linux: ``~/.local/share/kopkit``).

    >>> import os, tempfile; os.environ["KOPKIT_DATA_DIR"] = tempfile.mkdtemp()
    >>> catat("00_mulai.1", "salah"); catat("00_mulai.1", "benar")
    >>> baca()["soal"]["00_mulai.1"]["status"], baca()["soal"]["00_mulai.1"]["percobaan"]
    ('benar', 2)
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

__all__ = ["folder_data", "berkas_progres", "baca", "tulis", "catat", "ringkasan", "gabung"]

NAMA_BERKAS = "progres.json"
VERSI = 1
_STATUS_JAWABAN = {"benar", "belum", "salah"}


def folder_data() -> Path:
    """Folder data kopkit milik pengguna ini (dibuat bila belum ada saat menulis)."""
    if os.environ.get("KOPKIT_DATA_DIR"):
        return Path(os.environ["KOPKIT_DATA_DIR"])
    import platformdirs

    return Path(platformdirs.user_data_dir("kopkit", appauthor=False))


def berkas_progres() -> Path:
    return folder_data() / NAMA_BERKAS


def _kosong() -> dict:
    return {"versi": VERSI, "peserta": os.environ.get("KOPKIT_PESERTA", ""), "soal": {}}


def _sekarang() -> str:
    return datetime.now().isoformat(timespec="seconds")


def baca() -> dict:
    """Isi catatan kemajuan. Berkas rusak dipindah ke ``progres.json.rusak-<waktu>`` dan
    dilaporkan; catatan baru dimulai kosong tanpa menghapus apa pun."""
    berkas = berkas_progres()
    if not berkas.exists():
        return _kosong()
    try:
        isi = json.loads(berkas.read_text(encoding="utf-8"))
        if not isinstance(isi, dict) or not isinstance(isi.get("soal"), dict):
            raise ValueError("struktur tidak dikenal")
        return isi
    except (ValueError, UnicodeDecodeError) as e:
        cadangan = berkas.with_name(f"{NAMA_BERKAS}.rusak-{datetime.now():%Y%m%d-%H%M%S}")
        os.replace(berkas, cadangan)
        print(f"kopkit: catatan kemajuan {berkas} rusak ({e}); disimpan sebagai {cadangan.name} "
              "dan catatan baru dimulai. Berikan berkas cadangan itu ke fasilitator bila perlu.",
              file=sys.stderr)
        return _kosong()


def tulis(isi: dict) -> None:
    """Tulis catatan secara atomik: tidak pernah setengah tertulis, walau listrik padam."""
    berkas = berkas_progres()
    berkas.parent.mkdir(parents=True, exist_ok=True)
    fd, sementara = tempfile.mkstemp(prefix=".progres-", suffix=".json", dir=berkas.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(isi, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(sementara, berkas)
    except BaseException:
        Path(sementara).unlink(missing_ok=True)
        raise


def catat(kode: str, status: str) -> None:
    """Catat satu kejadian: hasil cek (benar/belum/salah) atau permintaan petunjuk/solusi.

    Tidak pernah menggagalkan latihan: bila folder tidak dapat ditulisi, cukup diberi tahu.
    """
    try:
        isi = baca()
        s = isi["soal"].setdefault(kode, {"status": "belum", "percobaan": 0, "petunjuk": 0,
                                          "lihat_solusi": False, "pertama_benar": None})
        if status in _STATUS_JAWABAN:
            if status != "belum":
                s["percobaan"] += 1
            # Sekali benar tetap tercatat benar, walau kemudian sel dijalankan ulang tanpa jawaban.
            if s["status"] != "benar":
                s["status"] = status
            if status == "benar" and not s["pertama_benar"]:
                s["pertama_benar"] = _sekarang()
        elif status == "petunjuk":
            s["petunjuk"] += 1
        elif status == "solusi":
            s["lihat_solusi"] = True
        s["terakhir"] = _sekarang()
        tulis(isi)
    except OSError as e:
        print(f"kopkit: kemajuan tidak tersimpan ({e}). Latihan tetap bisa dilanjutkan; jalankan "
              "'kopkit doctor' untuk memeriksa folder data.", file=sys.stderr)


def ringkasan(isi: dict | None = None):
    """Kemajuan sebagai tabel: satu baris per soal (kode, status, percobaan, petunjuk, solusi)."""
    import pandas as pd

    isi = baca() if isi is None else isi
    baris = [{"kode": k, **{c: v.get(c) for c in ("status", "percobaan", "petunjuk",
                                                   "lihat_solusi", "pertama_benar")}}
             for k, v in sorted(isi["soal"].items())]
    return pd.DataFrame(baris, columns=["kode", "status", "percobaan", "petunjuk",
                                        "lihat_solusi", "pertama_benar"])


def gabung(berkas_berkas) -> "object":
    """Gabungkan progres.json dari banyak laptop menjadi satu tabel peserta × soal.

    Nama peserta diambil dari isian ``peserta`` atau, bila kosong, dari nama berkasnya
    (fasilitator menamai berkas saat mengumpulkan, mis. ``siti.json``).
    """
    import pandas as pd

    from kopkit.dasar.galat import GalatBerkas

    potongan = []
    for p in map(Path, berkas_berkas):
        try:
            isi = json.loads(p.read_text(encoding="utf-8"))
            tabel = ringkasan(isi)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise GalatBerkas(f"Berkas kemajuan tidak dapat dibaca: {e}.", berkas=str(p),
                              saran="Ambil ulang progres.json dari laptop peserta itu.") from None
        tabel.insert(0, "peserta", isi.get("peserta") or p.stem)
        potongan.append(tabel)
    if not potongan:
        return pd.DataFrame(columns=["peserta"])
    semua = pd.concat(potongan, ignore_index=True)
    return semua.pivot_table(index="peserta", columns="kode", values="status", aggfunc="first")
