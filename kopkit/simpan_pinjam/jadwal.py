"""Jadwal angsuran pinjaman: flat, efektif (menurun) dan anuitas, dalam rupiah bulat.

* **flat** — jasa setiap bulan = pokok pinjaman × bunga; pokok angsuran sama setiap bulan.
* **efektif** (menurun) — jasa dari *sisa* pokok; pokok angsuran sama; angsuran makin kecil.
* **anuitas** — angsuran sama setiap bulan, ``P·r / (1 − (1+r)^−n)``; bagian pokok makin besar.

Pembulatan (``pembulatan``), selalu dinyatakan, dan jumlah kolom pokok **selalu tepat** sama
dengan pinjaman:

* ``"sisa_di_akhir"`` — setiap angka dibulatkan ke rupiah terdekat (setengah ke atas); selisih
  pokok ditampung angsuran terakhir (seperti Apache Fineract).
* ``"angsuran"`` — angsuran dibulatkan **ke atas** ke ``kelipatan`` (mis. Rp 100 atau Rp 1.000);
  angsuran terakhir menyesuaikan.
* ``"pokok"`` — bagian pokok dibulatkan ke atas ke ``kelipatan`` (flat dan efektif saja);
  angsuran terakhir menyesuaikan.

Masa tenggang (``masa_tenggang`` bulan pertama): hanya jasa yang dibayar; pokok dilunasi pada
bulan-bulan sesudahnya, tenor tetap.

    >>> j = jadwal_angsuran(6_000_000, 12, "1,5", metode="flat")
    >>> j.loc[0, ["pokok", "jasa", "angsuran"]].tolist()
    [500000, 90000, 590000]
    >>> int(j["pokok"].sum())
    6000000
"""
from __future__ import annotations

__all__ = ["METODE", "PEMBULATAN", "jadwal_angsuran", "jadwal_banyak"]

from fractions import Fraction

import numpy as np

from kopkit.simpan_pinjam.suku_bunga import _pecahan_dari_desimal, bunga_per_bulan

METODE = ("flat", "efektif", "anuitas")
PEMBULATAN = ("sisa_di_akhir", "angsuran", "pokok")
_ALIAS_METODE = {"menurun": "efektif", "efektif/menurun": "efektif"}
_BATAS_INT = 2**62


def _galat(pesan, saran, **lokasi):
    from kopkit.dasar.galat import GalatMasukan

    return GalatMasukan(pesan, saran=saran, **lokasi)


def _nama_metode(metode) -> str:
    m = str(metode).strip().lower()
    m = _ALIAS_METODE.get(m, m)
    if m not in METODE:
        raise _galat(f"Metode '{metode}' tidak dikenal.", "Pilih salah satu: flat, efektif (menurun), anuitas.",
                     kolom="metode")
    return m


def _cek_pembulatan(pembulatan, kelipatan, metode_ada=METODE) -> dict:
    if isinstance(pembulatan, dict):
        aturan = {_nama_metode(k): v for k, v in pembulatan.items()}
        kurang = [m for m in METODE if m not in aturan]
        if kurang:
            raise _galat(f"Pembulatan untuk metode {', '.join(kurang)} belum ditentukan.",
                         "Beri pembulatan untuk flat, efektif dan anuitas, atau satu teks untuk semuanya.")
    else:
        aturan = dict.fromkeys(METODE, pembulatan)
    for m, p in aturan.items():
        if p not in PEMBULATAN:
            raise _galat(f"Pembulatan '{p}' tidak dikenal.", "Pilih: sisa_di_akhir, angsuran, atau pokok.")
    if aturan["anuitas"] == "pokok" and "anuitas" in metode_ada:
        raise _galat("Anuitas tidak dibulatkan lewat bagian pokok: angsurannya yang tetap.",
                     "Untuk anuitas pakai pembulatan 'angsuran' (atau 'sisa_di_akhir').")
    if isinstance(kelipatan, bool) or not isinstance(kelipatan, (int, np.integer)) or kelipatan < 1:
        raise _galat(f"Kelipatan pembulatan {kelipatan!r} tidak sah.", "Tulis bilangan bulat, mis. 1, 100 atau 1000.")
    if pembulatan == "sisa_di_akhir" and kelipatan != 1:
        raise _galat("Pembulatan 'sisa_di_akhir' membulatkan ke rupiah; kelipatan tidak dipakai.",
                     "Pakai pembulatan='angsuran' atau 'pokok' untuk kelipatan Rp 100/Rp 1.000.")
    return aturan


def _bagi_bulat(a, b):
    """a/b dibulatkan setengah ke atas (a ≥ 0, b > 0), bilangan bulat."""
    return (2 * a + b) // (2 * b)


def _bagi_ke_atas(a, b):
    return -(-a // b)


def _hitung(P, n, g, num, den, kode, bulat, K):
    """Inti bervektor. P, n, g, num, den: int64 per pinjaman; kode: 0 flat, 1 efektif, 2 anuitas;
    bulat: 0 sisa_di_akhir, 1 angsuran, 2 pokok. Hasil: larik panjang (satu baris per angsuran,
    urut pinjaman lalu angsuran_ke).

    Flat (semua pembulatan) dan efektif dengan pokok tetap punya rumus langsung untuk setiap baris;
    anuitas dan efektif dengan pembulatan angsuran bergantung pada sisa bulan sebelumnya, jadi dihitung
    bulan demi bulan (:func:`_hitung_berantai`)."""
    mulai = np.cumsum(n) - n
    total = int(n.sum())
    ke = np.arange(1, total + 1, dtype=np.int64)
    ke -= np.repeat(mulai, n)
    m = n - g
    flat = kode == 0
    jasa_flat = _bagi_bulat(P * num, den)
    d = np.where(bulat == 0, _bagi_bulat(P, m), _bagi_ke_atas(P, m * K) * K)
    d = np.where(flat & (bulat == 1), _bagi_ke_atas(P + m * jasa_flat, m * K) * K - jasa_flat, d)
    d = np.maximum(d, 0)
    berantai = (kode == 2) | ((kode == 1) & (bulat == 1))
    # Rumus langsung: sisa sebelum angsuran k = max(P − (k − 1 − g)⁺·d, 0). Operasi di tempat
    # (out=) supaya larik sementara sebesar jadwal tidak dibuat berulang-ulang.
    ada_tenggang = bool((g > 0).any())
    dr = np.repeat(d, n)
    sebelum = ke - 1
    if ada_tenggang:
        gr = np.repeat(g, n)
        sebelum -= gr
        np.maximum(sebelum, 0, out=sebelum)
    sebelum *= dr
    np.subtract(np.repeat(P, n), sebelum, out=sebelum)
    np.maximum(sebelum, 0, out=sebelum)
    pokok = np.minimum(dr, sebelum, out=dr)
    if ada_tenggang:
        pokok[ke <= gr] = 0
    akhir = mulai + n - 1
    pokok[akhir] = sebelum[akhir]
    jasa = sebelum * np.repeat(2 * num, n)
    jasa += np.repeat(den, n)
    jasa //= np.repeat(2 * den, n)
    if flat.any():
        baris_flat = np.repeat(flat, n)
        jasa[baris_flat] = np.repeat(jasa_flat, n)[baris_flat]
    sisa = np.subtract(sebelum, pokok, out=sebelum)
    if berantai.any():
        pilih = np.flatnonzero(berantai)
        ke_b, pokok_b, jasa_b, sisa_b = _hitung_berantai(P[pilih], n[pilih], g[pilih], num[pilih], den[pilih],
                                                         kode[pilih], bulat[pilih], K)
        baris = np.repeat(mulai[pilih], n[pilih]) + ke_b - 1
        pokok[baris], jasa[baris], sisa[baris] = pokok_b, jasa_b, sisa_b
    return ke, pokok, jasa, sisa


def _hitung_berantai(P, n, g, num, den, kode, bulat, K):
    """Bulan demi bulan untuk semua pinjaman sekaligus. Pinjaman diurutkan menurut tenor (terpanjang
    dulu), sehingga yang masih berjalan pada bulan ke-k selalu awalan larik: irisan, tanpa menyalin."""
    L = len(P)
    if L == 0:
        kosong = np.zeros(0, np.int64)
        return kosong, kosong, kosong, kosong
    urut = np.argsort(-n, kind="stable")
    P, n, g, num, den, kode, bulat = (x[urut] for x in (P, n, g, num, den, kode, bulat))
    m = n - g
    N = int(n[0])
    aktif = np.searchsorted(-n, -np.arange(1, N + 2), side="right")  # banyak pinjaman dengan n >= k
    flat, anuitas = kode == 0, kode == 2
    ada_flat, ada_anuitas, ada_tenggang = flat.any(), anuitas.any(), (g > 0).any()
    angsuran_fe = (bulat == 1) & ~anuitas
    ada_angsuran_fe = angsuran_fe.any()
    jasa_flat = _bagi_bulat(P * num, den)
    num2, den2 = 2 * num, 2 * den
    dasar = np.where(bulat == 0, _bagi_bulat(P, m), _bagi_ke_atas(P, m * K) * K)
    # Anuitas: satu-satunya rumus dengan pangkat, dihitung float lalu dibulatkan SEKALI (aturan di atas).
    r = num / den
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        pmt = np.where(r > 0, P * r / (1 - (1 + r) ** (-m.astype(np.float64))), P / m)
    angsuran_anuitas = np.where(bulat == 1, np.ceil(pmt / K - 1e-9) * K, np.floor(pmt + 0.5)).astype(np.int64)
    o_pokok = np.zeros((N, L), np.int64)
    o_jasa = np.zeros((N, L), np.int64)
    o_sisa = np.zeros((N, L), np.int64)
    sisa = P.copy()
    for k in range(1, N + 1):
        c, c_lanjut = int(aktif[k - 1]), int(aktif[k])
        s = sisa[:c]
        jasa = (s * num2[:c] + den[:c]) // den2[:c]  # s·r dibulatkan setengah ke atas
        if ada_flat:
            jasa = np.where(flat[:c], jasa_flat[:c], jasa)
        bagian = dasar[:c]
        if ada_angsuran_fe:
            # flat/efektif, pembulatan angsuran: angsuran = ⌈(P/m + jasa) / K⌉·K, pokok = angsuran − jasa
            ke_atas = _bagi_ke_atas(P[:c] + m[:c] * jasa, m[:c] * K) * K - jasa
            bagian = np.where(angsuran_fe[:c], ke_atas, bagian)
        if ada_anuitas:
            bagian = np.where(anuitas[:c], angsuran_anuitas[:c] - jasa, bagian)
        if ada_tenggang:
            bagian = np.where(k <= g[:c], 0, bagian)
        bagian = np.minimum(np.maximum(bagian, 0), s)
        bagian[c_lanjut:] = s[c_lanjut:]  # angsuran terakhir melunasi sisa
        s -= bagian
        o_pokok[k - 1, :c], o_jasa[k - 1, :c], o_sisa[k - 1, :c] = bagian, jasa, s
    # Kembali ke urutan pinjaman semula, baris per pinjaman: indeks datar (k − 1)·L + posisi_urut.
    balik = np.empty(L, np.int64)
    balik[urut] = np.arange(L)
    n_asli = n[balik]
    mulai = np.cumsum(n_asli) - n_asli
    ke = np.arange(int(n_asli.sum()), dtype=np.int64) - np.repeat(mulai, n_asli) + 1
    indeks = (ke - 1) * L + np.repeat(balik, n_asli)
    return ke, o_pokok.ravel()[indeks], o_jasa.ravel()[indeks], o_sisa.ravel()[indeks]


def _jatuh_tempo(cair, ke, hari_maks):
    """Tanggal jatuh tempo ke-k: k bulan sesudah cair, tanggalnya sama (dipotong ke akhir bulan, atau
    ke ``hari_maks`` bila diberikan)."""
    cair = np.asarray(cair, dtype="datetime64[D]")
    hari = (cair - cair.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64)
    bulan = cair.astype("datetime64[M]") + ke.astype("timedelta64[M]")
    awal = bulan.astype("datetime64[D]")
    batas = ((bulan + np.timedelta64(1, "M")).astype("datetime64[D]") - awal).astype(np.int64) - 1
    if hari_maks is not None:
        batas = np.minimum(batas, int(hari_maks) - 1)
    return awal + np.minimum(hari, batas).astype("timedelta64[D]")


def _cek_bulat_positif(nilai, nama, minimum=1):
    if isinstance(nilai, bool) or not isinstance(nilai, (int, np.integer)) or nilai < minimum:
        raise _galat(f"{nama} {nilai!r} tidak sah.", f"Tulis bilangan bulat paling kecil {minimum}.", kolom=nama)
    return int(nilai)


def _tabel(ke, pokok, jasa, sisa, jatuh_tempo=None, id_kolom=None):
    import pandas as pd

    kolom = {}
    if id_kolom is not None:
        kolom[id_kolom[0]] = id_kolom[1]
    kolom["angsuran_ke"] = ke
    if jatuh_tempo is not None:
        kolom["jatuh_tempo"] = pd.to_datetime(jatuh_tempo).astype("datetime64[us]")
    kolom.update(pokok=pokok, jasa=jasa, angsuran=pokok + jasa, sisa_pokok=sisa)
    return pd.DataFrame(kolom, copy=False)


def jadwal_angsuran(pokok, tenor_bulan, bunga, *, metode, per: str = "bulan", tanggal_cair=None,
                    masa_tenggang: int = 0, pembulatan: str = "sisa_di_akhir", kelipatan: int = 1,
                    hari_maks: int | None = None):
    """Jadwal satu pinjaman: satu baris per angsuran (angsuran_ke, jatuh_tempo bila ``tanggal_cair``
    diberikan, pokok, jasa, angsuran, sisa_pokok), semua rupiah bulat.

    ``bunga`` ditulis dalam persen per ``per`` ("1,5" = 1,5 % per bulan). ``hari_maks``: tanggal
    jatuh tempo paling lambat (mis. 28) bila koperasi memakai aturan itu; bawaan: tanggal cair,
    dipotong ke akhir bulan seperti EDATE di Excel.

    >>> j = jadwal_angsuran(5_000_000, 10, "1", metode="anuitas", pembulatan="angsuran", kelipatan=1000)
    >>> j.loc[0, ["pokok", "jasa", "angsuran", "sisa_pokok"]].tolist()
    [478000, 50000, 528000, 4522000]
    """
    from kopkit.dasar.uang import parse_rupiah, parse_tanggal

    P = parse_rupiah(pokok)
    if P <= 0:
        raise _galat(f"Pokok pinjaman {pokok} harus lebih dari nol.", "Tulis jumlah pinjaman, mis. 5.000.000.",
                     kolom="pokok")
    n = _cek_bulat_positif(tenor_bulan, "tenor_bulan")
    g = _cek_bulat_positif(masa_tenggang, "masa_tenggang", minimum=0)
    if g >= n:
        raise _galat(f"Masa tenggang {g} bulan tidak lebih pendek dari tenor {n} bulan.",
                     "Masa tenggang harus lebih pendek dari tenor.", kolom="masa_tenggang")
    m = _nama_metode(metode)
    aturan = _cek_pembulatan(pembulatan, kelipatan, {m})
    r = bunga_per_bulan(bunga, per)
    ke, bp, bj, bs = _hitung_satu_jenis([P], [n], [g], [r], [m], aturan, int(kelipatan))
    tempo = None
    if tanggal_cair is not None:
        cair = np.datetime64(parse_tanggal(tanggal_cair), "D")
        tempo = _jatuh_tempo(np.repeat(cair, n), ke, hari_maks)
    return _tabel(ke, bp, bj, bs, tempo)


def _hitung_satu_jenis(P, n, g, r, metode, aturan, K):
    P = np.asarray(P, dtype=np.int64)
    r = [Fraction(x) for x in r]
    num = np.array([x.numerator for x in r], dtype=object)
    den = np.array([x.denominator for x in r], dtype=object)
    if len(P) and (int((2 * P.astype(object) * num).max()) >= _BATAS_INT or int(den.max()) >= 2**40):
        raise _galat("Pokok atau bunga terlalu besar untuk dihitung tepat.",
                     "Periksa pokok (rupiah) dan bunga (persen, paling banyak 4 angka di belakang koma).")
    kode = np.array([METODE.index(x) for x in metode], dtype=np.int64)
    bulat = np.array([PEMBULATAN.index(aturan[x]) for x in metode], dtype=np.int64)
    return _hitung(P, np.asarray(n, dtype=np.int64), np.asarray(g, dtype=np.int64), num.astype(np.int64),
                   den.astype(np.int64), kode, bulat, K)


def _bunga_kolom(pinjaman, per):
    import pandas as pd

    """Pembilang dan penyebut (int64) bunga per bulan per baris: dari kolom ``bunga`` (persen,
    teks/Decimal) atau ``bunga_per_bulan`` (pecahan seperti dataset, mis. 0.015)."""
    for kolom in ("bunga", "bunga_per_bulan"):
        if kolom in pinjaman.columns:
            kode, unik = pd.factorize(pinjaman[kolom], use_na_sentinel=False)
            pecahan = []
            for v in unik:
                if kolom == "bunga":
                    pecahan.append(bunga_per_bulan(v, per))
                else:
                    pecahan.append(_pecahan_dari_desimal(v))
                    bunga_per_bulan(pecahan[-1] * 100)  # pemeriksaan batas yang sama
            num = np.array([x.numerator for x in pecahan], dtype=np.int64)[kode]
            den = np.array([x.denominator for x in pecahan], dtype=np.int64)[kode]
            return num, den
    raise _galat("Tabel pinjaman tidak punya kolom bunga.",
                 "Tambahkan kolom 'bunga' (persen, mis. '1,5') atau 'bunga_per_bulan' (pecahan, mis. 0,015).")


def jadwal_banyak(pinjaman, *, per: str = "bulan", pembulatan="sisa_di_akhir", kelipatan: int = 1,
                  hari_maks: int | None = None):
    """Jadwal banyak pinjaman sekaligus (dihitung bervektor): satu baris per angsuran per pinjaman.

    Kolom masukan: ``pokok``, ``tenor_bulan``, ``metode``, dan ``bunga`` (persen per ``per``) atau
    ``bunga_per_bulan`` (pecahan, seperti dataset ``pinjaman``); boleh ada ``id_pinjaman``,
    ``tanggal_cair`` dan ``masa_tenggang``. ``pembulatan`` boleh satu teks atau kamus per metode,
    mis. ``{"flat": "pokok", "efektif": "pokok", "anuitas": "angsuran"}``.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"id_pinjaman": ["P1", "P2"], "pokok": [1_200_000, 2_000_000],
    ...                   "tenor_bulan": [3, 2], "bunga": ["1", "2"], "metode": ["flat", "efektif"]})
    >>> jadwal_banyak(p)[["id_pinjaman", "pokok", "jasa"]].values.tolist()
    [['P1', 400000, 12000], ['P1', 400000, 12000], ['P1', 400000, 12000], ['P2', 1000000, 40000], ['P2', 1000000, 20000]]
    """
    import pandas as pd

    from kopkit.dasar.galat import GalatMasukan

    kurang = [k for k in ("pokok", "tenor_bulan", "metode") if k not in pinjaman.columns]
    if kurang:
        raise _galat(f"Tabel pinjaman tidak punya kolom {', '.join(kurang)}.",
                     "Gunakan bentuk dataset 'pinjaman' (pokok, tenor_bulan, bunga_per_bulan, metode).")
    P = pinjaman["pokok"].to_numpy()
    n = pinjaman["tenor_bulan"].to_numpy()
    if not (np.issubdtype(P.dtype, np.integer) and np.issubdtype(n.dtype, np.integer)):
        raise _galat("Kolom pokok dan tenor_bulan harus bilangan bulat.", "Baca rupiah dengan parse_kolom_rupiah.")
    g = (pinjaman["masa_tenggang"].to_numpy(np.int64) if "masa_tenggang" in pinjaman.columns
         else np.zeros(len(P), np.int64))
    for nama, buruk, saran in (("pokok", P <= 0, "Pokok harus lebih dari nol."),
                               ("tenor_bulan", n < 1, "Tenor paling sedikit 1 bulan."),
                               ("masa_tenggang", (g < 0) | (g >= n), "Masa tenggang 0 sampai tenor − 1.")):
        if buruk.any():
            i = int(np.flatnonzero(buruk)[0])
            raise GalatMasukan(f"Nilai {nama} tidak sah: {pinjaman[nama].iat[i] if nama in pinjaman else 0}.",
                               baris=i + 2, kolom=nama, saran=saran)
    kode_asal, metode_unik = pd.factorize(pinjaman["metode"], use_na_sentinel=False)
    nama_unik = [_nama_metode(v) for v in metode_unik]
    aturan = _cek_pembulatan(pembulatan, kelipatan, set(nama_unik))
    num, den = _bunga_kolom(pinjaman, per)
    if len(P) and (int(P.max()) * 2 * int(num.max()) >= _BATAS_INT or int(den.max()) >= 2**40):
        raise _galat("Pokok atau bunga terlalu besar untuk dihitung tepat.", "Periksa kolom pokok dan bunga.")
    kode = np.array([METODE.index(m) for m in nama_unik], dtype=np.int64)[kode_asal]
    bulat = np.array([PEMBULATAN.index(aturan[m]) for m in METODE], dtype=np.int64)[kode]
    ke, bp, bj, bs = _hitung(P.astype(np.int64), n.astype(np.int64), g, num, den, kode, bulat, int(kelipatan))
    tempo = None
    if "tanggal_cair" in pinjaman.columns:
        cair = pinjaman["tanggal_cair"].to_numpy("datetime64[D]")
        tempo = _jatuh_tempo(np.repeat(cair, n), ke, hari_maks)
    ident = pinjaman["id_pinjaman"] if "id_pinjaman" in pinjaman.columns else pinjaman.index.to_series()
    if ident.duplicated().any():
        raise GalatMasukan("Nomor pinjaman ada yang kembar.", kolom="id_pinjaman",
                           saran="Setiap pinjaman perlu nomor sendiri.")
    kode_id = np.repeat(np.arange(len(P)), n)
    id_kolom = pd.Categorical.from_codes(kode_id, categories=pd.Index(ident.to_numpy()))
    return _tabel(ke, bp, bj, bs, tempo, id_kolom=("id_pinjaman", id_kolom))

