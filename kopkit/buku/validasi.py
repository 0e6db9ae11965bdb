"""Pemeriksaan masukan pembukuan: periode, bagan akun, dan jurnal umum (semua masalah sekaligus).

Dipakai oleh :mod:`kopkit.buku` (fungsi-fungsinya juga tersedia dari sana). Pemeriksa
mengembalikan daftar :class:`~kopkit.dasar.galat.Masalah` — semua masalah, bukan hanya yang pertama —
dengan baris seperti di Excel (baris 1 = judul kolom), kolom, dan cara memperbaikinya.

Contoh:
    >>> import pandas as pd
    >>> akun = pd.DataFrame({"kode": ["101", "301"], "nama": ["Kas", "Simpanan pokok"],
    ...                      "jenis": ["aset", "ekuitas"], "saldo_normal": ["debit", "kredit"]})
    >>> j = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-02"] * 2), "no_bukti": ["B1"] * 2,
    ...     "akun": ["101", "3001"], "keterangan": ["Setor"] * 2, "debit": [100_000, 0], "kredit": [0, 100_000]})
    >>> [(m.baris, m.kolom) for m in validasi_jurnal(j, akun)]
    [(3, 'akun')]
"""
from __future__ import annotations

import difflib
from dataclasses import replace

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatMasukan, Masalah, gagal_bila_ada

__all__ = ["JENIS_AKUN", "KOLOM_JURNAL", "KOLOM_AKUN", "baca_periode", "validasi_akun", "validasi_jurnal",
           "periksa_jurnal", "baris_jumlah_jurnal", "KATA_BARIS_JUMLAH"]

JENIS_AKUN = ("aset", "liabilitas", "ekuitas", "pendapatan", "beban")
KOLOM_JURNAL = ["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit"]
KOLOM_AKUN = ["kode", "nama", "jenis", "saldo_normal"]
#: Isi sel (satu-satunya teks di sel itu) yang menandai baris jumlah di bawah tabel Excel, bukan transaksi.
KATA_BARIS_JUMLAH = ("subtotal", "sub total", "jumlah", "total", "grand total", "jumlah total", "total keseluruhan",
                     "jumlah seluruhnya")


_POLA_BARIS_JUMLAH = (r"(?i)^[\s:.]*(?:" + "|".join(r"[\s:.]+".join(kata.split()) for kata in KATA_BARIS_JUMLAH)
                      + r")[\s:.]*$")


def _nilai_baris_jumlah(unik) -> np.ndarray:
    """Nilai unik sebuah kolom teks → penanda "isinya hanya kata jumlah/subtotal/total"."""
    return pd.Series(unik, dtype="str").str.contains(_POLA_BARIS_JUMLAH, regex=True).to_numpy(dtype=bool)


def baris_jumlah_jurnal(jurnal: pd.DataFrame, kolom=("no_bukti", "akun", "keterangan")) -> np.ndarray:
    """Penanda baris jumlah/subtotal dalam tabel jurnal: sel nomor bukti, akun atau keterangan yang
    isinya hanya ``Subtotal``, ``Jumlah``, ``Total`` (huruf besar/kecil, titik dua bebas). Baris
    seperti ini bukan transaksi; bila ikut dihitung, jumlahnya terhitung dua kali.

    >>> import pandas as pd
    >>> baris_jumlah_jurnal(pd.DataFrame({"no_bukti": ["B1", None], "akun": ["101", None],
    ...                                   "keterangan": ["Jual", "JUMLAH:"]})).tolist()
    [False, True]
    """
    tanda = np.zeros(len(jurnal), dtype=bool)
    for k in kolom:
        if k in jurnal.columns:
            # Satu ekspresi reguler atas nilai unik saja (cepat untuk jurnal jutaan baris).
            kode, unik = pd.factorize(jurnal[k], use_na_sentinel=True)
            kena = np.zeros(len(unik) + 1, dtype=bool)  # posisi terakhir: sel kosong (kode -1)
            kena[:-1] = _nilai_baris_jumlah(unik)
            tanda |= kena[kode]
    return tanda


# ---------------------------------------------------------------------------------------------
# Periode dan bagan akun
# ---------------------------------------------------------------------------------------------

def _ke_waktu(nilai, nama: str):
    """Satu tanggal dari pemanggil → Timestamp (tanpa jam). Teks dibaca tanggal lebih dulu
    (``01/08/2025`` = 1 Agustus) oleh pengurai kopkit, seperti di semua fungsi lain."""
    from kopkit.dasar.uang import parse_tanggal

    if nilai is None:
        return None
    if not isinstance(nilai, str) and pd.api.types.is_scalar(nilai) and pd.isna(nilai):
        raise GalatMasukan(f"Tanggal {nama} kosong.", saran="Tulis mis. '31/12/2025'.")
    return pd.Timestamp(parse_tanggal(nilai, kolom=nama))


def baca_periode(periode=None, *, dari=None, sampai=None) -> tuple:
    """Periode sebagai pasangan ``(dari, sampai)`` Timestamp (ujung boleh None = tanpa batas).

    ``periode`` boleh tahun (``2025``) atau pasangan ``(dari, sampai)``; kedua ujung ikut.

    >>> [str(t.date()) for t in baca_periode(2025)]
    ['2025-01-01', '2025-12-31']
    """
    if periode is not None:
        if isinstance(periode, (int, np.integer)) and not isinstance(periode, bool):
            dari, sampai = f"{int(periode)}-01-01", f"{int(periode)}-12-31"
        elif isinstance(periode, (tuple, list)) and len(periode) == 2:
            dari, sampai = periode
        else:
            raise GalatMasukan(f"Periode {periode!r} tidak dipahami.",
                               saran="Tulis tahun (2025) atau pasangan ('2025-01-01', '2025-03-31').")
    d, s = _ke_waktu(dari, "awal periode"), _ke_waktu(sampai, "akhir periode")
    if d is not None and s is not None and d > s:
        raise GalatMasukan(f"Awal periode ({d.date()}) sesudah akhir periode ({s.date()}).",
                           saran="Tukar kedua tanggal.")
    return d, s


def _siapkan_akun(akun) -> pd.DataFrame:
    masalah = validasi_akun(akun)
    gagal_bila_ada(masalah, "Bagan akun tidak sah")
    a = pd.DataFrame({"kode": akun["kode"].astype(str).str.strip(), "nama": akun["nama"].astype(str),
                      "jenis": akun["jenis"].astype(str).str.strip().str.lower(),
                      "saldo_normal": akun["saldo_normal"].astype(str).str.strip().str.lower()})
    a["induk"] = akun["induk"].fillna("").astype(str) if "induk" in akun else ""
    a["kelompok_laporan"] = (akun["kelompok_laporan"].fillna("").astype(str) if "kelompok_laporan" in akun
                             else a["jenis"].str.capitalize())
    a["header"] = akun["header"].fillna(False).astype(bool) if "header" in akun else False
    a = a.reset_index(drop=True)
    from kopkit.buku.peran import lengkapi_peran

    a["peran"], a["lancar"] = lengkapi_peran(akun)
    a.attrs["_peran_lengkap"] = True
    return a


def validasi_akun(akun) -> list[Masalah]:
    """Periksa bagan akun: kolom wajib, kode unik, jenis dan saldo normal yang dikenal.

    >>> import pandas as pd
    >>> a = pd.DataFrame({"kode": ["101", "101"], "nama": ["Kas", "Bank"], "jenis": ["aset", "harta"],
    ...                   "saldo_normal": ["debit", "debit"]})
    >>> [m.kolom for m in validasi_akun(a)]
    ['kode', 'jenis']
    """
    if not isinstance(akun, pd.DataFrame):
        from kopkit.dasar.argumen import jenis_nilai

        return [Masalah(f"Bagan akun harus tabel, bukan {jenis_nilai(akun)}.",
                        saran="Muat dengan data.muat('akun').")]
    kurang = [k for k in KOLOM_AKUN if k not in akun.columns]
    if kurang:
        return [Masalah(f"Bagan akun tidak punya kolom {', '.join(kurang)}.", kolom=", ".join(kurang),
                        saran="Bagan akun perlu kolom kode, nama, jenis, saldo_normal.")]
    masalah = []
    kode = akun["kode"].astype(str).str.strip()
    for pos in np.flatnonzero(kode.duplicated().to_numpy()):
        masalah.append(Masalah(f"Kode akun '{kode.iloc[pos]}' muncul lebih dari sekali.", baris=int(pos) + 2,
                               kolom="kode", saran="Setiap akun harus punya kode sendiri."))
    for kolom, boleh in (("jenis", JENIS_AKUN), ("saldo_normal", ("debit", "kredit"))):
        nilai = akun[kolom].astype(str).str.strip().str.lower()
        for pos in np.flatnonzero(~nilai.isin(boleh).to_numpy()):
            masalah.append(Masalah(f"'{akun[kolom].iloc[pos]}' bukan {kolom} yang dikenal (akun {kode.iloc[pos]}).",
                                   baris=int(pos) + 2, kolom=kolom, saran=f"Pilih salah satu: {', '.join(boleh)}."))
    from kopkit.buku.peran import masalah_peran

    return masalah + masalah_peran(akun)


# ---------------------------------------------------------------------------------------------
# Pemeriksaan jurnal (semua masalah sekaligus)
# ---------------------------------------------------------------------------------------------

def _baris_berkas(j: pd.DataFrame) -> np.ndarray:
    """Nomor baris seperti di berkas sumber: kolom baris_berkas (dari baca_jurnal_excel) atau
    posisi + 2 (baris 1 = judul kolom)."""
    if "baris_berkas" in j.columns:
        return j["baris_berkas"].to_numpy(dtype="int64")
    return np.arange(len(j), dtype="int64") + 2


def _kosong_teks(seri: pd.Series) -> np.ndarray:
    return (seri.isna() | (seri.astype(str).str.strip() == "")).to_numpy()


def _rupiah_kolom(seri: pd.Series, baris: np.ndarray, lokasi: dict) -> tuple[np.ndarray, np.ndarray, list]:
    """Kolom uang -> (nilai int64 dengan sel kosong = 0, sel yang salah, masalah)."""
    from kopkit.dasar.uang import masalah_kolom_rupiah, parse_kolom_rupiah

    if pd.api.types.is_integer_dtype(seri.dtype) and not pd.api.types.is_bool_dtype(seri.dtype):
        return seri.fillna(0).to_numpy(dtype="int64"), np.zeros(len(seri), bool), []
    masalah = masalah_kolom_rupiah(seri.reset_index(drop=True), baris_awal=0, kolom=seri.name, **lokasi)
    salah = np.zeros(len(seri), bool)
    hasil = []
    for m in masalah:
        salah[m.baris] = True
        pesan = m.pesan
        if "pecahan" not in pesan.lower() and pd.api.types.is_float_dtype(seri.dtype):
            pesan += " Jumlah rupiah harus bilangan bulat."
        hasil.append(replace(m, pesan=pesan, baris=int(baris[m.baris])))
    bersih = seri.reset_index(drop=True).where(~pd.Series(salah), None)
    nilai = parse_kolom_rupiah(bersih.astype(object)).fillna(0).to_numpy(dtype="int64")
    return nilai, salah, hasil


def validasi_jurnal(jurnal, akun=None, periode=None) -> list[Masalah]:
    """Periksa jurnal umum; kembalikan SEMUA masalah (daftar kosong bila jurnal sehat).

    Yang diperiksa: kolom wajib; tanggal, akun, keterangan dan nomor bukti terisi; tanggal di dalam
    ``periode``; akun dikenal dan bukan akun induk (header); jumlah rupiah bulat, tidak negatif,
    tidak debit dan kredit sekaligus, tidak nol keduanya; setiap bukti seimbang (debit = kredit);
    nomor bukti yang sama tidak dipakai pada tanggal berbeda; tidak ada baris jumlah/subtotal.
    Tanpa bagan ``akun`` semua pemeriksaan tetap berjalan kecuali yang memerlukan bagan akun
    (akun dikenal, akun induk) — keseimbangan per bukti selalu diperiksa.
    Lihat hasilnya sebagai tabel dengan ``tabel_masalah(...)``.

    Contoh:
        >>> import pandas as pd
        >>> akun = pd.DataFrame({"kode": ["101", "405"], "nama": ["Kas", "Penjualan"],
        ...                      "jenis": ["aset", "pendapatan"], "saldo_normal": ["debit", "kredit"]})
        >>> j = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-02"] * 2), "no_bukti": ["B1"] * 2,
        ...     "akun": ["101", "405"], "keterangan": ["Jual"] * 2, "debit": [50_000, 0], "kredit": [0, 45_000]})
        >>> [m.pesan for m in validasi_jurnal(j, akun)]
        ['Bukti B1 tidak seimbang: debit 50.000, kredit 45.000, selisih 5.000 (debit lebih besar).']
    """
    from kopkit.dasar.uang import format_angka, masalah_kolom_tanggal

    masalah = list(validasi_akun(akun)) if akun is not None else []
    if masalah:
        return masalah
    if not isinstance(jurnal, pd.DataFrame):
        from kopkit.dasar.argumen import jenis_nilai

        return [Masalah(f"Jurnal harus tabel, bukan {jenis_nilai(jurnal)}.",
                        saran="Muat dengan data.muat('jurnal_umum') atau baca_jurnal_excel().")]
    lokasi = {"berkas": jurnal.attrs.get("berkas"), "lembar": jurnal.attrs.get("lembar")}
    kurang = [k for k in KOLOM_JURNAL if k not in jurnal.columns]
    if kurang:
        return [Masalah(f"Jurnal tidak punya kolom {', '.join(kurang)}.", baris=1, kolom=", ".join(kurang),
                        saran="Judul kolom jurnal: " + ", ".join(KOLOM_JURNAL) + ".", **lokasi)]
    a = _siapkan_akun(akun) if akun is not None else None
    baris = _baris_berkas(jurnal)

    def tambah(pesan, pos=None, kolom=None, saran=None):
        masalah.append(Masalah(pesan, baris=None if pos is None else int(baris[pos]), kolom=kolom,
                               saran=saran, **lokasi))

    # Tanggal
    tgl = jurnal["tanggal"].reset_index(drop=True)
    if pd.api.types.is_datetime64_any_dtype(tgl.dtype):
        tgl_kosong = tgl.isna().to_numpy()
        tgl_salah = np.zeros(len(tgl), bool)
    else:
        from kopkit.dasar.uang import parse_kolom_tanggal

        tgl_kosong = _kosong_teks(tgl)
        tgl_salah = np.zeros(len(tgl), bool)
        for m in masalah_kolom_tanggal(tgl.astype(object), baris_awal=0, kolom="tanggal", **lokasi):
            masalah.append(replace(m, baris=int(baris[m.baris])))
            tgl_salah[m.baris] = True
        tgl = parse_kolom_tanggal(tgl.astype(object).where(~pd.Series(tgl_salah | tgl_kosong), None))
    tgl = pd.Series(pd.to_datetime(tgl.to_numpy()))
    # Uang
    debit, salah_d, m_d = _rupiah_kolom(jurnal["debit"], baris, lokasi)
    kredit, salah_k, m_k = _rupiah_kolom(jurnal["kredit"], baris, lokasi)
    masalah += m_d + m_k
    uang_salah = salah_d | salah_k
    # Teks wajib
    kode = jurnal["akun"]
    if pd.api.types.is_float_dtype(kode.dtype):  # Excel membaca 101 sebagai 101.0
        kode = kode.map(lambda v: v if pd.isna(v) else (str(int(v)) if float(v).is_integer() else str(v)))
    kode_kosong = _kosong_teks(kode)
    kode = kode.astype(object).where(~pd.Series(kode_kosong, index=kode.index), "").astype(str).str.strip()
    bukti_kosong = _kosong_teks(jurnal["no_bukti"])
    bukti = jurnal["no_bukti"].astype(object).where(~pd.Series(bukti_kosong, index=jurnal.index), "").astype(str).str.strip()
    ket_kosong = _kosong_teks(jurnal["keterangan"])
    dikenal = set(a["kode"]) if a is not None else None
    induk = set(a.loc[a["header"], "kode"]) | (set(a["induk"]) - {""}) if a is not None else set()
    d1, p1 = baca_periode(periode)
    teks_bukti = bukti.to_numpy()
    teks_kode = kode.to_numpy()

    def tiap(mask, buat_pesan, kolom, saran):
        for pos in np.flatnonzero(mask):
            tambah(buat_pesan(pos), pos, kolom, saran)

    tiap(tgl_kosong, lambda p: "Tanggal kosong.", "tanggal", "Isi tanggal transaksi, mis. 02/01/2025.")
    ada_tgl = ~(tgl_kosong | tgl_salah)
    luar = np.zeros(len(jurnal), bool)
    if d1 is not None:
        luar |= ada_tgl & (tgl < d1).to_numpy()
    if p1 is not None:
        luar |= ada_tgl & (tgl > p1).to_numpy()
    teks_periode = (f"{d1.date() if d1 is not None else '...'} s.d. {p1.date() if p1 is not None else '...'}")
    tiap(luar, lambda p: f"Tanggal {tgl.iloc[p].date()} di luar periode {teks_periode} (bukti {teks_bukti[p]}).",
         "tanggal", "Periksa tahun/bulan yang terketik, atau catat di buku periode yang benar.")
    tiap(bukti_kosong, lambda p: "Nomor bukti kosong.", "no_bukti",
         "Setiap baris jurnal harus menyebut nomor buktinya.")
    tiap(kode_kosong, lambda p: f"Kode akun kosong (bukti {teks_bukti[p]}).", "akun", "Isi kode akun dari bagan akun.")
    asing = (~kode_kosong & ~kode.isin(dikenal).to_numpy()) if dikenal is not None else np.zeros(len(kode), bool)
    for pos in np.flatnonzero(asing):
        mirip = difflib.get_close_matches(teks_kode[pos], sorted(dikenal), n=3, cutoff=0.5)
        tambah(f"Akun '{teks_kode[pos]}' tidak ada di bagan akun (bukti {teks_bukti[pos]}).", pos, "akun",
               (f"Mungkin maksud Anda {', '.join(mirip)}. " if mirip else "") + "Pakai kode dari bagan akun.")
    tiap(~kode_kosong & kode.isin(induk).to_numpy(),
         lambda p: f"Akun {teks_kode[p]} adalah akun induk (judul kelompok) dan tidak boleh diisi "
                   f"(bukti {teks_bukti[p]}).", "akun", "Pilih salah satu akun rincian di bawahnya.")
    tiap(ket_kosong, lambda p: f"Keterangan kosong (bukti {teks_bukti[p]}).", "keterangan",
         "Tulis uraian singkat transaksinya supaya bisa ditelusuri.")
    jumlah_baris = baris_jumlah_jurnal(jurnal)
    tiap(jumlah_baris, lambda p: "Baris jumlah/subtotal di dalam jurnal, bukan transaksi: bila ikut dihitung, "
                                 "jumlahnya terhitung dua kali.", "keterangan",
         "Hapus baris Jumlah/Subtotal/Total dari tabel jurnal (jumlah dihitung oleh kopkit).")
    ok = ~uang_salah
    tiap(ok & (debit < 0), lambda p: f"Jumlah negatif ({format_angka(int(debit[p]))}) pada bukti {teks_bukti[p]}.",
         "debit", "Jangan pakai angka minus: pindahkan jumlahnya ke sisi lawan (kredit).")
    tiap(ok & (kredit < 0), lambda p: f"Jumlah negatif ({format_angka(int(kredit[p]))}) pada bukti {teks_bukti[p]}.",
         "kredit", "Jangan pakai angka minus: pindahkan jumlahnya ke sisi lawan (debit).")
    tiap(ok & (debit != 0) & (kredit != 0), lambda p: f"Baris berisi debit dan kredit sekaligus (bukti {teks_bukti[p]}).",
         "debit, kredit", "Satu baris hanya boleh debit ATAU kredit; pecah menjadi dua baris.")
    tiap(ok & (debit == 0) & (kredit == 0),
         lambda p: f"Baris tanpa jumlah: debit dan kredit kosong (bukti {teks_bukti[p]}).", "debit, kredit",
         "Isi jumlahnya atau hapus baris ini.")
    # Keseimbangan per bukti (bukti yang punya sel uang salah dilewati: jumlahnya belum pasti).
    t = pd.DataFrame({"bukti": bukti.to_numpy(), "d": debit, "k": kredit, "salah": uang_salah,
                      "pos": np.arange(len(jurnal)), "tgl": tgl.to_numpy(), "tk": tgl_kosong | tgl_salah})
    t = t[~bukti_kosong & ~jumlah_baris]
    per_bukti = t.groupby("bukti", sort=False).agg(d=("d", "sum"), k=("k", "sum"), salah=("salah", "any"),
                                                   pos=("pos", "min"))
    for nama, r in per_bukti[(per_bukti["d"] != per_bukti["k"]) & ~per_bukti["salah"]].iterrows():
        selisih = int(r["d"]) - int(r["k"])
        tambah(f"Bukti {nama} tidak seimbang: debit {format_angka(int(r['d']))}, kredit "
               f"{format_angka(int(r['k']))}, selisih {format_angka(abs(selisih))} "
               f"({'debit' if selisih > 0 else 'kredit'} lebih besar).", int(r["pos"]), "debit, kredit",
               "Cocokkan dengan bukti aslinya; cari angka yang salah ketik atau baris yang tertinggal.")
    tgl_bukti = t[~t["tk"]].groupby("bukti", sort=False).agg(n=("tgl", "nunique"), pos=("pos", "min"),
                                                            awal=("tgl", "min"), akhir=("tgl", "max"))
    for nama, r in tgl_bukti[tgl_bukti["n"] > 1].iterrows():
        tambah(f"Nomor bukti {nama} dipakai pada {int(r['n'])} tanggal berbeda ({r['awal'].date()} s.d. "
               f"{r['akhir'].date()}).", int(r["pos"]), "no_bukti",
               "Satu nomor bukti untuk satu transaksi: beri nomor baru pada transaksi yang lain.")
    urutan = {m: i for i, m in enumerate(masalah)}
    return sorted(masalah, key=lambda m: (m.baris if m.baris is not None else 0, urutan[m]))


def periksa_jurnal(jurnal, akun=None, periode=None, *, ketat: bool = True) -> list[Masalah]:
    """Seperti :func:`validasi_jurnal`; dengan ``ketat=True`` (bawaan) naikkan satu
    :class:`~kopkit.dasar.galat.GalatData` yang mencantumkan semua masalah bila ada.
    """
    masalah = validasi_jurnal(jurnal, akun, periode)
    if ketat:
        gagal_bila_ada(masalah, "Jurnal belum dapat dibukukan")
    return masalah
