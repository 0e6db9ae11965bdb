"""Pembukuan berpasangan (double entry) koperasi: periksa jurnal, buku besar, neraca saldo,
jurnal penyesuaian dan jurnal penutup.

Jurnal umum adalah tabel seperti yang biasa dibuat koperasi di Excel, satu baris satu pos:
``tanggal, no_bukti, akun, keterangan, debit, kredit`` (boleh ditambah ``unit`` dan
``id_anggota``). Bagan akun (``akun``) berisi ``kode, nama, jenis, saldo_normal`` (boleh ditambah
``induk, kelompok_laporan, header``). Uang selalu rupiah bulat (``int64``).

Seperti beancount, pemeriksa mengembalikan *semua* masalah sekaligus (:func:`validasi_jurnal`),
dan ada mode ketat (:func:`periksa_jurnal`) yang menaikkan satu galat berisi semuanya.

Contoh:
    >>> import pandas as pd
    >>> akun = pd.DataFrame({"kode": ["101", "301"], "nama": ["Kas", "Simpanan pokok"],
    ...                      "jenis": ["aset", "ekuitas"], "saldo_normal": ["debit", "kredit"]})
    >>> jurnal = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-02"] * 2),
    ...     "no_bukti": ["BKM-1"] * 2, "akun": ["101", "301"],
    ...     "keterangan": ["Setoran simpanan pokok"] * 2, "debit": [100_000, 0], "kredit": [0, 100_000]})
    >>> validasi_jurnal(jurnal, akun)
    []
    >>> neraca_saldo(jurnal, akun)[["kode", "debit", "kredit"]].values.tolist()
    [['101', 100000, 0], ['301', 0, 100000]]
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from .galat import GalatData, GalatMasukan, Masalah, gagal_bila_ada

__all__ = [
    "JENIS_AKUN", "KOLOM_JURNAL", "JurnalSiap", "siapkan_jurnal", "validasi_akun", "validasi_jurnal",
    "periksa_jurnal", "buku_besar", "neraca_saldo", "buat_bukti", "jurnal_penyesuaian", "terapkan_penyesuaian",
    "tutup_buku", "baca_periode",
]

JENIS_AKUN = ("aset", "liabilitas", "ekuitas", "pendapatan", "beban")
KOLOM_JURNAL = ["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit"]
KOLOM_AKUN = ["kode", "nama", "jenis", "saldo_normal"]
AKUN_SHU_BERJALAN = "309"
AWALAN_PENUTUP = "PENUTUP-"   # nomor bukti jurnal penutup buatan tutup_buku()
AWALAN_SALDO_AWAL = "SA-"     # nomor bukti jurnal saldo awal, mis. SA-2025


# ---------------------------------------------------------------------------------------------
# Periode dan bagan akun
# ---------------------------------------------------------------------------------------------

def _ke_waktu(nilai, nama: str):
    if nilai is None:
        return None
    try:
        waktu = pd.Timestamp(nilai)
    except (ValueError, TypeError):
        from .uang import parse_tanggal

        waktu = pd.Timestamp(parse_tanggal(nilai))
    if waktu is pd.NaT:
        raise GalatMasukan(f"Tanggal {nama} kosong.", saran="Tulis mis. '2025-12-31'.")
    return waktu.tz_localize(None).normalize() if waktu.tzinfo else waktu.normalize()


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
    return a.reset_index(drop=True)


def validasi_akun(akun) -> list[Masalah]:
    """Periksa bagan akun: kolom wajib, kode unik, jenis dan saldo normal yang dikenal.

    >>> import pandas as pd
    >>> a = pd.DataFrame({"kode": ["101", "101"], "nama": ["Kas", "Bank"], "jenis": ["aset", "harta"],
    ...                   "saldo_normal": ["debit", "debit"]})
    >>> [m.kolom for m in validasi_akun(a)]
    ['kode', 'jenis']
    """
    if not isinstance(akun, pd.DataFrame):
        return [Masalah(f"Bagan akun harus tabel (DataFrame), bukan {type(akun).__name__}.",
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
    return masalah


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
    from .uang import masalah_kolom_rupiah, parse_kolom_rupiah

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


def validasi_jurnal(jurnal, akun, periode=None) -> list[Masalah]:
    """Periksa jurnal umum; kembalikan SEMUA masalah (daftar kosong bila jurnal sehat).

    Yang diperiksa: kolom wajib; tanggal, akun, keterangan dan nomor bukti terisi; tanggal di dalam
    ``periode``; akun dikenal dan bukan akun induk (header); jumlah rupiah bulat, tidak negatif,
    tidak debit dan kredit sekaligus, tidak nol keduanya; setiap bukti seimbang (debit = kredit);
    nomor bukti yang sama tidak dipakai pada tanggal berbeda.
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
    from .uang import format_angka, masalah_kolom_tanggal

    masalah = list(validasi_akun(akun))
    if masalah:
        return masalah
    if not isinstance(jurnal, pd.DataFrame):
        return [Masalah(f"Jurnal harus tabel (DataFrame), bukan {type(jurnal).__name__}.",
                        saran="Muat dengan data.muat('jurnal_umum') atau baca_jurnal_excel().")]
    lokasi = {"berkas": jurnal.attrs.get("berkas"), "lembar": jurnal.attrs.get("lembar")}
    kurang = [k for k in KOLOM_JURNAL if k not in jurnal.columns]
    if kurang:
        return [Masalah(f"Jurnal tidak punya kolom {', '.join(kurang)}.", baris=1, kolom=", ".join(kurang),
                        saran="Judul kolom jurnal: " + ", ".join(KOLOM_JURNAL) + ".", **lokasi)]
    a = _siapkan_akun(akun)
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
        from .uang import parse_kolom_tanggal

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
    dikenal = set(a["kode"])
    induk = set(a.loc[a["header"], "kode"]) | (set(a["induk"]) - {""})
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
    asing = ~kode_kosong & ~kode.isin(dikenal).to_numpy()
    for pos in np.flatnonzero(asing):
        mirip = difflib.get_close_matches(teks_kode[pos], sorted(dikenal), n=3, cutoff=0.5)
        tambah(f"Akun '{teks_kode[pos]}' tidak ada di bagan akun (bukti {teks_bukti[pos]}).", pos, "akun",
               (f"Mungkin maksud Anda {', '.join(mirip)}. " if mirip else "") + "Pakai kode dari bagan akun.")
    tiap(~kode_kosong & kode.isin(induk).to_numpy(),
         lambda p: f"Akun {teks_kode[p]} adalah akun induk (judul kelompok) dan tidak boleh diisi "
                   f"(bukti {teks_bukti[p]}).", "akun", "Pilih salah satu akun rincian di bawahnya.")
    tiap(ket_kosong, lambda p: f"Keterangan kosong (bukti {teks_bukti[p]}).", "keterangan",
         "Tulis uraian singkat transaksinya supaya bisa ditelusuri.")
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
    t = t[~bukti_kosong]
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


def periksa_jurnal(jurnal, akun, periode=None, *, ketat: bool = True) -> list[Masalah]:
    """Seperti :func:`validasi_jurnal`; dengan ``ketat=True`` (bawaan) naikkan satu
    :class:`~kopkit.galat.GalatData` yang mencantumkan semua masalah bila ada.
    """
    masalah = validasi_jurnal(jurnal, akun, periode)
    if ketat:
        gagal_bila_ada(masalah, "Jurnal belum dapat dibukukan")
    return masalah


# ---------------------------------------------------------------------------------------------
# Jurnal siap hitung (diperiksa ringan sekali, dipakai semua laporan)
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class JurnalSiap:
    """Jurnal yang sudah diperiksa ringan dan diberi nomor akun; dibuat oleh :func:`siapkan_jurnal`.

    Semua fungsi laporan menerima DataFrame jurnal *atau* objek ini. Menyiapkan sekali lalu
    membuat banyak laporan lebih cepat untuk jurnal besar.
    """

    tabel: pd.DataFrame    # jurnal asli dengan tipe yang dibakukan
    akun: pd.DataFrame     # bagan akun yang dibakukan (urutan = nomor akun internal)
    ia: np.ndarray         # nomor akun internal per baris jurnal (posisi di ``akun``)
    tanggal: np.ndarray    # datetime64[ns]
    debit: np.ndarray      # int64
    kredit: np.ndarray     # int64
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def bukti(self) -> tuple[np.ndarray, np.ndarray]:
        """(nomor urut bukti per baris, nomor bukti unik); dihitung sekali lalu disimpan."""
        if "bukti" not in self._cache:
            kode, unik = pd.factorize(self.tabel["no_bukti"].to_numpy(), use_na_sentinel=False)
            self._cache["bukti"] = (kode, np.asarray(unik, dtype=object))
        return self._cache["bukti"]


def siapkan_jurnal(jurnal, akun) -> JurnalSiap:
    """Periksa ringan lalu bakukan jurnal untuk dihitung (cepat, juga untuk jutaan baris).

    Yang diperiksa: kolom wajib, tipe tanggal dan uang (rupiah bulat), akun dikenal dan bukan
    akun induk, total debit = total kredit. Untuk daftar masalah lengkap per baris, pakai
    :func:`validasi_jurnal`. Bila ``jurnal`` sudah ``JurnalSiap``, dikembalikan apa adanya.
    """
    if isinstance(jurnal, JurnalSiap):
        return jurnal
    saran_validasi = "Jalankan validasi_jurnal(jurnal, akun) untuk melihat semua baris yang bermasalah."
    a = _siapkan_akun(akun)
    if not isinstance(jurnal, pd.DataFrame):
        raise GalatData(f"Jurnal harus tabel (DataFrame), bukan {type(jurnal).__name__}.",
                        saran="Muat dengan data.muat('jurnal_umum') atau baca_jurnal_excel().")
    kurang = [k for k in KOLOM_JURNAL if k not in jurnal.columns]
    if kurang:
        raise GalatData(f"Jurnal tidak punya kolom {', '.join(kurang)}.", kolom=", ".join(kurang),
                        saran="Judul kolom jurnal: " + ", ".join(KOLOM_JURNAL) + ".")
    if not pd.api.types.is_datetime64_any_dtype(jurnal["tanggal"].dtype):
        raise GalatData("Kolom tanggal belum bertipe tanggal.", kolom="tanggal",
                        saran="Baca berkas dengan baca_jurnal_excel() atau ubah kolomnya dengan "
                              "kopkit.uang.parse_kolom_tanggal().")
    tanggal = jurnal["tanggal"].to_numpy(dtype="datetime64[ns]")
    if np.isnat(tanggal).any():
        raise GalatData("Ada baris jurnal tanpa tanggal.", kolom="tanggal", saran=saran_validasi)
    uang = {}
    for kolom in ("debit", "kredit"):
        s = jurnal[kolom]
        if pd.api.types.is_bool_dtype(s.dtype) or not pd.api.types.is_numeric_dtype(s.dtype):
            raise GalatData(f"Kolom {kolom} belum berisi angka rupiah.", kolom=kolom,
                            saran="Baca berkas dengan baca_jurnal_excel() (memahami '1.250.000'), atau "
                                  "ubah dengan kopkit.uang.parse_kolom_rupiah().")
        if pd.api.types.is_integer_dtype(s.dtype):
            v = s.fillna(0).to_numpy(dtype="int64")
        else:
            f = s.fillna(0).to_numpy(dtype="float64")
            if not (np.all(f == np.round(f)) and np.all(np.abs(f) < 2.0**53)):
                raise GalatData(f"Kolom {kolom} berisi pecahan rupiah.", kolom=kolom, saran=saran_validasi)
            v = f.astype("int64")
        if (v < 0).any():
            raise GalatData(f"Kolom {kolom} berisi jumlah negatif.", kolom=kolom, saran=saran_validasi)
        uang[kolom] = v
    kode = jurnal["akun"]
    if not (pd.api.types.is_string_dtype(kode.dtype) or isinstance(kode.dtype, pd.CategoricalDtype)):
        kode = kode.astype(str)
    if kode.isna().any():
        raise GalatData("Ada baris jurnal tanpa kode akun.", kolom="akun", saran=saran_validasi)
    ia = pd.Index(a["kode"]).get_indexer(kode.astype(str) if isinstance(kode.dtype, pd.CategoricalDtype)
                                          else kode).astype("int64")
    if (ia < 0).any():
        asing = sorted(set(kode[ia < 0].astype(str).tolist()))
        raise GalatData(f"Akun tidak ada di bagan akun: {', '.join(asing[:10])}.", kolom="akun",
                        saran=saran_validasi)
    induk = a["header"].to_numpy() | a["kode"].isin(set(a["induk"]) - {""}).to_numpy()
    if induk[ia].any():
        kena = sorted(set(a["kode"].to_numpy()[ia[induk[ia]]].tolist()))
        raise GalatData(f"Akun induk (judul kelompok) diisi: {', '.join(kena)}.", kolom="akun",
                        saran="Pindahkan ke akun rincian di bawahnya. " + saran_validasi)
    td, tk = int(uang["debit"].sum()), int(uang["kredit"].sum())
    if td != tk:
        raise GalatData(f"Jurnal tidak seimbang: total debit {td:,} ≠ total kredit {tk:,}.".replace(",", "."),
                        saran=saran_validasi)
    return JurnalSiap(jurnal, a, ia, tanggal, uang["debit"], uang["kredit"])


def _saring(js: JurnalSiap, dari=None, sampai=None, tanpa_penutup: bool = False) -> np.ndarray:
    pilih = np.ones(len(js.ia), bool)
    if dari is not None:
        pilih &= js.tanggal >= np.datetime64(dari.to_datetime64(), "ns")
    if sampai is not None:
        pilih &= js.tanggal < np.datetime64((sampai + pd.Timedelta(days=1)).to_datetime64(), "ns")
    if tanpa_penutup:
        pilih &= ~_awalan(js, AWALAN_PENUTUP)
    return pilih


def _awalan(js: JurnalSiap, awalan: str) -> np.ndarray:
    """Baris yang nomor buktinya berawalan ``awalan``, boleh didahului kode cabang
    (``SA-2025`` dan ``C001-SA-2025``). Diperiksa sekali per nomor bukti unik."""
    cache = js._cache
    if ("awalan", awalan) not in cache:
        kode, unik = js.bukti()
        tengah = "-" + awalan
        cocok = np.fromiter((str(u).startswith(awalan) or tengah in str(u) for u in unik), bool, len(unik))
        cache[("awalan", awalan)] = cocok[kode] if len(unik) else np.zeros(len(kode), bool)
    return cache[("awalan", awalan)]


def _saldo(js: JurnalSiap, pilih: np.ndarray | None = None) -> np.ndarray:
    """Saldo (debit - kredit) per akun (urutan bagan akun), int64 tepat."""
    ia, d, k = (js.ia, js.debit, js.kredit) if pilih is None else (js.ia[pilih], js.debit[pilih], js.kredit[pilih])
    hasil = np.zeros(len(js.akun), dtype="int64")
    if len(ia):
        # groupby int64 pandas menjumlah bilangan bulat dengan tepat (np.bincount memakai float).
        g = pd.Series(d - k).groupby(ia, sort=False).sum()
        hasil[g.index.to_numpy()] = g.to_numpy()
    return hasil


def _mutasi(js: JurnalSiap, pilih: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    ia, d, k = (js.ia, js.debit, js.kredit) if pilih is None else (js.ia[pilih], js.debit[pilih], js.kredit[pilih])
    hd, hk = np.zeros(len(js.akun), dtype="int64"), np.zeros(len(js.akun), dtype="int64")
    if len(ia):
        g = pd.DataFrame({"d": d, "k": k}).groupby(ia, sort=False).sum()
        hd[g.index.to_numpy()], hk[g.index.to_numpy()] = g["d"].to_numpy(), g["k"].to_numpy()
    return hd, hk


# ---------------------------------------------------------------------------------------------
# Buku besar dan neraca saldo
# ---------------------------------------------------------------------------------------------

def buku_besar(jurnal, akun, kode=None, periode=None) -> pd.DataFrame:
    """Buku besar: pos-pos per akun dengan saldo berjalan menurut saldo normal akunnya.

    ``kode``: satu kode atau daftar kode (bawaan semua akun yang punya pos). Bila ``periode``
    punya awal, baris pertama setiap akun adalah "Saldo awal" (jumlah pos sebelum periode).
    Saldo positif berarti sesuai saldo normal (debit untuk aset/beban, kredit untuk lainnya).

    Contoh:
        >>> import pandas as pd
        >>> akun = pd.DataFrame({"kode": ["101", "301"], "nama": ["Kas", "Simpanan pokok"],
        ...                      "jenis": ["aset", "ekuitas"], "saldo_normal": ["debit", "kredit"]})
        >>> j = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-02"] * 2 + ["2025-01-05"] * 2),
        ...     "no_bukti": ["B1", "B1", "B2", "B2"], "akun": ["101", "301", "301", "101"],
        ...     "keterangan": ["Setor", "Setor", "Tarik", "Tarik"],
        ...     "debit": [100_000, 0, 40_000, 0], "kredit": [0, 100_000, 0, 40_000]})
        >>> buku_besar(j, akun, "101")["saldo"].tolist()
        [100000, 60000]
    """
    js = siapkan_jurnal(jurnal, akun)
    a = js.akun
    if kode is None:
        dipilih = np.unique(js.ia)
    else:
        daftar = [str(kode)] if isinstance(kode, (str, int)) else [str(k) for k in kode]
        posisi = {k: i for i, k in enumerate(a["kode"])}
        asing = [k for k in daftar if k not in posisi]
        if asing:
            raise GalatMasukan(f"Akun {', '.join(asing)} tidak ada di bagan akun.", kolom="akun",
                               saran="Lihat daftar kode di tabel akun.")
        dipilih = np.array(sorted(posisi[k] for k in daftar), dtype="int64")
    dari, sampai = baca_periode(periode)
    tanda = np.where(a["saldo_normal"].to_numpy() == "debit", 1, -1)
    sebelum = _saldo(js, _saring(js, sampai=dari - pd.Timedelta(days=1))) if dari is not None else \
        np.zeros(len(a), "int64")
    pilih = _saring(js, dari, sampai) & np.isin(js.ia, dipilih)
    t = js.tabel.loc[pilih, ["tanggal", "no_bukti", "keterangan"]].copy()
    t.insert(0, "_ia", js.ia[pilih])
    t["debit"], t["kredit"] = js.debit[pilih], js.kredit[pilih]
    t["_urut"] = np.arange(len(t))
    if dari is not None:
        awal = pd.DataFrame({"_ia": dipilih, "tanggal": dari, "no_bukti": "", "keterangan": "Saldo awal",
                             "debit": np.where(sebelum[dipilih] > 0, sebelum[dipilih], 0),
                             "kredit": np.where(sebelum[dipilih] < 0, -sebelum[dipilih], 0), "_urut": -1})
        t = pd.concat([awal, t], ignore_index=True)
    t = t.sort_values(["_ia", "tanggal", "_urut"], kind="stable").reset_index(drop=True)
    t["debit"], t["kredit"] = t["debit"].astype("int64"), t["kredit"].astype("int64")
    gerak = (t["debit"] - t["kredit"]) * tanda[t["_ia"].to_numpy()]
    t["saldo"] = gerak.groupby(t["_ia"].to_numpy()).cumsum().astype("int64")
    t.insert(0, "akun", a["kode"].to_numpy()[t["_ia"].to_numpy()])
    t.insert(1, "nama_akun", a["nama"].to_numpy()[t["_ia"].to_numpy()])
    return t.drop(columns=["_ia", "_urut"])


def neraca_saldo(jurnal, akun, sampai=None, dari=None, *, semua_akun: bool = False) -> pd.DataFrame:
    """Neraca saldo: saldo setiap akun rincian, di kolom debit atau kredit menurut tandanya.

    Tanpa ``dari``: saldo per tanggal ``sampai`` (semua pos sampai tanggal itu). Dengan ``dari``:
    neraca saldo *mutasi* periode itu saja. Jumlah kolom debit selalu sama dengan jumlah kolom
    kredit bila setiap bukti seimbang. Bawaan hanya akun yang pernah dipakai; ``semua_akun=True``
    menampilkan semua akun rincian.

    Kolom: kode, nama, jenis, saldo_normal, debit, kredit.
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = baca_periode(None, dari=dari, sampai=sampai)
    pilih = _saring(js, dari, sampai)
    saldo = _saldo(js, pilih)
    a = js.akun
    dipakai = np.zeros(len(a), bool)
    dipakai[np.unique(js.ia[pilih])] = True
    tampil = ~(a["header"].to_numpy() | a["kode"].isin(set(a["induk"]) - {""}).to_numpy())
    tampil &= dipakai if not semua_akun else True
    hasil = a.loc[tampil, ["kode", "nama", "jenis", "saldo_normal"]].copy()
    s = saldo[tampil]
    hasil["debit"] = np.where(s > 0, s, 0).astype("int64")
    hasil["kredit"] = np.where(s < 0, -s, 0).astype("int64")
    return hasil.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Penyesuaian dan penutupan
# ---------------------------------------------------------------------------------------------

def buat_bukti(tanggal, no_bukti: str, keterangan: str, pos, *, unit: str = "umum") -> pd.DataFrame:
    """Buat baris-baris jurnal satu bukti (kuitansi, nota, memo) dari daftar ``(akun, debit, kredit)``.

    Contoh (setoran simpanan wajib dan sukarela dengan satu kuitansi):
        >>> b = buat_bukti("2025-01-06", "BKM-X", "Setoran simpanan Bu Siti",
        ...                [("101", 125_000, 0), ("302", 0, 25_000), ("201", 0, 100_000)])
        >>> int(b["debit"].sum()) == int(b["kredit"].sum())
        True
    """
    return jurnal_penyesuaian(tanggal, no_bukti, keterangan, pos, unit=unit)


def jurnal_penyesuaian(tanggal, no_bukti: str, keterangan: str, pos, *, unit: str = "umum") -> pd.DataFrame:
    """Buat satu bukti jurnal (mis. penyesuaian akhir tahun) dari daftar ``(akun, debit, kredit)``.

    Contoh (penyusutan Desember):
        >>> jp = jurnal_penyesuaian("2025-12-31", "JP-2025-01", "Penyusutan Desember",
        ...                         [("523", 1_500_000, 0), ("169", 0, 1_500_000)])
        >>> jp[["akun", "debit", "kredit"]].values.tolist()
        [['523', 1500000, 0], ['169', 0, 1500000]]
    """
    try:
        baris = [(str(p[0]), int(p[1]), int(p[2])) for p in pos]
    except (TypeError, ValueError, IndexError):
        raise GalatMasukan("Pos jurnal harus daftar (akun, debit, kredit) berisi rupiah bulat.",
                           saran="Contoh: [('523', 1500000, 0), ('169', 0, 1500000)].") from None
    if any(float(p[1]) != int(p[1]) or float(p[2]) != int(p[2]) for p in pos):
        raise GalatMasukan("Jumlah rupiah harus bilangan bulat.", saran="Bulatkan dulu dengan aturan yang jelas.")
    return pd.DataFrame({
        "tanggal": pd.to_datetime([_ke_waktu(tanggal, "bukti")] * len(baris)).astype("datetime64[us]"),
        "no_bukti": no_bukti, "akun": [b[0] for b in baris], "keterangan": keterangan,
        "debit": np.array([b[1] for b in baris], dtype="int64"),
        "kredit": np.array([b[2] for b in baris], dtype="int64"), "unit": unit,
    })


def terapkan_penyesuaian(jurnal, penyesuaian, akun) -> pd.DataFrame:
    """Tambahkan jurnal penyesuaian ke jurnal umum, setelah diperiksa ketat (harus seimbang,
    akun dikenal). Jurnal asli tidak diubah; hasilnya tabel baru."""
    if isinstance(penyesuaian, (list, tuple)):
        penyesuaian = pd.concat(list(penyesuaian), ignore_index=True)
    periksa_jurnal(penyesuaian.reset_index(drop=True), akun, ketat=True)
    dasar = jurnal.tabel if isinstance(jurnal, JurnalSiap) else jurnal
    tambahan = penyesuaian.reindex(columns=dasar.columns)
    for kolom in ("debit", "kredit"):
        tambahan[kolom] = tambahan[kolom].astype("int64")
    tambahan["tanggal"] = tambahan["tanggal"].astype(dasar["tanggal"].dtype)
    return pd.concat([dasar, tambahan.astype({k: dasar[k].dtype for k in dasar.columns
                                              if k not in ("debit", "kredit", "tanggal")
                                              and not isinstance(dasar[k].dtype, pd.CategoricalDtype)})],
                     ignore_index=True)


def tutup_buku(jurnal, akun, tahun: int = 2025, *, akun_shu: str = AKUN_SHU_BERJALAN) -> pd.DataFrame:
    """Jurnal penutup tahun ``tahun``: tutup semua akun pendapatan dan beban ke SHU tahun berjalan.

    Hasilnya satu bukti ``PENUTUP-<tahun>`` bertanggal 31 Desember: setiap pendapatan didebit
    sebesar saldonya, setiap beban dikredit, dan selisihnya (SHU setelah pajak) masuk ``akun_shu``
    (kredit bila untung, debit bila rugi). Tambahkan ke jurnal dengan :func:`terapkan_penyesuaian`.
    Laporan hasil usaha mengabaikan bukti penutup, jadi tetap menunjukkan hasil tahun itu.
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = baca_periode(tahun)
    if akun_shu not in set(js.akun["kode"]):
        raise GalatData(f"Akun SHU tahun berjalan '{akun_shu}' tidak ada di bagan akun.", kolom="akun",
                        saran="Tambahkan akun ekuitas 'SHU tahun berjalan' atau sebut kodenya di akun_shu=.")
    saldo = _saldo(js, _saring(js, dari, sampai, tanpa_penutup=True))
    a = js.akun
    nominal = a["jenis"].isin(["pendapatan", "beban"]).to_numpy() & (saldo != 0)
    pos = [(k, int(-s) if s < 0 else 0, int(s) if s > 0 else 0)
           for k, s in zip(a["kode"].to_numpy()[nominal], saldo[nominal])]
    shu = -int(saldo[nominal].sum())  # kredit bersih pendapatan-beban = SHU
    if shu != 0:
        pos.append((akun_shu, 0 if shu > 0 else -shu, shu if shu > 0 else 0))
    if not pos:
        raise GalatData(f"Tidak ada saldo pendapatan atau beban pada tahun {tahun} untuk ditutup.",
                        saran="Periksa tahun yang diminta.")
    return jurnal_penyesuaian(sampai, f"{AWALAN_PENUTUP}{tahun}",
                              f"Penutupan pendapatan dan beban tahun {tahun} ke SHU tahun berjalan", pos)
