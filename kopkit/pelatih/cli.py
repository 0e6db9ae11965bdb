"""Perintah fasilitator untuk ``kit.py``/``kopkit``: agenda, rekap tes, bahan cetak, kelas."""
from __future__ import annotations

import sys
from pathlib import Path

from kopkit.dasar.argumen import ambil_opsi

__all__ = ["perintah_agenda", "perintah_progres_pelatih", "BANTUAN_AGENDA", "BANTUAN_PROGRES_PELATIH"]

BANTUAN_AGENDA = """kopkit agenda [FOLDER_KIT] [pilihan]   agenda Bimtek dua hari dari metadata notebook
  --mulai 08:00      jam mulai setiap hari (boleh 8.00)
  --selesai 16:00    jam selesai setiap hari
  --hari 2           banyak hari
  --dzuhur 12:00     jam istirahat + salat Dzuhur (60 menit); isi dari jadwal salat setempat
  --ashar 15:00      jam salat Ashar + rehat kopi (15 menit)
  --html F.html      simpan agenda siap cetak
  --excel F.xlsx     simpan agenda ke Excel (tidak menimpa berkas yang ada)"""


def perintah_agenda(argumen: list[str]) -> int:
    """Cetak (dan simpan) agenda dua hari dari notebooks/ dan exercises/ di folder kit."""
    from kopkit.dasar.galat import GalatKopkit, GalatMasukan
    from kopkit.pelatih.agenda import (agenda_html, baca_pelajaran, simpan_agenda_excel,
                                       susun_agenda_bimtek)

    argumen = list(argumen)
    if any(a in ("-h", "--help", "bantuan") for a in argumen):
        print(BANTUAN_AGENDA)
        return 0
    try:
        opsi = {n: ambil_opsi(argumen, "--" + n) for n in ("mulai", "selesai", "hari", "dzuhur",
                                                      "ashar", "html", "excel")}
    except ValueError as e:
        print(f"{e}.\n{BANTUAN_AGENDA}", file=sys.stderr)
        return 2
    akar = Path(argumen[0]) if argumen else Path.cwd()
    try:
        sesi = baca_pelajaran(akar)
        if sesi.empty:
            print(f"Tidak ada notebook pelajaran di {akar / 'notebooks'}. Jalankan dari folder kit.",
                  file=sys.stderr)
            return 1
        kw = {k: opsi[k] for k in ("mulai", "selesai") if opsi[k]}
        if opsi["hari"]:
            kw["hari"] = int(opsi["hari"]) if opsi["hari"].isdigit() else 0
        if opsi["dzuhur"]:
            kw["dzuhur"] = (opsi["dzuhur"], 60)
        if opsi["ashar"]:
            kw["ashar"] = (opsi["ashar"], 15)
        agenda = susun_agenda_bimtek(sesi, **kw)
        for h, per_hari in agenda.groupby("hari"):
            print(f"\nHari ke-{h}")
            print(per_hari[["mulai", "selesai", "menit", "kegiatan"]].to_string(index=False))
        judul = "Agenda Bimtek Pengelolaan Koperasi"
        if opsi["html"]:
            tujuan = Path(opsi["html"])
            if tujuan.exists():
                print(f"{tujuan} sudah ada dan tidak ditimpa. Pilih nama lain.", file=sys.stderr)
                return 1
            tujuan.write_text(agenda_html(agenda, judul), encoding="utf-8")
            print(f"\nAgenda siap cetak: {tujuan}")
        if opsi["excel"]:
            print(f"Agenda Excel: {simpan_agenda_excel(agenda, opsi['excel'], judul)}")
        return 0
    except GalatKopkit as e:
        print(str(e), file=sys.stderr)
        return 2 if isinstance(e, GalatMasukan) else 1


BANTUAN_PROGRES_PELATIH = """kopkit progres tes F1.json F2.json|FOLDER ... [--ekspor rekap_tes.xlsx]
        (fasilitator) kenaikan skor pra-tes -> pasca-tes per peserta dan modul, dan kelas
kopkit progres kelas [FOLDER_KELAS] [--ekspor rekap_tes.xlsx]
        (fasilitator) sama, langsung dari folder peserta di server kelas (bawaan: kelas/)"""


def _kumpulkan_json(jalur: list[str]) -> list[Path]:
    berkas = []
    for p in map(Path, jalur):
        berkas += sorted(p.rglob("progres.json")) or sorted(p.glob("*.json")) if p.is_dir() else [p]
    return berkas


def perintah_progres_pelatih(argumen: list[str]) -> int:
    """``progres tes ...`` dan ``progres kelas ...``: rekap kemajuan dan kenaikan skor tes."""
    from kopkit.dasar.galat import GalatKopkit, GalatMasukan
    from kopkit.latihan import progres
    from kopkit.pelatih.kelas import berkas_progres_kelas
    from kopkit.pelatih.tes import kenaikan_skor, simpan_kenaikan_excel

    argumen = list(argumen)
    if len(argumen) < 1 or any(a in ("-h", "--help") for a in argumen):
        print(BANTUAN_PROGRES_PELATIH)
        return 0 if argumen else 2
    jenis = argumen.pop(0)
    try:
        ekspor = ambil_opsi(argumen, "--ekspor")
    except ValueError as e:
        print(f"{e}.\n{BANTUAN_PROGRES_PELATIH}", file=sys.stderr)
        return 2
    if jenis == "kelas":
        berkas = berkas_progres_kelas(Path(argumen[0]) if argumen else Path("kelas"))
    else:
        berkas = _kumpulkan_json(argumen)
    if not berkas:
        print("Tidak ada berkas kemajuan (progres.json) yang ditemukan.\n" + BANTUAN_PROGRES_PELATIH,
              file=sys.stderr)
        return 1
    try:
        if jenis == "kelas":
            print("Kemajuan latihan per peserta:")
            print(progres.gabung(berkas).fillna("-").to_string())
        per, kelas = kenaikan_skor(berkas)
        print("\nKenaikan skor pra-tes -> pasca-tes per peserta (persen benar; kosong = belum ikut):")
        print(per.to_string(index=False, na_rep="-"))
        print("\nRata-rata kelas per modul:")
        print(kelas.to_string(index=False, na_rep="-"))
        for d in kelas.attrs.get("dilewati", []):
            print(f"Dilewati (rusak): {d}", file=sys.stderr)
        if ekspor:
            print(f"\nRekap disimpan di {simpan_kenaikan_excel(per, kelas, ekspor)}")
        return 0
    except GalatKopkit as e:
        print(str(e), file=sys.stderr)
        return 2 if isinstance(e, GalatMasukan) else 1
