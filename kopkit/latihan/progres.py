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
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

__all__ = ["folder_data", "berkas_progres", "baca", "tulis", "ubah", "catat", "rapikan", "dari_kunci",
           "ringkasan", "kumpulkan", "gabung", "ekspor"]

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


_KOLOM_SOAL = {"status": str, "percobaan": int, "petunjuk": int, "lihat_solusi": bool,
               "pertama_benar": (str, type(None)), "terakhir": str, "dari_kunci": bool}
_KUNCI: dict[str, object] = {}


def _kosong() -> dict:
    return {"versi": VERSI, "peserta": os.environ.get("KOPKIT_PESERTA", ""), "soal": {}}


def _soal_baru() -> dict:
    return {"status": "belum", "percobaan": 0, "petunjuk": 0, "lihat_solusi": False,
            "pertama_benar": None, "dari_kunci": False}


def _sekarang() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _kunci_berkas(berkas: Path):
    """Satu kunci berkas (``filelock``) per berkas progres, dipakai bersama di proses ini: kernel
    lain yang memanggil cek() pada saat yang sama menunggu gilirannya, tidak menimpa."""
    from filelock import FileLock

    jalur = str(berkas.with_name("." + berkas.name + ".lock"))
    if jalur not in _KUNCI:
        _KUNCI[jalur] = FileLock(jalur, timeout=30)
    return _KUNCI[jalur]


def rapikan(isi) -> tuple[dict, list[str]]:
    """Periksa isi berkas kemajuan; kembalikan isi yang sah dan daftar masalah (Indonesia).

    Isian soal yang tidak sah dibuang atau diperbaiki; berkas dari program lain (bukan catatan
    kopkit) menjadi catatan kosong.

    >>> rapikan({"versi": 1, "peserta": "Siti", "soal": {"m.1": {"status": "benar", "percobaan": "2"}}})[1]
    ['m.1: percobaan bukan bilangan bulat']
    """
    masalah: list[str] = []
    if not isinstance(isi, dict) or not isinstance(isi.get("soal"), dict):
        return _kosong(), ["bukan catatan kemajuan kopkit (tidak ada daftar soal)"]
    bersih = _kosong()
    peserta = isi.get("peserta", "")
    if isinstance(peserta, str):
        bersih["peserta"] = peserta
    else:
        masalah.append("nama peserta bukan teks")
    for kode, s in isi["soal"].items():
        if not isinstance(s, dict):
            masalah.append(f"{kode}: isian tidak dikenal, dibuang")
            continue
        baru = _soal_baru()
        for kolom, jenis in _KOLOM_SOAL.items():
            if kolom not in s:
                continue
            nilai = s[kolom]
            sah = isinstance(nilai, jenis) and not (jenis is int and isinstance(nilai, bool))
            if kolom == "status" and nilai not in _STATUS_JAWABAN:
                sah = False
            if kolom in ("percobaan", "petunjuk") and sah and nilai < 0:
                sah = False
            if sah:
                baru[kolom] = nilai
            else:
                nama = {"status": "status bukan benar/belum/salah",
                        "percobaan": "percobaan bukan bilangan bulat",
                        "petunjuk": "petunjuk bukan bilangan bulat"}.get(kolom, f"{kolom} tidak sah")
                masalah.append(f"{kode}: {nama}")
        bersih["soal"][str(kode)] = baru
    return bersih, masalah


def _cadangkan(berkas: Path) -> Path:
    """Salin berkas ke ``<nama>.rusak-<waktu>[-n]`` tanpa pernah menimpa cadangan sebelumnya."""
    dasar = f"{berkas.name}.rusak-{datetime.now():%Y%m%d-%H%M%S}"
    n = 1
    while True:
        cadangan = berkas.with_name(dasar if n == 1 else f"{dasar}-{n}")
        try:
            with open(berkas, "rb") as asal, open(cadangan, "xb") as tujuan:
                shutil.copyfileobj(asal, tujuan)
            return cadangan
        except FileExistsError:
            n += 1


def _baca_tanpa_kunci(berkas: Path) -> dict:
    if not berkas.exists():
        return _kosong()
    try:
        isi, masalah = rapikan(json.loads(berkas.read_text(encoding="utf-8")))
    except (ValueError, UnicodeDecodeError) as e:
        isi, masalah = _kosong(), [f"bukan JSON yang sah ({type(e).__name__})"]
    if masalah:
        cadangan = _cadangkan(berkas)
        _tulis_tanpa_kunci(berkas, isi)
        print(f"kopkit: catatan kemajuan {berkas} tidak sah ({'; '.join(masalah[:3])}); aslinya "
              f"disimpan sebagai {cadangan.name} dan yang sah tetap dipakai. Berikan berkas "
              "cadangan itu ke fasilitator bila perlu.", file=sys.stderr)
    return isi


def baca() -> dict:
    """Isi catatan kemajuan. Berkas yang rusak atau disunting tangan diperiksa: aslinya disalin
    ke ``progres.json.rusak-<waktu>`` (tidak pernah menimpa cadangan lain) dan bagian yang sah
    tetap dipakai."""
    berkas = berkas_progres()
    if not berkas.exists():
        return _kosong()
    with _kunci_berkas(berkas):
        return _baca_tanpa_kunci(berkas)


def _tulis_tanpa_kunci(berkas: Path, isi: dict) -> None:
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


def tulis(isi: dict) -> None:
    """Tulis catatan secara atomik (berkas sementara lalu ``os.replace``), di bawah kunci berkas."""
    berkas = berkas_progres()
    berkas.parent.mkdir(parents=True, exist_ok=True)
    with _kunci_berkas(berkas):
        _tulis_tanpa_kunci(berkas, isi)


def ubah(fungsi) -> dict:
    """Baca-ubah-tulis di bawah satu kunci: ``fungsi(isi)`` mengubah isi di tempat."""
    berkas = berkas_progres()
    berkas.parent.mkdir(parents=True, exist_ok=True)
    with _kunci_berkas(berkas):
        isi = _baca_tanpa_kunci(berkas)
        fungsi(isi)
        _tulis_tanpa_kunci(berkas, isi)
    return isi


def dari_kunci() -> bool:
    """Benar bila kernel ini menjalankan notebook kunci jawaban (folder ``kunci``)."""
    sesi = os.environ.get("JPY_SESSION_NAME", "")
    if sesi and "kunci" in Path(sesi).parent.parts:
        return True
    return Path.cwd().name == "kunci"


def catat(kode: str, status: str, kunci: bool | None = None) -> None:
    """Catat satu kejadian: hasil cek (benar/belum/salah) atau permintaan petunjuk/solusi.

    ``kunci``: kejadian dari notebook kunci jawaban (bawaan: dikenali dari folder notebook);
    dicatat sebagai ``"dari_kunci": true`` dan tampil begitu di rekap. Tidak pernah menggagalkan
    latihan: bila folder tidak dapat ditulisi, cukup diberi tahu.
    """
    kunci = dari_kunci() if kunci is None else kunci

    def ubah_soal(isi):
        s = isi["soal"].setdefault(kode, _soal_baru())
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
        if kunci:
            s["dari_kunci"] = True
        s["terakhir"] = _sekarang()

    try:
        ubah(ubah_soal)
    except Exception as e:  # folder tak dapat ditulisi, kunci tak didapat: latihan tetap jalan
        from filelock import Timeout

        sebab = ("berkas sedang dipakai terlalu lama" if isinstance(e, Timeout)
                 else getattr(e, "strerror", None) or type(e).__name__)
        print(f"kopkit: kemajuan tidak tersimpan ({sebab}). Latihan tetap bisa dilanjutkan; jalankan "
              "'kopkit doctor' untuk memeriksa folder data.", file=sys.stderr)


KOLOM_RINGKASAN = ["kode", "status", "percobaan", "petunjuk", "lihat_solusi", "dari_kunci",
                   "pertama_benar"]


def ringkasan(isi: dict | None = None):
    """Kemajuan sebagai tabel: satu baris per soal (kode, status, percobaan, petunjuk, solusi,
    dari kunci jawaban)."""
    import pandas as pd

    isi = baca() if isi is None else rapikan(isi)[0]
    baris = [{"kode": k, **{c: v.get(c) for c in KOLOM_RINGKASAN[1:]}}
             for k, v in sorted(isi["soal"].items())]
    return pd.DataFrame(baris, columns=KOLOM_RINGKASAN)


def kumpulkan(berkas_berkas):
    """Baca banyak berkas kemajuan untuk rekap fasilitator.

    Kembalikan ``(rinci, dilewati, ganda)``: tabel satu baris per peserta × soal; daftar
    ``(berkas, alasan)`` yang tidak dapat dibaca (dilewati, tidak menghentikan rekap); dan nama
    peserta yang muncul di lebih dari satu berkas (dibedakan dengan nama berkasnya, tidak digabung).
    """
    import pandas as pd

    dibaca, dilewati = [], []
    for p in map(Path, berkas_berkas):
        try:
            isi, masalah = rapikan(json.loads(p.read_text(encoding="utf-8")))
        except OSError as e:
            dilewati.append((p, f"tidak dapat dibuka ({e.strerror or type(e).__name__})"))
            continue
        except (ValueError, UnicodeDecodeError):
            dilewati.append((p, "bukan berkas JSON yang sah"))
            continue
        if masalah and not isi["soal"]:
            dilewati.append((p, masalah[0]))
            continue
        dibaca.append((p, isi))
    nama = [isi["peserta"].strip() or p.stem for p, isi in dibaca]
    ganda = sorted({n for n in nama if nama.count(n) > 1})
    potongan = []
    for (p, isi), n in zip(dibaca, nama):
        tabel = ringkasan(isi)
        tabel.insert(0, "berkas", p.name)
        tabel.insert(0, "peserta", f"{n} [{p.name}]" if n in ganda else n)
        tabel.insert(2, "modul", tabel["kode"].str.rsplit(".", n=1).str[0])
        potongan.append(tabel)
    kolom = ["peserta", "berkas", "modul"] + KOLOM_RINGKASAN
    rinci = pd.concat(potongan, ignore_index=True) if potongan else pd.DataFrame(columns=kolom)
    return rinci[kolom], dilewati, ganda


def _status_rekap(baris) -> str:
    return f"{baris['status']} (kunci)" if baris["dari_kunci"] else baris["status"]


def gabung(berkas_berkas) -> "object":
    """Gabungkan progres.json dari banyak laptop menjadi satu tabel peserta × soal.

    Nama peserta diambil dari isian ``peserta`` atau, bila kosong, dari nama berkasnya
    (fasilitator menamai berkas saat mengumpulkan, mis. ``siti.json``). Pemeriksaan dari notebook
    kunci jawaban ditandai "(kunci)"; soal yang belum dicoba ditulis "-". Berkas yang rusak
    dilewati dan dicatat di ``tabel.attrs["dilewati"]``; nama ganda di ``attrs["nama_ganda"]``.
    """
    import pandas as pd

    from kopkit.dasar.galat import GalatBerkas

    berkas_berkas = list(berkas_berkas)
    rinci, dilewati, ganda = kumpulkan(berkas_berkas)
    if berkas_berkas and len(dilewati) == len(berkas_berkas):
        p, alasan = dilewati[0]
        raise GalatBerkas(f"Berkas kemajuan tidak dapat dibaca: {alasan}.", berkas=str(p),
                          saran="Ambil ulang progres.json dari laptop peserta itu.")
    if rinci.empty:
        tabel = pd.DataFrame(columns=["peserta"])
    else:
        rinci = rinci.assign(status=rinci.apply(_status_rekap, axis=1))
        tabel = rinci.pivot(index="peserta", columns="kode", values="status").fillna("-")
        tabel.columns.name = None
    tabel.attrs["dilewati"] = [(str(p), alasan) for p, alasan in dilewati]
    tabel.attrs["nama_ganda"] = ganda
    return tabel


def ekspor(berkas_berkas, tujuan) -> Path:
    """Tulis rekap untuk Excel: ``.xlsx`` (lembar "Ringkasan" peserta × soal, lalu satu lembar per
    modul dengan percobaan, petunjuk, solusi dilihat, dan tanda kunci jawaban) atau ``.csv``
    (pemisah ``;``, UTF-8 dengan BOM, seperti yang dibuka Excel berbahasa Indonesia). Teks yang
    mirip rumus dinetralkan; berkas yang sudah ada tidak pernah ditimpa."""
    from kopkit.dasar import excel
    from kopkit.dasar.galat import GalatBerkas

    tujuan = Path(tujuan)
    akhiran = tujuan.suffix.lower()
    if akhiran not in (".xlsx", ".csv"):
        raise GalatBerkas(f"Nama berkas '{tujuan.name}' harus berakhiran .xlsx atau .csv.",
                          berkas=str(tujuan), saran="Contoh: --ekspor rekap.xlsx")
    ringkas = gabung(berkas_berkas)
    rinci, _, _ = kumpulkan(berkas_berkas)
    rinci = rinci.assign(dari_kunci=rinci["dari_kunci"].map({True: "ya", False: "tidak"}),
                         lihat_solusi=rinci["lihat_solusi"].map({True: "ya", False: "tidak"}))
    judul = {"peserta": "Peserta", "berkas": "Berkas", "modul": "Modul", "kode": "Soal",
             "status": "Status", "percobaan": "Percobaan", "petunjuk": "Petunjuk dilihat",
             "lihat_solusi": "Solusi dilihat", "dari_kunci": "Dari kunci jawaban",
             "pertama_benar": "Pertama benar"}
    rinci = rinci.rename(columns=judul)
    if akhiran == ".csv":
        return excel.simpan_csv(rinci, tujuan, indeks=False)

    def lembar(nama, tabel, judul):
        tabel = tabel.astype(object).where(tabel.notna(), None)
        return excel.Lembar(str(nama)[:31], kolom=[str(k) for k in tabel.columns],
                            baris=[list(b) for b in tabel.itertuples(index=False, name=None)], judul=[judul])

    daftar = [lembar("Ringkasan", ringkas.replace("-", "").reset_index().rename(columns={"peserta": "Peserta"}),
                     "Rekap kemajuan latihan: peserta × soal")]
    for modul, bagian in rinci.groupby("Modul", sort=True):
        daftar.append(lembar(modul, bagian.drop(columns=["Modul"]), f"Modul {modul}: setiap soal setiap peserta"))
    return excel.tulis_excel(tujuan, daftar, contoh="rekap.xlsx")
