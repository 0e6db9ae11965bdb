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

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# Pemeriksa ada di buku_validasi; diekspor ulang di sini supaya semua pembukuan cukup dari kopkit.buku.
from kopkit.buku.validasi import (JENIS_AKUN, KOLOM_AKUN, KOLOM_JURNAL, _baris_berkas, _ke_waktu, _siapkan_akun,
                                  _nilai_baris_jumlah, baca_periode, baris_jumlah_jurnal, periksa_jurnal, validasi_akun,
                                  validasi_jurnal)
from kopkit.dasar.galat import GalatData, GalatMasukan

__all__ = [
    "JENIS_AKUN", "KOLOM_AKUN", "KOLOM_JURNAL", "JurnalSiap", "siapkan_jurnal", "validasi_akun", "validasi_jurnal",
    "periksa_jurnal", "buku_besar", "neraca_saldo", "buat_bukti", "jurnal_penyesuaian", "terapkan_penyesuaian",
    "tutup_buku", "baca_periode",
]

AWALAN_PENUTUP = "PENUTUP-"   # nomor bukti jurnal penutup buatan tutup_buku()
AWALAN_SALDO_AWAL = "SA-"     # nomor bukti jurnal saldo awal, mis. SA-2025


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
    akun induk, nomor bukti terisi, tidak ada baris jumlah/subtotal, dan **setiap bukti seimbang**
    (debit = kredit per nomor bukti, bukan hanya totalnya). Untuk daftar masalah lengkap per baris, pakai
    :func:`validasi_jurnal`. Bila ``jurnal`` sudah ``JurnalSiap``, dikembalikan apa adanya.
    """
    if isinstance(jurnal, JurnalSiap):
        return jurnal
    saran_validasi = "Jalankan validasi_jurnal(jurnal, akun) untuk melihat semua baris yang bermasalah."
    a = _siapkan_akun(akun)
    if not isinstance(jurnal, pd.DataFrame):
        from kopkit.dasar.argumen import jenis_nilai

        raise GalatData(f"Jurnal harus tabel, bukan {jenis_nilai(jurnal)}.",
                        saran="Muat dengan data.muat('jurnal_umum') atau baca_jurnal_excel().")
    lokasi = {"berkas": jurnal.attrs.get("berkas"), "lembar": jurnal.attrs.get("lembar")}

    def di_baris(pos: np.ndarray) -> dict:
        """Lokasi: berkas/lembar dan baris pertama; pesan menyebut sampai lima baris."""
        return {**lokasi, "baris": int(_baris_berkas(jurnal)[pos[0]])}

    def daftar_baris(pos: np.ndarray) -> str:
        b = _baris_berkas(jurnal)[pos[:5]]
        return "baris " + ", ".join(str(int(x)) for x in b) + (" …" if len(pos) > 5 else "")
    kurang = [k for k in KOLOM_JURNAL if k not in jurnal.columns]
    if kurang:
        raise GalatData(f"Jurnal tidak punya kolom {', '.join(kurang)}.", kolom=", ".join(kurang),
                        saran="Judul kolom jurnal: " + ", ".join(KOLOM_JURNAL) + ".")
    if not pd.api.types.is_datetime64_any_dtype(jurnal["tanggal"].dtype):
        raise GalatData("Kolom tanggal belum bertipe tanggal.", kolom="tanggal",
                        saran="Baca berkas dengan baca_jurnal_excel() atau ubah kolomnya dengan "
                              "kopkit.dasar.uang.parse_kolom_tanggal().")
    tanggal = jurnal["tanggal"].to_numpy(dtype="datetime64[ns]")
    if np.isnat(tanggal).any():
        raise GalatData("Ada baris jurnal tanpa tanggal.", kolom="tanggal", saran=saran_validasi)
    uang = {}
    for kolom in ("debit", "kredit"):
        s = jurnal[kolom]
        if pd.api.types.is_bool_dtype(s.dtype) or not pd.api.types.is_numeric_dtype(s.dtype):
            raise GalatData(f"Kolom {kolom} belum berisi angka rupiah.", kolom=kolom,
                            saran="Baca berkas dengan baca_jurnal_excel() (memahami '1.250.000'), atau "
                                  "ubah dengan kopkit.dasar.uang.parse_kolom_rupiah().")
        if pd.api.types.is_integer_dtype(s.dtype):
            v = s.fillna(0).to_numpy(dtype="int64")
        else:
            f = s.fillna(0).to_numpy(dtype="float64")
            if not (np.all(f == np.round(f)) and np.all(np.abs(f) < 2.0**53)):
                raise GalatData(f"Kolom {kolom} berisi pecahan rupiah.", kolom=kolom, saran=saran_validasi)
            v = f.astype("int64")
        if (v < 0).any():
            pos = np.flatnonzero(v < 0)
            raise GalatData(f"Kolom {kolom} berisi jumlah negatif ({daftar_baris(pos)}).", kolom=kolom,
                            **di_baris(pos), saran="Jangan pakai angka minus: pindahkan jumlahnya ke sisi lawan. "
                                                   + saran_validasi)
        uang[kolom] = v
    kode = jurnal["akun"]
    if not (pd.api.types.is_string_dtype(kode.dtype) or isinstance(kode.dtype, pd.CategoricalDtype)):
        kode = kode.astype(str)
    if kode.isna().any():
        raise GalatData("Ada baris jurnal tanpa kode akun.", kolom="akun", saran=saran_validasi)
    ia = pd.Index(a["kode"]).get_indexer(kode.astype(str) if isinstance(kode.dtype, pd.CategoricalDtype)
                                          else kode).astype("int64")
    if (ia < 0).any():
        pos = np.flatnonzero(ia < 0)
        asing = sorted(set(kode.iloc[pos].astype(str).tolist()))
        raise GalatData(f"Akun tidak ada di bagan akun: {', '.join(asing[:10])} ({daftar_baris(pos)}).",
                        kolom="akun", **di_baris(pos), saran="Pakai kode dari bagan akun. " + saran_validasi)
    induk = a["header"].to_numpy() | a["kode"].isin(set(a["induk"]) - {""}).to_numpy()
    if induk[ia].any():
        kena = sorted(set(a["kode"].to_numpy()[ia[induk[ia]]].tolist()))
        raise GalatData(f"Akun induk (judul kelompok) diisi: {', '.join(kena)}.", kolom="akun",
                        saran="Pindahkan ke akun rincian di bawahnya. " + saran_validasi)
    _periksa_per_bukti(jurnal, uang["debit"], uang["kredit"], saran_validasi)
    return JurnalSiap(jurnal, a, ia, tanggal, uang["debit"], uang["kredit"])


def _periksa_per_bukti(jurnal: pd.DataFrame, debit: np.ndarray, kredit: np.ndarray, saran: str) -> None:
    """Baris jumlah, nomor bukti kosong, dan keseimbangan SETIAP bukti (dua bukti yang selisihnya
    berlawanan arah tidak saling menutupi). Cepat: satu factorize + satu groupby bilangan bulat."""
    from kopkit.dasar.uang import format_angka

    baris = _baris_berkas(jurnal)
    lokasi = {"berkas": jurnal.attrs.get("berkas"), "lembar": jurnal.attrs.get("lembar")}

    def contoh(pos: np.ndarray) -> str:
        return ", ".join(str(int(b)) for b in baris[pos[:5]]) + (" …" if len(pos) > 5 else "")

    # Nomor bukti difaktorkan sekali: dipakai untuk baris jumlah, nomor kosong, dan keseimbangan.
    kode, unik = pd.factorize(jurnal["no_bukti"], use_na_sentinel=True)
    teks_unik = pd.Series(unik, dtype="str")
    per_unik = np.append(_nilai_baris_jumlah(unik), False)  # posisi terakhir: sel kosong (kode -1)
    jumlah = np.flatnonzero(per_unik[kode] | baris_jumlah_jurnal(jurnal, kolom=("akun", "keterangan")))
    if len(jumlah):
        raise GalatData(f"Ada {len(jumlah)} baris jumlah/subtotal di dalam jurnal (baris {contoh(jumlah)}); "
                        "bila ikut dihitung, jumlahnya terhitung dua kali.", kolom="keterangan", **lokasi,
                        saran="Hapus baris Jumlah/Subtotal/Total dari tabel jurnal. " + saran)
    kosong = kode < 0
    if not kosong.all():
        kosong |= np.append(~teks_unik.str.contains(r"\S", regex=True).to_numpy(dtype=bool), True)[kode]
    if kosong.any():
        pos = np.flatnonzero(kosong)
        raise GalatData(f"Ada {len(pos)} baris jurnal tanpa nomor bukti (baris {contoh(pos)}); keseimbangan "
                        "buktinya tidak dapat diperiksa.", kolom="no_bukti", **lokasi,
                        saran="Isi nomor bukti setiap baris (transaksi baru, nomor baru). " + saran)
    selisih = pd.Series(debit - kredit).groupby(kode).sum()
    miring = selisih[selisih != 0]
    if len(miring):
        d = pd.Series(debit).groupby(kode).sum()
        k = pd.Series(kredit).groupby(kode).sum()
        rinci = "; ".join(f"{unik[i]}: debit {format_angka(int(d[i]))}, kredit {format_angka(int(k[i]))}"
                          for i in miring.index[:5])
        raise GalatData(f"{len(miring)} bukti tidak seimbang ({rinci}" + (" …" if len(miring) > 5 else "") + ").",
                        kolom="debit, kredit", **lokasi,
                        saran="Cocokkan dengan bukti aslinya; cari angka yang salah ketik atau baris yang tertinggal. "
                              + saran)


def _periode_dalam_data(js: JurnalSiap, dari, sampai) -> None:
    """Galat bila periode berada di luar rentang tanggal jurnal (tanggal pertama s.d. terakhir):
    laporan periode yang tidak ada di data tidak pernah berupa angka nol diam-diam. Bulan tanpa
    transaksi di dalam rentang itu sah (angkanya memang nol)."""
    if sampai is None:
        return
    t = js.tanggal
    if len(t) and np.datetime64(sampai) >= t.min() and (dari is None or np.datetime64(dari) <= t.max()):
        return
    from kopkit.dasar.uang import format_tanggal

    if not len(t):
        raise GalatData("Jurnal kosong: belum ada transaksi untuk dilaporkan.",
                        saran="Muat jurnal yang berisi transaksi periode ini.")
    tahun = sorted({int(x) for x in pd.DatetimeIndex(t).year.unique()})
    rentang = (f"{format_tanggal(dari)} s.d. {format_tanggal(sampai)}" if dari is not None
               else f"sampai {format_tanggal(sampai)}")
    raise GalatData(f"Jurnal tidak berisi transaksi {rentang}. "
                    f"Tahun yang ada di jurnal: {', '.join(map(str, tahun))}.",
                    saran="Pilih periode yang ada di jurnal, atau muat jurnal tahun yang diminta.")


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
        if not isinstance(kode, (str, int, list, tuple, set)) or isinstance(kode, bool):
            from kopkit.dasar.argumen import jenis_nilai

            raise GalatMasukan(f"kode harus satu kode akun atau daftar kode akun, bukan {jenis_nilai(kode)}.",
                               saran="Contoh: kode='101' atau kode=['101', '102'].")
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
    from kopkit.dasar.argumen import perlu_teks

    perlu_teks(unit, "unit", saran="Contoh: unit='toko' atau unit='umum'.")
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
    from kopkit.dasar.argumen import perlu_tabel

    if isinstance(penyesuaian, (list, tuple)) and penyesuaian and \
            all(isinstance(p, pd.DataFrame) for p in penyesuaian):
        penyesuaian = pd.concat(list(penyesuaian), ignore_index=True)
    saran = "Buat dengan jurnal_penyesuaian(...); beberapa penyesuaian boleh sebagai daftar tabel."
    perlu_tabel(penyesuaian, "penyesuaian", kolom=KOLOM_JURNAL, saran=saran)
    if not isinstance(jurnal, JurnalSiap):
        perlu_tabel(jurnal, "jurnal", kolom=KOLOM_JURNAL,
                    saran="Muat dengan data.muat('jurnal_umum') atau baca_jurnal_excel().")
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


def tutup_buku(jurnal, akun, tahun: int, *, akun_shu: str | None = None) -> pd.DataFrame:
    """Jurnal penutup tahun ``tahun``: tutup semua akun pendapatan dan beban ke SHU tahun berjalan.

    Hasilnya satu bukti ``PENUTUP-<tahun>`` bertanggal 31 Desember: setiap pendapatan didebit
    sebesar saldonya, setiap beban dikredit, dan selisihnya (SHU setelah pajak) masuk akun berperan
    ``shu_berjalan`` di bagan akun, atau ``akun_shu`` bila disebut (kredit bila untung, debit bila rugi). Tambahkan ke jurnal dengan :func:`terapkan_penyesuaian`.
    Laporan hasil usaha mengabaikan bukti penutup, jadi tetap menunjukkan hasil tahun itu.
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = baca_periode(tahun)
    _periode_dalam_data(js, dari, sampai)
    if akun_shu is None:
        from kopkit.buku.peran import kode_peran

        akun_shu = kode_peran(js.akun, "shu_berjalan")
    if not isinstance(akun_shu, str) or akun_shu not in set(js.akun["kode"]):
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
    # Tahun di luar jurnal sudah ditolak di atas; saldo pendapatan dan beban yang semuanya nol berarti
    # memang tidak ada yang ditutup: jurnal penutup kosong (SHU 0), bukan galat.
    return jurnal_penyesuaian(sampai, f"{AWALAN_PENUTUP}{tahun}",
                              f"Penutupan pendapatan dan beban tahun {tahun} ke SHU tahun berjalan", pos)
