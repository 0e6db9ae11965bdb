"""Templat Excel "data sendiri" untuk paket RAT (Rapat Anggota Tahunan).

**Satu buku kerja dengan beberapa lembar** (``Data Koperasi <tahun>.xlsx``), bukan satu berkas per
tabel. Alasannya untuk pemegang buku: hanya satu berkas yang dibuka, disimpan, dikirim lewat
WhatsApp atau dibawa dengan flashdisk ke Dinas; tidak ada berkas yang tertinggal; dan daftar
pilihan (kode akun dari lembar *Bagan Akun*, nomor anggota dari lembar *Anggota*) hanya dapat
dipakai Excel di dalam buku kerja yang sama. Lembar yang tidak dipakai (mis. *Penjualan Daring*)
cukup dibiarkan kosong.

Setiap lembar data: baris judul yang dibekukan, dua baris contoh (berawalan ``CONTOH``, dihapus
sebelum diisi), validasi data (daftar kode akun, nomor anggota, jenis simpanan, metode pinjaman;
tanggal; rupiah bulat). Lembar *Petunjuk* menjelaskan cara mengisi dan memuat cap versi
templat yang diperiksa pembaca (:data:`VERSI_TEMPLAT`).

    >>> import tempfile
    >>> p = tulis_templat(tempfile.mkdtemp(), tahun=2025)
    >>> p.name
    'Data Koperasi 2025.xlsx'
"""
from __future__ import annotations

import kopkit.dasar.excel as _excel

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kopkit.dasar.galat import GalatBerkas

__all__ = ["VERSI_TEMPLAT", "LEMBAR", "PROFIL", "nama_berkas_data", "tulis_templat"]

#: Cap versi templat; pembaca menolak buku kerja dengan versi lain.
VERSI_TEMPLAT = "kopkit-rat-1"
_BARIS_VERSI = 3  # Petunjuk!B3 memuat cap versi


@dataclass(frozen=True)
class Kolom:
    baku: str          # nama baku (dipakai kode)
    judul: str         # judul di Excel
    jenis: str         # teks | tanggal | rupiah | angka | pilihan:<daftar> | akun | anggota | pinjaman
    wajib: bool = True  # sel wajib diisi
    ket: str = ""


def _k(baku, judul, jenis="teks", wajib=True, ket=""):
    return Kolom(baku, judul, jenis, wajib, ket)


#: Lembar data dan kolomnya, dalam urutan buku kerja. ``None`` = lembar kunci-nilai (Profil).
LEMBAR: dict[str, list[Kolom]] = {
    "Aturan SHU": [_k("pos", "Pos"), _k("persen", "Persen", "angka"), _k("keterangan", "Keterangan", wajib=False)],
    "Dasar SHU": [_k("komponen", "Komponen", "pilihan:jasa_modal,jasa_usaha"),
                  _k("sumber", "Sumber", ket="jasa_modal: simpanan_pokok/simpanan_wajib/simpanan_sukarela; "
                                             "jasa_usaha: nama unit di lembar Transaksi Anggota, atau jasa_pinjaman"),
                  _k("dihitung", "Dihitung", "pilihan:ya,tidak"), _k("bobot", "Bobot", "angka")],
    "Bagan Akun": [_k("kode", "Kode Akun"), _k("nama", "Nama Akun"),
                   _k("jenis", "Jenis", "pilihan:aset,liabilitas,ekuitas,pendapatan,beban"),
                   _k("saldo_normal", "Saldo Normal", "pilihan:debit,kredit"),
                   _k("induk", "Induk", wajib=False), _k("kelompok_laporan", "Kelompok Laporan", wajib=False),
                   _k("header", "Judul Kelompok", "pilihan:ya,tidak"), _k("peran", "Peran", wajib=False),
                   _k("lancar", "Lancar", "pilihan:ya,tidak", wajib=False)],
    "Saldo Awal": [_k("akun", "Kode Akun", "akun"), _k("nama_akun", "Nama Akun", wajib=False),
                   _k("debit", "Debit", "rupiah"), _k("kredit", "Kredit", "rupiah")],
    "Jurnal Umum": [_k("tanggal", "Tanggal", "tanggal"), _k("no_bukti", "No Bukti"), _k("akun", "Kode Akun", "akun"),
                    _k("keterangan", "Keterangan", wajib=False), _k("debit", "Debit", "rupiah"),
                    _k("kredit", "Kredit", "rupiah"), _k("unit", "Unit", wajib=False),
                    _k("id_anggota", "No Anggota", "anggota", wajib=False)],
    "Anggota": [_k("id_anggota", "No Anggota"), _k("nama", "Nama"), _k("jenis_kelamin", "L/P", "pilihan:L,P"),
                _k("desa", "Desa", wajib=False), _k("tanggal_masuk", "Tanggal Masuk", "tanggal"),
                _k("tanggal_keluar", "Tanggal Keluar", "tanggal", wajib=False),
                _k("pekerjaan", "Pekerjaan", wajib=False)],
    "Mutasi Simpanan": [_k("tanggal", "Tanggal", "tanggal"), _k("id_anggota", "No Anggota", "anggota"),
                        _k("jenis", "Jenis Simpanan", "pilihan:pokok,wajib,sukarela"),
                        _k("setor", "Setor", "rupiah"), _k("tarik", "Tarik", "rupiah"),
                        _k("keterangan", "Keterangan", wajib=False), _k("no_bukti", "No Bukti", wajib=False)],
    "Transaksi Anggota": [_k("tanggal", "Tanggal", "tanggal"), _k("id_anggota", "No Anggota", "anggota"),
                          _k("unit", "Unit Usaha"), _k("nilai", "Nilai", "rupiah"),
                          _k("keterangan", "Keterangan", wajib=False)],
    "Pinjaman": [_k("id_pinjaman", "No Pinjaman"), _k("id_anggota", "No Anggota", "anggota"),
                 _k("tanggal_cair", "Tanggal Cair", "tanggal"), _k("pokok", "Pokok", "rupiah"),
                 _k("tenor_bulan", "Tenor (bulan)", "angka"), _k("bunga_per_bulan", "Bunga per Bulan (%)", "angka"),
                 _k("metode", "Metode", "pilihan:flat,efektif,anuitas"), _k("tujuan", "Tujuan", wajib=False),
                 _k("provisi", "Provisi", "rupiah", wajib=False)],
    "Angsuran": [_k("id_pinjaman", "No Pinjaman", "pinjaman"), _k("tanggal", "Tanggal Bayar", "tanggal"),
                 _k("angsuran_ke", "Angsuran ke", "angka"), _k("jatuh_tempo", "Jatuh Tempo", "tanggal"),
                 _k("pokok", "Pokok", "rupiah"), _k("jasa", "Jasa", "rupiah"), _k("denda", "Denda", "rupiah"),
                 _k("no_bukti", "No Bukti", wajib=False)],
    "Penjualan Daring": [_k("id_pesanan", "No Pesanan"), _k("tanggal", "Tanggal", "tanggal"), _k("kanal", "Kanal"),
                         _k("id_produk", "Kode Produk"), _k("jumlah", "Jumlah", "angka"),
                         _k("harga_satuan", "Harga Satuan", "rupiah"),
                         _k("diskon_penjual", "Diskon Penjual", "rupiah", wajib=False),
                         _k("ongkos_kirim", "Ongkos Kirim", "rupiah", wajib=False),
                         _k("status", "Status", wajib=False)],
}
#: Lembar yang boleh kosong.
LEMBAR_PILIHAN = ("Penjualan Daring", "Transaksi Anggota", "Pinjaman", "Angsuran")

#: Isian lembar Profil: (kunci, label, wajib, keterangan, contoh).
PROFIL = [
    ("nama_koperasi", "Nama koperasi", True, "Seperti di akta.", "KSU Contoh Sejahtera"),
    ("nik", "NIK (Nomor Induk Koperasi)", False, "16 digit dari ODS; kosongkan bila belum punya.", "3507010010001"),
    ("jenis_koperasi", "Jenis koperasi", True, "konsumen/produsen/jasa/pemasaran/simpan pinjam/serba usaha.", "serba usaha"),
    ("alamat", "Alamat", True, "Desa, kecamatan, kabupaten.", "Desa Contoh, Kecamatan Contoh"),
    ("tahun_buku", "Tahun buku", True, "Empat angka; 1 Januari - 31 Desember.", 2025),
    ("tanggal_rat", "Tanggal RAT", False, "Tanggal rapat (rencana) yang mengesahkan laporan ini.", "2026-02-21"),
    ("pajak", "Pilihan pajak penghasilan", True,
     "pasal_17_31E (tarif umum dengan pengurangan 50%) atau final_0,5 (PP 55/2022).", "pasal_17_31E"),
    ("dasar_pembagian", "Persen SHU dihitung dari", True,
     "total (dari seluruh SHU, seperti kebanyakan AD/ART) atau setelah_cadangan.", "total"),
    ("cara_saldo_simpanan", "Saldo simpanan untuk jasa modal", True, "akhir_tahun atau rata_rata.", "akhir_tahun"),
    ("pembulatan_shu", "Pembulatan SHU per anggota", True,
     "sisa_terbesar (tepat sampai rupiah) atau ke_bawah (kelipatan di bawah).", "sisa_terbesar"),
    ("kelipatan_shu", "Kelipatan pembulatan SHU (Rp)", False, "Hanya untuk ke_bawah, mis. 100.", 100),
    ("pembulatan_flat", "Pembulatan angsuran pinjaman flat", True, "pokok, angsuran, atau sisa_di_akhir (SOP koperasi).", "pokok"),
    ("pembulatan_efektif", "Pembulatan angsuran pinjaman efektif", True, "pokok, angsuran, atau sisa_di_akhir.", "pokok"),
    ("pembulatan_anuitas", "Pembulatan angsuran pinjaman anuitas", True, "pokok, angsuran, atau sisa_di_akhir.", "angsuran"),
    ("kelipatan_angsuran", "Kelipatan pembulatan angsuran (Rp)", True, "Mis. 100.", 100),
    ("hari_jatuh_tempo_maks", "Tanggal jatuh tempo paling akhir", False, "Mis. 28 (jatuh tempo tidak lewat tanggal 28).", 28),
    ("tata_kelola_persen", "Butir tata kelola terpenuhi (%)", False,
     "Dari daftar periksa tata kelola (modul 04); kosong = aspek tata kelola tidak dinilai.", 75),
]


def nama_berkas_data(tahun) -> str:
    """Nama buku kerja data di folder koperasi.

    >>> nama_berkas_data(2025)
    'Data Koperasi 2025.xlsx'
    """
    return f"Data Koperasi {int(tahun)}.xlsx"


_PETUNJUK = [
    "Isi setiap lembar mulai baris 2 (baris 1 adalah judul kolom; jangan diubah, jangan dihapus).",
    "Hapus dua baris CONTOH di setiap lembar sebelum mengisi data sendiri.",
    "Jangan mengganti nama lembar dan jangan menghapus kolom; kolom tambahan di kanan boleh.",
    "Tanggal ditulis sebagai tanggal Excel (mis. 31/12/2025). Rupiah ditulis bulat tanpa 'Rp' dan tanpa sen.",
    "Profil: isi kolom Nilai. Tahun buku menentukan periode yang diperiksa (1 Januari - 31 Desember).",
    "Aturan SHU: persentase pembagian SHU menurut AD/ART; jumlahnya harus 100.",
    "Dasar SHU: simpanan mana (jasa modal) dan transaksi unit mana (jasa usaha) yang dihitung, dengan bobotnya.",
    "Bagan Akun: sudah terisi bagan akun kopkit beserta PERAN akunnya; kode dan nama boleh diubah, peran jangan dihapus.",
    "Saldo Awal: neraca 31 Desember tahun lalu (saldo tiap akun). Jumlah debit harus sama dengan jumlah kredit.",
    "Jurnal Umum: semua bukti tahun buku ini, satu baris per akun. Setiap bukti harus seimbang.",
    "Anggota: satu baris per anggota (juga yang sudah keluar, dengan tanggal keluarnya).",
    "Mutasi Simpanan: setoran dan penarikan simpanan pokok, wajib, sukarela. Saldo awal ditulis sebagai setoran bertanggal 1 Januari.",
    "Transaksi Anggota: belanja, setoran hasil, atau transaksi lain anggota per unit usaha (dasar jasa usaha SHU).",
    "Pinjaman dan Angsuran: pinjaman anggota yang masih berjalan dan pembayaran angsuran tahun buku ini.",
    "Penjualan Daring (boleh kosong): pesanan dari lokapasar.",
    "Lalu jalankan:  python kit.py rat FOLDER  - kopkit menampilkan SEMUA masalah sekaligus (lembar, baris, kolom, cara memperbaiki).",
]


def _contoh(kolom: Kolom, i: int, tahun: int):
    j = kolom.jenis
    if j == "tanggal":
        return pd.Timestamp(year=tahun, month=1, day=2 + i).to_pydatetime()
    if j == "rupiah":
        return [150_000, 0][i] if kolom.baku in ("kredit", "tarik") else [150_000, 75_000][i]
    if j == "angka":
        return [12, 1][i]
    if j.startswith("pilihan:"):
        return j.split(":", 1)[1].split(",")[i % len(j.split(":", 1)[1].split(","))]
    return f"CONTOH-{i + 1}"


def _tulis_lembar(wb, nama: str, kolom: list[Kolom], isi: pd.DataFrame | None, tahun: int, dv: dict):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    ws = wb.create_sheet(nama)
    ws.freeze_panes = "A2"
    from openpyxl.utils import get_column_letter

    for j, k in enumerate(kolom, start=1):
        ws.column_dimensions[get_column_letter(j)].width = max(12, len(k.judul) + 4)
    judul = []
    for k in kolom:
        c = WriteOnlyCell(ws, value=k.judul)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        judul.append(c)
    _excel.tambah_baris(ws, judul)
    if isi is None:
        miring = Font(italic=True, color="808080")
        for i in range(2):
            baris = []
            for k in kolom:
                c = WriteOnlyCell(ws, value=_contoh(k, i, tahun))
                c.font = miring
                if k.jenis == "tanggal":
                    c.number_format = "DD/MM/YYYY"
                baris.append(c)
            _excel.tambah_baris(ws, baris)
    else:
        _tulis_isi(ws, kolom, isi)
    for k_i, k in enumerate(kolom, start=1):
        if k.jenis in dv:
            v = _validasi(k, dv)
            huruf = get_column_letter(k_i)
            v.add(f"{huruf}2:{huruf}1048576")
            ws.data_validations.append(v)
    return ws


def _tulis_isi(ws, kolom: list[Kolom], isi: pd.DataFrame) -> None:
    """Baris data apa adanya (cepat): tanggal sebagai tanggal Excel, rupiah sebagai bilangan bulat."""
    kolom_data = []
    for k in kolom:
        if k.baku not in isi.columns:
            kolom_data.append([None] * len(isi))
            continue
        s = isi[k.baku]
        if pd.api.types.is_datetime64_any_dtype(s.dtype):
            vals = [None if pd.isna(t) else t.to_pydatetime() for t in s]
        elif pd.api.types.is_integer_dtype(s.dtype):
            vals = [None if pd.isna(v) else int(v) for v in s.astype(object)]
        elif pd.api.types.is_bool_dtype(s.dtype):
            vals = [None if pd.isna(v) else ("ya" if v else "tidak") for v in s.astype(object)]
        else:
            vals = [None if (v is None or (not isinstance(v, str) and pd.isna(v))) else
                    (v.item() if hasattr(v, "item") else v) for v in s.astype(object)]
        kolom_data.append(vals)
    for baris in zip(*kolom_data):
        _excel.tambah_baris(ws, list(baris))


def _validasi(k: Kolom, dv: dict):
    from openpyxl.worksheet.datavalidation import DataValidation

    j = k.jenis
    if j == "tanggal":
        v = DataValidation(type="date", operator="between", formula1="DATE(1950,1,1)", formula2="DATE(2100,12,31)",
                           allow_blank=True)
        v.error, v.errorTitle = "Tulis tanggal, mis. 31/12/2025.", "Bukan tanggal"
    elif j == "rupiah":
        v = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        v.error, v.errorTitle = "Tulis rupiah bulat tanpa sen dan tanpa 'Rp', mis. 150000.", "Bukan rupiah bulat"
    elif j.startswith("pilihan:"):
        v = DataValidation(type="list", formula1='"' + j.split(":", 1)[1] + '"', allow_blank=True)
        v.error, v.errorTitle = "Pilih dari daftar.", "Pilihan tidak dikenal"
    else:
        v = DataValidation(type="list", formula1=dv[j], allow_blank=True)
        v.error, v.errorTitle = "Pilih dari daftar (lembar " + dv[j].split("!")[0].strip("='") + ").", "Tidak ada di daftar"
    v.showErrorMessage = True
    return v


def _bagan_kit() -> pd.DataFrame:
    from kopkit.dasar import data

    return data.muat("akun")


def tulis_templat(folder, *, tahun: int, isi: dict | None = None, profil: dict | None = None,
                  nama_berkas: str | None = None) -> Path:
    """Tulis buku kerja templat ``Data Koperasi <tahun>.xlsx`` ke ``folder`` (tidak pernah menimpa).

    Tanpa ``isi``: templat kosong dengan dua baris contoh per lembar dan bagan akun kopkit.
    ``isi``: {nama lembar: tabel} untuk mengisi lembar (dipakai :func:`kopkit.rat.buat_contoh`);
    ``profil``: {kunci: nilai} untuk lembar Profil. Mengembalikan path berkas.
    """
    from openpyxl.styles import Font

    from kopkit.dasar.excel import simpan_buku_kerja

    folder = Path(folder)
    if not folder.is_dir():
        raise GalatBerkas(f"Folder '{folder}' tidak ada.", saran="Buat foldernya dulu.")
    path = folder / (nama_berkas or nama_berkas_data(tahun))
    if path.exists():
        raise GalatBerkas(f"Berkas '{path.name}' sudah ada dan tidak ditimpa.", berkas=path.name,
                          saran="Pakai folder lain, atau pindahkan berkas lama lebih dulu.")
    isi = dict(isi or {})
    if "Bagan Akun" not in isi:
        isi["Bagan Akun"] = _bagan_kit()
    wb = _excel.buku_kerja_baru(hanya_tulis=True)
    ws = wb.create_sheet("Petunjuk")
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 28, 110
    _excel.tambah_baris(ws, [_sel(ws, "PETUNJUK MENGISI DATA KOPERASI UNTUK PAKET RAT", Font(bold=True, size=14))])
    _excel.tambah_baris(ws, ["Dibuat oleh", "kopkit - python kit.py templat FOLDER"])
    _excel.tambah_baris(ws, ["Versi templat", VERSI_TEMPLAT])
    _excel.tambah_baris(ws, ["", "Jangan ubah sel versi ini: kopkit memeriksanya saat membaca."])
    _excel.tambah_baris(ws, [])
    for i, teks in enumerate(_PETUNJUK, 1):
        _excel.tambah_baris(ws, [f"Langkah {i}", teks])
    _excel.tambah_baris(ws, [])
    _excel.tambah_baris(ws, [_sel(ws, "Kolom tiap lembar", Font(bold=True))])
    for nama, kolom in LEMBAR.items():
        for k in kolom:
            _excel.tambah_baris(ws, [nama, f"{k.judul}: {'wajib' if k.wajib else 'boleh kosong'}"
                             f"{'; ' + _jenis_teks(k) if _jenis_teks(k) else ''}{'; ' + k.ket if k.ket else ''}"])

    ws = wb.create_sheet("Profil")
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 24, 36
    ws.column_dimensions["C"].width, ws.column_dimensions["D"].width = 30, 90
    _excel.tambah_baris(ws, [_sel(ws, t, Font(bold=True)) for t in ("Kunci", "Isian", "Nilai", "Keterangan")])
    for kunci, label, wajib, ket, contoh in PROFIL:
        nilai = (profil or {}).get(kunci, None if profil is not None else contoh)
        _excel.tambah_baris(ws, [kunci, label, nilai, ("Wajib. " if wajib else "Boleh kosong. ") + ket])

    dv = {"akun": "='Bagan Akun'!$A$2:$A$2000", "anggota": "=Anggota!$A$2:$A$200000",
          "pinjaman": "=Pinjaman!$A$2:$A$200000", "rupiah": True, "tanggal": True}
    for nama, kolom in LEMBAR.items():
        for k in kolom:
            if k.jenis.startswith("pilihan:"):
                dv[k.jenis] = True
        _tulis_lembar(wb, nama, kolom, isi.get(nama), int(tahun), dv)
    simpan_buku_kerja(wb, path)
    _tulis_dimensi(path)
    return path


def _tulis_dimensi(path: Path) -> None:
    """Tambahkan ``<dimension ref=...>`` ke setiap lembar. Mode tulis-cepat openpyxl tidak
    menuliskannya, dan tanpa itu pembaca openpyxl memindai SELURUH isi setiap lembar hanya untuk
    membuka buku kerja (Excel sendiri selalu menuliskannya)."""
    import os
    import re
    import tempfile
    import zipfile

    from openpyxl.utils import get_column_letter

    pola_baris = re.compile(rb'<row r="(\d+)"')
    pola_sel = re.compile(rb'<c r="([A-Z]+)\d+"')
    fd, sementara = tempfile.mkstemp(prefix=".kopkit-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(path) as zin, zipfile.ZipFile(sementara, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                isi = zin.read(info.filename)
                if info.filename.startswith("xl/worksheets/sheet") and b"<dimension" not in isi[:2000]:
                    akhir = isi.rfind(b"<row ")
                    n_baris = int(pola_baris.match(isi, akhir).group(1)) if akhir >= 0 else 1
                    huruf = max((m.group(1) for m in pola_sel.finditer(isi, 0, 20000)),
                                key=lambda h: (len(h), h), default=b"A").decode()
                    ref = f'<dimension ref="A1:{huruf}{n_baris}"/>'.encode()
                    i = isi.find(b"<sheetViews")
                    if i < 0:
                        i = isi.find(b"<sheetData")
                    isi = isi[:i] + ref + isi[i:]
                zout.writestr(info, isi)
        os.replace(sementara, path)
    finally:
        Path(sementara).unlink(missing_ok=True)


def _sel(ws, nilai, font):
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws, value=nilai)
    c.font = font
    return c


def _jenis_teks(k: Kolom) -> str:
    return {"tanggal": "tanggal", "rupiah": "rupiah bulat", "angka": "angka", "akun": "kode dari lembar Bagan Akun",
            "anggota": "nomor dari lembar Anggota", "pinjaman": "nomor dari lembar Pinjaman"}.get(
        k.jenis, "pilih: " + k.jenis.split(":", 1)[1].replace(",", ", ") if k.jenis.startswith("pilihan:") else "")
