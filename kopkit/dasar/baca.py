"""Satu lapisan baca untuk setiap tabel yang dibawa pengguna (jurnal, ekspor penjualan, aturan SHU,
tabel tarif, templat data sendiri).

:func:`baca_tabel` membaca .xlsx/.xlsm dan .csv/.txt menjadi tabel teks dengan nama kolom baku
dan kolom ``baris_berkas`` (nomor baris seperti di Excel). Yang ditangani di satu tempat:

* jenis berkas dikenali dari **isinya**, bukan namanya: Excel (.xlsx), teks (CSV), Excel lama
  (.xls), berkas berkata sandi, zip rusak, PDF/HTML yang diberi nama .xlsx, berkas kosong;
* pengodean teks (UTF-8, UTF-8 dengan BOM "CSV UTF-8", cp1252 Windows lama, UTF-16 "Unicode
  Text") dan pemisah (``,`` ``;`` tab) ditebak dari contoh awal berkas;
* baris judul dicari di bawah baris-baris judul laporan, lewat sinonim nama kolom; judul dua baris
  dan sel gabung (merged) diisi; lembar dipilih atau dicari;
* baris kosong dan baris jumlah/total/subtotal dilewati dengan SATU aturan (:func:`baris_jumlah`)
  dan dilaporkan di ``hasil.attrs["dilewati"]``;
* rumus tanpa nilai tersimpan dilaporkan ("sel berisi rumus yang belum dihitung");
* setiap kegagalan adalah galat kopkit berbahasa Indonesia dengan berkas, lembar, baris, kolom
  dan kode pendek (lihat :data:`KODE`).

Contoh:
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "stok.csv"
    >>> _ = p.write_text("DAFTAR STOK\\nKode;Nama Barang;Harga\\nB1;Gula;15.000\\n\\nJumlah;;15.000\\n")
    >>> t = baca_tabel(p, kolom_wajib=["kode", "nama"], sinonim={"nama": ["nama barang"]},
    ...                kolom_lain=["harga"])
    >>> t[["kode", "nama", "harga", "baris_berkas"]].values.tolist()
    [['B1', 'Gula', '15.000', 3]]
    >>> [m.kode for m in t.attrs["dilewati"]]
    ['R032', 'R031']
"""
from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from dataclasses import replace
from datetime import date as _date, datetime as _datetime
from pathlib import Path

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatBerkas, GalatData, GalatMasukan, Masalah

__all__ = ["baca_tabel", "daftar_lembar", "sel_lembar", "baris_jumlah", "kunci_judul", "KODE", "kolom_rupiah", "kolom_tanggal", "kolom_teks", "nama_jenis", "teks_sel"]

#: Kode pendek setiap masalah yang dilaporkan lapisan baca (tetap; dipakai uji dan alat lain).
KODE = {
    "R001": "berkas tidak ditemukan",
    "R002": "folder tidak ditemukan",
    "R003": "yang diberikan folder, bukan berkas",
    "R004": "izin membaca ditolak (berkas sedang dibuka/terkunci)",
    "R005": "berkas kosong",
    "R006": "berkas Excel dilindungi kata sandi",
    "R007": "berkas Excel lama (.xls)",
    "R008": "berkas Excel rusak atau tidak utuh",
    "R009": "isi berkas bukan tabel (PDF, HTML, gambar, ...)",
    "R010": "berkas LibreOffice/OpenDocument (.ods)",
    "R011": "berkas Excel berisi teks CSV (nama tidak sesuai isi)",
    "R012": "lembar tidak ada",
    "R013": "berkas Excel tanpa lembar berisi tabel",
    "R014": "jenis argumen bukan path berkas",
    "R015": "teks berkas tidak dapat dibaca",
    "R016": "berkas kunci sementara Excel (~$...)",
    "R020": "judul kolom tidak ditemukan",
    "R021": "kolom wajib tidak ada",
    "R022": "judul kolom ganda",
    "R023": "tabel tanpa baris data",
    "R030": "sel berisi rumus yang belum dihitung",
    "R031": "baris kosong dilewati",
    "R032": "baris jumlah/total dilewati",
    "R033": "baris berisi lebih banyak kolom daripada judul",
    "R040": "sel tidak dapat dibaca sebagai angka/persen/tanggal",
    "R041": "sel wajib kosong",
}

_MAKS_JUDUL = 30          # baris judul dicari di sekian baris pertama
_CONTOH_BAJT = 256 * 1024  # contoh awal berkas teks untuk menebak pengodean dan pemisah

# Satu aturan baris jumlah: sel terisi pertama di baris itu berbunyi jumlah/total/subtotal.
_POLA_JUMLAH = re.compile(r"^(?:sub ?total|subjumlah|sub jumlah|grand total|total|jumlah)(?: .*)?$")


def kunci_judul(teks) -> str:
    """Bentuk baku sebuah judul kolom untuk dibandingkan: huruf kecil, tanpa tanda baca.

    >>> kunci_judul(" No. Bukti ")
    'no bukti'
    """
    if teks is None or (not isinstance(teks, str) and pd.isna(teks)):
        return ""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", str(teks).lower())).strip()


def baris_jumlah(sel_pertama) -> bool:
    """Aturan tunggal baris jumlah: benar bila sel terisi pertama suatu baris berbunyi Jumlah,
    Total, Subtotal, Sub Total, Grand Total (boleh diikuti kata lain, mis. "Jumlah Januari").

    >>> [baris_jumlah(t) for t in ["Subtotal", "TOTAL:", "Jumlah Januari", "Jumlah", "B-001"]]
    [True, True, True, True, False]
    """
    return bool(_POLA_JUMLAH.match(kunci_judul(sel_pertama)))


# --------------------------------------------------------------------------- berkas
def _galat_berkas(kode, pesan, berkas, saran, **lokasi):
    return GalatBerkas(pesan, berkas=berkas, saran=saran, kode=kode, **lokasi)


def teks_sel(nilai) -> str:
    """Satu sel (teks CSV, atau angka/tanggal Excel) sebagai teks seperti tampak di layar; kosong -> "".
    Sel tanggal Excel menjadi tanggalnya saja (jam dibuang, seperti :func:`~kopkit.dasar.uang.parse_tanggal`).

    >>> import datetime as dt
    >>> [teks_sel(v) for v in [" A-01 ", 12500, 12500.0, 2.5, None, dt.datetime(2025, 5, 5, 14, 30)]]
    ['A-01', '12500', '12500', '2.5', '', '2025-05-05']
    """
    import datetime as _dt

    if nilai is None or (isinstance(nilai, float) and nilai != nilai):
        return ""
    if isinstance(nilai, str):
        return nilai.strip()
    if isinstance(nilai, float) and nilai.is_integer():
        return str(int(nilai))
    if isinstance(nilai, _dt.date):
        return nilai.strftime("%Y-%m-%d")
    return str(nilai)


def kolom_teks(seri: pd.Series) -> pd.Series:
    """:func:`teks_sel` untuk satu kolom, dihitung sekali per nilai yang berbeda (kolom besar cepat).

    >>> kolom_teks(pd.Series([" A-01", 1001, 1001.0, None, "A-01"])).tolist()
    ['A-01', '1001', '1001', '', 'A-01']
    """
    arr = seri.to_numpy(dtype=object)
    # True == 1 bagi Python: kolom campuran yang mungkin berisi benar/salah dihitung sel demi sel.
    if pd.api.types.infer_dtype(arr, skipna=True) in ("boolean", "mixed-integer", "mixed"):
        return pd.Series([teks_sel(v) for v in arr], index=seri.index, dtype=object)
    kode, unik = pd.factorize(arr, use_na_sentinel=True)
    teks = np.array([teks_sel(v) for v in unik] + [""], dtype=object)
    return pd.Series(teks[kode], index=seri.index, dtype=object)


def nama_jenis(nilai) -> str:
    """Nama jenis sebuah nilai dalam kata peserta (untuk pesan "yang diberikan ...").

    >>> nama_jenis(12), nama_jenis([1]), nama_jenis(None)
    ('angka', 'daftar', 'kosong')
    """
    return {"DataFrame": "tabel", "Series": "kolom", "list": "daftar", "tuple": "daftar", "dict": "kamus",
            "NoneType": "kosong", "int": "angka", "float": "angka", "Decimal": "angka", "bool": "benar/salah",
            "bytes": "isi berkas mentah", "bytearray": "isi berkas mentah", "str": "teks"}.get(
                type(nilai).__name__, "nilai lain")


def _periksa_path(berkas) -> Path:
    if isinstance(berkas, (bytes, bytearray)) or not isinstance(berkas, (str, os.PathLike)):
        jenis = nama_jenis(berkas)
        raise GalatMasukan(f"Yang diberikan bukan nama berkas, melainkan {jenis}.", kode="R014",
                           saran="Berikan nama berkas beserta foldernya, mis. 'data/jurnal.xlsx'.")
    path = Path(berkas).expanduser()
    if str(berkas).strip() == "":
        raise GalatMasukan("Nama berkas kosong.", kode="R014", saran="Tulis nama berkas, mis. 'jurnal.xlsx'.")
    try:
        if path.is_dir():
            raise _galat_berkas("R003", f"'{path.name}' adalah folder, bukan berkas.", str(path),
                                "Tulis nama berkas di dalam folder itu, mis. "
                                f"'{path.name}/jurnal.xlsx'.")
        if not path.exists():
            folder = path.parent
            if str(folder) not in ("", ".") and not folder.exists():
                raise _galat_berkas("R002", f"Folder '{folder}' tidak ditemukan.", str(path),
                                    "Periksa nama folder (huruf besar/kecil, garis miring) atau "
                                    "pindahkan berkas ke folder kerja notebook.")
            raise _galat_berkas("R001", f"Berkas '{path.name}' tidak ditemukan.", str(path),
                                "Periksa nama berkas dan foldernya; berkas harus ada di folder "
                                f"'{folder if str(folder) else '.'}'.")
    except OSError:
        raise _galat_berkas("R004", f"Berkas '{path.name}' tidak dapat dibuka: izin ditolak.", str(path),
                            "Tutup berkas itu di Excel, atau salin ke folder kerja Anda, lalu coba lagi.") from None
    return path


def _buka_awal(path: Path, n: int = _CONTOH_BAJT) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(n)
    except PermissionError:
        raise _galat_berkas("R004", f"Berkas '{path.name}' tidak dapat dibuka: izin ditolak.", str(path),
                            "Tutup berkas itu di Excel (Excel mengunci berkas yang sedang dibuka), "
                            "atau salin ke folder kerja Anda, lalu coba lagi.") from None
    except IsADirectoryError:
        raise _galat_berkas("R003", f"'{path.name}' adalah folder, bukan berkas.", str(path),
                            "Tulis nama berkas di dalam folder itu.") from None
    except OSError:
        raise _galat_berkas("R004", f"Berkas '{path.name}' tidak dapat dibuka oleh sistem.", str(path),
                            "Salin berkas ke folder kerja Anda, lalu coba lagi.") from None


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _jenis_isi(path: Path, awal: bytes) -> str:
    """'xlsx', 'teks', atau naikkan galat yang menjelaskan isi berkas."""
    nama, akhiran = path.name, path.suffix.lower()
    if nama.startswith("~$"):
        raise _galat_berkas("R016", f"'{nama}' adalah berkas kunci sementara yang dibuat Excel, bukan datanya.",
                            str(path), f"Pilih berkas '{nama[2:]}' (tanpa ~$ di depan namanya).")
    if not awal:
        raise _galat_berkas("R005", f"Berkas '{nama}' kosong (0 bita).", str(path),
                            "Berkas mungkin belum selesai tersalin atau tersimpan; salin/simpan ulang dari Excel.")
    if awal.startswith(_OLE):
        with open(path, "rb") as f:
            isi = f.read()
        if "EncryptedPackage".encode("utf-16-le") in isi or "EncryptionInfo".encode("utf-16-le") in isi:
            raise _galat_berkas("R006", f"Berkas '{nama}' dilindungi kata sandi, jadi tidak dapat dibaca.",
                                str(path), "Buka di Excel dengan kata sandinya, lalu File > Info > Lindungi "
                                "Buku Kerja > Enkripsi dengan Kata Sandi: kosongkan kata sandi, simpan, coba lagi.")
        raise _galat_berkas("R007", f"Berkas '{nama}' adalah Excel lama (.xls, Excel 97-2003) yang tidak didukung.",
                            str(path), "Buka di Excel lalu Simpan Sebagai 'Buku Kerja Excel (*.xlsx)' atau 'CSV UTF-8'.")
    if awal.startswith(b"PK"):
        if b"mimetypeapplication/vnd.oasis.opendocument" in awal[:200]:
            raise _galat_berkas("R010", f"Berkas '{nama}' adalah lembar kerja LibreOffice (.ods) yang tidak didukung.",
                                str(path), "Di LibreOffice pilih Simpan Sebagai, jenis 'Excel 2007-365 (.xlsx)'.")
        return "xlsx"
    kepala = awal[:1024].lstrip().lower()
    if kepala.startswith(b"%pdf"):
        raise _galat_berkas("R009", f"Berkas '{nama}' berisi PDF; PDF tidak didukung sebagai tabel.", str(path),
                            "Minta berkas aslinya dalam Excel (.xlsx) atau CSV; PDF hanya untuk dicetak.")
    if kepala.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<")) and b"<" in kepala[:1]:
        raise _galat_berkas("R009", f"Berkas '{nama}' berisi halaman web (HTML/XML), bukan tabel Excel; "
                            "tidak dapat dibaca.", str(path),
                            "Buka di Excel lalu Simpan Sebagai 'Buku Kerja Excel (*.xlsx)' atau 'CSV UTF-8'.")
    if awal[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"GIF8") or awal[:3] == b"\xff\xd8\xff":
        raise _galat_berkas("R009", f"Berkas '{nama}' berisi gambar, bukan tabel; tidak dapat dibaca.", str(path),
                            "Ketik datanya di Excel, atau minta berkas Excel/CSV aslinya.")
    if not awal.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" in awal[:4096] \
            and not _tampak_utf16(awal):
        raise _galat_berkas("R009", f"Isi berkas '{nama}' bukan tabel (berkas biner); tidak dapat dibaca.",
                            str(path), "Simpan data dari Excel sebagai .xlsx atau 'CSV UTF-8'.")
    if akhiran in (".xlsx", ".xlsm", ".xls"):
        raise _galat_berkas("R011", f"Berkas '{nama}' bernama {akhiran} tetapi isinya teks, bukan Excel; "
                            "tidak dapat dibaca sebagai Excel.", str(path),
                            "Bila isinya CSV, ganti akhiran namanya menjadi .csv; bila bukan, buka di Excel "
                            "lalu Simpan Sebagai 'Buku Kerja Excel (*.xlsx)'.")
    return "teks"


def _tampak_utf16(awal: bytes) -> bool:
    """Teks UTF-16 tanpa BOM: banyak bita nol di posisi genap/ganjil dan hasilnya huruf terbaca."""
    contoh = awal[:2048]
    if len(contoh) < 4:
        return False
    for enc, nol in (("utf-16-le", contoh[1::2]), ("utf-16-be", contoh[0::2])):
        if nol.count(0) > 0.4 * len(contoh) / 2:
            teks = contoh[: len(contoh) // 2 * 2].decode(enc, errors="replace")
            terbaca = sum(1 for c in teks if c.isprintable() or c in "\r\n\t")
            if terbaca > 0.95 * len(teks) and "\x00" not in teks:
                return True
    return False


# --------------------------------------------------------------------------- teks (CSV)
def _pengodean(awal: bytes) -> str:
    if awal.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if awal.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _tampak_utf16(awal):
        return "utf-16-le" if awal[1:2] == b"\x00" else "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(awal, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        awal.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _pemisah(teks: str) -> str:
    baris = [b for b in teks.splitlines()[:200] if b.strip()][:60]
    if len(teks) >= _CONTOH_BAJT - 16 and len(baris) > 1:
        baris = baris[:-1]  # baris terakhir contoh mungkin terpotong
    terbaik, skor_terbaik = ",", (-1, 0)
    for calon in (";", ",", "\t", "|"):
        try:
            lebar = [len(r) for r in csv.reader(baris, delimiter=calon)]
        except csv.Error:
            continue
        lebar = [n for n in lebar if n > 1]
        if not lebar:
            continue
        modus = max(set(lebar), key=lambda n: (lebar.count(n), n))
        skor = (lebar.count(modus), modus)
        if skor > skor_terbaik:
            terbaik, skor_terbaik = calon, skor
    return terbaik


def _baca_teks(path: Path, awal: bytes) -> tuple[pd.DataFrame, dict]:
    """Seluruh berkas teks sebagai tabel sel teks (kolom 0..n-1, baris = baris Excel - 1)."""
    enc = _pengodean(awal)
    contoh = awal.decode(enc if enc != "utf-8" else "utf-8", errors="ignore")
    sep = _pemisah(contoh)
    lebar = max([len(r) for r in csv.reader(contoh.splitlines()[:500] or [""], delimiter=sep)] + [1])
    info = {"pengodean": enc, "pemisah": sep, "jenis": "teks"}

    def pandas_baca(enc):
        return pd.read_csv(path, sep=sep, header=None, names=range(lebar), dtype=object, keep_default_na=False,
                           na_values=[""], encoding=enc, engine="c", skip_blank_lines=False,
                           quotechar='"', doublequote=True)

    try:
        try:
            mentah = pandas_baca(enc)
        except UnicodeDecodeError:
            enc = "cp1252"  # contoh awal UTF-8 tetapi sisa berkas dari Windows lama
            info["pengodean"] = enc
            try:
                mentah = pandas_baca(enc)
            except UnicodeDecodeError:
                enc = info["pengodean"] = "latin-1"
                mentah = pandas_baca(enc)
    except pd.errors.ParserError:
        mentah = _baca_teks_lambat(path, enc, sep)
    except pd.errors.EmptyDataError:
        mentah = pd.DataFrame()
    except PermissionError:
        raise _galat_berkas("R004", f"Berkas '{path.name}' tidak dapat dibuka: izin ditolak.", str(path),
                            "Tutup berkas itu di Excel, lalu coba lagi.") from None
    except (UnicodeError, ValueError, OSError, csv.Error):
        raise _galat_berkas("R015", f"Teks berkas '{path.name}' tidak dapat dibaca.", str(path),
                            "Buka di Excel lalu Simpan Sebagai 'CSV UTF-8 (dipisah koma)'.") from None
    return mentah, info


def _baca_teks_lambat(path: Path, enc: str, sep: str) -> pd.DataFrame:
    """Jalur cadangan untuk baris yang lebih lebar daripada contoh awal (jarang)."""
    with open(path, encoding=enc, errors="replace", newline="") as f:
        baris = list(csv.reader(f, delimiter=sep))
    lebar = max((len(b) for b in baris), default=0)
    return pd.DataFrame([b + [""] * (lebar - len(b)) for b in baris], dtype=object)


# --------------------------------------------------------------------------- Excel
_POLA_RUMUS = re.compile(rb"<(?:\w+:)?f[ >/]")


def _nomor_kolom(huruf: str) -> int:
    n = 0
    for c in huruf:
        n = n * 26 + ord(c) - 64
    return n - 1


def _huruf_kolom(j: int) -> str:
    """0 -> 'A', 27 -> 'AB' (huruf kolom Excel)."""
    huruf = ""
    j += 1
    while j:
        j, sisa = divmod(j - 1, 26)
        huruf = chr(65 + sisa) + huruf
    return huruf


def _xml_lembar(path: Path) -> dict[str, str]:
    """Nama lembar -> lokasi XML-nya di dalam arsip .xlsx (dari workbook.xml dan relasinya)."""
    import posixpath
    import xml.etree.ElementTree as ET

    with zipfile.ZipFile(path) as z:
        buku = ET.fromstring(z.read("xl/workbook.xml"))
        relasi = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target", "") for r in relasi}
    hasil = {}
    for el in buku.iter():
        if el.tag.endswith("}sheet") or el.tag == "sheet":
            rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
            t = target.get(rid, "")
            hasil[el.get("name")] = t.lstrip("/") if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t))
    return hasil


def _pola_sel(awalan: bytes) -> tuple[re.Pattern, re.Pattern]:
    """Pola sel berumus dan sel galat tanpa rumus untuk XML lembar dengan awalan namespace ``awalan``."""
    p = re.escape(awalan)
    rumus = re.compile(rb"<" + p + rb"c\b([^>]*)>\s*<" + p + rb"f\b[^>]*?(?:/>|>([^<]*)</" + p + rb"f>)\s*"
                       rb"(?:<" + p + rb"v>([^<]*)</" + p + rb"v>)?")
    galat = re.compile(rb"<" + p + rb"c\b([^>]*\bt=\"e\"[^>]*)>\s*<" + p + rb"v>([^<]*)</" + p + rb"v>")
    return rumus, galat


_POLA_R = re.compile(rb'\br="([A-Z]{1,3})([0-9]+)"')


def _sel_khusus(path: Path, lokasi_xml: str | None) -> dict | None:
    """Sel yang dibaca calamine sebagai kosong padahal tidak: ``{(baris0, kolom0): ("rumus", teks)}`` untuk
    rumus tanpa nilai tersimpan dan ``("galat", "#DIV/0!")`` untuk sel galat Excel. ``{}`` bila lembar
    tanpa rumus dan galat (pemeriksaan cepat ``bytes.find``); ``None`` bila bentuk XML-nya tidak dikenal
    (sel tanpa alamat ``r``, kutip tunggal, hitungan tidak cocok) — pemanggil lalu membaca lewat openpyxl.

    XML dibaca bertahap per potongan yang berakhir di ujung baris, jadi memori tidak tumbuh dengan
    ukuran lembar. Setiap potongan diperiksa sendiri: banyak tanda ``<f`` dan ``t="e"`` harus sama dengan
    banyak sel yang dikenali pola, supaya tidak ada sel khusus yang terlewat diam-diam."""
    import html as _html

    if not lokasi_xml:
        return {}
    hasil: dict = {}
    sisa, awalan, pola = b"", None, None
    with zipfile.ZipFile(path) as z, z.open(lokasi_xml) as f:
        while True:
            potong = f.read(1 << 22)
            teks = sisa + potong
            if awalan is None:
                m = re.search(rb"<(\w+:)?worksheet\b", teks)
                awalan = (m.group(1) or b"") if m else b""
                tanda_f, akhir_baris, pola = b"<" + awalan + b"f", b"</" + awalan + b"row>", _pola_sel(awalan)
            if potong:
                ujung = teks.rfind(akhir_baris)
                if ujung < 0:
                    sisa = teks
                    continue
                ujung += len(akhir_baris)
                teks, sisa = teks[:ujung], teks[ujung:]
            if b"t='e'" in teks or (b"<" + awalan + b"c ") in teks and b"r='" in teks:
                return None
            ada_f, ada_e = tanda_f in teks and _POLA_RUMUS.search(teks), b't="e"' in teks
            if ada_f or ada_e:
                n_f, n_e = len(_POLA_RUMUS.findall(teks)) if ada_f else 0, teks.count(b't="e"')
                ketemu_f = ketemu_e = 0
                for m in pola[0].finditer(teks) if ada_f else ():
                    r = _POLA_R.search(m.group(1))
                    if r is None:
                        return None
                    ketemu_f += 1
                    kunci = (int(r.group(2)) - 1, _nomor_kolom(r.group(1).decode()))
                    if b't="e"' in m.group(1):
                        ketemu_e += 1
                        hasil[kunci] = ("galat", _html.unescape((m.group(3) or b"").decode("utf-8", "replace")))
                    elif not m.group(3):
                        rumus = _html.unescape((m.group(2) or b"").decode("utf-8", "replace"))
                        hasil[kunci] = ("rumus", "=" + rumus if rumus else "rumus bersama")
                for m in pola[1].finditer(teks) if ada_e else ():
                    r = _POLA_R.search(m.group(1))
                    if r is None:
                        return None
                    ketemu_e += 1
                    kunci = (int(r.group(2)) - 1, _nomor_kolom(r.group(1).decode()))
                    hasil[kunci] = ("galat", _html.unescape(m.group(2).decode("utf-8", "replace")))
                if (ketemu_f, ketemu_e) != (n_f, n_e):
                    return None
            if not potong:
                return hasil


_BULAT_AMAN = float(2 ** 53)


def _buka_excel(path: Path):
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path))


def _galat_excel_rusak(path):
    return _galat_berkas("R008", f"Berkas Excel '{path.name}' rusak atau tidak utuh; tidak dapat dibaca.", str(path),
                         "Buka di Excel (Excel sering dapat memperbaikinya), lalu simpan ulang sebagai .xlsx; "
                         "atau salin ulang berkas aslinya.")


def _nama_lembar_kerja(wb) -> list[str]:
    """Nama lembar kerja (lembar grafik dilewati), urut seperti di Excel."""
    from python_calamine import SheetTypeEnum as _JenisLembar

    return [m.name for m in wb.sheets_metadata if m.typ == _JenisLembar.WorkSheet]


def _lembar_excel(path: Path, wb, lembar) -> list[str]:
    nama = _nama_lembar_kerja(wb)
    if lembar is not None and lembar not in nama:
        if isinstance(lembar, int) and 0 <= lembar < len(nama):
            return [nama[lembar]]
        raise GalatBerkas(f"Lembar '{lembar}' tidak ada.", berkas=path.name, kode="R012",
                          saran=f"Lembar yang ada: {', '.join(nama)}.")
    return [lembar] if lembar is not None else nama


def _sel_openpyxl(path: Path, nama_lembar: str, data_only: bool) -> list[list]:
    """Nilai (atau rumus) setiap sel lewat openpyxl — jalur lambat untuk lembar berumus/bergalat."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    try:
        ws = wb[nama_lembar]
        ws.reset_dimensions()  # ukuran lembar yang tercatat sering salah (aplikasi ekspor menulis "A1")
        return [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _isi_lembar(path: Path, wb, nama_lembar: str, semua: bool = False) -> tuple[pd.DataFrame, list[Masalah]]:
    """Sel mentah satu lembar dari A1. ``semua=False``: sel di bawah baris-baris judul belum dirapikan
    (sel kosong dapat berupa teks kosong); :func:`_susun` merapikannya per kolom."""
    try:
        ws = wb.get_sheet_by_name(nama_lembar)
        gabung = ws.merged_cell_ranges or []
        khusus = _sel_khusus(path, _xml_lembar(path).get(nama_lembar))
        if khusus is None:  # bentuk XML yang tidak dikenali pola: jalur lambat yang pasti (openpyxl)
            baris = _sel_openpyxl(path, nama_lembar, data_only=True)
            rumus = _sel_openpyxl(path, nama_lembar, data_only=False)
        else:
            # Dari sel A1 (skip_empty_area=False): nomor baris tetap seperti di Excel. Hanya baris
            # tempat judul dicari yang dirapikan di sini; sisanya dirapikan per kolom oleh _rapikan.
            baris, rumus = ws.to_python(skip_empty_area=False), None
            for (i, j), (jenis, isi) in khusus.items():  # sel khusus di luar jangkauan calamine: perluas
                while len(baris) <= i:
                    baris.append([])
                if len(baris[i]) <= j:
                    baris[i].extend([None] * (j + 1 - len(baris[i])))
                if jenis == "galat":  # sel galat: teksnya (#DIV/0!), bukan sel kosong
                    baris[i][j] = isi
            n = len(baris) if semua else min(len(baris), _MAKS_JUDUL + 1)
            baris[:n] = [_rapikan(b).tolist() for b in baris[:n]]
    except GalatBerkas:
        raise
    except Exception:
        raise _galat_excel_rusak(path) from None
    lebar = max((len(b) for b in baris), default=0)
    for b in baris:
        if len(b) < lebar:
            b.extend([None] * (lebar - len(b)))
    if rumus is not None:  # jalur openpyxl: bandingkan nilai dan rumus sel demi sel
        tanpa_nilai = [(i, j, f) for i, (b, r) in enumerate(zip(baris, rumus))
                       for j, (v, f) in enumerate(zip(b, r)) if v is None and f is not None]
    else:  # jalur cepat: sel rumus tanpa nilai yang ditemukan di XML
        tanpa_nilai = sorted((i, j, isi) for (i, j), (jenis, isi) in khusus.items()
                             if jenis == "rumus" and i < len(baris) and j < lebar and baris[i][j] in (None, ""))
    masalah = [Masalah(f"Sel {_huruf_kolom(j)}{i + 1} berisi rumus yang belum dihitung ({str(f)[:40]}).",
                       berkas=path.name, lembar=nama_lembar, baris=i + 1, kolom=_huruf_kolom(j), kode="R030",
                       saran="Buka dan simpan di Excel (Excel menghitung rumusnya saat menyimpan), lalu baca ulang.")
               for i, j, f in tanpa_nilai]
    for (b0, k0), (b1, k1) in gabung:  # sel gabung: isi semua sel dengan nilai sel kiri-atas
        if b0 >= len(baris) or k0 >= lebar:
            continue
        isi = baris[b0][k0]
        for i in range(b0, min(b1, len(baris) - 1) + 1):
            for j in range(k0, min(k1, lebar - 1) + 1):
                if baris[i][j] is None or baris[i][j] == "":
                    baris[i][j] = isi
    return pd.DataFrame(baris, dtype=object) if baris else pd.DataFrame(), masalah


# --------------------------------------------------------------------------- judul kolom
def _peta_sinonim(kolom_wajib, sinonim, kolom_lain) -> dict[str, list[str]]:
    peta: dict[str, list[str]] = {}
    for baku in list(kolom_wajib) + list(sinonim) + list(kolom_lain):
        daftar = peta.setdefault(baku, [])
        for s in [baku, *sinonim.get(baku, [])]:
            k = kunci_judul(s)
            if k and k not in daftar:
                daftar.append(k)
    return peta


def _cocokkan(kunci: list[str], peta) -> dict[str, int]:
    hasil: dict[str, int] = {}
    for j, teks in enumerate(kunci):
        if not teks:
            continue
        for baku, nama in peta.items():
            if baku not in hasil and teks in nama:
                hasil[baku] = j
                break
    return hasil


def _cari_judul(kepala: list[list[str]], peta, wajib) -> tuple[int | None, dict[str, int], list[str]]:
    """(indeks baris judul, {baku: kolom}, kolom wajib yang kurang) dari baris-baris awal."""
    terbaik = (None, {}, list(wajib))
    for i, kunci in enumerate(kepala):
        cocok = _cocokkan(kunci, peta)
        if i > 0 and cocok:
            atas = kepala[i - 1]
            gabung = _cocokkan([s if s else a for s, a in zip(kunci, atas)], peta)
            cocok = {**gabung, **cocok}
        kurang = [k for k in wajib if k not in cocok]
        if not kurang and cocok:
            return i, cocok, []
        if len(cocok) >= 2 and len(cocok) > len(terbaik[1]):
            terbaik = (i, cocok, kurang)
    return terbaik


def _kunci_baris(mentah: pd.DataFrame, n: int) -> list[list[str]]:
    kepala = mentah.iloc[:n]
    return [[kunci_judul(v) for v in baris] for baris in kepala.itertuples(index=False, name=None)]


# --------------------------------------------------------------------------- baca_tabel
def baca_tabel(berkas, *, lembar=None, kolom_wajib=(), sinonim: dict | None = None, kolom_lain=(),
               nama_tabel: str = "tabel", galat_judul=GalatData, saran_judul: str | None = None,
               rumus_galat: bool = True) -> pd.DataFrame:
    """Baca satu tabel pengguna (.xlsx/.xlsm/.csv/.txt) menjadi tabel sel mentah berkolom baku.

    ``kolom_wajib``: nama baku kolom yang harus ada; ``sinonim``: {nama baku: [judul lain]}
    (dibandingkan tanpa huruf besar dan tanda baca); ``kolom_lain``: kolom baku yang boleh ada.
    ``lembar``: nama (atau nomor mulai 0) lembar Excel; ``None`` = lembar pertama yang memuat
    semua kolom wajib.

    Hasil: satu kolom per nama baku yang ditemukan (sel kosong = ``None``/NA; sel Excel tetap
    bertipe angka/tanggal, sel CSV berupa teks) dan ``baris_berkas`` (nomor baris Excel).
    ``attrs``: ``berkas``, ``lembar``, ``baris_judul``, ``dilewati`` (Masalah baris kosong dan
    baris jumlah yang dilewati), ``pengodean``/``pemisah`` (CSV), ``jenis`` ("excel"/"teks").
    Sel rumus yang belum dihitung menaikkan :class:`~kopkit.dasar.galat.GalatData` (kode R030)
    bila ``rumus_galat``; bila tidak, masalahnya ada di ``attrs["masalah"]``.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "anggota.csv"
    >>> _ = p.write_bytes("No. Anggota,Nama\\r\\nA-01,Siti Aminah\\r\\n".encode("utf-8-sig"))
    >>> t = baca_tabel(p, kolom_wajib=["id_anggota", "nama"], sinonim={"id_anggota": ["no anggota"]})
    >>> t.values.tolist(), t.attrs["pengodean"], t.attrs["pemisah"]
    ([['A-01', 'Siti Aminah', 2]], 'utf-8-sig', ',')
    >>> baca_tabel(p.parent / "tidak_ada.csv")
    Traceback (most recent call last):
    ...
    kopkit.dasar.galat.GalatBerkas: Berkas 'tidak_ada.csv' tidak ditemukan. ...
    """
    sinonim = dict(sinonim or {})
    peta = _peta_sinonim(kolom_wajib, sinonim, kolom_lain)
    path = _periksa_path(berkas)
    awal = _buka_awal(path)
    jenis = _jenis_isi(path, awal)
    masalah: list[Masalah] = []
    if jenis == "teks":
        mentah, info = _baca_teks(path, awal)
        nama_lembar = None
        kepala = _kunci_baris(mentah, _MAKS_JUDUL)
        i_judul, kolom, kurang = _cari_judul(kepala, peta, kolom_wajib)
        if i_judul is None or kurang:
            _gagal_judul(path, None, kolom_wajib, kurang if i_judul is not None else list(kolom_wajib),
                         i_judul, nama_tabel, galat_judul, saran_judul, info, kepala)
    else:
        info = {"jenis": "excel"}
        try:
            wb = _buka_excel(path)
        except PermissionError:
            raise _galat_berkas("R004", f"Berkas '{path.name}' tidak dapat dibuka: izin ditolak.", str(path),
                                "Tutup berkas itu di Excel, lalu coba lagi.") from None
        except Exception:  # zip rusak/terpotong, XML rusak, bukan buku kerja: jangan bocorkan galat mentah
            raise _galat_excel_gagal(path) from None
        try:
            daftar = _lembar_excel(path, wb, lembar)
            hasil_lembar, gagal = None, None
            for nama in daftar:
                mentah, m_rumus = _isi_lembar(path, wb, nama)
                kepala = _kunci_baris(mentah, _MAKS_JUDUL)
                i_judul, kolom, kurang = _cari_judul(kepala, peta, kolom_wajib)
                if i_judul is not None and not kurang:
                    hasil_lembar = (nama, mentah, m_rumus, i_judul, kolom)
                    break
                if gagal is None:
                    gagal = (nama, mentah, m_rumus, i_judul, kolom, kurang, kepala)
            if hasil_lembar is None:
                nama, mentah, m_rumus, i_judul, kolom, kurang, kepala = gagal
                lain = []
                if lembar is not None:
                    for n in _nama_lembar_kerja(wb):
                        if n != lembar:
                            m2, _ = _isi_lembar(path, wb, n)
                            i2, _, k2 = _cari_judul(_kunci_baris(m2, _MAKS_JUDUL), peta, kolom_wajib)
                            if i2 is not None and not k2:
                                lain.append(n)
                info["lembar_lain"] = lain
                info["semua_lembar"] = _nama_lembar_kerja(wb)
                _gagal_judul(path, nama if lembar is not None or len(daftar) == 1 else None, kolom_wajib,
                             kurang if i_judul is not None else list(kolom_wajib), i_judul, nama_tabel,
                             galat_judul, saran_judul, info, kepala)
            nama_lembar, mentah, masalah, i_judul, kolom = hasil_lembar
        finally:
            wb.close()
    if not kolom_wajib and i_judul is None:
        i_judul, kolom = 0, {}
    return _susun(path, mentah, nama_lembar, i_judul, kolom, peta, masalah, info, rumus_galat)


def _buka_buku_kerja(berkas):
    path = _periksa_path(berkas)
    if _jenis_isi(path, _buka_awal(path)) != "xlsx":
        raise _galat_berkas("R011", f"Berkas '{path.name}' bukan buku kerja Excel.", str(path),
                            "Pilih berkas Excel (.xlsx).")
    try:
        return path, _buka_excel(path)
    except Exception:
        raise _galat_excel_gagal(path) from None


def daftar_lembar(berkas) -> list[str]:
    """Nama lembar kerja sebuah buku kerja Excel (lembar grafik dilewati), urut seperti di Excel.

    >>> import tempfile, pathlib
    >>> from kopkit.dasar.excel import buku_kerja_baru, simpan_buku_kerja
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.xlsx"; wb = buku_kerja_baru(); wb.active.title = "Jurnal"
    >>> _ = wb.create_sheet("Anggota"); _ = simpan_buku_kerja(wb, p)
    >>> daftar_lembar(p)
    ['Jurnal', 'Anggota']
    """
    path, wb = _buka_buku_kerja(berkas)
    try:
        return _nama_lembar_kerja(wb)
    finally:
        wb.close()


def sel_lembar(berkas, lembar: str) -> pd.DataFrame:
    """Isi mentah satu lembar (tanpa mencari judul kolom): baris/kolom mulai dari sel A1, sel kosong
    ``None``, sel gabung diisi, angka bulat sebagai bilangan bulat. Untuk lembar yang bukan tabel
    (petunjuk, profil); tabel dibaca dengan :func:`baca_tabel`.

    >>> import tempfile, pathlib
    >>> from kopkit.dasar.excel import buku_kerja_baru, simpan_buku_kerja, tambah_baris
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.xlsx"; wb = buku_kerja_baru()
    >>> tambah_baris(wb.active, ["Versi templat", "2025.1"]); tambah_baris(wb.active, [None, 150000])
    >>> _ = simpan_buku_kerja(wb, p)
    >>> sel_lembar(p, "Sheet").values.tolist()
    [['Versi templat', '2025.1'], [None, 150000]]
    """
    path, wb = _buka_buku_kerja(berkas)
    try:
        nama = _lembar_excel(path, wb, lembar)[0]
        return _isi_lembar(path, wb, nama, semua=True)[0]
    finally:
        wb.close()


def _galat_excel_gagal(path: Path) -> GalatBerkas:
    """Galat yang tepat untuk zip yang tidak dapat dibuka sebagai buku kerja Excel."""
    try:
        with zipfile.ZipFile(path) as z:
            isi = z.namelist()
    except Exception:
        return _galat_excel_rusak(path)
    if "xl/workbook.xml" not in isi:
        return _galat_berkas("R009", f"Berkas '{path.name}' adalah arsip zip atau dokumen lain (mis. Word), "
                             "bukan buku kerja Excel; tidak dapat dibaca.", str(path),
                             "Pilih berkas Excel (.xlsx) yang benar, atau simpan datanya dari Excel.")
    return _galat_excel_rusak(path)


def _gagal_judul(path, lembar, wajib, kurang, i_judul, nama_tabel, galat, saran, info, kepala):
    lokasi = {"berkas": path.name, "lembar": lembar}
    daftar_judul = ", ".join(wajib)
    saran = saran or f"Baris judul tabel harus memuat kolom: {daftar_judul}."
    if i_judul is None:
        saran += f" (Judul kolom dicari di {_MAKS_JUDUL} baris pertama.)"
        pesan = f"Judul kolom {nama_tabel} tidak ditemukan (kurang: {', '.join(kurang)})."
        if info.get("jenis") == "teks":
            satu_kolom = [k for k in kepala if any(k)]
            if satu_kolom and all(sum(1 for s in k if s) <= 1 for k in satu_kolom[:10]):
                saran += (" Berkas tampaknya hanya berisi satu kolom per baris: simpan dari Excel sebagai "
                          "'CSV UTF-8' atau pastikan pemisahnya titik koma (;), koma (,) atau tab.")
            if info.get("pengodean") in ("cp1252", "latin-1"):
                saran += " (Berkas tersimpan dengan pengodean Windows lama; 'CSV UTF-8' lebih aman.)"
        elif info.get("lembar_lain"):
            saran += f" Tabel ini tampaknya ada di lembar: {', '.join(info['lembar_lain'])}."
        elif info.get("semua_lembar") and lembar is None:
            saran += f" Lembar yang diperiksa: {', '.join(info['semua_lembar'])}; pilih lembar dengan lembar='...'."
        raise galat(pesan, **lokasi, kode="R020", saran=saran)
    raise galat(f"Kolom wajib {nama_tabel} tidak ada: {', '.join(kurang)}.", **lokasi, baris=i_judul + 1,
                kode="R021", saran=saran + (f" Tabel ini tampaknya ada di lembar: {', '.join(info['lembar_lain'])}."
                                            if info.get("lembar_lain") else ""))


def _rapikan(arr) -> np.ndarray:
    """Satu lintasan per kolom: teks dirapikan (spasi tepi dibuang), sel kosong menjadi None, angka
    bulat dari Excel menjadi bilangan bulat (Excel menyimpan semua angka sebagai pecahan) dan tanggal
    menjadi tanggal-jam (nilai calamine dibuat sama dengan yang dibaca openpyxl); nilai lain tetap."""
    hasil = np.empty(len(arr), dtype=object)
    batas, tgl, tgl_jam = _BULAT_AMAN, _date, _datetime
    hasil[:] = [(v.strip() or None) if (c := v.__class__) is str
                else (int(v) if v.is_integer() and -batas < v < batas else (None if v != v else v)) if c is float
                else None if v is None
                else tgl_jam(v.year, v.month, v.day) if c is tgl
                else v
                for v in arr]
    return hasil


# Saring cepat calon baris jumlah sebelum aturan lengkap baris_jumlah() (yang menentukan).
_AWAL_JUMLAH = re.compile(r"(?:sub|grand|total|jumlah)", re.IGNORECASE)


def _susun(path, mentah, nama_lembar, i_judul, kolom, peta, masalah, info, rumus_galat) -> pd.DataFrame:
    lokasi = {"berkas": path.name, "lembar": nama_lembar}
    n_isi = max(len(mentah) - i_judul - 1, 0)
    baris_berkas = np.arange(i_judul + 2, i_judul + 2 + n_isi, dtype="int64")
    # Rumus belum dihitung: hanya yang ada di kolom yang dipakai dan di baris data (bukan judul/jumlah).
    if masalah:
        nama_kolom = {j: baku for baku, j in kolom.items()}
        masalah = [replace(m, kolom=nama_kolom[_nomor_kolom(m.kolom)])
                   for m in masalah if (m.baris or 0) > i_judul + 1 and m.kolom
                   and _nomor_kolom(m.kolom) in nama_kolom]
    # Judul ganda: dua kolom yang sama-sama berarti satu nama baku (mis. "Debet" dan "Debit"): jangan pilih diam-diam.
    judul = mentah.iloc[i_judul].tolist() if len(mentah) else []
    kunci = [kunci_judul(v) for v in judul]
    for baku in kolom:
        sama = [j for j, k in enumerate(kunci) if k and k in peta[baku]]
        if len(sama) > 1:
            nama = " dan ".join(f"'{judul[j]}'" for j in sama[:2])
            raise GalatData(f"Kolom {nama} sama-sama berarti {baku}; tidak jelas mana yang dipakai.", **lokasi,
                            baris=i_judul + 1, kolom=str(judul[sama[1]]), kode="R022",
                            saran="Hapus atau ganti judul salah satu kolom itu.")
    kosong = np.ones(n_isi, bool)
    label = np.full(n_isi, None, dtype=object)
    dipakai = {}
    for j in range(mentah.shape[1]):
        nilai = _rapikan(mentah.iloc[i_judul + 1:, j].to_numpy(dtype=object))
        k = pd.isna(nilai)
        baru = kosong & ~k
        if baru.any():
            label[baru] = nilai[baru]
        kosong &= k
        if j in kolom.values():
            dipakai[j] = nilai
    awal = _AWAL_JUMLAH.match
    calon = np.fromiter((v.__class__ is str and (v[:1] in "sStTjJgG" or not v[:1].isalnum()) for v in label), bool, n_isi)
    jumlah = np.zeros(n_isi, bool)
    for pos in np.flatnonzero(calon):
        v = label[pos]
        if awal(v) and baris_jumlah(v):
            jumlah[pos] = True
    dilewati = [Masalah(f"Baris jumlah/total ('{str(label[p]).strip()}') dilewati.", **lokasi,
                        baris=int(baris_berkas[p]), kode="R032",
                        saran="Baris jumlah tidak dibaca sebagai data; bila ini data, ganti tulisannya.")
                for p in np.flatnonzero(jumlah)]
    n_kosong = int(kosong.sum())
    if n_kosong:
        dilewati.append(Masalah(f"{n_kosong} baris kosong dilewati.", **lokasi, kode="R031"))
    pakai = ~(kosong | jumlah)
    semua = bool(pakai.all())
    t = pd.DataFrame({baku: pd.Series(dipakai[j] if semua else dipakai[j][pakai], dtype=object)
                      for baku, j in kolom.items()})
    t["baris_berkas"] = baris_berkas[pakai]
    baris_dipakai = set(baris_berkas[pakai].tolist())
    rumus = [m for m in masalah if m.kode == "R030" and m.baris in baris_dipakai]
    if rumus and rumus_galat:
        from kopkit.dasar.galat import gagal_bila_ada

        gagal_bila_ada(rumus, f"Berkas {path.name}: sel berisi rumus yang belum dihitung — buka dan simpan di Excel")
    t.attrs.update({"berkas": path.name, "lembar": nama_lembar, "baris_judul": i_judul + 1,
                    "dilewati": dilewati, "masalah": rumus, **info})
    return t


# --------------------------------------------------------------------------- kolom cepat
_POLA_RIBUAN = re.compile(r"\d{1,3}(?:\.\d{3}){1,4}")


def _susun_kembali(seri, hasil, sisa, baris, parse, masalah_kolom, lokasi, kolom):
    """Sel yang tidak tertangkap jalur cepat: lewat pengurai uang.py (hasil dan pesan sama)."""
    if not len(sisa):
        return []
    bagian = pd.Series(seri[sisa], dtype=object)
    masalah = masalah_kolom(bagian, kolom=kolom, baris_awal=0, **lokasi)
    salah = [m.baris for m in masalah]
    if salah:
        bagian[salah] = None
    hasil[sisa] = parse(bagian, kolom=kolom).to_numpy()
    return [Masalah(m.pesan, berkas=m.berkas, lembar=m.lembar, baris=int(baris[sisa[m.baris]]),
                    kolom=m.kolom, saran=m.saran, kode=m.kode or "R040") for m in masalah]


def _lewat_unik(fungsi, seri, *, berkas, lembar, kolom, baris, rapi, kosong_nilai):
    """Jalankan ``fungsi`` sekali per teks berbeda (kolom impor penuh nilai berulang), lalu sebarkan
    hasil dan masalahnya ke setiap baris dengan nomor baris berkasnya."""
    n = len(seri)
    baris = np.arange(2, n + 2) if baris is None else np.asarray(baris)
    arr = seri.to_numpy(dtype=object) if rapi else _rapikan(seri.to_numpy(dtype=object))
    try:
        kode, unik = pd.factorize(arr, use_na_sentinel=True)
    except TypeError:  # nilai yang tidak dapat di-hash (jarang): tanpa peringkasan
        kode, unik = np.arange(n), arr
    unik = np.asarray(unik, dtype=object)
    nilai_u, masalah_u = fungsi(unik, np.arange(len(unik)))
    hasil = nilai_u[np.where(kode >= 0, kode, 0)] if len(unik) else np.full(n, kosong_nilai)
    if len(unik):
        hasil[kode < 0] = kosong_nilai
    masalah = []
    if masalah_u:
        per_unik = {m.baris: m for m in masalah_u}
        for posisi in np.flatnonzero(np.isin(kode, list(per_unik))):
            m = per_unik[int(kode[posisi])]
            masalah.append(Masalah(m.pesan, berkas=berkas, lembar=lembar, baris=int(baris[posisi]), kolom=kolom,
                                   saran=m.saran, kode=m.kode or "R040"))
    return hasil, masalah


def kolom_rupiah(seri: pd.Series, *, berkas=None, lembar=None, kolom=None, baris=None, rapi: bool = False):
    """(Series Int64, daftar Masalah) untuk satu kolom rupiah; sel kosong atau salah menjadi <NA>.

    Bentuk yang paling sering ("1250000", "1.250.000") dibaca sekaligus; sisanya lewat
    :func:`kopkit.dasar.uang.masalah_kolom_rupiah` sehingga hasil dan pesannya sama dengan
    :func:`~kopkit.dasar.uang.parse_rupiah`. ``baris``: nomor baris berkas per sel (bawaan 2, 3, ...);
    ``rapi=True``: sel sudah dirapikan oleh :func:`baca_tabel` (lewati perapian ulang).

    >>> nilai, m = kolom_rupiah(pd.Series(["1.250.000", "Rp 5.000,-", None, "abc"]))
    >>> nilai.tolist(), [x.baris for x in m]
    ([1250000, 5000, <NA>, <NA>], [5])
    """
    if pd.api.types.is_integer_dtype(seri.dtype) or pd.api.types.is_float_dtype(seri.dtype):
        seri = seri.astype(object)
    hasil, masalah = _lewat_unik(_rupiah_unik, seri, berkas=berkas, lembar=lembar, kolom=kolom, baris=baris,
                                 rapi=rapi, kosong_nilai=pd.NA)
    return pd.Series(pd.array(hasil, dtype="Int64"), index=seri.index, name=seri.name), masalah


def _rupiah_unik(arr, baris):
    from kopkit.dasar.uang import masalah_kolom_rupiah, parse_kolom_rupiah

    n = len(arr)
    angka = np.empty(n, dtype=object)
    cepat = np.zeros(n, bool)
    ribuan = _POLA_RIBUAN.fullmatch
    for i, v in enumerate(arr):
        if v.__class__ is str:
            if v.isascii() and v.isdigit() and len(v) <= 15:
                angka[i] = int(v)
                cepat[i] = True
            elif ribuan(v):
                angka[i] = int(v.replace(".", ""))
                cepat[i] = True
        elif v.__class__ is int and abs(v) < 2**62:
            angka[i] = v
            cepat[i] = True
    kosong = pd.isna(arr)
    angka[kosong] = pd.NA
    masalah = _susun_kembali(arr, angka, np.flatnonzero(~(cepat | kosong)), baris,
                             lambda b, kolom: parse_kolom_rupiah(b, kolom=kolom).astype(object),
                             masalah_kolom_rupiah, {}, None)
    return angka, masalah


_POLA_DMY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


def kolom_tanggal(seri: pd.Series, *, berkas=None, lembar=None, kolom=None, baris=None, rapi: bool = False):
    """(Series datetime64 dengan NaT untuk kosong/salah, daftar Masalah) untuk satu kolom tanggal.

    "2025-01-31" dan "31/01/2025" (hari dulu) dibaca sekaligus; sisanya lewat
    :func:`kopkit.dasar.uang.masalah_kolom_tanggal` (hasil dan pesan sama dengan
    :func:`~kopkit.dasar.uang.parse_tanggal`).

    >>> nilai, m = kolom_tanggal(pd.Series(["2025-01-31", "02/01/2025", "5 Mei 2025", "31/02/2025"]))
    >>> [str(t.date()) if pd.notna(t) else None for t in nilai], [x.baris for x in m]
    (['2025-01-31', '2025-01-02', '2025-05-05', None], [5])
    """
    if pd.api.types.is_datetime64_any_dtype(seri.dtype):
        from kopkit.dasar.uang import parse_kolom_tanggal

        return parse_kolom_tanggal(seri), []
    hasil, masalah = _lewat_unik(_tanggal_unik, seri, berkas=berkas, lembar=lembar, kolom=kolom, baris=baris,
                                 rapi=rapi, kosong_nilai=np.datetime64("NaT"))
    return pd.Series(hasil.astype("datetime64[us]"), index=seri.index, name=seri.name), masalah


def _tanggal_unik(arr, baris):
    from kopkit.dasar.uang import masalah_kolom_tanggal, parse_kolom_tanggal

    n = len(arr)
    hasil = np.full(n, np.datetime64("NaT"), dtype="datetime64[us]")
    kosong = pd.isna(arr)
    selesai = kosong.copy()
    dmy = _POLA_DMY.fullmatch
    iso = np.fromiter((v.__class__ is str and len(v) == 10 and v[4] == "-" and v[7] == "-" for v in arr), bool, n)
    hari_dulu = np.fromiter((v.__class__ is str and dmy(v) is not None for v in arr), bool, n)
    for cocok, fmt in ((iso, "%Y-%m-%d"), (hari_dulu, "%d/%m/%Y")):
        if cocok.any():
            t = pd.to_datetime(pd.Series(arr[cocok], dtype=object), format=fmt, errors="coerce").to_numpy()
            ok = ~pd.isna(t)
            idx = np.flatnonzero(cocok)[ok]
            hasil[idx] = t[ok].astype("datetime64[us]")
            selesai[idx] = True
    masalah = _susun_kembali(arr, hasil, np.flatnonzero(~selesai), baris,
                             lambda b, kolom: parse_kolom_tanggal(b, kolom=kolom).astype("datetime64[us]"),
                             masalah_kolom_tanggal, {}, None)
    return hasil, masalah
