"""Rupiah, angka, persen dan tanggal dalam gaya Indonesia: menulis (format) dan membaca (parse).

Dalam bahasa Indonesia **titik memisahkan ribuan** dan **koma memisahkan desimal**:
``1.250.000`` adalah satu juta dua ratus lima puluh ribu, ``12,5`` adalah dua belas koma lima.
Semua format memakai data lokal Babel ``id_ID``, bukan *locale* sistem operasi (yang di laptop
peserta biasanya tidak ada), jadi hasilnya sama di semua komputer.

Uang selalu tepat: masukan ``int`` atau ``Decimal``; pecahan rupiah tidak pernah dibulatkan
diam-diam. Yang tidak dapat dipahami dengan pasti ditolak dengan :class:`~kopkit.dasar.galat.GalatMasukan`
yang menyebut teksnya, letaknya (berkas, lembar, baris, kolom) dan cara menuliskannya.

Contoh:
    >>> format_rupiah(1234567)
    'Rp 1.234.567'
    >>> parse_rupiah("Rp 1.250.000,-")
    1250000
    >>> format_tanggal(parse_tanggal("12/07/2021"), "hari")
    'Senin, 12 Juli 2021'
"""
from __future__ import annotations

import calendar
import datetime as _dt
import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from functools import lru_cache
from numbers import Integral, Real

# Babel ringan (sekitar 20 ms) dan dipakai oleh hampir setiap fungsi di sini, jadi dimuat di atas.
from babel import Locale
from babel.dates import format_date
from babel.numbers import (
    NumberFormatError,
    format_compact_decimal,
    format_currency,
    format_decimal,
    parse_decimal,
)

from kopkit.dasar.galat import GalatMasukan, Masalah

__all__ = [
    "LOKAL",
    "format_rupiah",
    "format_angka",
    "format_akuntansi",
    "format_ringkas",
    "format_persen",
    "format_tanggal",
    "parse_angka",
    "parse_rupiah",
    "parse_persen",
    "parse_tanggal",
    "parse_kolom_rupiah",
    "parse_kolom_tanggal",
    "masalah_kolom_rupiah",
    "masalah_kolom_tanggal",
]

LOKAL = "id_ID"

# Konteks Decimal yang lapang: pembulatan setengah-ke-atas dan presisi 100 angka, supaya nilai
# besar (mis. 10**30) tidak memicu InvalidOperation dari presisi bawaan (28 angka).
_KONTEKS = Context(prec=100, rounding=ROUND_HALF_UP)

# Batas kolom Int64 pandas; nilai di luar ini tidak dapat disimpan sebagai rupiah di tabel.
_INT64_MAKS = 2**63 - 1

# Spasi "tak terlihat" yang sering ikut tersalin dari Excel, web, atau keluaran Babel.
_SPASI_ANEH = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\t\r\n"), " ")
_SPASI_ANEH[ord("\u200b")] = None  # zero-width space: buang
_SPASI_ANEH[ord("\ufeff")] = None  # BOM di awal sel CSV
_MINUS_ANEH = dict.fromkeys(map(ord, "\u2212\u2012\u2013\u2014\ufe63\uff0d"), "-")


# ---------------------------------------------------------------------------------------------
# Bantuan umum
# ---------------------------------------------------------------------------------------------

def _kosong(nilai) -> bool:
    """True untuk None, NaN (float/numpy/Decimal), pd.NA dan NaT, tanpa mengimpor pandas."""
    if nilai is None:
        return True
    nama_tipe = type(nilai).__name__
    if nama_tipe in ("NAType", "NaTType"):
        return True
    if isinstance(nilai, Decimal):
        return nilai.is_nan()
    if isinstance(nilai, Real) and not isinstance(nilai, Integral):
        return math.isnan(float(nilai))
    if nama_tipe == "datetime64":  # numpy.datetime64('NaT')
        return nilai != nilai
    return False


def _rapikan(teks: str) -> str:
    """Samakan spasi dan tanda minus yang aneh, rapatkan spasi ganda."""
    teks = teks.translate(_SPASI_ANEH).translate(_MINUS_ANEH)
    return re.sub(r" {2,}", " ", teks).strip()


def _tampil(nilai) -> str:
    """Nilai asli untuk pesan galat: teks dalam tanda kutip, angka seperti tertulis (angka numpy
    tanpa nama jenisnya: 7.5, bukan np.float64(7.5)), nilai lain dengan kata sehari-hari."""
    if isinstance(nilai, str):
        return f"'{nilai}'"
    if hasattr(nilai, "item") and not isinstance(nilai, Decimal):
        try:
            nilai = nilai.item()
        except (TypeError, ValueError):
            pass
    if isinstance(nilai, (Decimal, Integral, Real)) and not isinstance(nilai, bool):
        try:
            return format_angka(nilai)  # gaya Indonesia, seperti angka lain yang dilihat peserta
        except GalatMasukan:
            return str(nilai)
    from kopkit.dasar.argumen import jenis_nilai

    return jenis_nilai(nilai)


def _ke_decimal(nilai, fungsi: str) -> Decimal:
    """Angka untuk diformat -> Decimal tepat. Teks dan bool ditolak (harus di-parse dulu)."""
    if isinstance(nilai, bool) or type(nilai).__name__ in ("bool", "bool_"):  # numpy.bool
        raise GalatMasukan(f"{fungsi} menerima angka, bukan nilai benar/salah ({nilai!r}).",
                           saran="Berikan angka, mis. 1250000.")
    if isinstance(nilai, Decimal):
        return nilai
    if isinstance(nilai, Integral):
        return Decimal(int(nilai))
    if isinstance(nilai, Real):
        # repr() memberi angka terpendek yang mewakili float itu, jadi 0.1 menjadi 0,1.
        return Decimal(repr(float(nilai)))
    if isinstance(nilai, str):
        raise GalatMasukan(
            f"{fungsi} menerima angka, bukan teks ({_tampil(nilai)}).",
            saran="Ubah teksnya menjadi angka dulu dengan parse_angka() atau parse_rupiah().")
    raise GalatMasukan(f"{fungsi} tidak dapat memformat {_tampil(nilai)}: yang dapat diformat hanya angka.",
                       saran="Berikan angka, mis. 1250000 atau 12.5.")


def _bulatkan(nilai: Decimal, desimal: int) -> Decimal:
    """Pembulatan setengah-ke-atas (1,005 -> 1,01), seperti kebiasaan pembukuan.

    Babel sendiri membulatkan setengah-ke-genap (1,005 -> 1,00), maka kita bulatkan dulu.
    """
    return nilai.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP, context=_KONTEKS)


def _pola_desimal(desimal: int) -> str:
    return "#,##0" + ("." + "0" * desimal if desimal > 0 else "")


def _cek_desimal(desimal) -> int:
    if isinstance(desimal, bool) or not isinstance(desimal, Integral) or desimal < 0:
        raise GalatMasukan(f"Banyak desimal harus bilangan bulat 0 atau lebih, bukan {_tampil(desimal)}.",
                           saran="Mis. desimal=2.")
    return int(desimal)


@lru_cache(maxsize=1)
def _tanda_bulat() -> tuple[str, str]:
    """(pemisah ribuan, awalan rupiah) menurut Babel untuk LOKAL, dihitung sekali."""
    from babel.numbers import get_group_symbol

    nol = format_currency(0, "IDR", "¤ #,##0", locale=LOKAL, currency_digits=False)
    return get_group_symbol(locale=LOKAL), nol[:-1]


def _bulat_cepat(nilai):
    """Bilangan bulat (int/numpy, bukan bool) sebagai int Python, atau None bila bukan.

    Jalur cepat pemformat untuk tabel besar (daftar SHU puluhan ribu anggota): ``f"{n:,}"`` dengan
    pemisah ribuan dari Babel memberi teks yang sama dengan pola ``#,##0`` Babel (diuji)."""
    c = nilai.__class__
    if c is int:
        return nilai
    if c is not bool and isinstance(nilai, _np_integer()):
        return int(nilai)
    return None


@lru_cache(maxsize=1)
def _np_integer():
    import numpy as np

    return np.integer


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", _tanda_bulat()[0])


def _angka_babel(nilai: Decimal, desimal: int | None = None) -> str:
    """Angka tanpa tanda minus, gaya Indonesia: 1.234.567 atau 1.234.567,89."""
    if not nilai.is_finite():
        return "∞"
    if desimal is None:
        if nilai == nilai.to_integral_value():
            return format_decimal(int(nilai), "#,##0", locale=LOKAL)
        # Tampilkan semua angka desimalnya: tidak ada pembulatan diam-diam.
        return format_decimal(nilai, "#,##0.#", locale=LOKAL, decimal_quantization=False)
    return format_decimal(nilai, _pola_desimal(desimal), locale=LOKAL)


# ---------------------------------------------------------------------------------------------
# Format (angka -> teks)
# ---------------------------------------------------------------------------------------------

def format_rupiah(nilai, *, akuntansi: bool = False) -> str:
    """Tulis jumlah uang sebagai rupiah: ``Rp 1.234.567``.

    Rupiah utuh tampil tanpa desimal; bila ada pecahan rupiah (``Decimal``/``float``) semua
    angka desimalnya ditampilkan (minimal dua), tidak pernah dibulatkan diam-diam. Nilai kosong
    (None, NaN, pd.NA) menjadi teks kosong, supaya sel tabel tampak kosong.

    Args:
        nilai: int, bilangan bulat numpy, Decimal atau float.
        akuntansi: bila True, nilai negatif ditulis dalam kurung: ``(Rp 1.234.567)``.

    Contoh:
        >>> format_rupiah(1234567)
        'Rp 1.234.567'
        >>> format_rupiah(-1234567)
        '-Rp 1.234.567'
        >>> format_rupiah(-1234567, akuntansi=True)
        '(Rp 1.234.567)'
        >>> from decimal import Decimal
        >>> format_rupiah(Decimal("1234567.5"))
        'Rp 1.234.567,50'
        >>> format_rupiah(None)
        ''
    """
    n = _bulat_cepat(nilai)
    if n is not None:
        teks = _tanda_bulat()[1] + _ribuan(abs(n))
        return teks if n >= 0 else (f"({teks})" if akuntansi else f"-{teks}")
    if _kosong(nilai):
        return ""
    angka = _ke_decimal(nilai, "format_rupiah")
    if not angka.is_finite():
        raise GalatMasukan("Jumlah uang tidak mungkin tak hingga (∞).",
                           saran="Periksa rumus yang menghasilkan nilai ini "
                                 "(pembagian dengan nol?).")
    mutlak = abs(angka)
    # Pola eksplisit + currency_digits=False: pola bawaan IDR di Babel tidak berspasi dan
    # membuang desimal (1234567,89 menjadi Rp1.234.568).
    if mutlak == mutlak.to_integral_value():
        teks = format_currency(int(mutlak), "IDR", "¤ #,##0", locale=LOKAL, currency_digits=False)
    else:
        teks = format_currency(mutlak, "IDR", "¤ #,##0.00", locale=LOKAL, currency_digits=False,
                               decimal_quantization=False)
    if angka < 0:
        return f"({teks})" if akuntansi else f"-{teks}"
    return teks


def format_angka(nilai, desimal: int | None = None) -> str:
    """Tulis angka gaya Indonesia: titik pemisah ribuan, koma pemisah desimal.

    Tanpa ``desimal``, bilangan bulat tampil tanpa koma dan pecahan tampil apa adanya.
    Dengan ``desimal=k`` angka dibulatkan setengah-ke-atas ke ``k`` angka di belakang koma.
    Nilai kosong menjadi teks kosong.

    Contoh:
        >>> format_angka(1234567)
        '1.234.567'
        >>> format_angka(1234567.891, desimal=2)
        '1.234.567,89'
        >>> format_angka(12.5)
        '12,5'
    """
    n = _bulat_cepat(nilai) if desimal is None else None
    if n is not None:
        return _ribuan(n)
    if _kosong(nilai):
        return ""
    angka, teks = _angka_dan_teks(nilai, desimal, "format_angka")
    # Setelah dibulatkan, -0,001 menjadi 0,00: jangan tampilkan "-0,00".
    return f"-{teks}" if angka < 0 else teks


def _angka_dan_teks(nilai, desimal, fungsi: str) -> tuple[Decimal, str]:
    """Nilai sebagai Decimal (dibulatkan setengah ke atas bila ``desimal``) dan teks nilai mutlaknya."""
    angka = _ke_decimal(nilai, fungsi)
    if desimal is not None:
        desimal = _cek_desimal(desimal)
        if angka.is_finite():
            angka = _bulatkan(angka, desimal)
    return angka, _angka_babel(abs(angka), desimal)


def format_akuntansi(nilai, *, desimal: int | None = None) -> str:
    """Tulis angka gaya laporan keuangan: negatif dalam kurung, tanpa "Rp".

    Contoh:
        >>> format_akuntansi(1234567)
        '1.234.567'
        >>> format_akuntansi(-1234567)
        '(1.234.567)'
        >>> format_akuntansi(0)
        '0'
    """
    n = _bulat_cepat(nilai) if desimal is None else None
    if n is not None:
        return _ribuan(n) if n >= 0 else f"({_ribuan(-n)})"
    if _kosong(nilai):
        return ""
    angka, teks = _angka_dan_teks(nilai, desimal, "format_akuntansi")
    return f"({teks})" if angka < 0 else teks


@lru_cache(maxsize=1)
def _satuan_ringkas() -> list[tuple[int, str]]:
    """Satuan ringkas (rb, jt, M, T) diambil dari data CLDR Babel, besar ke kecil."""
    pola = Locale.parse(LOKAL).compact_decimal_formats["short"]["other"]
    hasil = []
    for pangkat in (12, 9, 6, 3):
        akhiran = pola[str(10**pangkat)].suffix[0].translate(_SPASI_ANEH).strip()
        hasil.append((pangkat, akhiran))
    return hasil


def format_ringkas(nilai, *, rupiah: bool = False) -> str:
    """Tulis angka besar secara ringkas: ``1,2 jt``, ``2,5 M``, ``12,5 rb`` (untuk grafik, kartu).

    Dibulatkan setengah-ke-atas ke satu angka di belakang koma pada satuannya
    (rb = ribu, jt = juta, M = miliar, T = triliun). Spasinya spasi biasa.

    Contoh:
        >>> format_ringkas(1_234_567)
        '1,2 jt'
        >>> format_ringkas(2_500_000_000)
        '2,5 M'
        >>> format_ringkas(12_500)
        '12,5 rb'
        >>> format_ringkas(950)
        '950'
        >>> format_ringkas(1_234_567, rupiah=True)
        'Rp 1,2 jt'
    """
    if _kosong(nilai):
        return ""
    angka = _ke_decimal(nilai, "format_ringkas")
    awalan = "Rp " if rupiah else ""
    if not angka.is_finite():
        return ("-" if angka < 0 else "") + awalan + "∞"
    mutlak = abs(angka)
    satu_desimal = Decimal("0.1")

    def bulat(pangkat: int) -> Decimal:
        return mutlak.scaleb(-pangkat, context=_KONTEKS).quantize(
            satu_desimal, rounding=ROUND_HALF_UP, context=_KONTEKS)

    # Satuan dipilih dari besarnya nilai, lalu dibulatkan sendiri (setengah-ke-atas; Babel
    # membulatkan setengah-ke-genap). Bila pembulatan mencapai 1000 satuan (999.960 ->
    # 1.000,0 rb), naik ke satuan berikutnya: "1 jt", seperti yang dilakukan Babel.
    satuan = [(0, "")] + _satuan_ringkas()[::-1]  # kecil ke besar
    i = max(j for j, (pangkat, _) in enumerate(satuan) if j == 0 or mutlak >= 10**pangkat)
    dibagi = bulat(satuan[i][0])
    if dibagi >= 1000 and i + 1 < len(satuan):
        i += 1
        dibagi = bulat(satuan[i][0])
    teks = format_decimal(dibagi, "#,##0.#", locale=LOKAL)
    if satuan[i][1]:
        teks += " " + satuan[i][1]
    if dibagi == 0:
        return awalan + "0"
    return ("-" if angka < 0 else "") + awalan + teks


def format_persen(nilai, desimal: int = 1) -> str:
    """Tulis pecahan sebagai persen: 0,125 menjadi ``12,5%`` (masukan adalah pecahan, bukan persen).

    Dibulatkan setengah-ke-atas ke ``desimal`` angka di belakang koma.

    Contoh:
        >>> format_persen(0.125)
        '12,5%'
        >>> from decimal import Decimal
        >>> format_persen(Decimal("0.3"), desimal=0)
        '30%'
    """
    if _kosong(nilai):
        return ""
    desimal = _cek_desimal(desimal)
    angka = _ke_decimal(nilai, "format_persen")
    if not angka.is_finite():
        return ("-" if angka < 0 else "") + "∞%"
    persen = _bulatkan(angka.scaleb(2, context=_KONTEKS), desimal)
    teks = format_decimal(abs(persen), _pola_desimal(desimal), locale=LOKAL) + "%"
    return f"-{teks}" if persen < 0 else teks


_POLA_TANGGAL = {
    "panjang": "d MMMM yyyy",
    "pendek": "dd/MM/yyyy",
    "hari": "EEEE, d MMMM yyyy",
    "bulan": "LLLL yyyy",
}


def _ke_tanggal(nilai) -> _dt.date | None:
    """date/datetime/Timestamp/numpy.datetime64 -> date; None untuk tipe lain."""
    if isinstance(nilai, _dt.datetime):
        return nilai.date()
    if isinstance(nilai, _dt.date):
        return nilai
    if type(nilai).__name__ == "datetime64":
        hasil = nilai.astype("datetime64[D]").item()
        return hasil if isinstance(hasil, _dt.date) else None
    return None


def format_tanggal(tanggal, gaya: str = "panjang") -> str:
    """Tulis tanggal dalam bahasa Indonesia.

    Gaya: ``"panjang"`` (12 Juli 2021), ``"pendek"`` (12/07/2021), ``"hari"``
    (Senin, 12 Juli 2021) atau ``"bulan"`` (Juli 2021). Tanggal kosong (None, NaT) menjadi ``""``.

    Contoh:
        >>> import datetime
        >>> format_tanggal(datetime.date(2021, 7, 12))
        '12 Juli 2021'
        >>> format_tanggal(datetime.date(2021, 7, 12), "pendek")
        '12/07/2021'
        >>> format_tanggal(datetime.date(2021, 7, 12), "hari")
        'Senin, 12 Juli 2021'
        >>> format_tanggal(datetime.date(2021, 7, 12), "bulan")
        'Juli 2021'
    """
    if gaya not in _POLA_TANGGAL:
        raise GalatMasukan(f"Gaya tanggal {gaya!r} tidak dikenal.",
                           saran="Pilih salah satu: " + ", ".join(map(repr, _POLA_TANGGAL)) + ".")
    if _kosong(tanggal):
        return ""
    hari = _ke_tanggal(tanggal)
    if hari is None:
        saran = ("Ubah teksnya menjadi tanggal dulu dengan parse_tanggal()."
                 if isinstance(tanggal, str) else "Berikan datetime.date, datetime atau Timestamp.")
        raise GalatMasukan(f"format_tanggal menerima tanggal, bukan {type(tanggal).__name__} "
                           f"({_tampil(tanggal)}).", saran=saran)
    return format_date(hari, _POLA_TANGGAL[gaya], locale=LOKAL)


# ---------------------------------------------------------------------------------------------
# Parse angka (teks -> Decimal / int)
# ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _tabel_satuan() -> dict[str, int]:
    """Kata satuan -> pangkat sepuluh. Singkatan dan kata panjang dari data CLDR Babel
    (rb/ribu, jt/juta, M/miliar, T/triliun), ditambah ejaan yang lazim (milyar, trilyun)."""
    lokal = Locale.parse(LOKAL)
    hasil: dict[str, int] = {}
    for panjang in ("short", "long"):
        pola = lokal.compact_decimal_formats[panjang]["other"]
        for pangkat in (3, 6, 9, 12):
            kata = pola[str(10**pangkat)].suffix[0].translate(_SPASI_ANEH).strip()
            hasil[kata.casefold()] = pangkat
    hasil.update({"rbu": 3, "jt.": 6, "jta": 6, "milyar": 9, "trilyun": 12})
    return hasil


# Akhiran yang sengaja ditolak karena artinya tidak pasti bagi pembaca Indonesia.
_AKHIRAN_ASING = {
    "k": "'k' (ribu dalam bahasa Inggris)",
    "m": "'m' huruf kecil (bisa berarti million = juta dalam bahasa Inggris, atau miliar)",
    "mn": "'mn' (million, bahasa Inggris)",
    "mio": "'mio' (million)",
    "bn": "'bn' (billion, bahasa Inggris)",
    "b": "'b' (billion, bahasa Inggris)",
    "million": "'million' (bahasa Inggris)",
    "billion": "'billion' (bahasa Inggris)",
    "thousand": "'thousand' (bahasa Inggris)",
}

_RE_MATA_UANG_DEPAN = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_RE_MATA_UANG_BELAKANG = re.compile(r"\s*(?:rupiah|idr)$", re.IGNORECASE)
_RE_AKHIRAN = re.compile(r"^(.*?\d)\s*([^\W\d_]+\.?)$")
_RE_INGGRIS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,3}(?:,\d{3})*\.\d+$")
_RE_MERAGUKAN = re.compile(r"^\d{1,3},\d{3}$")

_CONTOH_BENAR = "Tulis seperti 1.250.000 atau 1.250.000,50 (titik memisahkan ribuan, koma desimal)."


def _lepas_kurung(s: str) -> tuple[str, bool]:
    if s.startswith("(") and s.endswith(")"):
        return s[1:-1].strip(), True
    return s, False


def _lepas_tanda(s: str) -> tuple[str, int]:
    """Lepas tanda + atau - di depan; kembalikan (sisa, banyak minus)."""
    if s[:1] in "+-" and s:
        return s[1:].strip(), int(s[0] == "-")
    return s, 0


def _saran_angka(inti: str) -> str:
    """Saran yang cocok untuk teks angka yang ditolak Babel."""
    if "," in inti and _RE_INGGRIS.match(inti):
        # Format Inggris: koma ribuan, titik desimal -> tukar keduanya.
        ditukar = inti.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return (f"Sepertinya ditulis dengan format Inggris (koma untuk ribuan, titik untuk "
                f"desimal). Dalam bahasa Indonesia kebalikannya: tulis {ditukar}.")
    if "." in inti:
        bagian = inti.split(",")[0].split(".")
        nol_di_depan = len(bagian) > 1 and bagian[0].startswith("0")
        if any(len(b) != 3 for b in bagian[1:]) or not 1 <= len(bagian[0]) <= 3 or nol_di_depan:
            desimal = inti.replace(".", ",") if inti.count(".") == 1 and "," not in inti else None
            contoh = f" Bila maksudnya desimal, pakai koma: {desimal}." if desimal else ""
            return ("Dalam bahasa Indonesia titik memisahkan ribuan, jadi setiap kelompok "
                    "sesudah titik harus tepat 3 angka (dan kelompok pertama 1 sampai 3 angka, "
                    "tidak diawali 0)."
                    f"{contoh} " + _CONTOH_BENAR)
    if inti.count(",") > 1:
        return "Koma adalah pemisah desimal dan hanya boleh ada satu. " + _CONTOH_BENAR
    if "," in inti and "." in inti.split(",", 1)[1]:
        return ("Titik (ribuan) harus di depan koma (desimal), bukan di belakangnya. "
                + _CONTOH_BENAR)
    return _CONTOH_BENAR


def _urai(asli, *, rupiah: bool) -> Decimal:
    """Inti parse_angka/parse_rupiah untuk teks. Galat tanpa lokasi (ditambah pemanggil)."""
    s = _rapikan(asli)
    jenis = "jumlah rupiah" if rupiah else "angka"
    if not s:
        raise GalatMasukan(f"Isian kosong, padahal harus berisi {jenis}.",
                           saran="Isi dengan angka, mis. 1.250.000.")
    # Tanda negatif boleh di depan atau sesudah "Rp", atau berupa kurung gaya akuntansi:
    # -3.000, (3.000), -Rp 3.000, Rp -3.000, (Rp 3.000), Rp (3.000).
    s, kurung1 = _lepas_kurung(s)
    s, minus1 = _lepas_tanda(s)
    s = _RE_MATA_UANG_DEPAN.sub("", s)
    s, kurung2 = _lepas_kurung(s)
    s, minus2 = _lepas_tanda(s)
    banyak_negatif = kurung1 + kurung2 + minus1 + minus2
    if banyak_negatif > 1:
        raise GalatMasukan(f"{_tampil(asli)} memuat tanda negatif ganda (minus dan/atau kurung).",
                           saran="Pakai salah satu saja: -3.000 atau (3.000).")
    # "Rp 1.250.000,-" : ",-" atau ".-" di belakang berarti "tanpa sen".
    s = re.sub(r"[.,]\s*-$", "", s).strip()
    s = _RE_MATA_UANG_BELAKANG.sub("", s)
    pangkat, akhiran = 0, ""
    cocok = _RE_AKHIRAN.match(s)
    if cocok:
        s, akhiran = cocok.group(1).strip(), cocok.group(2)
        kunci = akhiran.casefold()
        # "M" besar = miliar (CLDR id); "m" kecil ditolak karena bisa berarti million.
        if akhiran != "M" and kunci in _AKHIRAN_ASING:
            keterangan = _AKHIRAN_ASING[kunci]
            raise GalatMasukan(f"Satuan {keterangan} pada {_tampil(asli)} tidak jelas artinya.",
                               saran="Pakai satuan Indonesia: rb (ribu), jt (juta), M (miliar), "
                                     "T (triliun), mis. 1,25 jt.")
        satuan = _tabel_satuan()
        if kunci not in satuan and kunci.rstrip(".") not in satuan:
            raise GalatMasukan(f"{_tampil(asli)} bukan {jenis}: '{akhiran}' bukan satuan yang "
                               "dikenal.", saran="Satuan yang dikenal: rb/ribu, jt/juta, "
                               "M/miliar, T/triliun. " + _CONTOH_BENAR)
        pangkat = satuan.get(kunci, satuan.get(kunci.rstrip(".")))
    if not s or not re.fullmatch(r"[0-9.,]+", s) or not re.search(r"\d", s):
        raise GalatMasukan(f"{_tampil(asli)} bukan {jenis}.", saran=_CONTOH_BENAR)
    if rupiah and _RE_MERAGUKAN.match(s):
        # "1,250": koma ribuan gaya Inggris (1.250) atau koma desimal gaya Indonesia (1,25)?
        # Untuk uang keduanya masuk akal, jadi jangan menebak.
        utuh, pecahan = s.split(",")
        satuan_teks = f" {akhiran}" if pangkat else ""
        desimal = utuh + ("," + pecahan.rstrip("0") if pecahan.rstrip("0") else "")
        raise GalatMasukan(
            f"{_tampil(asli)} meragukan: komanya bisa pemisah ribuan (gaya Inggris, "
            f"{utuh}.{pecahan}{satuan_teks}) atau pemisah desimal (gaya Indonesia, "
            f"{desimal}{satuan_teks}).",
            saran=f"Tulis {utuh}.{pecahan}{satuan_teks} bila maksudnya ribuan, atau "
                  f"{desimal}{satuan_teks} bila maksudnya desimal.")
    if s.isdigit():
        angka = Decimal(s)
    else:
        try:
            angka = parse_decimal(s, locale=LOKAL, strict=True)
        except (NumberFormatError, InvalidOperation):
            raise GalatMasukan(f"{_tampil(asli)} bukan penulisan {jenis} yang benar.",
                               saran=_saran_angka(s)) from None
    if pangkat:
        angka = angka.scaleb(pangkat, context=_KONTEKS)
        if angka == angka.to_integral_value():
            angka = Decimal(int(angka))  # 1,25 jt -> 1250000, bukan 1.25E+6
    return -angka if banyak_negatif else angka


def _angka_dari_nilai(nilai, *, rupiah: bool) -> Decimal:
    """Masukan apa pun (teks, int, float, Decimal, numpy) -> Decimal, atau GalatMasukan."""
    jenis = "jumlah rupiah" if rupiah else "angka"
    if isinstance(nilai, str):
        return _urai(nilai, rupiah=rupiah)
    if _kosong(nilai):
        raise GalatMasukan(f"Isian kosong, padahal harus berisi {jenis}.",
                           saran="Isi dengan angka, mis. 1.250.000.")
    if isinstance(nilai, bool) or type(nilai).__name__ in ("bool", "bool_"):
        raise GalatMasukan(f"Nilai benar/salah ({nilai!r}) bukan {jenis}.",
                           saran="Isi dengan angka, mis. 1.250.000.")
    if isinstance(nilai, (Decimal, Integral, Real)):
        angka = _ke_decimal(nilai, "parse")
        if not angka.is_finite():
            raise GalatMasukan(f"Nilai tak hingga (∞) bukan {jenis}.",
                               saran="Periksa rumus di sel ini (pembagian dengan nol?).")
        return angka
    raise GalatMasukan(f"Yang diberikan {_tampil(nilai)}, bukan {jenis}.", saran=_CONTOH_BENAR)


def _dengan_lokasi(galat: GalatMasukan, berkas, lembar, baris, kolom) -> GalatMasukan:
    return galat.dengan_lokasi(berkas=berkas, lembar=lembar, baris=baris, kolom=kolom)


def parse_angka(teks, *, berkas=None, lembar=None, baris=None, kolom=None) -> Decimal:
    """Baca angka yang diketik gaya Indonesia menjadi ``Decimal`` (tepat, tanpa float).

    Diterima: ``1.250.000``, ``1.250.000,50``, ``12,5``, ``-3.000``, ``(3.000)`` (negatif gaya
    akuntansi), ``Rp 1.250.000,00``, ``Rp1.250.000``, ``Rp 1.250.000,-``, satuan ``rb``/``ribu``,
    ``jt``/``juta``, ``M``/``miliar``, ``T``/``triliun`` (``1,25 jt``), spasi di tepi termasuk
    spasi tak-putus dari Excel. int, float dan Decimal diteruskan sebagai Decimal.
    ``1,250`` dibaca sebagai 1,25 (koma = desimal); :func:`parse_rupiah` menolaknya karena
    untuk uang artinya meragukan.

    Yang salah atau tidak pasti (``1.25``, ``12,5,0``, ``abc``, teks kosong, ``1.5m``)
    menghasilkan :class:`~kopkit.dasar.galat.GalatMasukan` yang menyebut teksnya, letaknya
    (``berkas``, ``lembar``, ``baris``, ``kolom`` bila diberikan) dan cara menuliskannya.

    Contoh:
        >>> parse_angka("1.250.000,50")
        Decimal('1250000.50')
        >>> parse_angka("1,25 jt")
        Decimal('1250000')
        >>> parse_angka("(3.000)")
        Decimal('-3000')
        >>> parse_angka("1.25", baris=7, kolom="liter")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kopkit.dasar.galat.GalatMasukan: '1.25' bukan penulisan angka ... (baris 7, kolom liter) ...
    """
    try:
        return _angka_dari_nilai(teks, rupiah=False)
    except GalatMasukan as galat:
        raise _dengan_lokasi(galat, berkas, lembar, baris, kolom) from None


def _rupiah_dari_nilai(nilai) -> int:
    angka = _angka_dari_nilai(nilai, rupiah=True)
    if angka != angka.to_integral_value():
        pecahan = format_decimal(abs(angka) - int(abs(angka)), "#,##0.00", locale=LOKAL,
                                 decimal_quantization=False)
        raise GalatMasukan(
            f"{_tampil(nilai)} memuat pecahan rupiah ({pecahan}); jumlah rupiah harus bulat.",
            saran="Bulatkan ke rupiah utuh lebih dulu, atau hapus angka di belakang koma "
                  "(boleh menulis ,00).")
    return int(angka)


def parse_rupiah(teks, *, berkas=None, lembar=None, baris=None, kolom=None) -> int:
    """Baca jumlah rupiah menjadi ``int``; seperti :func:`parse_angka` tetapi harus rupiah utuh.

    ``1.250.000,00`` diterima; ``1.250.000,50`` ditolak karena memuat pecahan rupiah.
    ``1,250`` ditolak karena meragukan (1.250 dalam format Inggris, 1,25 dalam format
    Indonesia). Bilangan bulat diteruskan; float dengan pecahan ditolak.

    Contoh:
        >>> parse_rupiah("Rp 1.250.000,00")
        1250000
        >>> parse_rupiah("2 M")
        2000000000
        >>> parse_rupiah("1.250.000,50", berkas="simpanan.xlsx", baris=12)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kopkit.dasar.galat.GalatMasukan: '1.250.000,50' memuat pecahan rupiah (0,50); ... baris 12) ...
    """
    try:
        return _rupiah_dari_nilai(teks)
    except GalatMasukan as galat:
        raise _dengan_lokasi(galat, berkas, lembar, baris, kolom) from None


_RE_TITIK_DESIMAL = re.compile(r"^-?\d+\.(?:\d{1,2}|\d{4,})$")


def parse_persen(teks, *, berkas=None, lembar=None, baris=None, kolom=None) -> Decimal:
    """Baca persen menjadi ``Decimal`` tepat (``"7,5"`` dan ``"7,5%"`` -> 7.5; artinya 7,5 persen).

    Sama dengan :func:`parse_angka` (koma desimal, tanda ``%`` boleh), ditambah satu kelonggaran
    yang tidak meragukan untuk persen: titik desimal ``"7.5"`` atau ``"33.33"`` (bukan kelompok
    ribuan tiga angka, jadi pasti pecahan). ``"1.250"`` tetap dibaca seribu dua ratus lima puluh.
    float diubah lewat teksnya (0.1 -> 0.1, bukan 0.1000000000000000055...).

    Contoh:
        >>> parse_persen("7,5%"), parse_persen("7.5"), parse_persen(33.33)
        (Decimal('7.5'), Decimal('7.5'), Decimal('33.33'))
    """
    nilai = teks
    if isinstance(nilai, float) and nilai == nilai and nilai not in (float("inf"), float("-inf")):
        nilai = Decimal(repr(float(nilai)))  # float(): np.float64 juga turunan float, repr-nya "np.float64(..)"
    if isinstance(nilai, str):
        s = _rapikan(nilai).strip()
        if s.endswith("%"):
            s = s[:-1].strip()
        if _RE_TITIK_DESIMAL.match(s):
            s = s.replace(".", ",")
        nilai = s
    try:
        return _angka_dari_nilai(nilai, rupiah=False)
    except GalatMasukan as galat:
        raise _dengan_lokasi(galat, berkas, lembar, baris, kolom) from None


# ---------------------------------------------------------------------------------------------
# Parse tanggal
# ---------------------------------------------------------------------------------------------

def _kunci_nama(teks: str) -> str:
    return teks.casefold().replace(".", "").replace("'", "").strip()


@lru_cache(maxsize=1)
def _tabel_bulan() -> dict[str, int]:
    """Nama bulan -> nomor bulan. Nama baku dari data CLDR Babel (id, dan en untuk ekspor
    dari Excel berbahasa Inggris), ditambah ejaan lama/lazim yang tidak ada di CLDR."""
    hasil: dict[str, int] = {}
    for kode in ("en", "id"):  # id terakhir, supaya menang bila ada bentrok
        bulan = Locale.parse(kode).months
        for konteks in ("format", "stand-alone"):
            for lebar in ("wide", "abbreviated"):
                for nomor, nama in bulan[konteks][lebar].items():
                    hasil[_kunci_nama(nama)] = nomor
    hasil.update({
        "pebruari": 2, "peb": 2, "pebr": 2, "febr": 2, "mrt": 3, "ags": 8, "agt": 8, "agust": 8,
        "agus": 8, "sept": 9, "nop": 11, "nopember": 11, "nov": 11, "okto": 10, "des": 12,
    })
    return hasil


@lru_cache(maxsize=1)
def _tabel_hari() -> dict[str, int]:
    """Nama hari (Senin, Sen, Jumat, Jum'at, Monday, ...) -> weekday() (Senin = 0)."""
    hasil: dict[str, int] = {}
    for kode in ("en", "id"):
        hari = Locale.parse(kode).days
        for konteks in ("format", "stand-alone"):
            for lebar in ("wide", "abbreviated"):
                for nomor, nama in hari[konteks][lebar].items():
                    hasil[_kunci_nama(nama)] = nomor
    hasil.update({"ahad": 6})
    return hasil


_JAM_NOL = r"(?:[ t]00[:.]00(?:[:.]00(?:[.,]0+)?)?)?"
_RE_ISO = re.compile(rf"^(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_JAM_NOL}$")
_RE_ANGKA = re.compile(rf"^(\d{{1,2}})([-/.])(\d{{1,2}})\2(\d+){_JAM_NOL}$")
_RE_NAMA = re.compile(r"^(\d{1,2})[ \-/.]*([^\W\d_]+)\.?[ \-/.,]*(\d+)$")
_RE_HARI = re.compile(r"^([^\W\d_']+(?:'[^\W\d_]+)?)\.?,? +(.+)$")

_SARAN_TANGGAL = ("Tulis tanggal-bulan-tahun dengan tahun 4 angka, mis. 12/07/2021 atau "
                  "12 Juli 2021 (atau format ISO 2021-07-12).")


def _buat_tanggal(asli, tahun: int, bulan: int, hari: int) -> _dt.date:
    if not 1 <= bulan <= 12:
        raise GalatMasukan(f"Tanggal {_tampil(asli)} tidak ada: bulan {bulan} tidak ada "
                           "(bulan hanya 1 sampai 12).", saran=_SARAN_TANGGAL)
    if not 1 <= tahun <= 9999:
        raise GalatMasukan(f"Tahun {tahun} pada {_tampil(asli)} tidak sah.", saran=_SARAN_TANGGAL)
    akhir = calendar.monthrange(tahun, bulan)[1]
    if not 1 <= hari <= akhir:
        nama_bulan = Locale.parse(LOKAL).months["format"]["wide"][bulan]
        raise GalatMasukan(f"Tanggal {_tampil(asli)} tidak ada: {nama_bulan} {tahun} hanya "
                           f"sampai tanggal {akhir}.",
                           saran="Periksa lagi tanggalnya di dokumen sumber. " + _SARAN_TANGGAL)
    return _dt.date(tahun, bulan, hari)


def _cek_tahun(asli, teks_tahun: str) -> int:
    if len(teks_tahun) == 2:
        raise GalatMasukan(
            f"Tahun '{teks_tahun}' pada {_tampil(asli)} hanya 2 angka, jadi abadnya tidak jelas "
            f"(19{teks_tahun} atau 20{teks_tahun}?).",
            saran="Tulis tahun dengan 4 angka, mis. 12/07/2021. Di Excel: format sel "
                  "sebagai tanggal dd/mm/yyyy.")
    if len(teks_tahun) != 4:
        raise GalatMasukan(f"Tahun '{teks_tahun}' pada {_tampil(asli)} harus 4 angka.",
                           saran=_SARAN_TANGGAL)
    return int(teks_tahun)


def _urai_tanggal(asli: str) -> _dt.date:
    s = _rapikan(asli).casefold()
    if not s:
        raise GalatMasukan("Isian tanggal kosong.", saran=_SARAN_TANGGAL)
    hari_minggu = None
    cocok = _RE_HARI.match(s)
    if cocok and _kunci_nama(cocok.group(1)) in _tabel_hari():
        hari_minggu = _tabel_hari()[_kunci_nama(cocok.group(1))]
        s = cocok.group(2).strip()
    if cocok := _RE_ISO.match(s):
        tanggal = _buat_tanggal(asli, int(cocok.group(1)), int(cocok.group(3)),
                                int(cocok.group(4)))
    elif cocok := _RE_ANGKA.match(s):
        hari, bulan = int(cocok.group(1)), int(cocok.group(3))
        tahun = _cek_tahun(asli, cocok.group(4))
        if bulan > 12 and 1 <= hari <= 12 and bulan <= 31:
            raise GalatMasukan(
                f"Tanggal {_tampil(asli)} tampaknya ditulis bulan lebih dulu (gaya Amerika).",
                saran=f"Di Indonesia tanggal ditulis lebih dulu: "
                      f"{bulan:02d}{cocok.group(2)}{hari:02d}{cocok.group(2)}{tahun}.")
        tanggal = _buat_tanggal(asli, tahun, bulan, hari)
    elif cocok := _RE_NAMA.match(s):
        nama = _kunci_nama(cocok.group(2))
        if nama not in _tabel_bulan():
            raise GalatMasukan(f"'{cocok.group(2)}' pada {_tampil(asli)} bukan nama bulan "
                               "yang dikenal.", saran=_SARAN_TANGGAL)
        tahun = _cek_tahun(asli, cocok.group(3))
        tanggal = _buat_tanggal(asli, tahun, _tabel_bulan()[nama], int(cocok.group(1)))
    else:
        raise GalatMasukan(f"{_tampil(asli)} bukan tanggal yang dapat dibaca.",
                           saran=_SARAN_TANGGAL)
    if hari_minggu is not None and tanggal.weekday() != hari_minggu:
        nama_hari = Locale.parse(LOKAL).days["format"]["wide"]
        raise GalatMasukan(
            f"{_tampil(asli)} tidak cocok: {format_date(tanggal, 'd MMMM yyyy', locale=LOKAL)} "
            f"adalah hari {nama_hari[tanggal.weekday()]}, bukan {nama_hari[hari_minggu]}.",
            saran="Periksa tanggal atau nama harinya, atau tulis tanggal saja tanpa nama hari.")
    return tanggal


def _tanggal_dari_nilai(nilai) -> _dt.date:
    if isinstance(nilai, str):
        return _urai_tanggal(nilai)
    if _kosong(nilai):
        raise GalatMasukan("Isian tanggal kosong.", saran=_SARAN_TANGGAL)
    tanggal = _ke_tanggal(nilai)
    if tanggal is not None:
        return tanggal
    if isinstance(nilai, Real) and not isinstance(nilai, bool):
        raise GalatMasukan(
            f"{_tampil(nilai)} adalah angka, bukan tanggal (mungkin nomor seri tanggal Excel).",
            saran="Di Excel, format sel sebagai Tanggal (dd/mm/yyyy), lalu simpan ulang.")
    raise GalatMasukan(f"Yang diberikan {_tampil(nilai)}, bukan tanggal.", saran=_SARAN_TANGGAL)


def parse_tanggal(teks, *, berkas=None, lembar=None, baris=None, kolom=None) -> _dt.date:
    """Baca tanggal gaya Indonesia (tanggal lebih dulu) menjadi ``datetime.date``.

    Diterima: ``12/07/2021``, ``12-07-2021``, ``12.07.2021``, ISO ``2021-07-12``,
    ``12 Juli 2021``, ``12 Jul 2021``, ``12 Agu 2021``/``12 Agt 2021``, nama hari di depan
    (``Senin, 12 Juli 2021``, dicek cocok), huruf besar/kecil bebas. Nama bulan diambil dari
    data CLDR Babel (Indonesia dan Inggris) ditambah ejaan lazim (Agt, Nop, Pebruari).
    ``date``/``datetime``/``Timestamp`` diteruskan.

    Tahun 2 angka (``12/07/21``), tanggal yang tidak ada (``31/02/2021``) dan teks lain
    menghasilkan :class:`~kopkit.dasar.galat.GalatMasukan`.

    Contoh:
        >>> parse_tanggal("12 Agustus 2021")
        datetime.date(2021, 8, 12)
        >>> parse_tanggal("12.07.2021")
        datetime.date(2021, 7, 12)
        >>> parse_tanggal("31/02/2021", baris=4)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kopkit.dasar.galat.GalatMasukan: Tanggal '31/02/2021' tidak ada: Februari 2021 hanya ... 28. ...
    """
    try:
        return _tanggal_dari_nilai(teks)
    except GalatMasukan as galat:
        raise _dengan_lokasi(galat, berkas, lembar, baris, kolom) from None


# ---------------------------------------------------------------------------------------------
# Kolom (untuk impor dari Excel/CSV)
# ---------------------------------------------------------------------------------------------

def _sel_kosong(nilai) -> bool:
    return _kosong(nilai) or (isinstance(nilai, str) and not _rapikan(nilai))


def _olah_kolom(seri, ubah, *, berkas, lembar, kolom, baris_awal):
    """Terapkan ``ubah`` ke setiap sel; kembalikan (nilai, daftar Masalah). Sel kosong -> None.

    Teks yang sama hanya diurai sekali (kolom impor sering berisi nilai berulang).
    """
    if kolom is None and isinstance(getattr(seri, "name", None), str):
        kolom = seri.name
    hasil, masalah, ingatan = [], [], {}
    for posisi, nilai in enumerate(seri.tolist()):
        if _sel_kosong(nilai):
            hasil.append(None)
            continue
        kunci = (type(nilai), nilai) if isinstance(nilai, (str, int)) else None
        if kunci is not None and kunci in ingatan:
            keluaran = ingatan[kunci]
        else:
            try:
                keluaran = ubah(nilai)
            except GalatMasukan as galat:
                keluaran = galat
            if kunci is not None:
                ingatan[kunci] = keluaran
        if isinstance(keluaran, GalatMasukan):
            masalah.append(Masalah(keluaran.pesan, berkas=berkas, lembar=lembar,
                                   baris=baris_awal + posisi, kolom=kolom, saran=keluaran.saran))
            hasil.append(None)
        else:
            hasil.append(keluaran)
    return hasil, masalah, kolom


def _rupiah_sel(nilai) -> int:
    hasil = _rupiah_dari_nilai(nilai)
    if abs(hasil) > _INT64_MAKS:
        raise GalatMasukan(f"{_tampil(nilai)} terlalu besar untuk disimpan sebagai rupiah.",
                           saran="Periksa apakah ada angka yang terketik berlebih.")
    return hasil


# Pesan galat kolom mencantumkan paling banyak sekian sel; daftar lengkapnya ada di .masalah.
_MAKS_DICANTUMKAN = 50


def _galat_kolom(masalah: list[Masalah], jenis: str, *, berkas, lembar, kolom) -> GalatMasukan:
    baris = "\n".join(f"  - baris {m.baris}: {m.pesan}"
                      + (f" Cara memperbaiki: {m.saran}" if m.saran else "")
                      for m in masalah[:_MAKS_DICANTUMKAN])
    if len(masalah) > _MAKS_DICANTUMKAN:
        baris += (f"\n  ... dan {len(masalah) - _MAKS_DICANTUMKAN} sel lainnya (daftar lengkap: "
                  "atribut .masalah galat ini, atau fungsi masalah_kolom_...()).")
    galat = GalatMasukan(
        f"{len(masalah)} sel tidak dapat dibaca sebagai {jenis}:\n{baris}\n",
        berkas=berkas, lembar=lembar, kolom=kolom,
        saran="Perbaiki sel-sel di atas pada berkas sumber, lalu baca ulang.")
    galat.masalah = masalah
    return galat


def masalah_kolom_rupiah(seri, *, berkas=None, lembar=None, kolom=None,
                         baris_awal: int = 2) -> list[Masalah]:
    """Periksa satu kolom rupiah; kembalikan SEMUA sel yang bermasalah sebagai daftar Masalah.

    Nomor baris mengikuti berkas: sel data pertama ada di baris ``baris_awal`` (biasanya 2,
    karena baris 1 adalah judul kolom). ``kolom`` bawaan: nama Series. Sel kosong bukan masalah.

    Contoh:
        >>> import pandas as pd
        >>> [m.baris for m in masalah_kolom_rupiah(pd.Series(["1.000", "1.25", "", "abc"]))]
        [3, 5]
    """
    return _olah_kolom(seri, _rupiah_sel, berkas=berkas, lembar=lembar, kolom=kolom,
                       baris_awal=baris_awal)[1]


def parse_kolom_rupiah(seri, *, berkas=None, lembar=None, kolom=None, baris_awal: int = 2):
    """Baca satu kolom rupiah menjadi Series ``Int64`` (sel kosong menjadi <NA>).

    Semua sel diperiksa dulu; bila ada yang salah, satu :class:`~kopkit.dasar.galat.GalatMasukan`
    mencantumkannya (baris sesuai berkas; 50 pertama di pesan) dan atribut ``.masalah``-nya
    berisi daftar lengkapnya. Untuk mendapat daftar tanpa galat, pakai
    :func:`masalah_kolom_rupiah`.
    Indeks dan nama Series dipertahankan.

    Contoh:
        >>> import pandas as pd
        >>> parse_kolom_rupiah(pd.Series(["Rp 1.250.000", "", "2 jt"])).tolist()
        [1250000, <NA>, 2000000]
    """
    import pandas as pd

    if pd.api.types.is_integer_dtype(seri.dtype) and not pd.api.types.is_bool_dtype(seri.dtype):
        return seri.astype("Int64")
    if pd.api.types.is_float_dtype(seri.dtype):
        # Jalur cepat untuk kolom angka dari Excel (float karena ada sel kosong): bila semua
        # nilai bulat dan aman dalam float (< 2**53), ubah sekaligus. Bila tidak, periksa per sel
        # supaya setiap sel yang salah disebut.
        import numpy as np

        angka = seri.to_numpy(dtype="float64", na_value=np.nan)
        terisi = angka[~np.isnan(angka)]
        if np.all(terisi == np.round(terisi)) and np.all(np.abs(terisi) < 2.0**53):
            return seri.astype("Int64")
    nilai, masalah, kolom = _olah_kolom(seri, _rupiah_sel, berkas=berkas, lembar=lembar,
                                        kolom=kolom, baris_awal=baris_awal)
    if masalah:
        raise _galat_kolom(masalah, "rupiah", berkas=berkas, lembar=lembar, kolom=kolom)
    return pd.Series(pd.array(nilai, dtype="Int64"), index=seri.index, name=seri.name)


def masalah_kolom_tanggal(seri, *, berkas=None, lembar=None, kolom=None,
                          baris_awal: int = 2) -> list[Masalah]:
    """Periksa satu kolom tanggal; kembalikan semua sel yang bermasalah (lihat
    :func:`masalah_kolom_rupiah`).

    Contoh:
        >>> import pandas as pd
        >>> [m.baris for m in masalah_kolom_tanggal(pd.Series(["12/07/2021", "12/07/21"]))]
        [3]
    """
    return _olah_kolom(seri, _tanggal_dari_nilai, berkas=berkas, lembar=lembar, kolom=kolom,
                       baris_awal=baris_awal)[1]


def parse_kolom_tanggal(seri, *, berkas=None, lembar=None, kolom=None, baris_awal: int = 2):
    """Baca satu kolom tanggal menjadi Series ``datetime64[us]`` (sel kosong menjadi NaT).

    Jam dibuang (tanggal saja). Semua sel yang salah dicantumkan dalam satu GalatMasukan.

    Contoh:
        >>> import pandas as pd
        >>> hasil = parse_kolom_tanggal(pd.Series(["12/07/2021", None, "1 Agt 2021"]))
        >>> [format_tanggal(t, "pendek") for t in hasil]
        ['12/07/2021', '', '01/08/2021']
    """
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(seri.dtype):
        hasil = seri.dt.normalize() if getattr(seri.dt, "tz", None) is None else \
            seri.dt.tz_localize(None).dt.normalize()
        return hasil
    nilai, masalah, kolom = _olah_kolom(seri, _tanggal_dari_nilai, berkas=berkas, lembar=lembar,
                                        kolom=kolom, baris_awal=baris_awal)
    if masalah:
        raise _galat_kolom(masalah, "tanggal", berkas=berkas, lembar=lembar, kolom=kolom)
    return pd.Series(nilai, index=seri.index, name=seri.name, dtype="datetime64[us]")
