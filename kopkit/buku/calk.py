"""Catatan atas Laporan Keuangan (CALK): laporan kelima menurut Permenkop UKM No. 2 Tahun 2024 Pasal 8.

Empat laporan lain berupa angka; CALK menjelaskan angka itu: kebijakan akuntansi, perlakuan
simpanan anggota, kualitas pinjaman dan penyisihannya, aset tetap dan penyusutan, utang bank,
pihak berelasi, peristiwa setelah tanggal laporan. :func:`catatan_laporan_keuangan` mengisi
semua yang dapat diambil dari data (saldo akun menurut **peran** di bagan akun, kualitas pinjaman
yang dihitung :mod:`kopkit.simpan_pinjam` dan diberikan pemanggil); bagian yang hanya dapat ditulis pengurus diberi tanda
``[DIISI PENGURUS: ...]``, tidak pernah diisi tebakan.

Hasilnya tabel satu baris per catatan: ``no``, ``bagian``, ``teks``, ``angka`` (kamus pos -> rupiah
``int``) dan ``diisi_pengurus`` (True bila ada bagian yang harus dilengkapi). Tampilkan dengan
:func:`calk_markdown` atau :func:`calk_html`.

    >>> from kopkit import data
    >>> calk = catatan_laporan_keuangan(data.muat("jurnal_umum"), data.muat("akun"), 2025,
    ...                                 nama_koperasi="KSU Contoh")
    >>> calk["bagian"].iloc[1]
    'Kebijakan akuntansi'
    >>> "DIISI PENGURUS" in calk_markdown(calk)
    True
"""
from __future__ import annotations

import html
from decimal import Decimal

import numpy as np
import pandas as pd

from kopkit.buku.jurnal import _saldo, _saring, siapkan_jurnal
from kopkit.buku.laporan import _periode_wajib, laporan_hasil_usaha, laporan_posisi_keuangan
from kopkit.buku.peran import akun_berperan
from kopkit.dasar.galat import GalatMasukan
from kopkit.dasar.uang import format_persen, format_rupiah, format_tanggal

__all__ = ["catatan_laporan_keuangan", "calk_markdown", "calk_html", "TANDA_PENGURUS"]

#: Awal tanda bagian yang hanya dapat ditulis pengurus.
TANDA_PENGURUS = "DIISI PENGURUS"


def _isi(apa: str) -> str:
    return f"[{TANDA_PENGURUS}: {apa}]"


def _berperan(akun, *peran) -> list[str]:
    """Kode akun berperan (daftar kosong bila bagan akun tidak punya, tanpa galat: catatan lalu
    meminta pengurus mengisinya)."""
    from kopkit.dasar.galat import GalatData

    try:
        return akun_berperan(akun, *peran)
    except GalatData:
        return []


def catatan_laporan_keuangan(jurnal, akun, periode, *, nama_koperasi: str, rekap_kolektibilitas=None,
                             npl=None) -> pd.DataFrame:
    """CALK untuk ``periode`` (tahun atau pasangan tanggal), diisi dari jurnal dan bagan akun.

    ``rekap_kolektibilitas``: tabel per kelas dari :func:`kopkit.simpan_pinjam.rekap_kolektibilitas`
    (kolom kelas, hari, banyak_pinjaman, sisa_pokok, ppap_persen, ppap) per akhir periode, dan ``npl``
    dari :func:`kopkit.simpan_pinjam.rasio_npl`; dengan keduanya catatan pinjaman memuat kolektibilitas,
    PPAP wajib dan NPL. Tanpa data itu, bagian yang bersangkutan ditandai ``[DIISI PENGURUS: ...]``.
    (Pembukuan tidak memanggil modul simpan pinjam sendiri: simpan pinjam memakai pembukuan, bukan
    sebaliknya.)
    """
    if not str(nama_koperasi or "").strip():
        raise GalatMasukan("Nama koperasi kosong.", saran="Tulis nama koperasi, mis. nama_koperasi='KSU Tunas Makmur'.")
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = _periode_wajib(periode, js)
    a = js.akun
    kode = a["kode"].to_numpy()
    saldo = _saldo(js, _saring(js, sampai=sampai))
    posisi = {k: i for i, k in enumerate(kode)}

    def s(k, tanda=1):  # saldo akun per akhir periode menurut saldo normalnya
        return tanda * int(saldo[posisi[k]]) * (1 if a["saldo_normal"].iloc[posisi[k]] == "debit" else -1)

    def jumlah(daftar):
        return sum(s(k) for k in daftar)

    def nama(k):
        return a["nama"].iloc[posisi[k]]

    akhir = format_tanggal(sampai.date(), "panjang")
    awal = format_tanggal(dari.date(), "panjang")
    rp = format_rupiah
    baris = []

    def catat(bagian, teks, angka=None):
        teks = "\n".join(teks) if isinstance(teks, list) else teks
        baris.append({"no": len(baris) + 1, "bagian": bagian, "teks": teks,
                      "angka": {k: int(v) for k, v in (angka or {}).items()}, "diisi_pengurus": TANDA_PENGURUS in teks})

    # 1. Umum
    unit = ""
    if "unit" in js.tabel.columns:
        unit = ", ".join(sorted(map(str, pd.unique(js.tabel["unit"].dropna()))))
    catat("Informasi umum", [
        f"{nama_koperasi} menyusun laporan keuangan untuk periode {awal} sampai dengan {akhir}.",
        f"Unit usaha yang tercatat di jurnal: {unit or _isi('unit usaha')}.",
        f"Nomor badan hukum, alamat, Nomor Induk Koperasi (NIK) dan susunan pengurus serta pengawas: "
        f"{_isi('nomor badan hukum, alamat, NIK, nama pengurus dan pengawas')}.",
    ])
    # 2. Kebijakan akuntansi
    catat("Kebijakan akuntansi", [
        "Laporan keuangan disusun menurut kebijakan akuntansi koperasi Permenkop UKM No. 2 Tahun 2024 "
        "yang berbasis SAK EP (Standar Akuntansi Keuangan Entitas Privat), dengan dasar akrual, dalam rupiah penuh.",
        "Laporan keuangan terdiri atas lima komponen (Pasal 8): Laporan Posisi Keuangan, Laporan Perhitungan "
        "Hasil Usaha, Laporan Perubahan Ekuitas, Laporan Arus Kas (metode langsung), dan Catatan atas Laporan "
        "Keuangan ini.",
        f"Pengakuan pendapatan dan kebijakan lain yang khusus: {_isi('kebijakan yang berbeda dari uraian ini, bila ada')}.",
    ])
    # 3. Kas dan bank
    kas = _berperan(a, "kas", "bank")
    catat("Kas dan bank", [f"{k} {nama(k)}: {rp(s(k))}." for k in kas] +
          [f"Jumlah kas dan bank per {akhir}: {rp(jumlah(kas))}."],
          {"kas_dan_bank": jumlah(kas), **{k: s(k) for k in kas}})
    # 4. Pinjaman anggota dan penyisihan
    pinj, ppap = _berperan(a, "pinjaman_anggota"), _berperan(a, "penyisihan_pinjaman")
    saldo_pinj, saldo_ppap = jumlah(pinj), jumlah(ppap)
    teks = [f"Pinjaman anggota per {akhir}: {rp(saldo_pinj)}, dikurangi Penyisihan Penghapusan Aset "
            f"Produktif (PPAP) {rp(saldo_ppap)}; nilai bersih {rp(saldo_pinj - saldo_ppap)}."]
    angka = {"pinjaman_anggota": saldo_pinj, "ppap": saldo_ppap}
    if rekap_kolektibilitas is not None:
        r = rekap_kolektibilitas
        kurang = sorted({"kelas", "hari", "banyak_pinjaman", "sisa_pokok", "ppap_persen", "ppap"} - set(r.columns))
        if kurang:
            raise GalatMasukan(f"Rekap kolektibilitas tidak punya kolom {', '.join(kurang)}.",
                               saran="Buat dengan kopkit.simpan_pinjam.rekap_kolektibilitas(kualitas, tanggal).")
        teks.append("Kolektibilitas menurut umur tunggakan (konvensi bank, dapat diubah; tabel aturan "
                    "kolektibilitas) dan PPAP wajib:")
        for x in r.itertuples(index=False):
            teks.append(f"- {x.kelas.replace('_', ' ')} ({x.hari} hari): {x.banyak_pinjaman} pinjaman, sisa pokok "
                        f"{rp(int(x.sisa_pokok))}, PPAP {format_persen(Decimal(str(x.ppap_persen)) / 100, 1)} = {rp(int(x.ppap))}.")
            angka[f"sisa_pokok_{x.kelas}"] = int(x.sisa_pokok)
        wajib = int(r["ppap"].sum())
        angka["ppap_wajib"] = wajib
        teks.append(f"PPAP wajib {rp(wajib)}; saldo PPAP di neraca {rp(saldo_ppap)}"
                    + ("." if wajib == saldo_ppap else f" (selisih {rp(saldo_ppap - wajib)} perlu disesuaikan)."))
        if npl is not None:
            teks.append(f"Pinjaman bermasalah (NPL, *non-performing loan*): {format_persen(npl, 2)} dari sisa pokok.")
    else:
        teks.append(f"Rincian kolektibilitas dan PPAP wajib: {_isi('rekap kolektibilitas pinjaman')}.")
    teks.append(f"Agunan dan pinjaman yang dihapusbukukan selama periode: {_isi('agunan dan hapus buku')}.")
    catat("Pinjaman anggota dan PPAP", teks, angka)
    # 5. Simpanan anggota
    ek, li = _berperan(a, "simpanan_pokok", "simpanan_wajib"), _berperan(a, "simpanan_sukarela", "simpanan_berjangka")
    catat("Simpanan anggota", [
        "Simpanan pokok dan simpanan wajib disajikan sebagai **ekuitas** (modal sendiri, UU 25/1992 Pasal 41) "
        "karena AD/ART memberi koperasi hak menolak atau membatasi pengembaliannya; simpanan sukarela dan "
        "berjangka, yang dapat ditarik, disajikan sebagai **liabilitas**.",
        *[f"{k} {nama(k)}: {rp(s(k))}." for k in ek + li],
        f"Pasal AD/ART yang mengatur pengembalian simpanan anggota yang keluar: {_isi('pasal AD/ART')}.",
    ], {k: s(k) for k in ek + li})
    # 6. Aset tetap dan penyusutan
    tetap = a[(a["jenis"] == "aset") & (a["lancar"] == False) & ~a["header"]]  # noqa: E712
    bruto = [k for k, n in zip(tetap["kode"], tetap["saldo_normal"]) if n == "debit" and k in posisi]
    akum = [k for k, n in zip(tetap["kode"], tetap["saldo_normal"]) if n == "kredit" and k in posisi]
    beban = _berperan(a, "beban_penyusutan")
    hu = laporan_hasil_usaha(js, akun, (dari, sampai)).set_index("kode")
    susut = sum(int(hu.loc[k, "jumlah"]) for k in beban if k in hu.index)
    catat("Aset tetap dan penyusutan", [
        *[f"{k} {nama(k)}: {rp(s(k))}." for k in bruto],
        f"Akumulasi penyusutan: {rp(jumlah(akum))}; nilai buku aset tetap {rp(jumlah(bruto) - jumlah(akum))}.",
        f"Beban penyusutan periode ini: {rp(susut)}." if beban else f"Beban penyusutan: {_isi('akun beban penyusutan')}.",
        f"Metode penyusutan dan umur manfaat tiap golongan aset: {_isi('metode dan umur manfaat, mis. garis lurus, bangunan 20 tahun')}.",
    ], {"aset_tetap_bruto": jumlah(bruto), "akumulasi_penyusutan": jumlah(akum), "beban_penyusutan": susut})
    # 7. Utang bank
    bank = _berperan(a, "utang_bank", "utang_bank_lancar")
    if bank:
        lancar = _berperan(a, "utang_bank_lancar")
        catat("Utang bank", [
            f"Saldo utang bank per {akhir}: {rp(jumlah(bank))}, terdiri atas bagian yang jatuh tempo dalam 12 bulan "
            f"(liabilitas jangka pendek) {rp(jumlah(lancar))} dan bagian jangka panjang {rp(jumlah(bank) - jumlah(lancar))}.",
            f"Nama bank, suku bunga, jangka waktu dan agunan: {_isi('syarat pinjaman bank')}.",
        ], {"utang_bank": jumlah(bank), "utang_bank_lancar": jumlah(lancar)})
    # 8. SHU dan pajak
    lhu = hu.reset_index().set_index("pos")["jumlah"]
    final = sum(int(hu.loc[k, "jumlah"]) for k in _berperan(a, "pendapatan_final") if k in hu.index)
    catat("SHU dan pajak penghasilan", [
        f"SHU sebelum pajak {rp(int(lhu['SHU sebelum pajak']))}; SHU setelah pajak {rp(int(lhu['SHU setelah pajak']))}.",
        f"Pendapatan yang sudah dikenai PPh final (mis. jasa giro, UU PPh Pasal 4 ayat 2) {rp(final)} tidak dihitung "
        "lagi dalam penghasilan kena pajak.",
        "Pembagian SHU ditetapkan Rapat Anggota Tahunan menurut AD/ART (UU 25/1992 Pasal 45); sebelum RAT "
        "SHU disajikan di ekuitas.",
        f"Perhitungan pajak penghasilan (penghasilan kena pajak, fasilitas Pasal 31E, pendapatan yang sudah "
        f"dikenai PPh final): {_isi('rincian dari SPT Tahunan')}.",
    ], {"shu_sebelum_pajak": int(lhu["SHU sebelum pajak"]), "shu_setelah_pajak": int(lhu["SHU setelah pajak"]),
        "pendapatan_final": final})
    # 9. Pihak berelasi
    teks = ["Pihak berelasi koperasi: pengurus, pengawas, pengelola dan keluarganya. Pinjaman kepada mereka "
            "dibatasi (batas maksimum pemberian pinjaman, BMPP, untuk orang dalam)."]
    teks.append(f"Pinjaman, simpanan dan transaksi pengurus, pengawas dan keluarganya: {_isi('daftar dan saldonya')}.")
    teks.append(f"Honor dan imbalan pengurus dan pengawas setahun: {_isi('jumlahnya')}.")
    catat("Pihak berelasi", teks)
    # 10. Peristiwa setelah periode
    catat("Peristiwa setelah tanggal laporan", [
        f"Peristiwa penting antara {akhir} dan tanggal laporan disahkan (mis. keputusan RAT tentang pembagian "
        f"SHU, pinjaman besar yang macet, bencana): {_isi('peristiwa dan dampaknya, atau tulis: tidak ada')}.",
    ])
    t = pd.DataFrame(baris, columns=["no", "bagian", "teks", "angka", "diisi_pengurus"])
    t.attrs["judul"] = f"Catatan atas Laporan Keuangan {nama_koperasi} {awal} s.d. {akhir}"
    return t


def calk_markdown(calk: pd.DataFrame) -> str:
    """CALK sebagai teks Markdown (untuk notebook, atau ditempel ke dokumen laporan RAT)."""
    judul = calk.attrs.get("judul", "Catatan atas Laporan Keuangan")
    bagian = [f"## {judul}"]
    for r in calk.itertuples(index=False):
        isi = "\n".join(x if x.startswith("- ") else x + "\n" for x in r.teks.split("\n")).strip()
        bagian.append(f"### {r.no}. {r.bagian}\n\n{isi}")
    return "\n\n".join(bagian) + "\n"


def calk_html(calk: pd.DataFrame) -> str:
    """CALK sebagai HTML sederhana; tanda ``DIISI PENGURUS`` berlatar kuning supaya mudah dicari."""
    judul = html.escape(calk.attrs.get("judul", "Catatan atas Laporan Keuangan"))
    isi = [f"<h2>{judul}</h2>"]
    for r in calk.itertuples(index=False):
        isi.append(f"<h3>{r.no}. {html.escape(r.bagian)}</h3>")
        for x in r.teks.split("\n"):
            x = html.escape(x.removeprefix("- ")).replace("**", "")
            x = x.replace(f"[{TANDA_PENGURUS}", f'<mark>[{TANDA_PENGURUS}').replace("]", "]</mark>")
            isi.append(f"<p>{x}</p>")
    return "\n".join(isi)
