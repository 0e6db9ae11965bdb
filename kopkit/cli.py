"""Perintah baris kopkit.

    kopkit doctor        periksa kesiapan laptop ini (Python, JupyterLab, widget, data, folder, disk)
    kopkit progres ...   kemajuan latihan; fasilitator: --gabung berkas dari banyak laptop
    kopkit agenda        agenda Bimtek dari metadata notebook (jalankan di folder kit)
    kopkit templat FOLDER [--tahun 2025]   templat Excel data koperasi untuk paket RAT
    kopkit rat FOLDER    periksa data di FOLDER; bila bersih, tulis paket RAT (Excel + HTML cetak + PDF)
    kopkit reset         arsipkan folder kerja peserta ini, siapkan yang baru
    kopkit PERINTAH --help   penjelasan satu perintah

Bisa juga dijalankan sebagai ``python -m kopkit.cli doctor`` atau ``python kit.py doctor``.

Contoh:
    >>> from kopkit.cli import main
    >>> main(["--versi"])  # doctest: +ELLIPSIS
    kopkit ...
    0
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kopkit.dasar.argumen import ambil_opsi

__all__ = ["main", "periksa_semua", "Hasil"]

OK, PERINGATAN, GAGAL = "OK", "PERINGATAN", "GAGAL"
PYTHON_MINIMUM = (3, 11)
GB = 1024**3
MB = 1024**2
DISK_OK = 1 * GB
DISK_PERINGATAN = 200 * MB
# Pasangan yang cocok: ipywidgets mayor -> (jupyterlab_widgets mayor, widgetsnbextension mayor).
# Lihat CONVENTIONS.md bagian Widgets: salah pasangan menampilkan "Error displaying widget".
PASANGAN_WIDGET = {8: (3, 4)}
SARAN_PASANG_ULANG = (
    "jalankan 'python kit.py lab' dari folder kit (memasang versi yang sudah diuji dari "
    "requirements/lock.txt), atau di lingkungan Anda sendiri: "
    "pip install \"ipywidgets>=8.1,<9\" \"jupyterlab_widgets>=3.0.10,<4\" \"widgetsnbextension>=4,<5\""
)


@dataclass(frozen=True)
class Hasil:
    """Hasil satu pemeriksaan: status (OK/PERINGATAN/GAGAL), nama pemeriksaan, keterangan."""

    status: str
    nama: str
    keterangan: str

    def baris(self) -> str:
        return f"[{self.status}]".ljust(13) + f"{self.nama}: {self.keterangan}"


def versi_paket(nama: str) -> str | None:
    """Versi paket terpasang menurut metadata pip, atau None bila tidak terpasang."""
    from importlib import metadata

    try:
        return metadata.version(nama)
    except metadata.PackageNotFoundError:
        return None


def _mayor(versi: str) -> int | None:
    try:
        return int(versi.split(".")[0])
    except ValueError:
        return None


def folder_data() -> Path:
    """Folder data pengguna kopkit (progres latihan); ``KOPKIT_DATA_DIR`` menggantinya.

    Sama persis dengan yang dipakai latihan (``kopkit.latihan.progres.folder_data``), supaya
    doctor memeriksa folder yang benar-benar ditulisi ``cek()``.
    """
    from kopkit.latihan.progres import folder_data as folder_latihan

    return Path(folder_latihan())


# ---------------------------------------------------------------- pemeriksaan untuk 'doctor'

def cek_python() -> Hasil:
    v = sys.version_info
    teks = f"{v[0]}.{v[1]}.{v[2]}"
    if tuple(v[:2]) >= PYTHON_MINIMUM:
        return Hasil(OK, "Python", teks)
    return Hasil(GAGAL, "Python", f"{teks}; kopkit membutuhkan {PYTHON_MINIMUM[0]}.{PYTHON_MINIMUM[1]} "
                 "atau lebih baru. Cara memperbaiki: pasang Python terbaru dari python.org.")


def cek_kopkit() -> Hasil:
    import kopkit

    terpasang = versi_paket("kopkit")
    if terpasang is None:
        return Hasil(PERINGATAN, "kopkit", f"{kopkit.__version__}, tetapi tidak terpasang lewat pip "
                     "(dijalankan langsung dari folder). Cara memperbaiki: python kit.py lab.")
    if terpasang != kopkit.__version__:
        return Hasil(PERINGATAN, "kopkit", f"kode {kopkit.__version__} tetapi metadata pip {terpasang}. "
                     "Cara memperbaiki: pasang ulang dengan python kit.py lab.")
    return Hasil(OK, "kopkit", f"{kopkit.__version__} ({Path(kopkit.__file__).parent})")


def cek_jupyterlab() -> Hasil:
    v = versi_paket("jupyterlab")
    if v is None:
        return Hasil(GAGAL, "JupyterLab", "tidak terpasang. Cara memperbaiki: python kit.py lab.")
    if _mayor(v) != 4:
        return Hasil(PERINGATAN, "JupyterLab", f"{v}; kopkit diuji dengan JupyterLab 4.")
    return Hasil(OK, "JupyterLab", v)


def cek_widget() -> Hasil:
    nama = "ipywidgets / jupyterlab_widgets / widgetsnbextension"
    ipw, jlw, wne = (versi_paket(p) for p in ("ipywidgets", "jupyterlab_widgets", "widgetsnbextension"))
    teks = f"{ipw or 'tidak ada'} / {jlw or 'tidak ada'} / {wne or 'tidak ada'}"
    if ipw is None or jlw is None:
        return Hasil(GAGAL, nama, f"{teks}; keduanya (ipywidgets dan jupyterlab_widgets) wajib ada di "
                     f"lingkungan yang sama dengan JupyterLab. Cara memperbaiki: {SARAN_PASANG_ULANG}.")
    pasangan = PASANGAN_WIDGET.get(_mayor(ipw))
    if pasangan is None:
        return Hasil(GAGAL, nama, f"{teks}; kopkit membutuhkan ipywidgets 8. "
                     f"Cara memperbaiki: {SARAN_PASANG_ULANG}.")
    jlw_perlu, wne_perlu = pasangan
    if _mayor(jlw) != jlw_perlu:
        return Hasil(GAGAL, nama, f"{teks}; tidak sepasang: ipywidgets {_mayor(ipw)}.x harus bersama "
                     f"jupyterlab_widgets {jlw_perlu}.x, kalau tidak widget tampil sebagai "
                     f"\"Error displaying widget\". Cara memperbaiki: {SARAN_PASANG_ULANG}.")
    if wne is not None and _mayor(wne) != wne_perlu:
        return Hasil(GAGAL, nama, f"{teks}; tidak sepasang: ipywidgets {_mayor(ipw)}.x harus bersama "
                     f"widgetsnbextension {wne_perlu}.x. Cara memperbaiki: {SARAN_PASANG_ULANG}.")
    if wne is None:
        return Hasil(PERINGATAN, nama, f"{teks}; widgetsnbextension tidak ada (hanya perlu untuk "
                     "Notebook klasik). Cara memperbaiki: pip install \"widgetsnbextension>=4,<5\".")
    return Hasil(OK, nama, f"{teks} (sepasang)")


def folder_ekstensi_widget() -> list[Path]:
    """Tempat ekstensi JupyterLab widget dicari: lingkungan ini dulu, lalu folder data Jupyter."""
    relatif = Path("labextensions") / "@jupyter-widgets" / "jupyterlab-manager"
    calon = [Path(sys.prefix) / "share" / "jupyter" / relatif]
    try:
        from jupyter_core.paths import jupyter_path
    except ImportError:
        return calon
    return calon + [Path(p) / relatif for p in jupyter_path() if Path(p) / relatif not in calon]


def cek_ekstensi_widget() -> Hasil:
    nama = "Ekstensi widget JupyterLab"
    calon = folder_ekstensi_widget()
    for i, p in enumerate(calon):
        if (p / "package.json").is_file():
            if i == 0:
                return Hasil(OK, nama, f"ada di lingkungan ini ({p})")
            return Hasil(PERINGATAN, nama, f"ada di {p}, bukan di lingkungan ini ({sys.prefix}); "
                         "bisa tidak sepasang dengan ipywidgets di sini. "
                         f"Cara memperbaiki: {SARAN_PASANG_ULANG}.")
    return Hasil(GAGAL, nama, f"@jupyter-widgets/jupyterlab-manager tidak ditemukan (dicari di {calon[0]}); "
                 f"widget akan tampil sebagai \"Error displaying widget\". Cara memperbaiki: {SARAN_PASANG_ULANG}.")


def cek_dataset() -> Hasil:
    from kopkit import data

    nama_nama = data.daftar_dataset()["nama"].tolist()
    if not nama_nama:
        return Hasil(GAGAL, "Dataset bawaan", "tidak ada satu pun dataset di paket kopkit. "
                     "Cara memperbaiki: pasang ulang kopkit dengan python kit.py lab.")
    gagal = []
    for nama in nama_nama:
        try:
            data.muat(nama)
        except Exception as e:  # satu dataset rusak tidak boleh menghentikan yang lain
            gagal.append(f"{nama} ({type(e).__name__}: {e})")
    if gagal:
        return Hasil(GAGAL, "Dataset bawaan", f"{len(gagal)} dari {len(nama_nama)} gagal dimuat: "
                     + "; ".join(gagal) + ". Cara memperbaiki: pasang ulang kopkit (python kit.py lab) "
                     "atau salin ulang folder kit.")
    return Hasil(OK, "Dataset bawaan", f"{len(nama_nama)} dataset termuat")


def cek_folder_data() -> Hasil:
    nama = "Folder progres latihan"
    folder = folder_data()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".kopkit-cek-", delete=True) as f:
            f.write(b"ok")
            f.flush()
    except OSError as e:
        return Hasil(GAGAL, nama, f"{folder} tidak dapat ditulisi ({e.strerror or e}). Cara memperbaiki: "
                     "periksa izin folder itu, atau pilih folder lain dengan variabel lingkungan "
                     "KOPKIT_DATA_DIR.")
    return Hasil(OK, nama, f"{folder} dapat ditulisi")


def _ukuran(bita: int) -> str:
    if bita >= GB:
        return f"{bita / GB:.1f} GB".replace(".", ",")
    return f"{bita // MB} MB"


def cek_disk(folder: Path | None = None) -> Hasil:
    folder = Path.cwd() if folder is None else folder
    sisa = shutil.disk_usage(folder).free
    teks = f"{_ukuran(sisa)} kosong di {folder}"
    if sisa >= DISK_OK:
        return Hasil(OK, "Ruang disk", teks)
    if sisa >= DISK_PERINGATAN:
        return Hasil(PERINGATAN, "Ruang disk", f"{teks}; sebaiknya paling sedikit 1 GB. "
                     "Cara memperbaiki: hapus berkas yang tidak perlu.")
    return Hasil(GAGAL, "Ruang disk", f"{teks}; kurang dari 200 MB, notebook dan ekspor Excel bisa gagal "
                 "disimpan. Cara memperbaiki: kosongkan disk sampai paling sedikit 1 GB.")


PEMERIKSAAN: list[tuple[str, Callable[[], Hasil]]] = [
    ("Python", cek_python),
    ("kopkit", cek_kopkit),
    ("JupyterLab", cek_jupyterlab),
    ("ipywidgets / jupyterlab_widgets / widgetsnbextension", cek_widget),
    ("Ekstensi widget JupyterLab", cek_ekstensi_widget),
    ("Dataset bawaan", cek_dataset),
    ("Folder progres latihan", cek_folder_data),
    ("Ruang disk", cek_disk),
]


def periksa_semua() -> list[Hasil]:
    """Jalankan semua pemeriksaan; kesalahan tak terduga menjadi baris GAGAL, bukan traceback."""
    hasil = []
    for nama, cek in PEMERIKSAAN:
        try:
            hasil.append(cek())
        except Exception as e:  # doctor harus selalu selesai dan melaporkan
            hasil.append(Hasil(GAGAL, nama, f"pemeriksaan berhenti karena {type(e).__name__}: {e}"))
    return hasil


def perintah_doctor(argumen: list[str]) -> int:
    if argumen:
        print(f"kopkit doctor tidak menerima argumen (diberi: {' '.join(argumen)}).", file=sys.stderr)
        return 2
    print("kopkit doctor: memeriksa kesiapan laptop ini ...", flush=True)
    hasil = periksa_semua()
    for h in hasil:
        print(h.baris(), flush=True)
    gagal = [h for h in hasil if h.status == GAGAL]
    peringatan = [h for h in hasil if h.status == PERINGATAN]
    if gagal:
        print(f"Hasil: {len(gagal)} pemeriksaan GAGAL. Perbaiki yang bertanda GAGAL di atas, "
              "lalu jalankan lagi: python kit.py doctor")
        return 1
    if peringatan:
        print(f"Hasil: siap dipakai, dengan {len(peringatan)} peringatan.")
    else:
        print("Hasil: semua siap.")
    return 0


# ---------------------------------------------------------------- perintah 'progres' dan 'agenda'
BANTUAN_PROGRES = """kopkit progres                       kemajuan latihan di laptop ini
kopkit progres --nama "Siti Aminah"  catat nama peserta di berkas kemajuan
kopkit progres --gabung F1.json F2.json ... [--ekspor rekap.xlsx | rekap.csv]
                                     (fasilitator) gabungkan berkas dari banyak laptop;
                                     sebuah folder berarti semua *.json di dalamnya.
                                     .xlsx: satu lembar per modul (percobaan, petunjuk,
                                     solusi dilihat, dari kunci jawaban); .csv: pemisah ';'
                                     untuk Excel berbahasa Indonesia. Tidak pernah menimpa."""


def perintah_progres(argumen: list[str]) -> int:
    """Lihat, beri nama, atau gabungkan catatan kemajuan latihan."""
    if argumen[:1] in (["tes"], ["kelas"]):  # rekap fasilitator: kopkit.pelatih
        from kopkit.pelatih.cli import perintah_progres_pelatih

        return perintah_progres_pelatih(list(argumen))
    from kopkit.dasar.galat import GalatKopkit
    from kopkit.latihan import progres

    argumen = list(argumen)
    try:
        nama = ambil_opsi(argumen, "--nama")
        ekspor = ambil_opsi(argumen, "--ekspor")
    except ValueError as e:
        print(f"{e}.\n{BANTUAN_PROGRES}", file=sys.stderr)
        return 2
    try:
        if argumen and argumen[0] == "--gabung":
            berkas = []
            for p in map(Path, argumen[1:]):
                berkas += sorted(p.glob("*.json")) if p.is_dir() else [p]
            if not berkas:
                print("Tidak ada berkas kemajuan untuk digabung.\n" + BANTUAN_PROGRES, file=sys.stderr)
                return 2
            tabel = progres.gabung(berkas)
            for p, alasan in tabel.attrs.get("dilewati", []):
                print(f"Dilewati: {p} — {alasan}. Ambil ulang berkas itu dari laptop pesertanya.",
                      file=sys.stderr)
            for n in tabel.attrs.get("nama_ganda", []):
                print(f"Perhatian: nama peserta \"{n}\" ada di lebih dari satu berkas; ditampilkan "
                      "terpisah dengan nama berkasnya. Beri nama lengkap dengan progres --nama.",
                      file=sys.stderr)
            print(tabel.to_string())
            if ekspor:
                tujuan = progres.ekspor(berkas, ekspor)
                print(f"Rekap disimpan di {tujuan}")
            return 0
        if argumen:
            print(f"Argumen tidak dikenal: {' '.join(argumen)}\n{BANTUAN_PROGRES}", file=sys.stderr)
            return 2
        if nama is not None:
            progres.ubah(lambda isi: isi.__setitem__("peserta", nama))
        isi = progres.baca()
        tanpa_nama = '(belum diberi nama: python kit.py progres --nama "Nama Anda")'
        print(f"Peserta: {isi.get('peserta') or tanpa_nama}")
        print(f"Berkas : {progres.berkas_progres()}")
        tabel = progres.ringkasan(isi)
        print(tabel.to_string(index=False) if len(tabel) else "Belum ada soal yang diperiksa.")
        return 0
    except GalatKopkit as e:
        print(str(e), file=sys.stderr)
        return 1


def perintah_agenda(argumen: list[str]) -> int:
    """Agenda Bimtek dua hari dari metadata notebook di folder kit (lihat kopkit.pelatih)."""
    from kopkit.pelatih.cli import perintah_agenda as agenda_dua_hari

    return agenda_dua_hari(argumen)


def perintah_ruang_kerja(argumen: list[str]) -> int:
    """Siapkan folder kerja peserta (atau, dengan --kunci, folder kunci fasilitator) dari kit;
    baris terakhir keluaran adalah foldernya (dipakai kit.py)."""
    from kopkit.latihan import ruang_kerja

    argumen = list(argumen)
    try:
        kit = ambil_opsi(argumen, "--kit")
    except ValueError as e:
        print(f"{e}.\n{BANTUAN['ruang-kerja']}", file=sys.stderr)
        return 2
    kunci = "--kunci" in argumen
    if kunci:
        argumen.remove("--kunci")
    if argumen or kit is None:
        print(BANTUAN["ruang-kerja"], file=sys.stderr)
        return 2
    try:
        if kunci:
            folder = ruang_kerja.folder_kunci()
            baru = ruang_kerja.siapkan_kunci(Path(kit), folder)
        else:
            folder = ruang_kerja.folder_kerja()
            pertama = not folder.exists()
            baru = ruang_kerja.siapkan(Path(kit), folder)
            if baru and not pertama:
                print(f"kopkit: {len(baru)} berkas pelajaran baru disalin ke folder kerja: "
                      + ", ".join(p.as_posix() for p in baru), flush=True)
    except OSError as e:
        print(f"Folder {folder} tidak dapat disiapkan ({e.strerror or e}). Cara memperbaiki: periksa "
              "izin dan ruang disk, atau pilih folder lain dengan --folder-kerja.", file=sys.stderr)
        return 1
    print(folder)
    return 0


def perintah_reset(argumen: list[str]) -> int:
    """Arsipkan folder kerja dan catatan kemajuan peserta ini, lalu buat folder kerja baru."""
    from kopkit.latihan import ruang_kerja

    argumen = list(argumen)
    try:
        nama = ambil_opsi(argumen, "--nama") or ""
        kit = ambil_opsi(argumen, "--kit")
    except ValueError as e:
        print(f"{e}.\n{BANTUAN['reset']}", file=sys.stderr)
        return 2
    if argumen:
        print(f"Argumen tidak dikenal: {' '.join(argumen)}\n{BANTUAN['reset']}", file=sys.stderr)
        return 2
    try:
        arsip = ruang_kerja.arsipkan(nama, kit=Path(kit) if kit else None)
    except OSError as e:
        print(f"Folder kerja tidak dapat diarsipkan ({e.strerror or e}). Cara memperbaiki: tutup "
              "JupyterLab (Ctrl+C) lalu ulangi.", file=sys.stderr)
        return 1
    print("Belum ada pekerjaan peserta untuk diarsipkan." if arsip is None
          else f"Pekerjaan peserta diarsipkan di {arsip}")
    print(f"Folder kerja baru siap di {ruang_kerja.folder_kerja()}")
    return 0


def perintah_templat(argumen: list[str]) -> int:
    """Tulis templat ``Data Koperasi <tahun>.xlsx`` ke FOLDER (bawaan tahun: tahun lalu)."""
    import datetime

    from kopkit.dasar.galat import GalatKopkit
    from kopkit.rat import tulis_templat

    argumen = list(argumen)
    tahun = ambil_opsi(argumen, "--tahun")
    if len(argumen) != 1:
        print("Pakai: kopkit templat FOLDER [--tahun 2025]", file=sys.stderr)
        return 2
    try:
        tahun = int(tahun) if tahun else datetime.date.today().year - 1
        folder = Path(argumen[0])
        folder.mkdir(parents=True, exist_ok=True)
        berkas = tulis_templat(folder, tahun=tahun)
    except ValueError:
        print(f"Tahun '{tahun}' bukan tahun; tulis empat angka, mis. --tahun 2025.", file=sys.stderr)
        return 2
    except GalatKopkit as e:
        print(f"kopkit: {e}", file=sys.stderr)
        return 1
    print(f"Templat ditulis: {berkas}")
    print("Isi lembar-lembarnya (baca lembar Petunjuk), lalu jalankan: kopkit rat " + str(argumen[0]))
    return 0


def perintah_rat(argumen: list[str]) -> int:
    """Periksa folder data; bila bersih tulis paket RAT, bila tidak cetak SEMUA masalahnya."""
    import pandas as pd

    from kopkit.dasar.galat import GalatKopkit
    from kopkit.dasar.uang import format_rupiah
    from kopkit.rat import buat_paket_rat

    if len(argumen) != 1:
        print("Pakai: kopkit rat FOLDER", file=sys.stderr)
        return 2
    try:
        hasil = buat_paket_rat(argumen[0])
    except GalatKopkit as e:
        tabel = getattr(e, "tabel", None)
        if tabel is None:
            print(f"kopkit: {e}", file=sys.stderr)
            return 1
        print(f"Data belum siap: {len(tabel)} masalah. Kerjakan dari atas ke bawah:")
        kolom = ["lembar", "baris", "kolom", "pesan", "saran"]
        with pd.option_context("display.max_colwidth", 90, "display.width", 250, "display.max_rows", 200):
            print(tabel[kolom].rename(columns={"pesan": "masalah", "saran": "cara memperbaiki"})
                  .to_string(index=False, na_rep=""))
        print(f"Daftar yang sama (dengan kolom 'Sudah?'): {e.berkas_masalah}")
        return 1
    shu = int(hasil.alokasi["jumlah"].sum())
    print(f"Paket RAT {hasil.koperasi} tahun buku {hasil.tahun} selesai.")
    print(f"  SHU tahun berjalan : {format_rupiah(shu)}")
    print(f"  Kesehatan          : skor {hasil.kesehatan.skor} - {hasil.kesehatan.predikat}")
    print(f"  Excel              : {hasil.berkas['excel']}")
    print(f"  HTML (siap cetak)  : {hasil.berkas['html']}")
    if hasil.berkas.get("pdf"):
        print(f"  PDF (A4)           : {hasil.berkas['pdf']}")
    else:
        print(f"  PDF                : {hasil.catatan_pdf}")
    print(f"  Tahun lalu         : {hasil.catatan_tahun_lalu}")
    return 0


# ---------------------------------------------------------------- pintu masuk
from kopkit.pelatih.cli import BANTUAN_AGENDA, BANTUAN_PROGRES_PELATIH  # noqa: E402

PERINTAH: dict[str, Callable[[list[str]], int]] = {
    "doctor": perintah_doctor,
    "progres": perintah_progres,
    "agenda": perintah_agenda,
    "templat": perintah_templat,
    "rat": perintah_rat,
    "ruang-kerja": perintah_ruang_kerja,
    "reset": perintah_reset,
}

BANTUAN: dict[str, str] = {
    "doctor": "kopkit doctor\n    Periksa kesiapan laptop ini: Python, JupyterLab, widget, data, folder, disk.",
    "progres": BANTUAN_PROGRES + "\n" + BANTUAN_PROGRES_PELATIH,
    "agenda": BANTUAN_AGENDA,
    "ruang-kerja": ("kopkit ruang-kerja --kit FOLDER_KIT [--kunci]\n"
                    "    Siapkan folder kerja peserta (KOPKIT_FOLDER_KERJA, bawaan Dokumen/kopkit)\n"
                    "    dari pelajaran kit, tanpa menimpa apa pun; --kunci: folder kunci fasilitator."),
    "templat": ("kopkit templat FOLDER [--tahun 2025]\n"
                "    Tulis templat Excel 'Data Koperasi <tahun>.xlsx' untuk paket RAT; tidak menimpa."),
    "rat": ("kopkit rat FOLDER\n"
            "    Periksa data koperasi di FOLDER (semua masalah sekaligus); bila bersih, tulis paket RAT\n"
            "    (Excel, HTML siap cetak, dan PDF bila ada Chrome/Chromium/Edge). Letakkan buku kerja\n"
            "    tahun lalu (mis. 'Data Koperasi 2024.xlsx') di FOLDER untuk kolom tahun lalu kelima laporan."),
    "reset": ("kopkit reset [--nama \"Nama Peserta\"] [--kit FOLDER_KIT]\n"
              "    Arsipkan folder kerja dan catatan kemajuan peserta ini (folder diberi nama\n"
              "    peserta dan waktu), lalu siapkan folder kerja baru untuk peserta berikutnya."),
}


def main(argv: list[str] | None = None) -> int:
    """Pintu masuk perintah ``kopkit``; mengembalikan kode keluar (0 = berhasil)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    for aliran in (sys.stdout, sys.stderr):
        # Konsol Windows yang dialihkan ke berkas (cp1252) tidak boleh membuat doctor gagal karena
        # satu huruf di pesan galat: ganti huruf yang tak tertulis, jangan traceback.
        if hasattr(aliran, "reconfigure"):
            aliran.reconfigure(errors="replace")
    if argv and argv[0] in ("--versi", "--version"):
        import kopkit

        print(f"kopkit {kopkit.__version__}")
        return 0
    if not argv or argv[0] in ("-h", "--help", "bantuan"):
        print(__doc__.split("Contoh:")[0].rstrip())
        return 0 if argv else 2
    if argv[0] not in PERINTAH:
        print(f"Perintah tidak dikenal: {argv[0]}. Pilihan: {', '.join(PERINTAH)}.", file=sys.stderr)
        return 2
    if any(a in ("-h", "--help", "--bantuan") for a in argv[1:]):
        print(BANTUAN[argv[0]])
        return 0
    try:
        return PERINTAH[argv[0]](argv[1:])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
