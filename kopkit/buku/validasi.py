"""Pemeriksaan masukan pembukuan: periode, bagan akun, dan jurnal umum (semua masalah sekaligus).

Dipakai oleh :mod:`kopkit.buku` (fungsi-fungsinya juga tersedia dari sana). Pemeriksa
mengembalikan daftar :class:`~kopkit.dasar.galat.Masalah` — semua masalah, bukan hanya yang pertama —
dengan kode tetap, baris seperti di Excel (baris 1 = judul kolom), kolom, dan cara memperbaikinya.

Seperti ``ops/validation.py`` di beancount, pemeriksaan adalah daftar fungsi kecil bernama.
:func:`konteks_jurnal` membaca jurnal sekali (tanggal, jumlah, kode akun, nomor bukti, periode);
setiap fungsi ``cek_...`` menerima konteks itu dan mengembalikan masalah berkodenya. Urutannya ada
di ``PEMERIKSAAN_JURNAL`` dan ``PEMERIKSAAN_AKUN``; ``daftar_pemeriksaan()`` memberi tabel lengkap
(dengan cara memperbaikinya). Menambah pemeriksaan: tulis ``@pemeriksaan("J1xx", saran=...)`` di atas
fungsi ``cek_...(konteks)`` berdocstring satu baris, lalu masukkan ke tuple itu (kode baru, jangan
dipakai ulang). J001 dipakai :func:`kopkit.buku.baca_jurnal_excel`, R0xx oleh :mod:`kopkit.dasar.baca`.

====  ==============================  ==============================================================
kode  pemeriksaan                     arti
====  ==============================  ==============================================================
A001  cek_bagan_bukan_tabel           bagan akun bukan tabel
A002  cek_kolom_bagan_hilang          kolom wajib bagan akun tidak ada
A003  cek_kode_akun_ganda             satu kode akun dipakai lebih dari satu baris
A004  cek_jenis_tidak_dikenal         jenis akun tidak dikenal
A005  cek_saldo_normal_tidak_dikenal  saldo normal bukan debit atau kredit
A006  cek_peran_salah                 peran tidak dikenal atau tidak untuk jenis akun itu
A007  cek_peran_tunggal_ganda         peran yang hanya boleh satu akun dipegang beberapa akun
J101  cek_jurnal_bukan_tabel          jurnal bukan tabel
J102  cek_kolom_jurnal_hilang         kolom wajib jurnal tidak ada
J103  cek_tanggal_tidak_terbaca       sel tanggal tidak dapat dibaca
J104  cek_jumlah_tidak_terbaca        sel debit/kredit bukan rupiah bulat
J105  cek_tanggal_kosong              tanggal kosong
J106  cek_tanggal_di_luar_periode     tanggal di luar periode
J107  cek_bukti_kosong                nomor bukti kosong
J108  cek_akun_kosong                 kode akun kosong
J109  cek_akun_tidak_dikenal          kode akun tidak ada di bagan akun
J110  cek_akun_induk                  akun induk (judul kelompok) diisi
J111  cek_keterangan_kosong           keterangan kosong
J112  cek_baris_jumlah                baris Jumlah/Subtotal/Total di dalam jurnal
J113  cek_jumlah_negatif              debit atau kredit negatif
J114  cek_debit_dan_kredit            debit dan kredit sekaligus pada satu baris
J115  cek_tanpa_jumlah                debit dan kredit kosong
J116  cek_bukti_tidak_seimbang        debit satu bukti tidak sama dengan kreditnya
J117  cek_bukti_beda_tanggal          satu nomor bukti pada beberapa tanggal
====  ==============================  ==============================================================

Contoh:
    >>> import pandas as pd
    >>> akun = pd.DataFrame({"kode": ["101", "301"], "nama": ["Kas", "Simpanan pokok"],
    ...                      "jenis": ["aset", "ekuitas"], "saldo_normal": ["debit", "kredit"]})
    >>> j = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-02"] * 2), "no_bukti": ["B1"] * 2,
    ...     "akun": ["101", "3001"], "keterangan": ["Setor"] * 2, "debit": [100_000, 0], "kredit": [0, 100_000]})
    >>> [(m.kode, m.baris, m.kolom) for m in validasi_jurnal(j, akun)]
    [('J109', 3, 'akun')]
"""
from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatData, GalatMasukan, Masalah, gagal_bila_ada, jalankan_pemeriksaan, pemeriksaan

__all__ = ["JENIS_AKUN", "KOLOM_JURNAL", "KOLOM_AKUN", "baca_periode", "validasi_akun", "validasi_jurnal",
           "periksa_jurnal", "baris_jumlah_jurnal", "KATA_BARIS_JUMLAH", "KonteksAkun", "KonteksJurnal",
           "konteks_akun", "konteks_jurnal", "PRASYARAT_AKUN", "PEMERIKSAAN_AKUN", "PEMERIKSAAN_PERAN",
           "PRASYARAT_JURNAL", "PEMERIKSAAN_JURNAL", "daftar_pemeriksaan"]

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


@dataclass(frozen=True, eq=False)
class KonteksAkun:
    """Bagan akun yang sudah dibaca sekali untuk semua pemeriksaan bagan (lihat ``PEMERIKSAAN_AKUN``)."""

    akun: pd.DataFrame
    kode: pd.Series             # kode akun sebagai teks tanpa spasi tepi
    jenis: pd.Series            # jenis akun, huruf kecil
    peran: pd.Series | None     # peran akun, huruf kecil ("" = tanpa peran); None bila kolomnya tidak ada


def konteks_akun(akun: pd.DataFrame) -> KonteksAkun:
    """Siapkan bagan akun (yang punya kolom ``kode`` dan ``jenis``) untuk pemeriksaan.

    >>> import pandas as pd
    >>> a = pd.DataFrame({"kode": ["101", "101"], "jenis": ["aset", "aset"]})
    >>> [m.kode for m in cek_kode_akun_ganda(konteks_akun(a))]
    ['A003']
    """
    gagal_bila_ada(cek_bagan_bukan_tabel(akun), "Bagan akun tidak sah")
    kurang = [k for k in ("kode", "jenis") if k not in akun.columns]
    if kurang:
        raise GalatData(f"Bagan akun tidak punya kolom {', '.join(kurang)}.", kolom=", ".join(kurang), kode="A002",
                        saran="Bagan akun perlu kolom kode, nama, jenis, saldo_normal.")
    peran = akun["peran"].fillna("").astype(str).str.strip().str.lower() if "peran" in akun.columns else None
    return KonteksAkun(akun, akun["kode"].astype(str).str.strip(),
                       akun["jenis"].astype(str).str.strip().str.lower(), peran)


@pemeriksaan("A001", saran="Muat dengan data.muat('akun').")
def cek_bagan_bukan_tabel(akun) -> list[Masalah]:
    """Bagan akun bukan tabel."""
    if isinstance(akun, pd.DataFrame):
        return []
    from kopkit.dasar.argumen import jenis_nilai

    return [Masalah(f"Bagan akun harus tabel, bukan {jenis_nilai(akun)}.")]


@pemeriksaan("A002", saran="Bagan akun perlu kolom kode, nama, jenis, saldo_normal.")
def cek_kolom_bagan_hilang(akun) -> list[Masalah]:
    """Kolom wajib bagan akun (kode, nama, jenis, saldo_normal) tidak ada."""
    kurang = [k for k in KOLOM_AKUN if k not in akun.columns]
    return [Masalah(f"Bagan akun tidak punya kolom {', '.join(kurang)}.", kolom=", ".join(kurang))] if kurang else []


@pemeriksaan("A003", saran="Setiap akun harus punya kode sendiri.")
def cek_kode_akun_ganda(k: KonteksAkun) -> list[Masalah]:
    """Satu kode akun dipakai lebih dari satu baris."""
    return [Masalah(f"Kode akun '{k.kode.iloc[pos]}' muncul lebih dari sekali.", baris=int(pos) + 2, kolom="kode")
            for pos in np.flatnonzero(k.kode.duplicated().to_numpy())]


def _pilihan_asing(k: KonteksAkun, kolom: str, boleh: tuple) -> list[Masalah]:
    nilai = k.akun[kolom].astype(str).str.strip().str.lower()
    return [Masalah(f"'{k.akun[kolom].iloc[pos]}' bukan {kolom} yang dikenal (akun {k.kode.iloc[pos]}).",
                    baris=int(pos) + 2, kolom=kolom, saran=f"Pilih salah satu: {', '.join(boleh)}.")
            for pos in np.flatnonzero(~nilai.isin(boleh).to_numpy())]


@pemeriksaan("A004", saran="Pilih salah satu: " + ", ".join(JENIS_AKUN) + ".")
def cek_jenis_tidak_dikenal(k: KonteksAkun) -> list[Masalah]:
    """Jenis akun bukan aset, liabilitas, ekuitas, pendapatan atau beban."""
    return _pilihan_asing(k, "jenis", JENIS_AKUN)


@pemeriksaan("A005", saran="Pilih salah satu: debit, kredit.")
def cek_saldo_normal_tidak_dikenal(k: KonteksAkun) -> list[Masalah]:
    """Saldo normal bukan debit atau kredit."""
    return _pilihan_asing(k, "saldo_normal", ("debit", "kredit"))


@pemeriksaan("A006", saran="Pilih salah satu peran di kopkit.buku.daftar_peran(), atau kosongkan.")
def cek_peran_salah(k: KonteksAkun) -> list[Masalah]:
    """Peran akun tidak dikenal, atau tidak untuk jenis akun itu (mis. peran kas pada akun beban)."""
    if k.peran is None:
        return []
    from kopkit.buku.peran import daftar_peran

    tabel = daftar_peran().set_index("peran")
    jenis_peran = set(tabel["jenis"])
    masalah = []
    for pos, (p, j, kode) in enumerate(zip(k.peran, k.jenis, k.kode)):
        if not p:
            continue
        if p not in tabel.index:
            masalah.append(Masalah(f"Peran '{p}' (akun {kode}) tidak dikenal.", baris=pos + 2, kolom="peran"))
        elif tabel.loc[p, "jenis"] != j and j in jenis_peran:  # jenis asing dilaporkan sendiri (A004)
            masalah.append(Masalah(f"Peran '{p}' hanya untuk akun {tabel.loc[p, 'jenis']}, tetapi akun {kode} "
                                   f"berjenis {j}.", baris=pos + 2, kolom="peran",
                                   saran="Periksa jenis akun atau pindahkan perannya ke akun yang benar."))
    return masalah


@pemeriksaan("A007", saran="Sisakan peran itu pada satu akun saja.")
def cek_peran_tunggal_ganda(k: KonteksAkun) -> list[Masalah]:
    """Peran yang hanya boleh dipegang satu akun (mis. shu_berjalan) dipegang beberapa akun."""
    if k.peran is None:
        return []
    from kopkit.buku.peran import daftar_peran

    tabel = daftar_peran().set_index("peran")
    masalah = []
    for p, n in k.peran[k.peran != ""].value_counts().items():
        if n > 1 and p in tabel.index and bool(tabel.loc[p, "tunggal"]):
            kodenya = ", ".join(k.kode[k.peran == p])
            masalah.append(Masalah(f"Peran '{p}' dipegang {n} akun ({kodenya}); peran ini hanya boleh satu akun.",
                                   kolom="peran"))
    return masalah


#: Pemeriksaan atas bagan akun mentah; bila salah satunya menemukan masalah, pemeriksaan lain tidak dijalankan.
PRASYARAT_AKUN = (cek_bagan_bukan_tabel, cek_kolom_bagan_hilang)
#: Pemeriksaan peran akun (juga dipakai :func:`kopkit.buku.masalah_peran`).
PEMERIKSAAN_PERAN = (cek_peran_salah, cek_peran_tunggal_ganda)
#: Pemeriksaan bagan akun, berurutan; masing-masing ``(KonteksAkun) -> list[Masalah]``.
PEMERIKSAAN_AKUN = (cek_kode_akun_ganda, cek_jenis_tidak_dikenal, cek_saldo_normal_tidak_dikenal) + PEMERIKSAAN_PERAN


def _prasyarat(nilai, daftar) -> list[Masalah]:
    """Jalankan prasyarat satu per satu; berhenti pada yang pertama menemukan masalah."""
    for cek in daftar:
        masalah = cek(nilai)
        if masalah:
            return masalah
    return []


def _pilih_pemeriksaan(pilihan, semua: tuple) -> tuple:
    """Pemeriksaan yang diminta pemanggil (fungsi dari ``semua``, namanya, atau kodenya) -> tuple fungsi."""
    if pilihan is semua:
        return semua
    dikenal = {c: c for c in semua} | {c.__name__: c for c in semua} | {c.kode: c for c in semua}
    if isinstance(pilihan, str) or callable(pilihan):
        pilihan = [pilihan]
    if not isinstance(pilihan, (list, tuple)):
        from kopkit.dasar.argumen import jenis_nilai

        raise GalatMasukan(f"Pilihan pemeriksaan harus daftar pemeriksaan, bukan {jenis_nilai(pilihan)}.",
                           saran="Mis. pemeriksaan=['J105', 'J116'] atau [cek_tanggal_kosong].")
    hasil = []
    for p in pilihan:
        try:
            hasil.append(dikenal[p])
        except (KeyError, TypeError):
            raise GalatMasukan(f"Pemeriksaan {p!r} tidak dikenal.",
                               saran="Pilih kode atau nama dari: " + ", ".join(f"{c.kode} {c.__name__}" for c in semua)
                                     + ".") from None
    return tuple(hasil)


def validasi_akun(akun, *, pemeriksaan=PEMERIKSAAN_AKUN) -> list[Masalah]:
    """Periksa bagan akun: kolom wajib, kode unik, jenis dan saldo normal yang dikenal, peran akun.

    ``pemeriksaan``: pemeriksaan yang dijalankan (bawaan semuanya, ``PEMERIKSAAN_AKUN``): fungsinya,
    namanya atau kodenya, mis. ``["A003"]``.

    >>> import pandas as pd
    >>> a = pd.DataFrame({"kode": ["101", "101"], "nama": ["Kas", "Bank"], "jenis": ["aset", "harta"],
    ...                   "saldo_normal": ["debit", "debit"]})
    >>> [(m.kode, m.kolom) for m in validasi_akun(a)]
    [('A003', 'kode'), ('A004', 'jenis')]
    """
    masalah = _prasyarat(akun, PRASYARAT_AKUN)
    if masalah:
        return masalah
    return jalankan_pemeriksaan(konteks_akun(akun), _pilih_pemeriksaan(pemeriksaan, PEMERIKSAAN_AKUN))


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


@dataclass(frozen=True, eq=False)
class KonteksJurnal:
    """Jurnal yang sudah dibaca sekali (tanggal, jumlah, kode) untuk semua pemeriksaan jurnal.

    Semua larik sepanjang jurnal, urut baris; ``baris`` = nomor baris di berkas sumber."""

    jurnal: pd.DataFrame
    lokasi: dict                    # berkas dan lembar (dari jurnal.attrs)
    baris: np.ndarray               # nomor baris seperti di berkas (baris 1 = judul kolom)
    tanggal: pd.Series              # tanggal terbaca (NaT bila kosong atau salah)
    tanggal_kosong: np.ndarray
    tanggal_salah: np.ndarray       # sel tanggal yang tidak dapat dibaca
    masalah_tanggal: tuple          # masalah sel tanggal yang tidak dapat dibaca
    debit: np.ndarray               # rupiah bulat (sel kosong atau salah = 0)
    kredit: np.ndarray
    uang_salah: np.ndarray          # sel debit atau kredit yang tidak dapat dibaca
    masalah_uang: tuple             # masalah sel uang (debit dulu, lalu kredit)
    kode: np.ndarray                # kode akun sebagai teks ("" bila kosong)
    kode_kosong: np.ndarray
    bukti: np.ndarray               # nomor bukti sebagai teks ("" bila kosong)
    bukti_kosong: np.ndarray
    keterangan_kosong: np.ndarray
    baris_jumlah: np.ndarray        # baris Jumlah/Subtotal/Total (lihat baris_jumlah_jurnal)
    akun_dikenal: frozenset | None  # kode akun di bagan (None = tanpa bagan akun)
    akun_induk: frozenset           # akun header/induk: tidak boleh diisi
    dari: pd.Timestamp | None       # periode (ujung boleh None)
    sampai: pd.Timestamp | None

    @functools.cached_property
    def tabel_bukti(self) -> pd.DataFrame:
        """Baris yang bernomor bukti dan bukan baris jumlah, untuk pemeriksaan per bukti (dihitung sekali)."""
        t = pd.DataFrame({"bukti": self.bukti, "d": self.debit, "k": self.kredit, "salah": self.uang_salah,
                          "pos": np.arange(len(self.bukti)), "tgl": self.tanggal.to_numpy(),
                          "tk": self.tanggal_kosong | self.tanggal_salah})
        return t[~self.bukti_kosong & ~self.baris_jumlah]

    def per_baris(self, pilih: np.ndarray, pesan, kolom: str, saran: str | None = None) -> list[Masalah]:
        """Satu Masalah per baris terpilih; ``pesan(pos)`` menulis pesannya."""
        return [self.masalah(pesan(pos), pos, kolom, saran) for pos in np.flatnonzero(pilih)]

    def masalah(self, pesan: str, pos=None, kolom=None, saran=None) -> Masalah:
        """Satu Masalah pada posisi ``pos`` (0, 1, ...) jurnal, dengan nomor baris berkasnya."""
        return Masalah(pesan, baris=None if pos is None else int(self.baris[pos]), kolom=kolom, saran=saran,
                       **self.lokasi)


def konteks_jurnal(jurnal: pd.DataFrame, akun: pd.DataFrame | None = None, periode=None) -> KonteksJurnal:
    """Baca jurnal sekali menjadi :class:`KonteksJurnal`, untuk menjalankan pemeriksaan sendiri.

    Jurnal tanpa kolom wajib atau bagan ``akun`` yang tidak sah menjadi GalatData.

    >>> import pandas as pd
    >>> j = pd.DataFrame({"tanggal": ["02/01/2025", ""], "no_bukti": ["B1"] * 2, "akun": ["101", "301"],
    ...                   "keterangan": ["Setor"] * 2, "debit": [100_000, 0], "kredit": [0, 100_000]})
    >>> [m.kode for m in cek_tanggal_kosong(konteks_jurnal(j))]
    ['J105']
    """
    gagal_bila_ada(validasi_akun(akun) if akun is not None else [], "Bagan akun tidak sah")
    gagal_bila_ada(_prasyarat(jurnal, PRASYARAT_JURNAL), "Jurnal belum dapat diperiksa")
    return _konteks_jurnal(jurnal, akun, periode)


def _konteks_jurnal(jurnal: pd.DataFrame, akun, periode) -> KonteksJurnal:
    from kopkit.dasar.uang import masalah_kolom_tanggal, parse_kolom_tanggal

    lokasi = {"berkas": jurnal.attrs.get("berkas"), "lembar": jurnal.attrs.get("lembar")}
    a = _siapkan_akun(akun) if akun is not None else None
    baris = _baris_berkas(jurnal)
    # Tanggal
    tgl = jurnal["tanggal"].reset_index(drop=True)
    tgl_salah = np.zeros(len(tgl), bool)
    m_tgl = []
    if pd.api.types.is_datetime64_any_dtype(tgl.dtype):
        tgl_kosong = tgl.isna().to_numpy()
    else:
        tgl_kosong = _kosong_teks(tgl)
        for m in masalah_kolom_tanggal(tgl.astype(object), baris_awal=0, kolom="tanggal", **lokasi):
            m_tgl.append(replace(m, baris=int(baris[m.baris])))
            tgl_salah[m.baris] = True
        tgl = parse_kolom_tanggal(tgl.astype(object).where(~pd.Series(tgl_salah | tgl_kosong), None))
    tgl = pd.Series(pd.to_datetime(tgl.to_numpy()))
    # Uang
    debit, salah_d, m_d = _rupiah_kolom(jurnal["debit"], baris, lokasi)
    kredit, salah_k, m_k = _rupiah_kolom(jurnal["kredit"], baris, lokasi)
    # Teks wajib
    kode = jurnal["akun"]
    if pd.api.types.is_float_dtype(kode.dtype):  # Excel membaca 101 sebagai 101.0
        kode = kode.map(lambda v: v if pd.isna(v) else (str(int(v)) if float(v).is_integer() else str(v)))
    kode_kosong = _kosong_teks(kode)
    kode = kode.astype(object).where(~pd.Series(kode_kosong, index=kode.index), "").astype(str).str.strip()
    bukti_kosong = _kosong_teks(jurnal["no_bukti"])
    bukti = jurnal["no_bukti"].astype(object).where(~pd.Series(bukti_kosong, index=jurnal.index), "").astype(str).str.strip()
    dari, sampai = baca_periode(periode)
    return KonteksJurnal(
        jurnal=jurnal, lokasi=lokasi, baris=baris, tanggal=tgl, tanggal_kosong=tgl_kosong, tanggal_salah=tgl_salah,
        masalah_tanggal=tuple(m_tgl), debit=debit, kredit=kredit, uang_salah=salah_d | salah_k,
        masalah_uang=tuple(m_d + m_k), kode=kode.to_numpy(), kode_kosong=kode_kosong, bukti=bukti.to_numpy(),
        bukti_kosong=bukti_kosong, keterangan_kosong=_kosong_teks(jurnal["keterangan"]),
        baris_jumlah=baris_jumlah_jurnal(jurnal),
        akun_dikenal=frozenset(a["kode"]) if a is not None else None,
        akun_induk=frozenset(set(a.loc[a["header"], "kode"]) | (set(a["induk"]) - {""})) if a is not None else frozenset(),
        dari=dari, sampai=sampai)


@pemeriksaan("J101", saran="Muat dengan data.muat('jurnal_umum') atau baca_jurnal_excel().")
def cek_jurnal_bukan_tabel(jurnal) -> list[Masalah]:
    """Jurnal bukan tabel."""
    if isinstance(jurnal, pd.DataFrame):
        return []
    from kopkit.dasar.argumen import jenis_nilai

    return [Masalah(f"Jurnal harus tabel, bukan {jenis_nilai(jurnal)}.")]


@pemeriksaan("J102", saran="Judul kolom jurnal: " + ", ".join(KOLOM_JURNAL) + ".")
def cek_kolom_jurnal_hilang(jurnal) -> list[Masalah]:
    """Kolom wajib jurnal (tanggal, no_bukti, akun, keterangan, debit, kredit) tidak ada."""
    kurang = [k for k in KOLOM_JURNAL if k not in jurnal.columns]
    if not kurang:
        return []
    return [Masalah(f"Jurnal tidak punya kolom {', '.join(kurang)}.", baris=1, kolom=", ".join(kurang),
                    berkas=jurnal.attrs.get("berkas"), lembar=jurnal.attrs.get("lembar"))]


@pemeriksaan("J103", saran="Tulis tanggal seperti 02/01/2025 (hari/bulan/tahun).")
def cek_tanggal_tidak_terbaca(k: KonteksJurnal) -> list[Masalah]:
    """Isi sel tanggal tidak dapat dibaca sebagai tanggal."""
    return list(k.masalah_tanggal)


@pemeriksaan("J104", saran="Tulis rupiah bulat tanpa huruf, mis. 150000 atau 150.000.")
def cek_jumlah_tidak_terbaca(k: KonteksJurnal) -> list[Masalah]:
    """Isi sel debit/kredit bukan jumlah rupiah bulat."""
    return list(k.masalah_uang)


@pemeriksaan("J105", saran="Isi tanggal transaksi, mis. 02/01/2025.")
def cek_tanggal_kosong(k: KonteksJurnal) -> list[Masalah]:
    """Tanggal kosong."""
    return k.per_baris(k.tanggal_kosong, lambda p: "Tanggal kosong.", "tanggal")


@pemeriksaan("J106", saran="Periksa tahun/bulan yang terketik, atau catat di buku periode yang benar.")
def cek_tanggal_di_luar_periode(k: KonteksJurnal) -> list[Masalah]:
    """Tanggal di luar periode yang diminta."""
    ada = ~(k.tanggal_kosong | k.tanggal_salah)
    luar = np.zeros(len(ada), bool)
    if k.dari is not None:
        luar |= ada & (k.tanggal < k.dari).to_numpy()
    if k.sampai is not None:
        luar |= ada & (k.tanggal > k.sampai).to_numpy()
    teks = f"{k.dari.date() if k.dari is not None else '...'} s.d. {k.sampai.date() if k.sampai is not None else '...'}"
    return k.per_baris(luar, lambda p: f"Tanggal {k.tanggal.iloc[p].date()} di luar periode {teks} "
                                       f"(bukti {k.bukti[p]}).", "tanggal")


@pemeriksaan("J107", saran="Setiap baris jurnal harus menyebut nomor buktinya.")
def cek_bukti_kosong(k: KonteksJurnal) -> list[Masalah]:
    """Nomor bukti kosong."""
    return k.per_baris(k.bukti_kosong, lambda p: "Nomor bukti kosong.", "no_bukti")


@pemeriksaan("J108", saran="Isi kode akun dari bagan akun.")
def cek_akun_kosong(k: KonteksJurnal) -> list[Masalah]:
    """Kode akun kosong."""
    return k.per_baris(k.kode_kosong, lambda p: f"Kode akun kosong (bukti {k.bukti[p]}).", "akun")


@pemeriksaan("J109", saran="Pakai kode dari bagan akun.")
def cek_akun_tidak_dikenal(k: KonteksJurnal) -> list[Masalah]:
    """Kode akun tidak ada di bagan akun (hanya bila bagan akun diberikan)."""
    if k.akun_dikenal is None:
        return []
    asing = ~k.kode_kosong & ~pd.Series(k.kode).isin(k.akun_dikenal).to_numpy()
    dikenal = sorted(k.akun_dikenal)
    masalah = []
    for pos in np.flatnonzero(asing):
        mirip = difflib.get_close_matches(k.kode[pos], dikenal, n=3, cutoff=0.5)
        masalah.append(k.masalah(f"Akun '{k.kode[pos]}' tidak ada di bagan akun (bukti {k.bukti[pos]}).", pos, "akun",
                                 (f"Mungkin maksud Anda {', '.join(mirip)}. " if mirip else "")
                                 + "Pakai kode dari bagan akun."))
    return masalah


@pemeriksaan("J110", saran="Pilih salah satu akun rincian di bawahnya.")
def cek_akun_induk(k: KonteksJurnal) -> list[Masalah]:
    """Akun induk (judul kelompok) diisi; hanya akun rincian yang boleh."""
    induk = ~k.kode_kosong & pd.Series(k.kode).isin(k.akun_induk).to_numpy()
    return k.per_baris(induk, lambda p: f"Akun {k.kode[p]} adalah akun induk (judul kelompok) dan tidak boleh diisi "
                                        f"(bukti {k.bukti[p]}).", "akun")


@pemeriksaan("J111", saran="Tulis uraian singkat transaksinya supaya bisa ditelusuri.")
def cek_keterangan_kosong(k: KonteksJurnal) -> list[Masalah]:
    """Keterangan kosong."""
    return k.per_baris(k.keterangan_kosong, lambda p: f"Keterangan kosong (bukti {k.bukti[p]}).", "keterangan")


@pemeriksaan("J112", saran="Hapus baris Jumlah/Subtotal/Total dari tabel jurnal (jumlah dihitung oleh kopkit).")
def cek_baris_jumlah(k: KonteksJurnal) -> list[Masalah]:
    """Baris Jumlah/Subtotal/Total di dalam jurnal (bukan transaksi)."""
    return k.per_baris(k.baris_jumlah, lambda p: "Baris jumlah/subtotal di dalam jurnal, bukan transaksi: bila ikut "
                                                 "dihitung, jumlahnya terhitung dua kali.", "keterangan")


@pemeriksaan("J113", saran="Jangan pakai angka minus: pindahkan jumlahnya ke sisi lawan.")
def cek_jumlah_negatif(k: KonteksJurnal) -> list[Masalah]:
    """Debit atau kredit negatif."""
    from kopkit.dasar.uang import format_angka

    ok = ~k.uang_salah
    return [m for sisi, nilai, lawan in (("debit", k.debit, "kredit"), ("kredit", k.kredit, "debit"))
            for m in k.per_baris(ok & (nilai < 0), lambda p, nilai=nilai: f"Jumlah negatif "
                                 f"({format_angka(int(nilai[p]))}) pada bukti {k.bukti[p]}.", sisi,
                                 f"Jangan pakai angka minus: pindahkan jumlahnya ke sisi lawan ({lawan}).")]


@pemeriksaan("J114", saran="Satu baris hanya boleh debit ATAU kredit; pecah menjadi dua baris.")
def cek_debit_dan_kredit(k: KonteksJurnal) -> list[Masalah]:
    """Satu baris berisi debit dan kredit sekaligus."""
    dua = ~k.uang_salah & (k.debit != 0) & (k.kredit != 0)
    return k.per_baris(dua, lambda p: f"Baris berisi debit dan kredit sekaligus (bukti {k.bukti[p]}).", "debit, kredit")


@pemeriksaan("J115", saran="Isi jumlahnya atau hapus baris ini.")
def cek_tanpa_jumlah(k: KonteksJurnal) -> list[Masalah]:
    """Baris tanpa jumlah: debit dan kredit kosong atau nol."""
    nol = ~k.uang_salah & (k.debit == 0) & (k.kredit == 0)
    return k.per_baris(nol, lambda p: f"Baris tanpa jumlah: debit dan kredit kosong (bukti {k.bukti[p]}).",
                       "debit, kredit")


@pemeriksaan("J116", saran="Cocokkan dengan bukti aslinya; cari angka yang salah ketik atau baris yang tertinggal.")
def cek_bukti_tidak_seimbang(k: KonteksJurnal) -> list[Masalah]:
    """Jumlah debit satu bukti tidak sama dengan jumlah kreditnya (bukti dengan sel uang salah dilewati)."""
    from kopkit.dasar.uang import format_angka

    per_bukti = k.tabel_bukti.groupby("bukti", sort=False).agg(d=("d", "sum"), k=("k", "sum"), salah=("salah", "any"),
                                                              pos=("pos", "min"))
    masalah = []
    for nama, r in per_bukti[(per_bukti["d"] != per_bukti["k"]) & ~per_bukti["salah"]].iterrows():
        selisih = int(r["d"]) - int(r["k"])
        masalah.append(k.masalah(f"Bukti {nama} tidak seimbang: debit {format_angka(int(r['d']))}, kredit "
                                 f"{format_angka(int(r['k']))}, selisih {format_angka(abs(selisih))} "
                                 f"({'debit' if selisih > 0 else 'kredit'} lebih besar).", int(r["pos"]),
                                 "debit, kredit"))
    return masalah


@pemeriksaan("J117", saran="Satu nomor bukti untuk satu transaksi: beri nomor baru pada transaksi yang lain.")
def cek_bukti_beda_tanggal(k: KonteksJurnal) -> list[Masalah]:
    """Satu nomor bukti dipakai pada beberapa tanggal."""
    t = k.tabel_bukti
    tgl_bukti = t[~t["tk"]].groupby("bukti", sort=False).agg(n=("tgl", "nunique"), pos=("pos", "min"),
                                                            awal=("tgl", "min"), akhir=("tgl", "max"))
    return [k.masalah(f"Nomor bukti {nama} dipakai pada {int(r['n'])} tanggal berbeda ({r['awal'].date()} s.d. "
                      f"{r['akhir'].date()}).", int(r["pos"]), "no_bukti")
            for nama, r in tgl_bukti[tgl_bukti["n"] > 1].iterrows()]


#: Pemeriksaan atas jurnal mentah; bila salah satunya menemukan masalah, pemeriksaan lain tidak dijalankan.
PRASYARAT_JURNAL = (cek_jurnal_bukan_tabel, cek_kolom_jurnal_hilang)
#: Pemeriksaan jurnal, berurutan; masing-masing ``(KonteksJurnal) -> list[Masalah]`` dengan kode tetap.
PEMERIKSAAN_JURNAL = (cek_tanggal_tidak_terbaca, cek_jumlah_tidak_terbaca, cek_tanggal_kosong,
                      cek_tanggal_di_luar_periode, cek_bukti_kosong, cek_akun_kosong, cek_akun_tidak_dikenal,
                      cek_akun_induk, cek_keterangan_kosong, cek_baris_jumlah, cek_jumlah_negatif,
                      cek_debit_dan_kredit, cek_tanpa_jumlah, cek_bukti_tidak_seimbang, cek_bukti_beda_tanggal)


def validasi_jurnal(jurnal, akun=None, periode=None, *, pemeriksaan=PEMERIKSAAN_JURNAL) -> list[Masalah]:
    """Periksa jurnal umum; kembalikan SEMUA masalah (daftar kosong bila jurnal sehat), urut baris.

    Yang diperiksa: kolom wajib; tanggal, akun, keterangan dan nomor bukti terisi; tanggal di dalam
    ``periode``; akun dikenal dan bukan akun induk (header); jumlah rupiah bulat, tidak negatif,
    tidak debit dan kredit sekaligus, tidak nol keduanya; setiap bukti seimbang (debit = kredit);
    nomor bukti yang sama tidak dipakai pada tanggal berbeda; tidak ada baris jumlah/subtotal.
    Tanpa bagan ``akun`` semua pemeriksaan tetap berjalan kecuali yang memerlukan bagan akun
    (akun dikenal, akun induk) — keseimbangan per bukti selalu diperiksa. Setiap masalah membawa
    kode tetap (``J1xx``, tabelnya di docstring modul); ``pemeriksaan`` memilih sebagian dari
    ``PEMERIKSAAN_JURNAL`` (fungsinya, namanya atau kodenya, mis. ``["J116"]``). Lihat hasilnya
    sebagai tabel dengan ``tabel_masalah(...)``.

    Contoh:
        >>> import pandas as pd
        >>> akun = pd.DataFrame({"kode": ["101", "405"], "nama": ["Kas", "Penjualan"],
        ...                      "jenis": ["aset", "pendapatan"], "saldo_normal": ["debit", "kredit"]})
        >>> j = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-02"] * 2), "no_bukti": ["B1"] * 2,
        ...     "akun": ["101", "405"], "keterangan": ["Jual"] * 2, "debit": [50_000, 0], "kredit": [0, 45_000]})
        >>> [(m.kode, m.pesan) for m in validasi_jurnal(j, akun)]
        [('J116', 'Bukti B1 tidak seimbang: debit 50.000, kredit 45.000, selisih 5.000 (debit lebih besar).')]
        >>> validasi_jurnal(j, akun, pemeriksaan=["J105", "cek_akun_tidak_dikenal"])
        []
    """
    masalah = validasi_akun(akun) if akun is not None else []
    if masalah:
        return masalah
    masalah = _prasyarat(jurnal, PRASYARAT_JURNAL)
    if masalah:
        return masalah
    pemeriksaan = _pilih_pemeriksaan(pemeriksaan, PEMERIKSAAN_JURNAL)
    masalah = jalankan_pemeriksaan(_konteks_jurnal(jurnal, akun, periode), pemeriksaan)
    urutan = {m: i for i, m in enumerate(masalah)}
    return sorted(masalah, key=lambda m: (m.baris if m.baris is not None else 0, urutan[m]))


def daftar_pemeriksaan() -> pd.DataFrame:
    """Semua pemeriksaan bagan akun dan jurnal: kode, nama pemeriksaan, arti, cara memperbaiki.

    >>> daftar_pemeriksaan().set_index("kode").loc["J116", "pemeriksaan"]
    'cek_bukti_tidak_seimbang'
    """
    from kopkit.dasar.galat import tabel_pemeriksaan

    return tabel_pemeriksaan(PRASYARAT_AKUN, PEMERIKSAAN_AKUN, PRASYARAT_JURNAL, PEMERIKSAAN_JURNAL)


def periksa_jurnal(jurnal, akun=None, periode=None, *, ketat: bool = True) -> list[Masalah]:
    """Seperti :func:`validasi_jurnal`; dengan ``ketat=True`` (bawaan) naikkan satu
    :class:`~kopkit.dasar.galat.GalatData` yang mencantumkan semua masalah bila ada.
    """
    masalah = validasi_jurnal(jurnal, akun, periode)
    if ketat:
        gagal_bila_ada(masalah, "Jurnal belum dapat dibukukan")
    return masalah
