"""Agenda Bimtek dua hari, disusun dari metadata notebook pelajaran dan latihan.

Urutan: pembukaan dan pra-tes; setiap modul (pelajaran, latihan, diskusi kelompok); pasca-tes,
evaluasi, penutupan. Rehat kopi, makan siang + salat Dzuhur, dan salat Ashar diletakkan pada
jam yang diberikan fasilitator (jadwal salat berbeda per kota dan per tanggal: isi dari jadwal
Kemenag setempat). Pelajaran yang terpotong rehat dilanjutkan sesudahnya.

    >>> import pandas as pd
    >>> sesi = pd.DataFrame({"modul": ["00"], "judul": ["Mulai"], "mengajar": [45],
    ...                      "latihan": [20]})
    >>> a = susun_agenda_bimtek(sesi, mulai="8.00")
    >>> a[["hari", "mulai", "kegiatan"]].head(2).values.tolist()
    [[1, '08:00', 'Pembukaan dan perkenalan'], [1, '08:30', 'Pra-tes (pilihan ganda)']]
"""
from __future__ import annotations

import kopkit.dasar.excel as _excel

import json
from pathlib import Path

from kopkit.dasar.galat import GalatMasukan

__all__ = ["baca_pelajaran", "susun_agenda_bimtek", "periksa_menit", "agenda_html",
           "simpan_agenda_excel", "ke_menit", "ke_jam"]

#: Rehat boleh diundur paling lama sekian menit agar kegiatan tidak terpotong kecil.
_TELAT = 10
KOLOM = ["hari", "mulai", "selesai", "menit", "kegiatan", "jenis", "modul"]


def ke_menit(jam: str) -> int:
    """Jam "08:00", "8.00" atau "8" menjadi menit sejak tengah malam (pembaca jam kit:
    :func:`kopkit.agenda.baca_jam`).

    >>> ke_menit("8.00"), ke_menit("13:30")
    (480, 810)
    """
    from kopkit.agenda import baca_jam

    return baca_jam(jam)


def ke_jam(menit: int) -> str:
    """Menit sejak tengah malam menjadi "JJ:MM".

    >>> ke_jam(495)
    '08:15'
    """
    return f"{menit // 60:02d}:{menit % 60:02d}"


def baca_pelajaran(akar) -> "object":
    """Metadata pelajaran di ``akar/notebooks`` dan ``akar/exercises`` (lihat
    :func:`kopkit.agenda.baca_metadata`), ditambah banyak sel setiap notebook pelajaran
    (kolom ``sel``) untuk memeriksa kewajaran menitnya."""
    from kopkit.agenda import baca_metadata

    akar = Path(akar)
    sesi = baca_metadata(akar / "notebooks", akar / "exercises")
    sesi["sel"] = [len(json.loads((akar / "notebooks" / b).read_text(encoding="utf-8"))["cells"])
                   for b in sesi["berkas"]]
    return sesi


def periksa_menit(sesi, batas: float = 2.0):
    """Pelajaran yang sel-per-menitnya jauh dari yang lain (lebih dari ``batas`` kali atau
    kurang dari 1/``batas`` kali median): menitnya mungkin tidak wajar.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"modul": ["00", "01", "02"], "sel": [30, 60, 200],
    ...                   "mengajar": [45, 75, 60]})
    >>> periksa_menit(s)["modul"].tolist()
    ['02']
    """
    rasio = sesi["sel"] / sesi["mengajar"]
    tengah = rasio.median()
    hasil = sesi.assign(sel_per_menit=rasio.round(2))
    return hasil[(rasio > tengah * batas) | (rasio < tengah / batas)]


def _kegiatan(sesi, *, diskusi, pembukaan, pra_tes, pasca_tes, evaluasi, penutupan):
    # (kegiatan, jenis, menit, modul, boleh dipotong rehat)
    daftar = [("Pembukaan dan perkenalan", "pembukaan", pembukaan, "", False),
              ("Pra-tes (pilihan ganda)", "tes", pra_tes, "", False)]
    urut = sesi.sort_values(["modul", "berkas"] if "berkas" in sesi else "modul", kind="stable")
    terakhir = urut.groupby("modul").tail(1).index  # diskusi sekali per modul, setelah pelajaran terakhirnya
    for i, s in urut.iterrows():
        m = str(s["modul"])
        daftar.append((f"Modul {m} — {s['judul']}: pelajaran", "pelajaran", int(s["mengajar"]), m, True))
        if int(s["latihan"]) > 0:
            daftar.append((f"Modul {m}: latihan", "latihan", int(s["latihan"]), m, True))
        if diskusi > 0 and i in terakhir:
            daftar.append((f"Modul {m}: diskusi kelompok", "diskusi", diskusi, m, False))
    daftar += [("Pasca-tes (pilihan ganda)", "tes", pasca_tes, "", False),
               ("Evaluasi pelatihan (angket)", "evaluasi", evaluasi, "", False),
               ("Penutupan dan sertifikat", "penutupan", penutupan, "", False)]
    return [d for d in daftar if d[2] > 0]


def susun_agenda_bimtek(sesi, *, mulai: str = "08:00", selesai: str = "17:00", hari: int = 2,
                        rehat_pagi: tuple[str, int] = ("10:00", 15),
                        dzuhur: tuple[str, int] = ("12:00", 60),
                        ashar: tuple[str, int] = ("15:00", 15),
                        diskusi: int = 10, ulasan: int = 10, pembukaan: int = 30,
                        pra_tes: int = 20, pasca_tes: int = 20, evaluasi: int = 15,
                        penutupan: int = 20):
    """Agenda ``hari`` hari: satu baris per kegiatan (hari, mulai, selesai, menit, kegiatan,
    jenis, modul). Jam boleh "08:00" atau "8.00"; rehat berupa (jam, menit). Bila kegiatan
    tidak muat, galat menyebut berapa menit kurangnya."""
    awal, akhir = ke_menit(mulai), ke_menit(selesai)
    rehat = sorted((ke_menit(j), int(m), nama) for (j, m), nama in [
        (rehat_pagi, "Rehat kopi"), (dzuhur, "Istirahat, salat Dzuhur, makan siang"),
        (ashar, "Salat Ashar dan rehat kopi")] if int(m) > 0)
    if akhir <= awal:
        raise GalatMasukan(f"Jam selesai {selesai} tidak setelah jam mulai {mulai}.",
                           saran="Contoh: --mulai 08:00 --selesai 17:00.")
    kegiatan = _kegiatan(sesi, diskusi=diskusi, pembukaan=pembukaan, pra_tes=pra_tes,
                         pasca_tes=pasca_tes, evaluasi=evaluasi, penutupan=penutupan)
    baris, h, t, antre = [], 1, awal, [r for r in rehat if awal <= r[0] < akhir]

    def tambah(lama, nama, jenis, modul=""):
        nonlocal t
        baris.append({"hari": h, "mulai": ke_jam(t), "selesai": ke_jam(t + lama), "menit": lama,
                      "kegiatan": nama, "jenis": jenis, "modul": modul})
        t += lama

    def ambil_rehat():
        j, lama, nama = antre.pop(0)
        tambah(lama, nama, "rehat")

    for nama, jenis, lama, modul, potong in kegiatan:
        sisa, bagian = lama, 0
        while sisa > 0:
            batas = antre[0][0] if antre else akhir
            if antre and t >= batas:
                ambil_rehat()
                continue
            muat = batas - t
            if sisa <= muat or (antre and sisa - muat <= _TELAT):
                # Lewat sedikit dari jam rehat: rehat diundur paling lama _TELAT menit.
                tambah(sisa, nama + (" (lanjutan)" if bagian else ""), jenis, modul)
                sisa = 0
            elif potong and muat >= 15 and sisa - muat >= 10:
                tambah(muat, nama + (" (lanjutan)" if bagian else ""), jenis, modul)
                sisa, bagian = sisa - muat, bagian + 1
            elif antre:
                ambil_rehat()  # rehat dimajukan sedikit agar kegiatan tidak terpotong kecil
            else:
                h, t = h + 1, awal
                if h > hari:
                    kurang = sum(k[2] for k in kegiatan[kegiatan.index((nama, jenis, lama, modul, potong)):])
                    raise GalatMasukan(
                        f"Agenda tidak muat dalam {hari} hari: masih ada sekitar {kurang} menit "
                        "kegiatan.", saran="Perpanjang jam selesai, kurangi menit diskusi, atau "
                        "tambah hari.")
                antre[:] = [r for r in rehat if awal <= r[0] < akhir]
                if ulasan > 0:
                    tambah(ulasan, f"Ulasan hari ke-{h - 1}", "ulasan")
    import pandas as pd

    return pd.DataFrame(baris, columns=KOLOM)


_WARNA = {"rehat": "#f3f0e6", "tes": "#e8f0fb", "pembukaan": "#eef7ee", "penutupan": "#eef7ee",
          "evaluasi": "#e8f0fb", "diskusi": "#fbf1e8"}


def agenda_html(agenda, judul: str, *, tempat: str = "") -> str:
    """Agenda sebagai satu halaman HTML yang siap dicetak (satu tabel per hari)."""
    from html import escape

    bagian = [f"<h1>{escape(judul)}</h1>"]
    if tempat:
        bagian.append(f"<p>{escape(tempat)}</p>")
    for h, per_hari in agenda.groupby("hari"):
        bagian.append(f"<h2>Hari ke-{h}</h2><table><tr><th>Waktu</th><th>Menit</th>"
                      "<th>Kegiatan</th></tr>")
        for _, b in per_hari.iterrows():
            warna = _WARNA.get(b["jenis"], "#ffffff")
            bagian.append(f'<tr style="background:{warna}"><td>{b["mulai"]}–{b["selesai"]}</td>'
                          f'<td class="a">{b["menit"]}</td><td>{escape(b["kegiatan"])}</td></tr>')
        bagian.append("</table>")
    gaya = ("body{font-family:sans-serif;max-width:52rem;margin:2rem auto}table{border-collapse:"
            "collapse;width:100%;margin-bottom:1.5rem}td,th{border:1px solid #999;padding:.3rem "
            ".5rem;text-align:left}td.a{text-align:right}@media print{h2{page-break-before:auto}"
            "tr{page-break-inside:avoid}}")
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{escape(judul)}'
            f"</title><style>{gaya}</style></head><body>{''.join(bagian)}</body></html>")


def simpan_agenda_excel(agenda, berkas, judul: str, *, timpa: bool = False):
    """Simpan agenda ke .xlsx (satu lembar per hari) lewat penulis Excel kopkit; tidak menimpa
    berkas yang sudah ada kecuali ``timpa=True``."""
    from openpyxl.styles import Font

    from kopkit.dasar.excel import periksa_tujuan, simpan_buku_kerja

    path = periksa_tujuan(berkas, timpa=timpa, contoh="agenda_bimtek.xlsx")
    wb = _excel.buku_kerja_baru()
    wb.remove(wb.active)
    for h, per_hari in agenda.groupby("hari"):
        ws = wb.create_sheet(f"Hari {h}")
        _excel.tambah_baris(ws, [f"{judul} — hari ke-{h}"])
        ws["A1"].font = Font(bold=True, size=13)
        _excel.tambah_baris(ws, ["Mulai", "Selesai", "Menit", "Kegiatan"])
        for sel in ws[2]:
            sel.font = Font(bold=True)
        for _, b in per_hari.iterrows():
            _excel.tambah_baris(ws, [b["mulai"], b["selesai"], int(b["menit"]), b["kegiatan"]])
        for kolom, lebar in zip("ABCD", (9, 9, 8, 60)):
            ws.column_dimensions[kolom].width = lebar
    return simpan_buku_kerja(wb, path)
