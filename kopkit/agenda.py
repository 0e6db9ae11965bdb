"""Agenda Bimtek yang disusun dari metadata notebook pelajaran dan latihan.

Setiap notebook menyimpan ``metadata.kopkit`` (lihat ``notebooks/README.md``): modul, judul,
jenis, tujuan, poin kunci, dan menit mengajar/latihan. Dari situ fasilitator mendapat jadwal
berjam-jam tanpa menghitung sendiri.

    >>> import pandas as pd
    >>> sesi = pd.DataFrame({"modul": ["00", "01"], "judul": ["Mulai", "Pembukuan"],
    ...                      "mengajar": [45, 90], "latihan": [20, 40]})
    >>> susun_agenda(sesi, mulai="08:00")[["hari", "mulai", "selesai", "kegiatan"]].head(3).values.tolist()
    [[1, '08:00', '08:45', 'Mulai — pelajaran'], [1, '08:45', '09:05', 'Mulai — latihan'], [1, '09:05', '10:35', 'Pembukuan — pelajaran']]
"""
from __future__ import annotations

import json
from pathlib import Path

__all__ = ["baca_metadata", "baca_jam", "susun_agenda"]


def baca_metadata(folder_notebook, folder_latihan=None):
    """Tabel metadata pelajaran: modul, judul, mengajar, latihan (menit), tujuan, poin_kunci.

    Menit latihan diambil dari notebook latihan modul yang sama bila ada.
    """
    import pandas as pd

    baris = []
    for p in sorted(Path(folder_notebook).glob("*.ipynb")):
        meta = json.loads(p.read_text(encoding="utf-8")).get("metadata", {}).get("kopkit")
        if not meta or meta.get("jenis") != "pelajaran":
            continue
        baris.append({"modul": meta["modul"], "judul": meta["judul"], "berkas": p.name,
                      "mengajar": int(meta["menit"]["mengajar"]),
                      "latihan": int(meta["menit"].get("latihan", 0)),
                      "tujuan": meta.get("tujuan", []), "poin_kunci": meta.get("poin_kunci", [])})
    if folder_latihan is not None:
        for p in sorted(Path(folder_latihan).glob("*.ipynb")):
            meta = json.loads(p.read_text(encoding="utf-8")).get("metadata", {}).get("kopkit", {})
            sama = [b for b in baris if meta.get("jenis") == "latihan" and meta.get("modul") == b["modul"]]
            if sama:  # modul yang pelajarannya dipecah (01a, 01b): latihan sesudah bagian terakhir saja
                sama[-1]["latihan"] = int(meta["menit"]["latihan"])
    return pd.DataFrame(baris, columns=["modul", "judul", "berkas", "mengajar", "latihan",
                                        "tujuan", "poin_kunci"])


def baca_jam(jam: str) -> int:
    """Jam dinding menjadi menit sejak tengah malam; "08:00", "8.00", "08.00", "8" dan "8.30"
    (cara Indonesia) diterima.

    >>> baca_jam("8.00"), baca_jam("08:30"), baca_jam("13")
    (480, 510, 780)
    """
    import re

    from kopkit.dasar.galat import GalatMasukan

    cocok = re.fullmatch(r"\s*(\d{1,2})(?:[.:](\d{2}))?\s*", str(jam))
    if cocok:
        j, m = int(cocok.group(1)), int(cocok.group(2) or 0)
        if j < 24 and m < 60:
            return j * 60 + m
    raise GalatMasukan(f"Jam '{jam}' tidak dikenali.", saran="tulis jam seperti 08.00 atau 8.30")


def _jam(menit: int) -> str:
    return f"{menit // 60:02d}:{menit % 60:02d}"


def susun_agenda(sesi, mulai: str = "08:00", selesai_hari: str = "16:00",
                 istirahat: tuple[str, int] = ("12:00", 60)):
    """Susun sesi (urut modul) menjadi agenda per hari: pelajaran lalu latihannya, istirahat
    siang pada jam ``istirahat``, dan hari berikutnya bila melewati ``selesai_hari``."""
    import pandas as pd

    menit = baca_jam
    awal, akhir = menit(mulai), menit(selesai_hari)
    jam_istirahat, lama_istirahat = menit(istirahat[0]), istirahat[1]
    hari, sekarang, sudah_istirahat, agenda = 1, awal, False, []
    kegiatan = []
    urut = ["modul", "berkas"] if "berkas" in sesi.columns else ["modul"]
    for _, s in sesi.sort_values(urut, kind="stable").iterrows():
        kegiatan.append((f"{s['judul']} — pelajaran", int(s["mengajar"])))
        if int(s["latihan"]) > 0:
            kegiatan.append((f"{s['judul']} — latihan", int(s["latihan"])))
    for nama, lama in kegiatan:
        if not sudah_istirahat and sekarang + lama > jam_istirahat:
            agenda.append({"hari": hari, "mulai": _jam(sekarang),
                           "selesai": _jam(sekarang + lama_istirahat), "kegiatan": "Istirahat, salat, makan siang"})
            sekarang, sudah_istirahat = sekarang + lama_istirahat, True
        if sekarang + lama > akhir:
            hari, sekarang, sudah_istirahat = hari + 1, awal, False
        agenda.append({"hari": hari, "mulai": _jam(sekarang), "selesai": _jam(sekarang + lama),
                       "kegiatan": nama})
        sekarang += lama
    return pd.DataFrame(agenda, columns=["hari", "mulai", "selesai", "kegiatan"])
