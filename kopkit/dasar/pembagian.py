"""Pembagian uang secara proporsional yang tepat sampai rupiah terakhir.

Dipakai bersama oleh banyak modul (SHU, alokasi dana, biaya bersama): sebuah jumlah bulat
(rupiah) dibagi menurut bobot, dan hasilnya **selalu** berjumlah persis sama dengan jumlah awal.

Dua cara pembulatan:

* :func:`bagi_proporsional` — metode *sisa terbesar* (largest remainder, Hamilton): setiap
  bagian dibulatkan ke bawah, lalu rupiah yang tersisa diberikan satu per satu kepada bagian
  dengan sisa pecahan terbesar. Bila sisa pecahannya sama, yang lebih dulu dalam urutan
  data yang menang. Hasilnya tidak bergantung pada satuan bobot (bobot dikali konstanta
  memberi hasil yang sama).
* :func:`bagi_bulat_ke_bawah` — setiap bagian dibulatkan ke bawah ke kelipatan tertentu
  (mis. Rp 100), dan sisanya dikembalikan agar pemanggil menaruhnya di pos yang bernama
  (mis. cadangan). Tidak ada rupiah yang hilang atau tercipta.

Hitungan memakai bilangan bulat yang tepat. Bobot pecahan (mis. liter susu 12,5) diubah dulu
menjadi pecahan desimal tepat seperti yang tertulis (12,5 = 125/10). Bila ``jumlah × bobot``
bisa melampaui batas int64, hitungan pindah ke bilangan bulat Python (lebih lambat, tetap tepat).

Contoh:
    >>> import pandas as pd
    >>> bagi_proporsional(100, pd.Series([1, 1, 1], index=["A", "B", "C"])).tolist()
    [34, 33, 33]
    >>> bagian, sisa = bagi_bulat_ke_bawah(1000, pd.Series([1, 1, 1]), kelipatan=100)
    >>> bagian.tolist(), sisa
    ([300, 300, 300], 100)
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction
from math import gcd, lcm
from numbers import Integral

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatMasukan

_BATAS_INT64 = 2**63 - 1
_SARAN_BOBOT = ("Bobot harus angka nol atau positif (mis. saldo simpanan atau nilai transaksi), "
                "dan paling sedikit satu bobot lebih dari nol.")

__all__ = ["bagi_proporsional", "bagi_bulat_ke_bawah", "bagi_per_kelompok", "bagi_proporsional_larik",
           "bagi_bulat_ke_bawah_larik"]


def _cek_total(total, nama: str = "total") -> int:
    if isinstance(total, (bool, np.bool_)) or not isinstance(total, (Integral, np.integer)):
        if isinstance(total, Decimal) and total == total.to_integral_value():
            return int(total)
        raise GalatMasukan(
            f"Jumlah yang dibagi ({nama}) harus bilangan bulat rupiah, bukan {total!r}.",
            saran="Bulatkan dulu jumlahnya ke rupiah penuh, mis. int(nilai).")
    return int(total)


def _contoh_label(index, mask, maks: int = 3) -> str:
    label = [str(x) for x in index[np.asarray(mask)][:maks]]
    return ", ".join(label) + (" …" if int(np.asarray(mask).sum()) > maks else "")


def _bobot_bulat(bobot) -> tuple[np.ndarray | list, bool]:
    """Ubah bobot menjadi bilangan bulat tepat yang sebanding.

    Mengembalikan (nilai, cepat): ``cepat=True`` berarti array int64; selain itu list int Python.
    """
    if not isinstance(bobot, pd.Series):
        raise GalatMasukan(
            f"Bobot harus pandas Series, bukan {type(bobot).__name__}.",
            saran="Bungkus dengan pd.Series(nilai, index=id_anggota).")
    if len(bobot) == 0:
        raise GalatMasukan("Tidak ada bobot untuk membagi (daftar kosong).", saran=_SARAN_BOBOT)

    nama_kolom = f" '{bobot.name}'" if bobot.name is not None else ""
    kosong = bobot.isna().to_numpy()
    if kosong.any():
        raise GalatMasukan(
            f"Bobot{nama_kolom} berisi nilai kosong (NaN) pada {_contoh_label(bobot.index, kosong)}.",
            saran="Isi nilai yang kosong dengan 0 bila memang tidak ada transaksi/simpanan.")

    dtype = bobot.dtype
    if pd.api.types.is_bool_dtype(dtype):
        raise GalatMasukan(f"Bobot{nama_kolom} bertipe benar/salah, bukan angka.", saran=_SARAN_BOBOT)
    if pd.api.types.is_integer_dtype(dtype):
        nilai = bobot.to_numpy(dtype="int64" if pd.api.types.is_signed_integer_dtype(dtype)
                               or dtype.itemsize < 8 else "uint64")
        if nilai.dtype == np.uint64 and nilai.size and nilai.max() > np.uint64(_BATAS_INT64):
            nilai = [int(x) for x in nilai]
        else:
            nilai = nilai.astype("int64")
    elif pd.api.types.is_float_dtype(dtype):
        arr = bobot.to_numpy(dtype="float64")
        if not np.isfinite(arr).all():
            tak_hingga = ~np.isfinite(arr)
            raise GalatMasukan(
                f"Bobot{nama_kolom} berisi nilai tak hingga pada {_contoh_label(bobot.index, tak_hingga)}.",
                saran=_SARAN_BOBOT)
        nilai = _float_ke_bulat_cepat(arr)
        if nilai is None:
            nilai = _pecahan_ke_bulat([Decimal(repr(float(x))) for x in arr])
    else:
        # object: int Python, Decimal, Fraction, atau campuran.
        try:
            nilai = _pecahan_ke_bulat(list(bobot.tolist()))
        except (TypeError, ValueError, InvalidOperation):
            raise GalatMasukan(f"Bobot{nama_kolom} berisi nilai yang bukan angka.",
                               saran=_SARAN_BOBOT) from None

    if isinstance(nilai, np.ndarray):
        negatif = nilai < 0
    else:
        negatif = np.array([x < 0 for x in nilai], dtype=bool)
    if negatif.any():
        raise GalatMasukan(
            f"Bobot{nama_kolom} tidak boleh negatif; ditemukan pada {_contoh_label(bobot.index, negatif)}.",
            saran="Periksa saldo atau transaksi yang minus (mis. penarikan melebihi setoran).")

    if isinstance(nilai, list):
        # Kembali ke jalur cepat bila ternyata semua muat di int64.
        maks = max(nilai)
        if maks <= _BATAS_INT64:
            nilai = np.array(nilai, dtype="int64")
    if isinstance(nilai, np.ndarray):
        if not nilai.any():
            raise GalatMasukan(f"Semua bobot{nama_kolom} bernilai nol; tidak ada dasar untuk membagi.",
                               saran=_SARAN_BOBOT)
        return nilai, True
    if not any(nilai):
        raise GalatMasukan(f"Semua bobot{nama_kolom} bernilai nol; tidak ada dasar untuk membagi.",
                           saran=_SARAN_BOBOT)
    return nilai, False


def _float_ke_bulat_cepat(arr: np.ndarray) -> np.ndarray | None:
    """Float dengan paling banyak 6 angka desimal → int64 sebanding (×10^k), atau None.

    x dianggap bernilai m/10^k bila m/10^k kembali tepat ke float x (seperti repr(x)).
    """
    besar = float(np.abs(arr).max()) if arr.size else 0.0
    for k in range(0, 7):
        skala = 10.0**k
        if besar * skala >= 2.0**53:
            return None
        m = np.round(arr * skala)
        if np.array_equal(m / skala, arr):
            return m.astype("int64")
    return None


def _pecahan_ke_bulat(daftar: list) -> list[int]:
    """Bilangan rasional (int/Decimal/Fraction/float) → bilangan bulat sebanding, tepat."""
    pecahan = []
    for x in daftar:
        if isinstance(x, (bool, np.bool_)):
            raise TypeError("bool")
        if isinstance(x, (float, np.floating)):
            if x != x or x in (float("inf"), float("-inf")):
                raise ValueError("bukan angka")
            x = Decimal(repr(float(x)))
        if isinstance(x, Decimal):
            if not x.is_finite():
                raise ValueError("bukan angka")
            pecahan.append(Fraction(x))
        elif isinstance(x, (Integral, np.integer, Fraction)):
            pecahan.append(Fraction(int(x)) if not isinstance(x, Fraction) else x)
        else:
            raise TypeError(type(x).__name__)
    penyebut = 1
    for f in pecahan:
        penyebut = lcm(penyebut, f.denominator)
    bulat = [f.numerator * (penyebut // f.denominator) for f in pecahan]
    # Sederhanakan supaya sering kembali muat di int64 (jalur cepat).
    fpb = 0
    for b in bulat:
        fpb = gcd(fpb, b)
        if fpb == 1:
            break
    if fpb > 1:
        bulat = [b // fpb for b in bulat]
    return bulat


def _muat_int64(total: int, maks_bobot: int, n: int, pembagi: int = 1) -> bool:
    """Apakah total×bobot, Σbobot×pembagi muat di int64 tanpa meluap."""
    if maks_bobot == 0:
        return True
    return (abs(total) * maks_bobot <= _BATAS_INT64
            and maks_bobot * n * pembagi <= _BATAS_INT64)


def _pilih_sisa_terbesar(sisa: np.ndarray, k: int) -> np.ndarray:
    """Posisi k sisa terbesar; bila sama besar, yang lebih dulu dalam urutan asli.

    Sama dengan ``np.argsort(-sisa, kind="stable")[:k]`` (sebagai himpunan), tetapi O(n):
    cari nilai ambang (sisa terbesar ke-k) dengan ``np.partition``, ambil semua yang lebih
    besar, lalu yang sama dengan ambang menurut urutan asli sampai genap k.
    """
    n = len(sisa)
    if k >= n:
        return np.arange(n)
    ambang = np.partition(sisa, n - k)[n - k]
    lebih = np.flatnonzero(sisa > ambang)
    sama = np.flatnonzero(sisa == ambang)[: k - len(lebih)]
    return np.concatenate([lebih, sama])


def _sisa_terbesar(total: int, w, cepat: bool) -> np.ndarray:
    """Inti metode sisa terbesar untuk total ≥ 0 dan bobot bulat ≥ 0 (tidak semua nol)."""
    n = len(w)
    if cepat and _muat_int64(total, int(w.max()), n):
        W = int(w.sum())
        bagian, sisa = np.divmod(w * np.int64(total), W)
        kurang = total - int(bagian.sum())
        if kurang:
            bagian[_pilih_sisa_terbesar(sisa, kurang)] += 1
        return bagian
    # Jalur tepat dengan int Python (bilangan sangat besar).
    w = [int(x) for x in w]
    W = sum(w)
    pasangan = [divmod(total * x, W) for x in w]
    bagian = [p[0] for p in pasangan]
    kurang = total - sum(bagian)
    if kurang:
        urutan = sorted(range(n), key=lambda i: (-pasangan[i][1], i))[:kurang]
        for i in urutan:
            bagian[i] += 1
    if max(bagian) > _BATAS_INT64:
        raise GalatMasukan("Jumlah yang dibagi terlalu besar untuk disimpan sebagai rupiah int64.",
                           saran="Periksa apakah jumlahnya benar (batasnya sekitar 9,2 juta triliun rupiah).")
    return np.array(bagian, dtype="int64")


def bagi_proporsional(total: int, bobot: pd.Series) -> pd.Series:
    """Bagi ``total`` rupiah menurut ``bobot`` dengan metode sisa terbesar; jumlahnya tepat.

    Setiap bagian = ⌊total × bobot / Σbobot⌋, lalu sisa rupiahnya (kurang dari banyaknya baris)
    diberikan satu per satu kepada baris dengan sisa pecahan terbesar; bila sisa pecahannya
    sama, baris yang lebih dulu menang. Bobot nol mendapat 0. ``total`` negatif dibagi seperti
    positif lalu diberi tanda minus.

    Parameter:
        total: jumlah rupiah (bilangan bulat) yang dibagi.
        bobot: pandas Series angka ≥ 0 (int, float, Decimal, Fraction); indeksnya dipakai
            untuk hasil. Float dibaca seperti tertulis (0.1 = 1/10).

    Hasil: Series int64 dengan indeks yang sama, jumlahnya persis ``total``.

    Galat: :class:`~kopkit.dasar.galat.GalatMasukan` bila bobot kosong, semuanya nol, ada yang
    negatif, NaN, atau bukan angka; atau bila ``total`` bukan bilangan bulat.

    >>> import pandas as pd
    >>> bagi_proporsional(1_000_000, pd.Series([3, 3, 1], index=["A0001", "A0002", "A0003"]))
    A0001    428572
    A0002    428571
    A0003    142857
    dtype: int64
    """
    return pd.Series(bagi_proporsional_larik(total, bobot), index=bobot.index, name=bobot.name, dtype="int64")


def bagi_proporsional_larik(total, bobot: pd.Series, *, bobot_bulat_sah: bool = False) -> np.ndarray:
    """Seperti :func:`bagi_proporsional`, tetapi mengembalikan array numpy baru (boleh diubah).

    ``bobot_bulat_sah=True``: pemanggil sudah memastikan bobot int64 ≥ 0, tanpa kosong, tidak semua
    nol (mis. :func:`kopkit.shu.bagi_shu_anggota` memeriksanya sekali untuk semua pos); pemeriksaan
    ulang dilewati supaya jutaan anggota tidak diperiksa dua kali.
    """
    total = _cek_total(total)
    if bobot_bulat_sah and str(getattr(bobot, "dtype", "")) == "int64":
        w, cepat = bobot.to_numpy(), True
    else:
        w, cepat = _bobot_bulat(bobot)
    bagian = _sisa_terbesar(abs(total), w, cepat)
    return -bagian if total < 0 else bagian


def bagi_bulat_ke_bawah(total: int, bobot: pd.Series, kelipatan: int = 100) -> tuple[pd.Series, int]:
    """Bagi ``total`` menurut ``bobot``; setiap bagian dibulatkan ke bawah ke ``kelipatan``.

    Setiap bagian = ⌊total × bobot / Σbobot / kelipatan⌋ × kelipatan. Sisanya (selalu ≥ 0)
    dikembalikan agar pemanggil memasukkannya ke pos yang bernama (mis. cadangan), sehingga
    ``bagian.sum() + sisa == total``.

    Parameter:
        total: jumlah rupiah ≥ 0 (bilangan bulat).
        bobot: pandas Series angka ≥ 0, seperti pada :func:`bagi_proporsional`.
        kelipatan: langkah pembulatan dalam rupiah (bilangan bulat ≥ 1), mis. 100 atau 1000.

    Hasil: (Series int64 berindeks sama, sisa rupiah sebagai int).

    >>> import pandas as pd
    >>> bagian, sisa = bagi_bulat_ke_bawah(1_000_000, pd.Series([3, 3, 1]), kelipatan=1000)
    >>> bagian.tolist(), sisa
    ([428000, 428000, 142000], 2000)
    """
    bagian, sisa = bagi_bulat_ke_bawah_larik(total, bobot, kelipatan)
    return pd.Series(bagian, index=bobot.index, name=bobot.name, dtype="int64"), sisa


def bagi_bulat_ke_bawah_larik(total, bobot: pd.Series, kelipatan=100) -> tuple[np.ndarray, int]:
    """Seperti :func:`bagi_bulat_ke_bawah`, tetapi bagiannya array numpy baru."""
    total = _cek_total(total)
    if total < 0:
        raise GalatMasukan(
            f"Pembulatan ke bawah hanya untuk jumlah positif, bukan {total}.",
            saran="SHU negatif (rugi) tidak dibagikan; gunakan bagi_proporsional bila perlu.")
    if isinstance(kelipatan, (bool, np.bool_)) or not isinstance(kelipatan, (Integral, np.integer)) \
            or kelipatan < 1:
        raise GalatMasukan(f"Kelipatan pembulatan harus bilangan bulat ≥ 1, bukan {kelipatan!r}.",
                           saran="Contoh: kelipatan=100 untuk pembulatan ke Rp 100.")
    k = int(kelipatan)
    w, cepat = _bobot_bulat(bobot)
    n = len(w)
    if cepat and _muat_int64(total, int(w.max()), n, pembagi=k):
        penyebut = int(w.sum()) * k
        bagian = (w * np.int64(total)) // penyebut * k
    else:
        w = [int(x) for x in w]
        penyebut = sum(w) * k
        daftar = [(total * x) // penyebut * k for x in w]
        bagian = np.array(daftar, dtype="int64")
    return bagian, total - int(bagian.sum())


def bagi_per_kelompok(total: pd.Series, bobot: pd.Series, kelompok: pd.Series) -> pd.Series:
    """Bagi satu jumlah per kelompok ke baris-baris kelompok itu, sekaligus untuk semua kelompok.

    Hasilnya sama persis dengan memanggil :func:`bagi_proporsional` untuk setiap kelompok
    (sisa terbesar; bila sama, baris yang lebih dulu), tetapi tanpa loop Python — mis. biaya
    Rp 1.250 per pesanan dibagi ke barang-barang pesanannya, untuk ribuan pesanan sekaligus.

    Parameter (Series dengan indeks yang sama):
        total: rupiah bulat ≥ 0 yang dibagi, sama untuk setiap baris satu kelompok.
        bobot: bilangan bulat ≥ 0; setiap kelompok yang totalnya > 0 harus punya bobot > 0.
        kelompok: label kelompok (mis. id_pesanan).

    >>> import pandas as pd
    >>> bagi_per_kelompok(pd.Series([1250, 1250, 1250, 1250]), pd.Series([1, 2, 2, 1]),
    ...                   pd.Series(["P1", "P1", "P1", "P2"])).tolist()
    [250, 500, 500, 1250]
    """
    if not (total.index.equals(bobot.index) and total.index.equals(kelompok.index)):
        raise GalatMasukan("total, bobot dan kelompok harus berindeks sama.")
    t = total.to_numpy(dtype="int64")
    w = bobot.to_numpy(dtype="int64")
    if (t < 0).any() or (w < 0).any():
        raise GalatMasukan("Jumlah dan bobot yang dibagi per kelompok tidak boleh negatif.")
    kode = pd.factorize(kelompok, sort=False)[0]
    per_kelompok = pd.DataFrame({"t": t, "w": w}).groupby(kode, sort=False)
    total_kelompok = per_kelompok["t"].transform("first").to_numpy(dtype="int64")
    if (total_kelompok != t).any():
        raise GalatMasukan("Jumlah yang dibagi berbeda di antara baris satu kelompok.",
                           saran="Isi kolom total dengan jumlah kelompoknya di setiap baris.")
    W = per_kelompok["w"].transform("sum").to_numpy(dtype="int64")
    if ((W == 0) & (t > 0)).any():
        raise GalatMasukan("Ada kelompok dengan jumlah > 0 tetapi semua bobotnya nol.",
                           saran="Beri bobot, atau bagi rata dengan bobot 1 untuk kelompok itu.")
    if len(t) and int(t.max()) * int(w.max()) > _BATAS_INT64:
        # Sangat jarang (jumlah raksasa): jalur tepat per kelompok.
        hasil = pd.Series(0, index=total.index, dtype="int64")
        for _, baris in pd.Series(range(len(t))).groupby(kode, sort=False):
            i = baris.to_numpy()
            if t[i[0]]:
                hasil.iloc[i] = bagi_proporsional_larik(int(t[i[0]]), pd.Series(w[i]))
        return hasil
    aman = np.where(W == 0, 1, W)
    bagian, sisa = np.divmod(t * w, aman)
    kurang = total_kelompok - pd.Series(bagian).groupby(kode, sort=False).transform("sum").to_numpy()
    # Urutkan per kelompok: sisa terbesar dulu, lalu urutan asli; beri +1 pada `kurang` teratas.
    urut = np.lexsort((np.arange(len(t)), -sisa, kode))
    kode_urut = kode[urut]
    awal = np.r_[0, np.flatnonzero(kode_urut[1:] != kode_urut[:-1]) + 1] if len(t) else np.array([], int)
    peringkat = np.arange(len(t)) - np.repeat(awal, np.diff(np.r_[awal, len(t)]))
    tambah = np.zeros(len(t), dtype="int64")
    tambah[urut] = (peringkat < kurang[urut]).astype("int64")
    return pd.Series(bagian + tambah, index=total.index, dtype="int64")
