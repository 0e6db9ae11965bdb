"""Korpus masukan buruk dan canggung untuk setiap pemuat berkas (lapisan baca kopkit.dasar.baca).

Setiap kasus dibangkitkan di tmp_path dan memeriksa: kelas galat, kode masalah, pesan berbahasa
Indonesia (tanpa kata Inggris/jargon Python), dan lokasi (berkas, lembar, baris, kolom). Masukan
canggung yang sah (BOM, cp1252, UTF-16, titik koma, tab, baris judul, baris kosong, subtotal,
sel gabung, lembar lain) harus terbaca dengan benar. Tabel penguraian di bagian akhir memastikan
teks rupiah/persen/tanggal yang sama dibaca sama oleh setiap pintu masuk.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from decimal import Decimal

import pandas as pd
import pytest
from openpyxl import Workbook

from kopkit.buku.impor import baca_jurnal_excel, masalah_berkas_jurnal
from kopkit.dasar.baca import baca_tabel, kolom_rupiah, kolom_tanggal
from kopkit.dasar.galat import GalatAturan, GalatBerkas, GalatData, GalatKopkit, GalatMasukan
from kopkit.dasar.uang import parse_kolom_rupiah, parse_kolom_tanggal, parse_persen, parse_rupiah, parse_tanggal
from kopkit.pasar.analisis import baca_penjualan, periksa_penjualan
from kopkit.pasar.biaya import KOLOM_TARIF, muat_tarif, periksa_tarif
from kopkit.shu.inti import baca_aturan

# Kata yang tidak boleh muncul di pesan untuk peserta (bahasa Inggris atau jargon Python).
_INGGRIS = re.compile(r"\b(Error|Traceback|expected|invalid|codec|Exception|failed|cannot|not found|"
                      r"None|NaN|NaT|DataFrame|Series|dtype|utf-8' codec|BadZipFile|KeyError|ValueError)\b")


def _indonesia(teks: str) -> None:
    assert not _INGGRIS.search(teks), f"pesan memuat kata Inggris/jargon: {teks!r}"
    assert "Cara memperbaiki" in teks or "masalah ditemukan" in teks, f"pesan tanpa cara memperbaiki: {teks!r}"


# --------------------------------------------------------------------------- tabel baik per pemuat
_TARIF = muat_tarif().head(6).astype(str).replace({"nan": "", "<NA>": "", "None": ""})
_TARIF = _TARIF.map(lambda v: v.encode("ascii", "replace").decode())

TABEL = {
    "jurnal": [["Tanggal", "No. Bukti", "Akun", "Keterangan", "Debit", "Kredit"],
               ["02/01/2025", "BKM-1", "101", "Setoran Café", "1.250.000", ""],
               ["", "", "301", "Setoran", "", "1.250.000"]],
    "penjualan": [["id_pesanan", "tanggal", "kanal", "id_produk", "jumlah", "harga_satuan", "status"],
                  ["A1", "05/05/2025", "Shopee", "PR01", "2", "12.500", "selesai"],
                  ["A2", "06/05/2025", "WA", "PR02", "1", "5.000", "Selesai"]],
    "aturan_shu": [["pos", "persen", "keterangan"], ["cadangan", "40", "Café"], ["jasa_modal", "20", ""],
                   ["jasa_usaha", "40", ""]],
    "tarif": [list(KOLOM_TARIF)] + [[str(r[k]) for k in KOLOM_TARIF] for _, r in _TARIF.iterrows()],
}


def _hasil(nama, hasil):
    """Ringkasan bacaan yang benar per pemuat (dibandingkan dengan nilai yang diketahui)."""
    if nama == "jurnal":
        return hasil[["akun", "debit", "kredit"]].values.tolist(), [str(t.date()) for t in hasil["tanggal"]]
    if nama == "penjualan":
        return hasil["harga_satuan"].tolist(), [str(t.date()) for t in hasil["tanggal"]]
    if nama == "aturan_shu":
        return [(p, int(x)) for p, x in zip(hasil["pos"], hasil["persen"])]
    return len(hasil), hasil["platform"].tolist()


HARAPAN = {
    "jurnal": ([["101", 1_250_000, 0], ["301", 0, 1_250_000]], ["2025-01-02", "2025-01-02"]),
    "penjualan": ([12_500, 5_000], ["2025-05-05", "2025-05-06"]),
    "aturan_shu": [("cadangan", 40), ("jasa_modal", 20), ("jasa_usaha", 40)],
    "tarif": (len(_TARIF), _TARIF["platform"].tolist()),
}

# Pemuat: nama -> fungsi yang membaca path (dan menaikkan galat bila ada masalah).
PEMUAT = {
    "jurnal": baca_jurnal_excel,
    "masalah_jurnal": masalah_berkas_jurnal,
    "penjualan": baca_penjualan,
    "periksa_penjualan": periksa_penjualan,
    "aturan_shu": baca_aturan,
    "tarif": muat_tarif,
}
_TABEL_PEMUAT = {"jurnal": "jurnal", "masalah_jurnal": "jurnal", "penjualan": "penjualan",
                 "periksa_penjualan": "penjualan", "aturan_shu": "aturan_shu", "tarif": "tarif"}


def _teks_csv(baris, sep=";"):
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(baris)
    return buf.getvalue()


def _tulis_csv(path, baris, *, enc="utf-8", sep=";"):
    path.write_bytes(_teks_csv(baris, sep).encode(enc))
    return path


def _tulis_xlsx(path, baris, *, judul=None, lembar="Data", lembar_lain=(), gabung=(), awal=1):
    wb = Workbook()
    ws = wb.active
    ws.title = lembar
    for nama in lembar_lain:
        wb.create_sheet(nama, 0)["A1"] = "Catatan: data ada di lembar lain."
    r = awal
    if judul:
        ws.cell(r, 1, judul)
        r += 2
    for isi in baris:
        for j, v in enumerate(isi, start=1):
            if v not in ("", None):
                ws.cell(r, j, v)
        r += 1
    for g in gabung:
        ws.merge_cells(g)
    wb.save(path)
    return path


def _xlsx_bita(baris) -> bytes:
    buf = io.BytesIO()
    wb = Workbook()
    for isi in baris:
        wb.active.append(isi)
    wb.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- kasus berkas buruk
def _ole(*aliran: str) -> bytes:
    """Kepala berkas OLE (format Excel lama / Office berkata sandi) dengan nama aliran UTF-16."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"".join(a.encode("utf-16-le") for a in aliran)


def _buat(tmp_path, jenis, nama_tabel):
    baris = TABEL[nama_tabel]
    if jenis == "tidak_ada":
        return tmp_path / "tidak_ada.csv"
    if jenis == "folder_tidak_ada":
        return tmp_path / "folder_hilang" / "data.xlsx"
    if jenis == "folder":
        (tmp_path / "data.xlsx").mkdir()
        return tmp_path / "data.xlsx"
    if jenis == "kunci_excel":  # berkas kunci yang dibuat Excel selama data.xlsx terbuka
        p = tmp_path / "~$data.xlsx"
        p.write_bytes(b"\x05Siti  " + b"\x00" * 40 + b"S\x00i\x00t\x00i\x00" + b"\x00" * 100)
        return p
    p = {"kosong_csv": "data.csv", "teks_bernama_xlsx": "data.xlsx", "kosong_txt": "data.txt",
         "png_bernama_csv": "data.csv", "html_bernama_csv": "data.csv", "biner": "data.csv"}.get(jenis, "data.xlsx")
    p = tmp_path / p
    isi = {
        "kosong_csv": b"", "kosong_xlsx": b"", "kosong_txt": b"",
        "sandi": _ole("EncryptionInfo", "EncryptedPackage"),
        "xls_lama": _ole("Workbook", "SummaryInformation"),
        "zip_rusak": _xlsx_bita(baris)[:700],
        "zip_bukan_excel": None,
        "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "html": b"<!DOCTYPE html><html><body><table><tr><td>Tanggal</td></tr></table></body></html>",
        "html_bernama_csv": b"<html><table><tr><td>a</td></tr></table></html>",
        "ods": b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
        "png_bernama_csv": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        "teks_bernama_xlsx": _teks_csv(baris).encode("utf-8"),
        "biner": b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 100,
    }[jenis]
    if jenis == "zip_bukan_excel":
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("word/document.xml", "<w:document/>")
        return p
    p.write_bytes(isi)
    return p


KASUS_BERKAS = [  # (jenis, kelas galat, kode)
    ("tidak_ada", GalatBerkas, "R001"),
    ("folder_tidak_ada", GalatBerkas, "R002"),
    ("folder", GalatBerkas, "R003"),
    ("kosong_csv", GalatBerkas, "R005"),
    ("kosong_xlsx", GalatBerkas, "R005"),
    ("kosong_txt", GalatBerkas, "R005"),
    ("sandi", GalatBerkas, "R006"),
    ("xls_lama", GalatBerkas, "R007"),
    ("zip_rusak", GalatBerkas, "R008"),
    ("zip_bukan_excel", GalatBerkas, "R009"),
    ("pdf", GalatBerkas, "R009"),
    ("html", GalatBerkas, "R009"),
    ("html_bernama_csv", GalatBerkas, "R009"),
    ("png_bernama_csv", GalatBerkas, "R009"),
    ("biner", GalatBerkas, "R009"),
    ("ods", GalatBerkas, "R010"),
    ("teks_bernama_xlsx", GalatBerkas, "R011"),
    ("kunci_excel", GalatBerkas, "R016"),
]


@pytest.mark.parametrize("pemuat", list(PEMUAT))
@pytest.mark.parametrize("jenis,kelas,kode", KASUS_BERKAS, ids=[k[0] for k in KASUS_BERKAS])
def test_berkas_buruk(tmp_path, pemuat, jenis, kelas, kode):
    path = _buat(tmp_path, jenis, _TABEL_PEMUAT[pemuat])
    with pytest.raises(kelas) as info:
        PEMUAT[pemuat](path)
    e = info.value
    assert e.kode == kode and [m.kode for m in e.masalah] == [kode]
    assert e.berkas is not None and path.name in str(e.berkas)
    _indonesia(str(e))


@pytest.mark.parametrize("pemuat", list(PEMUAT))
@pytest.mark.parametrize("nilai", [123, ["data.csv"], b"data.csv", 1.5], ids=["angka", "daftar", "bita", "pecahan"])
def test_argumen_bukan_berkas(pemuat, nilai):
    with pytest.raises(GalatMasukan) as info:
        PEMUAT[pemuat](nilai)
    _indonesia(str(info.value))


@pytest.mark.parametrize("pemuat", list(PEMUAT))
def test_izin_ditolak(tmp_path, monkeypatch, pemuat):
    path = _tulis_csv(tmp_path / "data.csv", TABEL[_TABEL_PEMUAT[pemuat]])
    asli = open

    def buka(p, *a, **k):
        if str(p) == str(path):
            raise PermissionError(13, "Permission denied")
        return asli(p, *a, **k)

    monkeypatch.setattr("builtins.open", buka)
    with pytest.raises(GalatBerkas) as info:
        PEMUAT[pemuat](path)
    assert info.value.kode == "R004" and info.value.berkas
    _indonesia(str(info.value))


def _judul_salah(nama):
    return [["nama", "alamat", "telepon"], ["Siti", "Jabung", "0812"]]


def _kolom_kurang(nama):
    baris = [list(r) for r in TABEL[nama]]
    return [r[:1] + r[2:] for r in baris]  # kolom kedua (wajib di semua tabel) dibuang


@pytest.mark.parametrize("pemuat", list(PEMUAT))
@pytest.mark.parametrize("bentuk", ["csv", "xlsx"])
@pytest.mark.parametrize("kasus,kode", [(_judul_salah, "R020"), (_kolom_kurang, "R021")],
                         ids=["judul_tidak_ada", "kolom_wajib_kurang"])
def test_judul_tidak_ditemukan(tmp_path, pemuat, bentuk, kasus, kode):
    nama = _TABEL_PEMUAT[pemuat]
    baris = kasus(nama)
    path = (_tulis_csv(tmp_path / "data.csv", baris) if bentuk == "csv"
            else _tulis_xlsx(tmp_path / "data.xlsx", baris, lembar="Lembar1"))
    kelas = GalatAturan if nama == "tarif" else GalatData
    if pemuat == "periksa_penjualan":  # pemeriksa mengembalikan daftar masalah, bukan galat
        masalah = periksa_penjualan(path)
        assert [m.kode for m in masalah] == [kode] and masalah[0].berkas == path.name
        _indonesia(str(masalah[0]))
        return
    with pytest.raises(kelas) as info:
        PEMUAT[pemuat](path)
    e = info.value
    assert kode in [m.kode for m in e.masalah]
    m = next(m for m in e.masalah if m.kode == kode)
    assert m.berkas == path.name
    if bentuk == "xlsx":
        assert m.lembar == "Lembar1"
    if kode == "R021":
        assert m.baris == 1
    _indonesia(str(e))


_NAMA_KOLOM_B = {"jurnal": "no_bukti", "penjualan": "tanggal", "aturan_shu": "persen", "tarif": "kategori"}


@pytest.mark.parametrize("pemuat", ["jurnal", "masalah_jurnal", "penjualan", "aturan_shu", "tarif"])
def test_rumus_tanpa_nilai_tersimpan(tmp_path, pemuat):
    nama = _TABEL_PEMUAT[pemuat]
    baris = [list(r) for r in TABEL[nama]]
    j = 1  # kolom B (kolom wajib kedua di setiap tabel)
    baris[2][j] = "=B2"
    path = _tulis_xlsx(tmp_path / "rumus.xlsx", baris, lembar="Isi")
    with pytest.raises(GalatData) as info:
        PEMUAT[pemuat](path)
    m = info.value.masalah[0]
    assert (m.kode, m.berkas, m.lembar, m.baris) == ("R030", "rumus.xlsx", "Isi", 3)
    assert "B3" in m.pesan and m.kolom == _NAMA_KOLOM_B[nama]
    assert "rumus yang belum dihitung" in str(info.value) and "simpan di Excel" in str(info.value)
    _indonesia(str(info.value))


def test_rumus_di_baris_jumlah_atau_kolom_lain_tidak_mengganggu(tmp_path):
    """=SUM() tanpa nilai tersimpan di baris Jumlah (dilewati) atau di kolom yang tidak dipakai."""
    isi = [list(r) + ["Catatan"] for r in TABEL["jurnal"]]
    isi[1][-1] = "=1+1"
    isi.append(["Jumlah", None, None, None, "=SUM(E2:E3)", "=SUM(F2:F3)"])
    jurnal = baca_jurnal_excel(_tulis_xlsx(tmp_path / "j.xlsx", isi))
    assert jurnal["debit"].tolist() == [1_250_000, 0]


def test_lembar_salah_menyebut_lembar_yang_ada(tmp_path):
    path = _tulis_xlsx(tmp_path / "j.xlsx", TABEL["jurnal"], lembar="Januari", lembar_lain=["Catatan"])
    with pytest.raises(GalatBerkas) as info:
        baca_jurnal_excel(path, "Februari")
    e = info.value
    assert e.kode == "R012" and "Catatan" in str(e) and "Januari" in str(e)
    # lembar salah yang ada tetapi bukan jurnal: disebut lembar yang berisi jurnal
    with pytest.raises(GalatData) as info:
        baca_jurnal_excel(path, "Catatan")
    assert info.value.lembar == "Catatan" and "Januari" in str(info.value)


# --------------------------------------------------------------------------- masukan canggung yang sah
def _baik(tmp_path, varian, nama):
    baris = [list(r) for r in TABEL[nama]]
    if varian == "utf8_koma":
        return _tulis_csv(tmp_path / "d.csv", baris, sep=",")
    if varian == "utf8_bom_titik_koma":  # Excel "CSV UTF-8"
        return _tulis_csv(tmp_path / "d.csv", baris, enc="utf-8-sig")
    if varian == "cp1252_titik_koma":  # Excel Windows lama "CSV (dipisah koma)"
        return _tulis_csv(tmp_path / "d.csv", baris, enc="cp1252")
    if varian == "utf16_tab":  # Excel "Teks Unicode"
        return _tulis_csv(tmp_path / "d.txt", baris, enc="utf-16", sep="\t")
    if varian == "tab_txt":
        return _tulis_csv(tmp_path / "d.txt", baris, sep="\t")
    if varian == "judul_kosong_subtotal":
        isi = [["LAPORAN KSU TUNAS MAKMUR"], ["Dicetak 31/12/2025"], [], baris[0], baris[1], [], ["Subtotal"]]
        isi += baris[2:] + [["Sub Total", "", ""], ["JUMLAH"], ["Total:"]]
        return _tulis_csv(tmp_path / "d.csv", isi)
    if varian == "xlsx_lembar_kedua_judul_gabung":
        return _tulis_xlsx(tmp_path / "d.xlsx", baris, judul="DAFTAR", lembar="Data", lembar_lain=["Sampul"],
                           gabung=["A1:C1"])
    if varian == "xlsx_kosong_subtotal":
        return _tulis_xlsx(tmp_path / "d.xlsx", baris[:2] + [[]] + [["Subtotal"]] + baris[2:] + [["Jumlah"]])
    if varian == "csv_bernama_tanpa_akhiran":
        return _tulis_csv(tmp_path / "ekspor", baris)
    raise AssertionError(varian)


VARIAN_BAIK = ["utf8_koma", "utf8_bom_titik_koma", "cp1252_titik_koma", "utf16_tab", "tab_txt",
               "judul_kosong_subtotal", "xlsx_lembar_kedua_judul_gabung", "xlsx_kosong_subtotal",
               "csv_bernama_tanpa_akhiran"]


@pytest.mark.parametrize("nama", list(TABEL))
@pytest.mark.parametrize("varian", VARIAN_BAIK)
def test_masukan_canggung_terbaca_benar(tmp_path, nama, varian):
    path = _baik(tmp_path, varian, nama)
    hasil = PEMUAT[nama](path)
    assert _hasil(nama, hasil) == HARAPAN[nama]


def test_jurnal_sel_gabung_dan_nomor_baris(tmp_path):
    """Tanggal dan nomor bukti digabung ke bawah; baris kosong tidak menggeser nomor baris."""
    isi = [["JURNAL UMUM"], [], ["Tgl", "No. Bukti", "Kode Akun", "Uraian", "Debet", "Kredit"],
           [dt.datetime(2025, 1, 2), "BKM-1", 101, "Setoran", 1_250_000, None],
           [None, None, 301, "Setoran", None, 1_250_000], [],
           [dt.datetime(2025, 1, 3), "BKK-1", "501 - Beban", "Listrik", 200_000, None],
           [None, None, "101", "Listrik", None, "dua ratus"]]
    path = _tulis_xlsx(tmp_path / "j.xlsx", isi, gabung=["A4:A5", "B4:B5", "A1:F1"])
    masalah = masalah_berkas_jurnal(path)
    assert [(m.baris, m.kolom, m.lembar) for m in masalah] == [(8, "kredit", "Data")]
    assert "BKK-1" in masalah[0].pesan
    isi[-1][-1] = 200_000
    jurnal = baca_jurnal_excel(_tulis_xlsx(tmp_path / "j2.xlsx", isi, gabung=["A4:A5", "B4:B5"]))
    assert jurnal["baris_berkas"].tolist() == [4, 5, 7, 8]
    assert jurnal["no_bukti"].tolist() == ["BKM-1", "BKM-1", "BKK-1", "BKK-1"]
    assert jurnal["akun"].tolist() == ["101", "301", "501", "101"]
    assert [str(t.date()) for t in jurnal["tanggal"]] == ["2025-01-02"] * 2 + ["2025-01-03"] * 2
    assert [m.kode for m in jurnal.attrs["dilewati"]] == ["R031"]


@pytest.mark.parametrize("nama,kolom,salah", [
    ("jurnal", "debit", "1.25"), ("jurnal", "tanggal", "31/02/2025"),
    ("penjualan", "harga_satuan", "12,5,0"), ("penjualan", "tanggal", "32/01/2025"),
    ("aturan_shu", "persen", "empat puluh"), ("aturan_shu", "persen", ""), ("aturan_shu", "pos", ""),
    ("tarif", "nilai", "abc"), ("tarif", "platform", ""),
])
@pytest.mark.parametrize("bentuk", ["csv", "xlsx"])
def test_sel_salah_di_baris_yang_tepat(tmp_path, nama, kolom, salah, bentuk):
    """Judul laporan, baris kosong dan subtotal di atasnya: nomor baris tetap seperti di Excel."""
    baris = [list(r) for r in TABEL[nama]]
    j = [k.lower() for k in baris[0]].index(kolom)
    baris[-1][j] = salah
    isi = [["JUDUL LAPORAN"], [], baris[0], baris[1], [], ["Subtotal"]] + baris[2:]
    harapan_baris = len(isi)  # baris terakhir
    path = (_tulis_csv(tmp_path / "d.csv", isi) if bentuk == "csv" else _tulis_xlsx(tmp_path / "d.xlsx", isi))
    pemuat = PEMUAT[nama]
    kelas = {"aturan_shu": GalatAturan, "tarif": GalatAturan}.get(nama, GalatData)
    with pytest.raises((kelas, GalatMasukan)) as info:
        pemuat(path)
    e = info.value
    cocok = [m for m in e.masalah if m.kolom == kolom]
    assert cocok and cocok[0].baris == harapan_baris and cocok[0].berkas == path.name
    if bentuk == "xlsx":
        assert cocok[0].lembar in ("Data", None) or nama in ("tarif",)
    assert isinstance(e, GalatKopkit)
    _indonesia(str(e))


def test_pemisah_dan_pengodean_dilaporkan(tmp_path):
    t = baca_tabel(_tulis_csv(tmp_path / "a.csv", TABEL["jurnal"], enc="cp1252"),
                   kolom_wajib=["akun"], kolom_lain=["debit"])
    assert (t.attrs["pengodean"], t.attrs["pemisah"]) == ("cp1252", ";")
    t = baca_tabel(_tulis_csv(tmp_path / "b.txt", TABEL["jurnal"], enc="utf-16", sep="\t"), kolom_wajib=["akun"])
    assert (t.attrs["pengodean"], t.attrs["pemisah"]) == ("utf-16", "\t")


def test_aturan_satu_baris_jumlah(tmp_path):
    """Satu aturan untuk baris jumlah di semua pemuat: sel terisi pertama berbunyi jumlah/total."""
    isi = [["pos", "persen"], ["cadangan", "40"], ["Jumlah", "40"], ["jasa_modal", "60"], ["Subtotal", "100"],
           ["Sub Total", "100"], ["TOTAL", "100"], ["Grand Total", "100"], ["total keseluruhan", "100"]]
    t = baca_tabel(_tulis_csv(tmp_path / "a.csv", isi), kolom_wajib=["pos", "persen"])
    assert t["pos"].tolist() == ["cadangan", "jasa_modal"]
    assert [m.baris for m in t.attrs["dilewati"]] == [3, 5, 6, 7, 8, 9]


# --------------------------------------------------------------------------- tabel penguraian
RUPIAH = [  # (teks, hasil atau None bila salah)
    ("1250000", 1_250_000), ("1.250.000", 1_250_000), ("Rp 1.250.000", 1_250_000), ("Rp1.250.000,-", 1_250_000),
    ("1.250", 1_250), ("0", 0), ("00120", 120), ("1,5 jt", 1_500_000), ("2 jt", 2_000_000),
    ("1.250.000,00", 1_250_000), ("-5.000", -5_000), ("(5.000)", -5_000), (" 7.500 ", 7_500),
    ("1.25", None), ("12,5,0", None), ("abc", None), ("1.2345.678", None), ("12500.0", None),
    ("Rp", None), ("1..000", None),
]
TANGGAL = [
    ("2025-01-31", dt.date(2025, 1, 31)), ("31/01/2025", dt.date(2025, 1, 31)), ("01/08/2025", dt.date(2025, 8, 1)),
    ("1/8/2025", dt.date(2025, 8, 1)), ("5 Mei 2025", dt.date(2025, 5, 5)), ("1 Agt 2025", dt.date(2025, 8, 1)),
    ("31/02/2025", None), ("2025-02-30", None), ("32/01/2025", None), ("kemarin", None), ("13/13/2025", None),
]
PERSEN = [("40", Decimal(40)), ("33,33", Decimal("33.33")), ("33.33", Decimal("33.33")), ("7,5%", Decimal("7.5")),
          ("0,5 %", Decimal("0.5")), ("empat puluh", None), ("1,2,3", None)]


def _baca_atau_salah(fungsi, teks):
    try:
        return fungsi(teks)
    except GalatMasukan:
        return "salah"


def _setiap_pintu(teks, satu, kolom_uang, kolom_cepat, ubah):
    """Bacaan satu teks lewat setiap pintu masuk (satu nilai, kolom uang.py, kolom cepat baca.py)."""
    nilai, masalah = kolom_cepat(pd.Series([teks]))
    return {"satu": _baca_atau_salah(satu, teks),
            "kolom": _baca_atau_salah(lambda t: ubah(kolom_uang(pd.Series([t]))[0]), teks),
            "kolom_cepat": "salah" if masalah else ubah(nilai[0])}


@pytest.mark.parametrize("teks,harapan", RUPIAH)
def test_tabel_rupiah_sama_di_setiap_fungsi(teks, harapan):
    bacaan = _setiap_pintu(teks, parse_rupiah, parse_kolom_rupiah, kolom_rupiah, int)
    assert set(bacaan.values()) == {"salah" if harapan is None else harapan}, bacaan


@pytest.mark.parametrize("teks,harapan", TANGGAL)
def test_tabel_tanggal_sama_di_setiap_fungsi(teks, harapan):
    bacaan = _setiap_pintu(teks, parse_tanggal, parse_kolom_tanggal, kolom_tanggal, lambda t: t.date())
    assert set(bacaan.values()) == {"salah" if harapan is None else harapan}, bacaan


def test_tabel_rupiah_lewat_pemuat(tmp_path):
    """Satu berkas berisi semua teks rupiah: jurnal (debit) dan penjualan (harga) membaca sama."""
    jurnal = [TABEL["jurnal"][0]] + [["02/01/2025", f"B{i}", "101", "x", t, ""] for i, (t, _) in enumerate(RUPIAH)]
    j = masalah_berkas_jurnal(_tulis_csv(tmp_path / "j.csv", jurnal))
    salah_jurnal = {m.baris for m in j if m.kolom == "debit"}
    jual = [TABEL["penjualan"][0]] + [[f"A{i}", "05/05/2025", "shopee", "P", "1", t, "selesai"]
                                      for i, (t, _) in enumerate(RUPIAH)]
    p = periksa_penjualan(_tulis_csv(tmp_path / "p.csv", jual))
    salah_jual = {m.baris for m in p if m.kolom == "harga_satuan"}
    harapan_salah = {i + 2 for i, (_, h) in enumerate(RUPIAH) if h is None or h < 0}
    harapan_salah_jurnal = {i + 2 for i, (_, h) in enumerate(RUPIAH) if h is None}
    assert salah_jurnal == harapan_salah_jurnal
    assert salah_jual == harapan_salah  # penjualan juga menolak harga negatif
    baik = [(t, h) for t, h in RUPIAH if h is not None and h >= 0]
    hasil = baca_jurnal_excel(_tulis_csv(tmp_path / "j2.csv", [jurnal[0]] + [
        ["02/01/2025", f"B{i}", "101", "x", t, ""] for i, (t, _) in enumerate(baik)]))
    assert hasil["debit"].tolist() == [h for _, h in baik]
    jual2 = baca_penjualan(_tulis_csv(tmp_path / "p2.csv", [jual[0]] + [
        [f"A{i}", "05/05/2025", "shopee", "P", "1", t, "selesai"] for i, (t, _) in enumerate(baik)]))
    assert jual2["harga_satuan"].tolist() == [h for _, h in baik]


def test_tabel_tanggal_lewat_pemuat(tmp_path):
    jurnal = [TABEL["jurnal"][0]] + [[t, f"B{i}", "101", "x", "1.000", ""] for i, (t, _) in enumerate(TANGGAL)]
    j = masalah_berkas_jurnal(_tulis_csv(tmp_path / "j.csv", jurnal))
    jual = [TABEL["penjualan"][0]] + [[f"A{i}", t, "shopee", "P", "1", "1.000", "selesai"]
                                      for i, (t, _) in enumerate(TANGGAL)]
    p = periksa_penjualan(_tulis_csv(tmp_path / "p.csv", jual))
    harapan = {i + 2 for i, (_, h) in enumerate(TANGGAL) if h is None}
    assert {m.baris for m in j if m.kolom == "tanggal"} == harapan
    assert {m.baris for m in p if m.kolom == "tanggal"} == harapan
    baik = [(t, h) for t, h in TANGGAL if h is not None]
    hasil = baca_penjualan(_tulis_csv(tmp_path / "p2.csv", [jual[0]] + [
        [f"A{i}", t, "shopee", "P", "1", "1.000", "selesai"] for i, (t, _) in enumerate(baik)]))
    assert [t.date() for t in hasil["tanggal"]] == [h for _, h in baik]


@pytest.mark.parametrize("teks,harapan", PERSEN + [("500.000", Decimal(500_000)), ("1.250", Decimal(1_250))])
def test_tabel_angka_tarif_sama_dengan_parse_persen(tmp_path, teks, harapan):
    """Kolom nilai_maks tabel tarif dibaca dengan pengurai yang sama ("500.000" = 500 ribu, bukan 500)."""
    baris = [list(r) for r in TABEL["tarif"]]
    i = baris[0].index("nilai_maks")
    baris[1][i] = teks
    baris[1][baris[0].index("nilai_min")] = "0"
    tabel = muat_tarif(_tulis_csv(tmp_path / "t.csv", baris), ketat=False)
    masalah = [m for m in periksa_tarif(tabel, berkas="t.csv") if m.kolom == "nilai_maks"]
    pecahan = harapan is not None and harapan != harapan.to_integral_value()
    assert bool(masalah) == (harapan is None or pecahan)
    if masalah:
        assert masalah[0].baris == 2 and masalah[0].berkas == "t.csv"


def test_sel_tanggal_jam_excel_di_ekspor_penjualan(tmp_path):
    baris = [list(r) for r in TABEL["penjualan"]]
    baris[1][1] = dt.datetime(2025, 5, 5, 14, 30)
    baris[2][1] = dt.datetime(2025, 5, 6)
    hasil = baca_penjualan(_tulis_xlsx(tmp_path / "p.xlsx", baris))
    assert [str(t.date()) for t in hasil["tanggal"]] == ["2025-05-05", "2025-05-06"]


@pytest.mark.parametrize("teks,harapan", PERSEN)
def test_tabel_persen_sama_di_setiap_fungsi(tmp_path, teks, harapan):
    try:
        langsung = parse_persen(teks)
    except GalatMasukan:
        langsung = "salah"
    path = _tulis_csv(tmp_path / "a.csv", [["pos", "persen"], ["cadangan", teks]])
    try:
        berkas = baca_aturan(path)["persen"].iloc[0]
    except GalatAturan as e:
        assert (e.baris, e.kolom, e.berkas) == (2, "persen", "a.csv")
        berkas = "salah"
    assert {langsung, berkas} == {"salah" if harapan is None else harapan}
