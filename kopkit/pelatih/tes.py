"""Pra-tes dan pasca-tes: soal pilihan ganda (tabel aturan ``soal_tes``), penilaian langsung,
pencatatan lewat catatan kemajuan latihan, dan kenaikan skor per modul untuk fasilitator.

Setiap jawaban dicatat dengan :func:`kopkit.latihan.progres.catat` sebagai soal berkode
``pra_tes.<nomor>`` atau ``pasca_tes.<nomor>`` (benar/salah). Yang dinilai hanya kiriman pertama:
soal dihitung benar bila statusnya benar pada percobaan pertama.

    >>> hasil = nilai_tes({1: "a", 2: "a"})
    >>> hasil[["nomor", "benar"]].head(2).values.tolist()
    [[1, True], [2, False]]
"""
from __future__ import annotations

import kopkit.dasar.excel as _excel

from pathlib import Path

from kopkit.dasar.galat import GalatMasukan

__all__ = ["JENIS_TES", "muat_soal", "nilai_tes", "catat_tes", "skor_tes", "kenaikan_skor",
           "simpan_kenaikan_excel", "tes_widget"]

JENIS_TES = {"pra": "pra_tes", "pasca": "pasca_tes"}


def muat_soal(pada=None):
    """Soal tes sebagai tabel (nomor, modul, pertanyaan, pilihan_a..d, jawaban, penjelasan)."""
    from kopkit.dasar.aturan import muat_aturan

    return muat_aturan("soal_tes", pada=pada).sort_values("nomor").reset_index(drop=True)


def _awalan(jenis: str) -> str:
    if jenis not in JENIS_TES:
        raise GalatMasukan(f"Jenis tes '{jenis}' tidak dikenal.", saran="Pilih 'pra' atau 'pasca'.")
    return JENIS_TES[jenis]


def nilai_tes(jawaban: dict, soal=None):
    """Nilai jawaban {nomor: huruf}: satu baris per soal dengan kolom ``dijawab`` dan ``benar``."""
    soal = muat_soal() if soal is None else soal
    pilih = [str(jawaban.get(int(n)) or "").strip().lower() for n in soal["nomor"]]
    return soal.assign(dijawab=pilih, benar=[p == j for p, j in zip(pilih, soal["jawaban"])])


def catat_tes(jenis: str, jawaban: dict, soal=None):
    """Nilai lalu catat setiap soal ke catatan kemajuan; mengembalikan tabel nilai."""
    from kopkit.latihan import progres

    awalan = _awalan(jenis)
    hasil = nilai_tes(jawaban, soal)
    for _, b in hasil.iterrows():
        if b["dijawab"]:
            progres.catat(f"{awalan}.{int(b['nomor'])}", "benar" if b["benar"] else "salah")
    return hasil


def skor_tes(isi: dict, jenis: str, soal=None):
    """Skor satu peserta per modul dari isi ``progres.json``: benar, soal, persen (0–100).

    Soal yang dijawab benar baru pada percobaan kedua tidak dihitung benar.
    """
    import pandas as pd

    awalan = _awalan(jenis)
    soal = muat_soal() if soal is None else soal
    catatan = isi.get("soal", {})
    baris = []
    for _, s in soal.iterrows():
        c = catatan.get(f"{awalan}.{int(s['nomor'])}")
        baris.append({"modul": s["modul"], "dikerjakan": c is not None,
                      "benar": bool(c and c.get("status") == "benar" and c.get("percobaan") == 1)})
    t = pd.DataFrame(baris)
    per_modul = t.groupby("modul").agg(benar=("benar", "sum"), soal=("benar", "size"),
                                        dikerjakan=("dikerjakan", "any"))
    per_modul["persen"] = (per_modul["benar"] * 100 / per_modul["soal"]).round(1)
    return per_modul.reset_index()


def kenaikan_skor(berkas_berkas, soal=None):
    """Kenaikan skor pra → pasca per peserta dan modul dari berkas ``progres.json``.

    Mengembalikan (per_peserta, kelas): per_peserta berkolom peserta, modul, pra, pasca,
    kenaikan (poin persen); kelas adalah rata-rata per modul. Berkas yang rusak dilewati dan
    didaftar di ``kelas.attrs["dilewati"]``. Peserta yang belum ikut satu tes tidak punya
    kenaikan (kosong), bukan nol.
    """
    import json

    import pandas as pd

    soal = muat_soal() if soal is None else soal
    potongan, dilewati = [], []
    for p in map(Path, berkas_berkas):
        try:
            isi = json.loads(p.read_text(encoding="utf-8"))
            nama = isi.get("peserta") or (p.parent.name if p.stem == "progres" else p.stem)
            pra, pasca = skor_tes(isi, "pra", soal), skor_tes(isi, "pasca", soal)
        except (OSError, ValueError, AttributeError, TypeError) as e:
            dilewati.append(f"{p}: {e}")
            continue
        t = pd.DataFrame({"peserta": nama, "modul": pra["modul"],
                          "pra": pra["persen"].where(pra["dikerjakan"]),
                          "pasca": pasca["persen"].where(pasca["dikerjakan"])})
        potongan.append(t)
    kolom = ["peserta", "modul", "pra", "pasca", "kenaikan"]
    if not potongan:
        per = pd.DataFrame(columns=kolom)
    else:
        per = pd.concat(potongan, ignore_index=True)
        per["kenaikan"] = per["pasca"] - per["pra"]
    kelas = (per.groupby("modul")[["pra", "pasca", "kenaikan"]].mean().round(1).reset_index()
             if len(per) else pd.DataFrame(columns=["modul", "pra", "pasca", "kenaikan"]))
    kelas.attrs["dilewati"] = dilewati
    return per[kolom], kelas


def simpan_kenaikan_excel(per_peserta, kelas, berkas, *, timpa: bool = False):
    """Simpan rekap kenaikan ke .xlsx (lembar "Kelas" dan "Per peserta"); tidak menimpa."""
    from openpyxl.styles import Font

    from kopkit.dasar.excel import periksa_tujuan, simpan_buku_kerja

    path = periksa_tujuan(berkas, timpa=timpa, contoh="rekap_tes.xlsx")
    wb = _excel.buku_kerja_baru()
    wb.remove(wb.active)
    for nama, tabel, judul in (("Kelas", kelas, ["Modul", "Pra-tes (%)", "Pasca-tes (%)", "Kenaikan (poin)"]),
                               ("Per peserta", per_peserta,
                                ["Peserta", "Modul", "Pra-tes (%)", "Pasca-tes (%)", "Kenaikan (poin)"])):
        ws = wb.create_sheet(nama)
        _excel.tambah_baris(ws, judul)
        for sel in ws[1]:
            sel.font = Font(bold=True)
        for baris in tabel.itertuples(index=False):
            _excel.tambah_baris(ws, [None if isinstance(v, float) and v != v else v for v in baris])
        for i in range(len(judul)):
            ws.column_dimensions[chr(65 + i)].width = 18
    return simpan_buku_kerja(wb, path)


def tes_widget(jenis: str = "pra"):
    """Widget tes: satu pilihan per soal, tombol Kirim, skor langsung per modul. Sekali kirim
    jawaban terkunci (yang dinilai kiriman pertama)."""
    import ipywidgets as w

    awalan = _awalan(jenis)
    soal = muat_soal()
    tombol_pilih = {}
    kotak = [w.HTML(f"<h3>{'Pra-tes' if jenis == 'pra' else 'Pasca-tes'}: "
                    f"{len(soal)} soal pilihan ganda</h3>")]
    for _, s in soal.iterrows():
        r = w.RadioButtons(options=[(f"{h}. {s['pilihan_' + h]}", h) for h in "abcd"], value=None,
                           layout=w.Layout(width="auto"))
        tombol_pilih[int(s["nomor"])] = r
        kotak += [w.HTML(f"<b>{int(s['nomor'])}. {s['pertanyaan']}</b>"), r]
    kirim = w.Button(description="Kirim jawaban", button_style="primary")
    keluaran = w.HTML()

    def saat_kirim(_):
        jawaban = {n: r.value for n, r in tombol_pilih.items()}
        kosong = [str(n) for n, v in jawaban.items() if not v]
        if kosong:
            keluaran.value = f"Belum dijawab: soal {', '.join(kosong)}. Jawab semua dulu."
            return
        hasil = catat_tes(jenis, jawaban, soal)
        for r in tombol_pilih.values():
            r.disabled = True
        kirim.disabled = True
        per = hasil.groupby("modul")["benar"].agg(["sum", "size"])
        baris = "".join(f"<tr><td>Modul {m}</td><td>{int(b['sum'])} dari {int(b['size'])}</td></tr>"
                        for m, b in per.iterrows())
        keluaran.value = (f"<p><b>Skor: {int(hasil['benar'].sum())} dari {len(hasil)}</b> "
                          f"(tercatat sebagai {awalan})</p><table>{baris}</table>")

    kirim.on_click(saat_kirim)
    kotak += [kirim, keluaran]
    tampilan = w.VBox(kotak)
    tampilan.kirim, tampilan.pilihan, tampilan.keluaran = kirim, tombol_pilih, keluaran
    return tampilan
