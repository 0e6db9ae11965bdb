"""Uji satuan lapisan baca kopkit.dasar.baca: judul, lembar, sel gabung, pengodean, pemisah,
nomor baris, galat sebagai data (kode), dan kesetaraan jalur cepat dengan pengurai uang.py."""
from __future__ import annotations

import io
import re
import zipfile

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from kopkit.dasar.baca import KODE, baca_tabel, baris_jumlah, kolom_rupiah, kolom_tanggal
from kopkit.dasar.galat import GalatBerkas, GalatData, GalatKopkit, GalatMasukan, Masalah, gagal_bila_ada
from kopkit.dasar.uang import format_angka, parse_rupiah, parse_tanggal

WAJIB = dict(kolom_wajib=["kode", "nama"], sinonim={"nama": ["nama barang", "uraian"], "kode": ["kode barang"]},
             kolom_lain=["harga"])


def _xlsx(path, lembar: dict, gabung=()):
    wb = Workbook()
    wb.remove(wb.active)
    for nama, baris in lembar.items():
        ws = wb.create_sheet(nama)
        for b in baris:
            ws.append(b)
        for g in gabung:
            ws.merge_cells(g)
    wb.save(path)
    return path


def test_galat_menyimpan_masalah_sebagai_data_dan_str_tetap():
    e = GalatMasukan("'x' bukan angka.", berkas="a.xlsx", lembar="L", baris=3, kolom="harga", saran="Tulis 1.000.",
                     kode="R040")
    assert str(e) == ("'x' bukan angka. (berkas a.xlsx, lembar L, baris 3, kolom harga) "
                      "Cara memperbaiki: Tulis 1.000.")
    assert e.masalah == [Masalah("'x' bukan angka.", "a.xlsx", "L", 3, "harga", "Tulis 1.000.", "R040")]
    assert e.dengan_lokasi(baris=9).masalah[0].baris == 9 and e.dengan_lokasi(baris=9).kode == "R040"
    daftar = [Masalah("a", baris=2, kode="R040"), Masalah("b", baris=3)]
    with pytest.raises(GalatData) as info:
        gagal_bila_ada(daftar, "Judul")
    assert info.value.masalah == daftar
    assert str(info.value).startswith("Judul: 2 masalah ditemukan.")
    assert all(k.startswith("R") and len(k) == 4 for k in KODE)


def test_judul_di_bawah_baris_judul_laporan_dan_dua_baris(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("DAFTAR BARANG\nKSU Tunas Makmur\n\nKode;;\n;Nama;Harga\nB1;Gula;15.000\n", encoding="utf-8")
    t = baca_tabel(p, **WAJIB)
    assert t.attrs["baris_judul"] == 5 and t["kode"].tolist() == ["B1"] and t["baris_berkas"].tolist() == [6]


def test_sel_gabung_diisi_dan_lembar_dicari(tmp_path):
    p = _xlsx(tmp_path / "a.xlsx", {"Sampul": [["Laporan"]], "Isi": [["Kode", "Nama", "Harga"], ["B1", "Gula", 1],
                                                                     [None, "Teh", 2]]}, gabung=["A2:A3"])
    t = baca_tabel(p, **WAJIB)
    assert t.attrs["lembar"] == "Isi" and t["kode"].tolist() == ["B1", "B1"] and t["harga"].tolist() == [1, 2]
    with pytest.raises(GalatBerkas) as info:
        baca_tabel(p, lembar="Data", **WAJIB)
    assert info.value.kode == "R012" and "Sampul, Isi" in str(info.value)
    with pytest.raises(GalatData) as info:
        baca_tabel(p, lembar="Sampul", **WAJIB)
    assert info.value.lembar == "Sampul" and "Isi" in info.value.saran


@pytest.mark.parametrize("judul", ["Kode,Nama,Nama", "Kode,Nama,Nama Barang", "Kode Barang,Nama,Kode"])
def test_judul_ganda(tmp_path, judul):
    p = tmp_path / "a.csv"
    p.write_text("DAFTAR\n" + judul + "\nB1,Gula,Teh\n", encoding="utf-8")
    with pytest.raises(GalatData) as info:
        baca_tabel(p, **WAJIB)
    assert info.value.kode == "R022" and info.value.baris == 2 and "tidak jelas" in str(info.value)


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_pemisah_ditebak_walau_ada_koma_desimal_dan_kutip(tmp_path, sep):
    baris = ["Kode", "Nama", "Harga"], ["B1", "Gula, pasir", "15.000,50"], ["B2", 'Teh "Botol"', "2.500"]
    teks = "\n".join(sep.join('"' + v.replace('"', '""') + '"' if (sep in v or '"' in v or "," in v) else v
                              for v in b) for b in baris)
    p = tmp_path / "a.csv"
    p.write_text("JUDUL\n" + teks + "\n", encoding="utf-8")
    t = baca_tabel(p, **WAJIB)
    assert t.attrs["pemisah"] == sep
    assert t["nama"].tolist() == ["Gula, pasir", 'Teh "Botol"'] and t["harga"].tolist() == ["15.000,50", "2.500"]


def test_sel_banyak_baris_dan_baris_lebih_lebar(tmp_path):
    """Sel berkutip berisi ganti baris = satu baris Excel; baris yang lebih lebar dari contoh awal."""
    p = tmp_path / "a.csv"
    p.write_text('Kode;Nama\nB1;"Gula\npasir"\nB2;Teh\n' + "x;y\n" * 600 + "B3;Kopi;lebih;lebar\n", encoding="utf-8")
    t = baca_tabel(p, **WAJIB)
    assert t["baris_berkas"].tolist()[:2] == [2, 3] and t["nama"].iloc[0] == "Gula\npasir"
    assert t["baris_berkas"].iloc[-1] == 604 and t["kode"].iloc[-1] == "B3"


def test_pengodean_berubah_setelah_contoh_awal(tmp_path):
    """Awal berkas UTF-8 murni, huruf cp1252 baru muncul jauh di bawah: tetap terbaca."""
    p = tmp_path / "a.csv"
    p.write_bytes(("Kode;Nama\n" + "B1;Gula\n" * 40_000).encode() + "B2;Café\n".encode("cp1252"))
    t = baca_tabel(p, **WAJIB)
    assert t["nama"].iloc[-1] == "Café" and t.attrs["pengodean"] == "cp1252"


def test_utf16_tanpa_bom(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Kode\tNama\nB1\tGula\n".encode("utf-16-le"))
    assert baca_tabel(p, **WAJIB)["nama"].tolist() == ["Gula"]


def test_xml_lembar_rusak(tmp_path):
    buf = io.BytesIO()
    wb = Workbook()
    wb.active.append(["Kode", "Nama"])
    wb.save(buf)
    p = tmp_path / "a.xlsx"
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z, zipfile.ZipFile(p, "w") as baru:
        for nama in z.namelist():
            isi = z.read(nama)
            baru.writestr(nama, isi[: len(isi) // 2] if nama == "xl/worksheets/sheet1.xml" else isi)
    with pytest.raises(GalatBerkas) as info:
        baca_tabel(p, **WAJIB)
    assert info.value.kode == "R008" and "ParseError" not in str(info.value)


def test_ukuran_lembar_salah_diabaikan(tmp_path):
    p = _xlsx(tmp_path / "a.xlsx", {"L": [["Kode", "Nama"], ["B1", "Gula"]]})
    with zipfile.ZipFile(p) as z:
        isi = {n: z.read(n) for n in z.namelist()}
    isi["xl/worksheets/sheet1.xml"] = isi["xl/worksheets/sheet1.xml"].replace(b'ref="A1:B2"', b'ref="A1"')
    with zipfile.ZipFile(p, "w") as z:
        for n, b in isi.items():
            z.writestr(n, b)
    assert baca_tabel(p, **WAJIB)["nama"].tolist() == ["Gula"]


def test_tanpa_kolom_wajib_dan_tabel_kosong(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("Kode;Nama\n", encoding="utf-8")
    t = baca_tabel(p, **WAJIB)
    assert len(t) == 0 and list(t.columns) == ["kode", "nama", "baris_berkas"]


@pytest.mark.parametrize("teks,harapan", [("Jumlah", True), ("JUMLAH:", True), ("Sub-total", True),
                                          ("SUBTOTAL", True), ("Total Januari", True), ("Jumlah Barang", True),
                                          ("Totalan", False), ("Jumlahnya", False), ("B-001", False),
                                          ("Setoran jumlah", False), ("", False)])
def test_aturan_baris_jumlah(teks, harapan):
    assert baris_jumlah(teks) is harapan


# --------------------------------------------------------------------------- jalur cepat = pengurai
def _rupiah_lambat(v):
    try:
        return parse_rupiah(v)
    except GalatMasukan:
        return "salah"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 10**13).map(str), st.integers(0, 10**13).map(format_angka),
                          st.text(alphabet="0123456789.,Rp -", max_size=12)), min_size=1, max_size=30))
def test_kolom_rupiah_sama_dengan_parse_rupiah(teks):
    nilai, masalah = kolom_rupiah(pd.Series(teks, dtype=object))
    salah = {m.baris - 2 for m in masalah}
    for i, t in enumerate(teks):
        lambat = _rupiah_lambat(t) if t.strip() else None
        if lambat == "salah":
            assert i in salah, t
        else:
            assert i not in salah and (pd.isna(nilai[i]) if lambat is None else nilai[i] == lambat), t


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.dates().map(lambda d: d.isoformat()), st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
                          st.text(alphabet="0123456789/-", min_size=8, max_size=10)), min_size=1, max_size=30))
def test_kolom_tanggal_sama_dengan_parse_tanggal(teks):
    nilai, masalah = kolom_tanggal(pd.Series(teks, dtype=object))
    salah = {m.baris - 2 for m in masalah}
    for i, t in enumerate(teks):
        try:
            lambat = parse_tanggal(t)
        except GalatMasukan:
            lambat = "salah"
        if lambat == "salah":
            assert i in salah, t
        else:
            assert i not in salah and nilai[i].date() == lambat, t


def test_masalah_nilai_berulang_disebut_di_setiap_baris():
    nilai, masalah = kolom_rupiah(pd.Series(["abc", "1.000", "abc"]), baris=np.array([5, 7, 9]), berkas="a.csv",
                                  kolom="debit")
    assert [(m.baris, m.berkas, m.kolom) for m in masalah] == [(5, "a.csv", "debit"), (9, "a.csv", "debit")]
    assert nilai.tolist()[1] == 1000
    assert all(isinstance(GalatKopkit(m.pesan), GalatKopkit) for m in masalah)


def test_lembar_grafik_dilewati_dan_tilde(tmp_path, monkeypatch):
    from openpyxl.chart import BarChart

    wb = Workbook()
    wb.create_chartsheet("Grafik", 0).add_chart(BarChart())
    ws = wb["Sheet"]
    ws.append(["Kode", "Nama"])
    ws.append(["B1", "Gula"])
    wb.save(tmp_path / "a.xlsx")
    assert baca_tabel(tmp_path / "a.xlsx", **WAJIB).attrs["lembar"] == "Sheet"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert baca_tabel("~/a.xlsx", **WAJIB)["nama"].tolist() == ["Gula"]


def _ganti_xml(p, ganti):
    """Sunting XML lembar pertama sebuah .xlsx (untuk bentuk yang tidak dapat dibuat openpyxl)."""
    with zipfile.ZipFile(p) as z:
        isi = {n: z.read(n) for n in z.namelist()}
    isi["xl/worksheets/sheet1.xml"] = ganti(isi["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(p, "w") as z:
        for n, b in isi.items():
            z.writestr(n, b)
    return p


def test_sel_galat_excel_tidak_menjadi_kosong(tmp_path):
    """Sel berisi hasil galat Excel (#DIV/0!) harus terlihat sebagai teksnya, bukan sel kosong: di kolom
    rupiah ia dilaporkan, tidak dihitung nol diam-diam (pembaca cepat membaca galat sebagai kosong)."""
    p = _xlsx(tmp_path / "g.xlsx", {"L": [["Kode", "Nama", "Harga"], ["B1", "Gula", 15000], ["B2", "Teh", 1]]})
    _ganti_xml(p, lambda x: x.replace(b'<c r="C3" t="n"><v>1</v></c>', b'<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>'))
    t = baca_tabel(p, **WAJIB)
    assert t["harga"].tolist() == [15000, "#DIV/0!"]
    nilai, masalah = kolom_rupiah(t["harga"], berkas="g.xlsx", lembar="L", kolom="Harga", baris=t["baris_berkas"])
    assert nilai.iloc[0] == 15000 and pd.isna(nilai.iloc[1])
    assert [(m.baris, m.kode) for m in masalah] == [(3, "R040")]


def test_xml_berawalan_namespace_rumus_tetap_terdeteksi(tmp_path):
    """Sebagian aplikasi menulis <x:c>/<x:f> (awalan namespace): rumus tanpa nilai tetap dilaporkan."""
    p = _xlsx(tmp_path / "n.xlsx", {"L": [["Kode", "Nama", "Harga"], ["B1", "Gula", 15000], ["B2", "Teh", 1]]})

    def berawalan(x):
        x = x.replace(b'<c r="C3" t="n"><v>1</v></c>', b'<c r="C3"><f>SUM(C2:C2)</f></c>')
        x = x.replace(b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                      b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        return re.sub(rb"<(/?)(?!\?)(\w+)", rb"<\1x:\2", x)

    _ganti_xml(p, berawalan)
    with pytest.raises(GalatData) as info:
        baca_tabel(p, **WAJIB)
    assert [(m.kode, m.baris, m.kolom) for m in info.value.masalah] == [("R030", 3, "harga")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(-10**15, 10**15),
                                   # angka Excel: 15 angka bermakna (di luar itu Excel sendiri membulatkan)
                                   st.floats(min_value=-1e15, max_value=1e15, allow_nan=False),
                                   st.text(alphabet="ab -=1", max_size=4),
                                   st.dates(min_value=__import__("datetime").date(1950, 1, 1)),
                                   st.booleans()), min_size=3, max_size=3), min_size=1, max_size=6))
def test_pembaca_cepat_sama_dengan_openpyxl(tmp_path_factory, baris):
    """Jalur cepat (calamine) memberi nilai sel yang sama dengan openpyxl (pembanding bebas) setelah
    dirapikan: bilangan bulat, pecahan, teks, tanggal, benar/salah, sel kosong."""
    import datetime as dt

    import openpyxl

    from kopkit.dasar.baca import daftar_lembar, sel_lembar

    p = tmp_path_factory.mktemp("c") / "c.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "L"
    ws.append(["Kode", "Nama", "Harga"])
    for b in baris:
        ws.append([dt.datetime(v.year, v.month, v.day) if isinstance(v, dt.date) else v for v in b])
    wb.save(p)
    assert daftar_lembar(p) == ["L"]
    cepat = sel_lembar(p, "L").values.tolist()
    lambat = [list(r) for r in openpyxl.load_workbook(p, read_only=True, data_only=True)["L"].iter_rows(values_only=True)]

    def rapi(v):
        if isinstance(v, str):
            v = v.strip() or None
        return v

    lambat = [[rapi(v) for v in r] for r in lambat]
    while lambat and all(v is None for v in lambat[-1]):
        lambat.pop()
    cepat = [[rapi(v) for v in r] for r in cepat]
    while cepat and all(v is None for v in cepat[-1]):
        cepat.pop()
    assert cepat == lambat
    assert [[type(v) for v in r] for r in cepat] == [[type(v) for v in r] for r in lambat]


def _lembar_berumus(p):
    """Buku kerja seperti yang disimpan Excel: rumus dengan nilai tersimpan, rumus bersama, satu rumus
    tanpa nilai, satu sel galat hasil rumus, satu sel galat tanpa rumus (bentuk XML ditulis tangan)."""
    _xlsx(p, {"L": [["Kode", "Nama", "Harga", "Total"]] + [[f"B{i}", f"Barang {i}", 1000 * i, 0] for i in range(1, 7)]})

    def ubah(x):
        x = x.replace(b'<c r="D2" t="n"><v>0</v></c>', b'<c r="D2"><f>C2*2</f><v>2000</v></c>')
        x = x.replace(b'<c r="D3" t="n"><v>0</v></c>', b'<c r="D3"><f t="shared" ref="D3:D4" si="0">C3*2</f><v>4000</v></c>')
        x = x.replace(b'<c r="D4" t="n"><v>0</v></c>', b'<c r="D4"><f t="shared" si="0"/><v>6000</v></c>')
        x = x.replace(b'<c r="D5" t="n"><v>0</v></c>', b'<c r="D5"><f>C5*2&amp;""</f></c>')
        x = x.replace(b'<c r="D6" t="n"><v>0</v></c>', b'<c r="D6" t="e"><f>C6/0</f><v>#DIV/0!</v></c>')
        return x.replace(b'<c r="D7" t="n"><v>0</v></c>', b'<c r="D7" t="e"><v>#N/A</v></c>')

    return _ganti_xml(p, ubah)


def test_lembar_berumus_jalur_cepat_sama_dengan_openpyxl(tmp_path, monkeypatch):
    """Lembar berumus dibaca cepat (nilai dari calamine, rumus tanpa nilai dan sel galat dari XML); hasilnya
    harus sama dengan jalur openpyxl (pembanding bebas) — nilai, sel galat sebagai teks, dan masalah R030."""
    from kopkit.dasar import baca

    p = _lembar_berumus(tmp_path / "r.xlsx")
    assert baca._sel_khusus(p, "xl/worksheets/sheet1.xml") is not None  # jalur cepat dipakai
    wajib = dict(kolom_wajib=["kode", "total"], kolom_lain=["harga"], rumus_galat=False)
    cepat = baca_tabel(p, **wajib)
    monkeypatch.setattr(baca, "_sel_khusus", lambda *a: None)
    lambat = baca_tabel(p, **wajib)
    assert cepat["total"].tolist() == [2000, 4000, 6000, None, "#DIV/0!", "#N/A"]
    assert cepat.values.tolist() == lambat.values.tolist()
    assert [(m.kode, m.baris, m.kolom) for m in cepat.attrs["masalah"]] == [("R030", 5, "total")]
    assert [(m.kode, m.baris, m.kolom) for m in lambat.attrs["masalah"]] == [("R030", 5, "total")]
    assert 'C5*2&""' in cepat.attrs["masalah"][0].pesan


def test_xml_tak_dikenal_pola_kembali_ke_openpyxl(tmp_path):
    """Sel rumus tanpa alamat r="..." (boleh menurut standar): pola tidak dapat menempatkannya, jadi
    pembaca memakai openpyxl, bukan melewatkan sel itu."""
    from kopkit.dasar import baca

    p = _lembar_berumus(tmp_path / "r.xlsx")
    _ganti_xml(p, lambda x: x.replace(b'<c r="D5"><f>', b'<c><f>'))
    assert baca._sel_khusus(p, "xl/worksheets/sheet1.xml") is None
