"""Panduan fasilitator per modul (``panduan/NN_nama.md``), dibangun dari sumber yang sudah ada
supaya selalu benar: tujuan, poin kunci dan menit dari metadata notebook; pembagian waktu per
bagian dari judul ``##`` pelajaran (menurut banyak selnya, dibagi tepat dengan sisa terbesar);
salah paham yang dituju latihan dari pesan ``SalahUmum`` di ``kopkit.latihan.modul_NN``. Bagian
yang ditulis tangan (bahan diskusi, "hukum atau AD/ART?") ada di ``panduan/sumber/NN_nama.md``.

Bangun ulang: ``python -m kopkit.pelatih.panduan`` (uji memeriksa berkasnya tidak tertinggal).

    >>> pesan = salah_paham_modul("02")
    >>> len(pesan) > 0 and all(p["pesan"] for p in pesan)
    True
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path

__all__ = ["salah_paham_modul", "teks_pesan", "waktu_per_bagian", "susun_panduan", "bangun_panduan"]


def salah_paham_modul(modul: str) -> list[dict]:
    """Pesan kesalahan umum setiap soal latihan modul: [{kode, judul, pesan}], urut kode soal."""
    from kopkit.latihan import Soal

    m = importlib.import_module(f"kopkit.latihan.modul_{modul}")
    soal = sorted((s for s in vars(m).values() if isinstance(s, Soal)),
                  key=lambda s: [int(x) if x.isdigit() else x for x in s.kode.replace("_", ".").split(".")])
    return [{"kode": s.kode, "judul": s.judul, "pesan": teks_pesan(su.pesan)}
            for s in soal for su in getattr(s, "salah_umum", [])]


def teks_pesan(pesan) -> str:
    """Pesan SalahUmum sebagai teks panduan. Pesan berupa fungsi (menyebut angka jawaban
    peserta) diwakili baris pertama docstring-nya, atau namanya.

    >>> teks_pesan("Saring dulu."), teks_pesan(lambda j: f"{j}")
    ('Saring dulu.', '(pesan menyebut angka jawaban peserta: lambda)')
    """
    if not callable(pesan):
        return str(pesan)
    doc = (pesan.__doc__ or "").strip().splitlines()
    nama = pesan.__name__.strip("_<>").replace("_", " ")
    return f"(pesan menyebut angka jawaban peserta: {doc[0] if doc else nama})"


def waktu_per_bagian(notebook, menit: int):
    """Bagian ``##`` pelajaran dengan banyak sel dan menitnya (jumlahnya tepat ``menit``)."""
    import pandas as pd

    from kopkit.dasar.pembagian import bagi_proporsional

    sel = json.loads(Path(notebook).read_text(encoding="utf-8"))["cells"]
    bagian, hitung = ["Pembuka"], [0]
    for c in sel:
        judul = [b for b in "".join(c["source"]).splitlines() if b.startswith("## ")]
        if c["cell_type"] == "markdown" and judul:
            bagian.append(judul[0][3:].strip())
            hitung.append(0)
        hitung[-1] += 1
    t = pd.DataFrame({"bagian": bagian, "sel": hitung})
    t["menit"] = bagi_proporsional(int(menit), t["sel"]).astype(int)
    return t


def susun_panduan(akar, baris_sesi) -> str:
    """Isi markdown panduan satu modul (``baris_sesi``: satu baris dari ``baca_pelajaran``)."""
    akar = Path(akar)
    m, nama = baris_sesi["modul"], Path(baris_sesi["berkas"]).stem
    out = [f"# Panduan fasilitator — Modul {m}: {baris_sesi['judul']}", "",
           "*Berkas ini dibangun oleh `python -m kopkit.pelatih.panduan`; sunting bagian tulisan "
           f"tangan di `panduan/sumber/{nama}.md`, lalu bangun ulang.*", "",
           f"Pelajaran: `notebooks/{baris_sesi['berkas']}` ({baris_sesi['mengajar']} menit) · "
           f"latihan modul {m}: `exercises/{m}_*.ipynb` ({baris_sesi['latihan']} menit setelah pelajaran "
           f"ini) · kunci jawaban: `python kit.py kunci` (hanya untuk fasilitator).", "",
           "## Tujuan", ""]
    out += [f"- {t}" for t in baris_sesi["tujuan"]]
    out += ["", "## Poin kunci yang harus dibawa pulang peserta", ""]
    out += [f"- {t}" for t in baris_sesi["poin_kunci"]]
    out += ["", "## Pembagian waktu pelajaran", "",
            "Menit dibagi menurut banyak sel setiap bagian; sesuaikan dengan kelas Anda.", "",
            "| Bagian | Sel | Menit |", "|---|---:|---:|"]
    for _, b in waktu_per_bagian(akar / "notebooks" / baris_sesi["berkas"],
                                 baris_sesi["mengajar"]).iterrows():
        out.append(f"| {b['bagian']} | {b['sel']} | {b['menit']} |")
    out += ["", f"Latihan: {baris_sesi['latihan']} menit, lalu diskusi kelompok (lihat agenda).", "",
            "## Salah paham yang dituju latihan", "",
            "Pesan di bawah ini muncul di latihan bila peserta membuat kesalahan khas. Bila banyak "
            "peserta mendapat pesan yang sama, bahas di depan kelas.", ""]
    sebelumnya = None
    if int(baris_sesi["latihan"]) == 0:
        out.append(f"Latihan modul {m} dikerjakan setelah pelajaran terakhir modul ini; salah paham "
                   "yang dituju latihannya ada di panduan pelajaran itu.")
    for p in (salah_paham_modul(m) if int(baris_sesi["latihan"]) > 0 else []):
        if p["kode"] != sebelumnya:
            out.append(f"- **{p['judul']}** (`{p['kode']}`)")
            sebelumnya = p["kode"]
        out.append(f"  - {p['pesan']}")
    sumber = akar / "panduan" / "sumber" / f"{nama}.md"
    if sumber.exists():
        out += ["", sumber.read_text(encoding="utf-8").strip()]
    out += ["", "## Bila laptop atau widget bermasalah", "",
            "Lihat [panduan/umum.md](umum.md): langkah yang sama untuk semua modul.", ""]
    return "\n".join(out)


def bangun_panduan(akar) -> list[Path]:
    """Tulis ``panduan/NN_nama.md`` untuk setiap pelajaran; mengembalikan daftar berkasnya."""
    from kopkit.pelatih.agenda import baca_pelajaran

    akar = Path(akar)
    hasil = []
    for _, s in baca_pelajaran(akar).iterrows():
        tujuan = akar / "panduan" / s["berkas"].replace(".ipynb", ".md")
        tujuan.parent.mkdir(exist_ok=True)
        tujuan.write_text(susun_panduan(akar, s), encoding="utf-8", newline="\n")
        hasil.append(tujuan)
    return hasil


if __name__ == "__main__":  # pragma: no cover
    import sys

    for p in bangun_panduan(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()):
        print(p)
