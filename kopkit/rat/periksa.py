"""Pemeriksaan silang folder data koperasi: semua masalah sekaligus, sebagai tabel yang dapat
dikerjakan baris demi baris dan sebagai lembar Excel.

Yang diperiksa (selain isi sel yang sudah diperiksa saat membaca): versi templat, nama lembar,
kolom yang hilang, nomor anggota yang tidak ada di lembar *Anggota*, kode akun yang tidak ada di
*Bagan Akun*, bukti jurnal yang tidak seimbang, saldo awal yang tidak seimbang, tanggal di luar
tahun buku, angsuran untuk pinjaman yang tidak ada, aturan SHU yang jumlahnya bukan 100, peran
akun yang hilang, dan dasar SHU yang menunjuk unit yang tidak ada.

    >>> import tempfile
    >>> from kopkit.rat.templat import tulis_templat
    >>> folder = tempfile.mkdtemp(); _ = tulis_templat(folder, tahun=2025)
    >>> _, tabel = periksa_folder(folder)
    >>> int((tabel["pesan"] == "Baris contoh dari templat masih ada.").sum()) > 0
    True
"""
from __future__ import annotations

import kopkit.dasar.excel as _excel

from pathlib import Path

import numpy as np
import pandas as pd

from kopkit.dasar.galat import Masalah, tabel_masalah
from kopkit.rat.baca import DataRAT, baca_folder

__all__ = ["periksa_data", "periksa_folder", "tulis_masalah_excel", "BATAS_PER_JENIS"]

#: Paling banyak sekian baris dilaporkan untuk satu jenis masalah di satu lembar (sisanya diringkas).
BATAS_PER_JENIS = 100

_SUMBER_SIMPANAN = {"simpanan_pokok", "simpanan_wajib", "simpanan_sukarela"}


def _baris_masalah(out: list, t: pd.DataFrame, pilih: np.ndarray, pesan, berkas, lembar, kolom, saran) -> None:
    """Satu Masalah per baris terpilih (paling banyak BATAS_PER_JENIS, sisanya satu baris ringkasan)."""
    idx = np.flatnonzero(pilih)
    for i in idx[:BATAS_PER_JENIS]:
        out.append(Masalah(pesan(t.iloc[i]) if callable(pesan) else pesan, berkas=berkas, lembar=lembar,
                           baris=int(t["baris_berkas"].iat[i]), kolom=kolom, saran=saran))
    if len(idx) > BATAS_PER_JENIS:
        out.append(Masalah(f"... dan {len(idx) - BATAS_PER_JENIS} baris lain dengan masalah yang sama.",
                           berkas=berkas, lembar=lembar, kolom=kolom, saran=saran))


def periksa_data(data: DataRAT) -> list[Masalah]:
    """Pemeriksaan silang antarlembar; mengembalikan semua masalah (daftar kosong = bersih)."""
    from kopkit.buku import masalah_peran
    from kopkit.shu import periksa_aturan

    m: list[Masalah] = []
    b, T, tahun = data.berkas, data.tabel, data.tahun
    anggota, akun = T.get("Anggota"), T.get("Bagan Akun")
    id_anggota = set(anggota["id_anggota"].dropna()) if anggota is not None else None
    kode_akun = set(akun["kode"].dropna()) if akun is not None else None

    if anggota is not None:
        ganda = anggota["id_anggota"].duplicated(keep="first").to_numpy() & anggota["id_anggota"].notna().to_numpy()
        _baris_masalah(m, anggota, ganda, lambda r: f"No anggota {r['id_anggota']} tercantum dua kali.", b, "Anggota",
                       "No Anggota", "Setiap anggota satu baris; beri nomor lain atau hapus baris gandanya.")
    if akun is not None:
        ganda = akun["kode"].duplicated().to_numpy() & akun["kode"].notna().to_numpy()
        _baris_masalah(m, akun, ganda, lambda r: f"Kode akun {r['kode']} tercantum dua kali.", b, "Bagan Akun",
                       "Kode Akun", "Setiap kode akun satu baris.")
        try:
            for x in masalah_peran(akun.drop(columns="baris_berkas")):
                m.append(Masalah(x.pesan, berkas=b, lembar="Bagan Akun", kolom="Peran", saran=x.saran))
        except Exception as e:  # bagan rusak sudah dilaporkan per sel
            m.append(Masalah(f"Peran akun tidak dapat diperiksa: {getattr(e, 'pesan', e)}", berkas=b,
                             lembar="Bagan Akun", saran="Perbaiki masalah lain di lembar ini dulu."))

    pj = T.get("Pinjaman")
    if pj is not None and len(pj):
        ganda = pj["id_pinjaman"].duplicated().to_numpy() & pj["id_pinjaman"].notna().to_numpy()
        _baris_masalah(m, pj, ganda, lambda r: f"No pinjaman {r['id_pinjaman']} tercantum dua kali.", b, "Pinjaman",
                       "No Pinjaman", "Setiap pinjaman punya nomor sendiri; beri nomor lain pada pinjaman kedua.")
    # nomor anggota di lembar lain harus ada di lembar Anggota
    if id_anggota is not None:
        for lembar in ("Jurnal Umum", "Mutasi Simpanan", "Transaksi Anggota", "Pinjaman"):
            t = T.get(lembar)
            if t is None or not len(t):
                continue
            ada = t["id_anggota"].notna().to_numpy()
            asing = ada & ~t["id_anggota"].isin(id_anggota).to_numpy()
            _baris_masalah(m, t, asing, lambda r: f"No anggota {r['id_anggota']} tidak ada di lembar Anggota.", b,
                           lembar, "No Anggota", "Tambahkan anggota itu ke lembar Anggota, atau betulkan nomornya.")
    # kode akun harus ada di Bagan Akun dan bukan judul kelompok
    if kode_akun is not None:
        judul = set(akun.loc[akun["header"], "kode"])
        for lembar in ("Saldo Awal", "Jurnal Umum"):
            t = T.get(lembar)
            if t is None or not len(t):
                continue
            ada = t["akun"].notna().to_numpy()
            asing = ada & ~t["akun"].isin(kode_akun).to_numpy()
            _baris_masalah(m, t, asing, lambda r: f"Kode akun {r['akun']} tidak ada di lembar Bagan Akun.", b, lembar,
                           "Kode Akun", "Pakai kode dari Bagan Akun, atau tambahkan akunnya di sana.")
            kepala = t["akun"].isin(judul).to_numpy()
            _baris_masalah(m, t, kepala, lambda r: f"Akun {r['akun']} adalah judul kelompok, bukan akun.", b, lembar,
                           "Kode Akun", "Pakai akun rincian di bawah kelompok itu.")
    # bukti seimbang
    ju = T.get("Jurnal Umum")
    if ju is not None and len(ju):
        g = ju.groupby("no_bukti", sort=False).agg(debit=("debit", "sum"), kredit=("kredit", "sum"),
                                                   baris=("baris_berkas", "min"))
        timpang = g.loc[g["debit"] != g["kredit"]]
        for no, r in timpang.head(BATAS_PER_JENIS).iterrows():
            from kopkit.dasar.uang import format_rupiah

            m.append(Masalah(f"Bukti {no} tidak seimbang: debit {format_rupiah(int(r['debit']))}, kredit "
                             f"{format_rupiah(int(r['kredit']))} (selisih {format_rupiah(abs(int(r['debit'] - r['kredit'])))}).",
                             berkas=b, lembar="Jurnal Umum", baris=int(r["baris"]), kolom="Debit/Kredit",
                             saran="Cocokkan dengan bukti kertasnya; setiap bukti harus debit = kredit."))
        if len(timpang) > BATAS_PER_JENIS:
            m.append(Masalah(f"... dan {len(timpang) - BATAS_PER_JENIS} bukti lain tidak seimbang.", berkas=b,
                             lembar="Jurnal Umum", kolom="Debit/Kredit", saran="Setiap bukti harus debit = kredit."))
    sa = T.get("Saldo Awal")
    if sa is not None and len(sa):
        d, k = int(sa["debit"].sum()), int(sa["kredit"].sum())
        if d != k:
            from kopkit.dasar.uang import format_rupiah

            m.append(Masalah(f"Saldo awal tidak seimbang: debit {format_rupiah(d)}, kredit {format_rupiah(k)}.",
                             berkas=b, lembar="Saldo Awal", kolom="Debit/Kredit",
                             saran="Salin ulang neraca 31 Desember tahun lalu; jumlah aset = liabilitas + ekuitas."))
    elif sa is not None and data.tahun is not None:
        m.append(Masalah("Lembar Saldo Awal kosong.", berkas=b, lembar="Saldo Awal",
                         saran="Isi saldo setiap akun per 31 Desember tahun lalu (dari neraca RAT yang lalu)."))
    # periode
    if tahun is not None:
        awal, akhir = pd.Timestamp(year=tahun, month=1, day=1), pd.Timestamp(year=tahun, month=12, day=31)
        cek = [("Jurnal Umum", "tanggal", "Tanggal", True), ("Transaksi Anggota", "tanggal", "Tanggal", True),
               ("Angsuran", "tanggal", "Tanggal Bayar", True), ("Mutasi Simpanan", "tanggal", "Tanggal", False),
               ("Pinjaman", "tanggal_cair", "Tanggal Cair", False), ("Anggota", "tanggal_masuk", "Tanggal Masuk", False),
               ("Penjualan Daring", "tanggal", "Tanggal", True)]
        for lembar, kol, judul, dari_awal in cek:
            t = T.get(lembar)
            if t is None or not len(t):
                continue
            tgl = t[kol]
            luar = ((tgl > akhir) | ((tgl < awal) if dari_awal else False)).fillna(False).to_numpy()
            rentang = f"1 Januari - 31 Desember {tahun}" if dari_awal else f"paling lambat 31 Desember {tahun}"
            _baris_masalah(m, t, luar, lambda r, kol=kol: f"Tanggal {r[kol].date()} di luar tahun buku {tahun} ({rentang}).",
                           b, lembar, judul, f"Tahun buku di lembar Profil adalah {tahun}: pindahkan baris ini ke "
                                             "berkas tahunnya, atau betulkan tanggal/tahun bukunya.")
    # angsuran -> pinjaman
    pj, ang = T.get("Pinjaman"), T.get("Angsuran")
    if pj is not None and ang is not None and len(ang):
        asing = ang["id_pinjaman"].notna().to_numpy() & ~ang["id_pinjaman"].isin(set(pj["id_pinjaman"])).to_numpy()
        _baris_masalah(m, ang, asing, lambda r: f"Pinjaman {r['id_pinjaman']} tidak ada di lembar Pinjaman.", b,
                       "Angsuran", "No Pinjaman", "Tambahkan pinjamannya di lembar Pinjaman, atau betulkan nomornya.")
    # aturan SHU
    aturan = T.get("Aturan SHU")
    if aturan is not None and len(aturan) and aturan["persen"].notna().all():
        for x in periksa_aturan(aturan[["pos", "persen"]].astype({"persen": str}),
                                dasar=data.profil.get("dasar_pembagian") or "total"):
            m.append(Masalah(x.pesan, berkas=b, lembar="Aturan SHU",
                             baris=int(aturan["baris_berkas"].iat[x.baris - 2]) if x.baris else None,
                             kolom="Persen" if x.kolom == "persen" else ("Pos" if x.kolom else None), saran=x.saran))
    elif aturan is not None and not len(aturan):
        m.append(Masalah("Lembar Aturan SHU kosong.", berkas=b, lembar="Aturan SHU",
                         saran="Salin persen pembagian SHU dari AD/ART (cadangan, jasa modal, jasa usaha, dana-dana)."))
    dasar = T.get("Dasar SHU")
    if dasar is not None:
        units = set(T["Transaksi Anggota"]["unit"].dropna()) if T.get("Transaksi Anggota") is not None else set()
        for _, r in dasar.loc[dasar["dihitung"]].iterrows():
            sah = (_SUMBER_SIMPANAN if r["komponen"] == "jasa_modal" else units | {"jasa_pinjaman"})
            if r["sumber"] not in sah:
                m.append(Masalah(f"Sumber '{r['sumber']}' untuk {r['komponen']} tidak dikenal.", berkas=b,
                                 lembar="Dasar SHU", baris=int(r["baris_berkas"]), kolom="Sumber",
                                 saran=f"Pilih salah satu: {', '.join(sorted(sah))}."))
    return m


def periksa_folder(folder) -> tuple[DataRAT, pd.DataFrame]:
    """Baca dan periksa folder data: ``(DataRAT, tabel masalah)``; tabel kosong = siap dibuat paket RAT."""
    data, masalah = baca_folder(folder)
    masalah = masalah + periksa_data(data)
    return data, tabel_masalah(masalah)


def tulis_masalah_excel(tabel: pd.DataFrame, folder, *, nama: str = "Masalah Data RAT") -> Path:
    """Tulis tabel masalah ke ``<nama>.xlsx`` di ``folder`` (berkas baru bernomor bila sudah ada)."""
    from openpyxl.styles import Font, PatternFill

    from kopkit.dasar.excel import periksa_tujuan, simpan_buku_kerja
    from kopkit.rat.paket import nama_bebas

    path = periksa_tujuan(nama_bebas(Path(folder), nama, ".xlsx"), timpa=False, contoh=f"{nama}.xlsx")
    wb = _excel.buku_kerja_baru()
    ws = wb.active
    ws.title = "Masalah"
    judul = ["No", "Lembar", "Baris", "Kolom", "Masalah", "Cara memperbaiki", "Sudah?"]
    _excel.tambah_baris(ws, judul)
    for c in ws[1]:
        c.font, c.fill = Font(bold=True), PatternFill("solid", fgColor="FCE4D6")
    for i, r in enumerate(tabel.itertuples(index=False), 1):
        _excel.tambah_baris(ws, [i, r.lembar, None if pd.isna(r.baris) else int(r.baris), r.kolom, r.pesan, r.saran, ""])
    for huruf, lebar in zip("ABCDEFG", (5, 18, 8, 16, 70, 70, 8)):
        ws.column_dimensions[huruf].width = lebar
    ws.freeze_panes = "A2"
    return simpan_buku_kerja(wb, path)
