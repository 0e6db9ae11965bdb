"""Kualitas pinjaman pada tanggal berapa pun: umur tunggakan, kolektibilitas, PPAP, NPL, daftar tagih
dan jurnal penyisihan.

Masukan: dataset ``pinjaman`` dan ``angsuran`` serta jadwal dari :func:`~kopkit.simpan_pinjam.jadwal_banyak`
dengan aturan produk koperasi (pembulatan, tanggal jatuh tempo). Jadwal dicocokkan dengan setiap
catatan angsuran; bila tidak cocok, galat — bukan angka yang diam-diam salah.

* Umur tunggakan = hari sejak jatuh tempo angsuran tertua yang belum dibayar pada tanggal itu.
* Angsuran yang jatuh tempo sebelum catatan angsuran dimulai dan tidak ada di catatan dianggap sudah
  lunas; sisa pokoknya harus sama dengan ``saldo_awal`` di data pinjaman. Angsuran boleh dibayar
  tidak berurutan: yang dihitung tetap angsuran tertua yang belum dibayar.
* Kelas dan persen PPAP (Penyisihan Penghapusan Aset Produktif) dari tabel aturan ``kolektibilitas``
  — **konvensi bank, dapat diubah**; agunan tidak dikurangkan.
"""
from __future__ import annotations

__all__ = ["SKEMA", "aturan_kolektibilitas", "daftar_tagih", "jurnal_ppap", "kelas_dari_hari", "kualitas_pinjaman", "rasio_npl", "rekap_kolektibilitas"]

from decimal import Decimal
from fractions import Fraction

import numpy as np

SKEMA = ("empat_kelas", "lima_kelas")


def _galat_data(pesan, saran, **lokasi):
    from kopkit.dasar.galat import GalatData

    return GalatData(pesan, saran=saran, **lokasi)


def aturan_kolektibilitas(pada, skema: str = "empat_kelas"):
    """Tabel kelas (urutan, kelas, hari, hari_min, hari_maks, ppap_persen, bermasalah, sumber) yang berlaku
    pada ``pada``; ``hari`` adalah rentang umur tunggakan sebagai teks, mis. "91–120".

    >>> aturan_kolektibilitas("2025-12-31")["kelas"].tolist()
    ['lancar', 'kurang_lancar', 'diragukan', 'macet']
    """
    import pandas as pd

    from kopkit.dasar.galat import GalatMasukan
    from kopkit.simpan_pinjam._aturan import _muat_aturan

    if skema not in SKEMA:
        raise GalatMasukan(f"Skema kolektibilitas '{skema}' tidak dikenal.", saran=f"Pilih: {', '.join(SKEMA)}.")
    t = _muat_aturan("kolektibilitas", pada)
    t = t[t["skema"] == skema].sort_values("urutan").reset_index(drop=True)
    t["hari"] = [f"{a}–{b}" if pd.notna(b) else f"> {a - 1}" for a, b in zip(t["hari_min"], t["hari_maks"])]
    return t[["urutan", "kelas", "hari", "hari_min", "hari_maks", "ppap_persen", "bermasalah", "sumber"]]


def kelas_dari_hari(hari, pada, skema: str = "empat_kelas"):
    """Nama kelas untuk umur tunggakan ``hari`` (angka atau larik) menurut aturan yang berlaku pada ``pada``.

    >>> kelas_dari_hari(100, "2025-12-31")
    'kurang_lancar'
    """
    aturan = aturan_kolektibilitas(pada, skema)
    h = np.asarray(hari)
    if (h < 0).any():
        from kopkit.dasar.galat import GalatMasukan

        raise GalatMasukan("Umur tunggakan tidak boleh negatif.", saran="Tulis 0 untuk pinjaman yang tidak menunggak.")
    i = np.searchsorted(aturan["hari_min"].to_numpy(), h, side="right") - 1
    kelas = aturan["kelas"].to_numpy()[i]
    return str(kelas) if np.ndim(h) == 0 else kelas


def _kode(seri, daftar, nama_tabel):
    """Posisi setiap nomor pinjaman ``seri`` di ``daftar``; nomor yang tidak ada menjadi galat.
    Kolom kategori (hasil jadwal_banyak) dipetakan lewat kategorinya saja (cepat)."""
    import pandas as pd

    indeks = pd.Index(daftar)
    if isinstance(seri.dtype, pd.CategoricalDtype):
        peta = indeks.get_indexer(seri.cat.categories)
        kode_asal = seri.cat.codes.to_numpy()
        kode = np.where(kode_asal >= 0, peta[kode_asal], -1)
    else:
        kode = indeks.get_indexer(seri.to_numpy())
    if (kode < 0).any():
        i = int(np.flatnonzero(kode < 0)[0])
        raise _galat_data(f"Pinjaman {seri.iat[i]} di tabel {nama_tabel} tidak ada di tabel pinjaman.",
                          "Periksa nomor pinjaman.", baris=i + 2, kolom="id_pinjaman")
    return kode


def kualitas_pinjaman(pinjaman, angsuran, jadwal, pada, *, skema: str = "empat_kelas", data_sampai=None):
    """Satu baris per pinjaman yang masih berjalan pada ``pada``: sisa_pokok, angsuran_berikut,
    jatuh_tempo_tertua, hari_tunggakan, angsuran_tertunggak, jumlah_tertunggak, kelas, ppap_persen, ppap.

    ``data_sampai``: tanggal terakhir catatan angsuran lengkap (bawaan: tanggal bayar terakhir di data).
    Tanggal di luar catatan angsuran menjadi galat, bukan nol.
    """
    import pandas as pd

    from kopkit.dasar.uang import format_tanggal, parse_tanggal

    t = pd.Timestamp(parse_tanggal(pada))
    if len(angsuran) == 0:
        raise _galat_data("Tabel angsuran kosong.", "Muat dataset angsuran.")
    tgl_bayar = angsuran["tanggal"].to_numpy("datetime64[D]")
    sejak = tgl_bayar.min()
    sampai = np.datetime64(parse_tanggal(data_sampai), "D") if data_sampai is not None else tgl_bayar.max()
    hari_ini = np.datetime64(t.date(), "D")
    if hari_ini < sejak or hari_ini > sampai:
        raise _galat_data(f"Catatan angsuran hanya dari {format_tanggal(sejak)} sampai {format_tanggal(sampai)}; "
                          f"tanggal {format_tanggal(t)} tidak ada datanya.",
                          "Pilih tanggal di dalam periode catatan angsuran.")
    ids = pinjaman["id_pinjaman"].to_numpy()
    L = len(ids)
    # Jadwal: urut per pinjaman, angsuran_ke 1..n berurutan -> baris = mulai[kode] + k - 1.
    kj = _kode(jadwal["id_pinjaman"], ids, "jadwal")
    j_ke = jadwal["angsuran_ke"].to_numpy(np.int64)
    j_tempo = jadwal["jatuh_tempo"].to_numpy("datetime64[D]")
    j_pokok = jadwal["pokok"].to_numpy(np.int64)
    j_jasa = jadwal["jasa"].to_numpy(np.int64)
    urut_kj = np.diff(kj)
    if not ((urut_kj > 0) | ((urut_kj == 0) & (np.diff(j_ke) > 0))).all():  # belum urut pinjaman, angsuran_ke
        urut = np.lexsort((j_ke, kj))
        kj, j_ke, j_tempo, j_pokok, j_jasa = kj[urut], j_ke[urut], j_tempo[urut], j_pokok[urut], j_jasa[urut]
    n = np.bincount(kj, minlength=L)
    mulai = np.cumsum(n) - n
    if (j_ke != np.arange(len(kj)) - mulai[kj] + 1).any():
        raise _galat_data("Jadwal tidak lengkap: angsuran_ke tidak berurutan 1, 2, 3, ... untuk setiap pinjaman.",
                          "Buat jadwal dengan jadwal_banyak(pinjaman, ...).")
    # Cocokkan setiap catatan angsuran dengan jadwal.
    ka = _kode(angsuran["id_pinjaman"], ids, "angsuran")
    a_ke = angsuran["angsuran_ke"].to_numpy(np.int64)
    if ((a_ke < 1) | (a_ke > n[ka])).any():
        i = int(np.flatnonzero((a_ke < 1) | (a_ke > n[ka]))[0])
        raise _galat_data(f"Angsuran ke-{a_ke[i]} pinjaman {ids[ka[i]]} melebihi tenornya.", "Periksa angsuran_ke.",
                          baris=i + 2, kolom="angsuran_ke")
    baris = mulai[ka] + a_ke - 1
    kembar = np.flatnonzero(np.bincount(baris, minlength=len(kj))[baris] > 1)
    if len(kembar):
        i = int(kembar[0])
        raise _galat_data(f"Angsuran ke-{a_ke[i]} pinjaman {ids[ka[i]]} tercatat lebih dari sekali.",
                          "Hapus catatan kembar; satu angsuran dicatat satu kali.", baris=i + 2, kolom="angsuran_ke")
    for kolom, nilai_jadwal in (("jatuh_tempo", j_tempo), ("pokok", j_pokok), ("jasa", j_jasa)):
        data_kolom = (angsuran[kolom].to_numpy("datetime64[D]") if kolom == "jatuh_tempo"
                      else angsuran[kolom].to_numpy(np.int64))
        beda = np.flatnonzero(data_kolom != nilai_jadwal[baris])
        if len(beda):
            i = int(beda[0])
            raise _galat_data(
                f"Catatan angsuran ke-{a_ke[i]} pinjaman {ids[ka[i]]} tidak cocok dengan jadwal "
                f"({kolom}: data {data_kolom[i]}, jadwal {nilai_jadwal[baris[i]]}).",
                "Buat jadwal dengan aturan produk koperasi (pembulatan, kelipatan, hari_maks), "
                "mis. jatuh tempo paling lambat tanggal 28 ditulis hari_maks=28.", baris=i + 2, kolom=kolom)
    # Setiap baris jadwal: tercatat di data angsuran? dibayar pada tanggal itu? Angsuran yang jatuh
    # tempo sebelum catatan dimulai dan tidak tercatat dianggap lunas sebelumnya; sisa pokok pada awal
    # catatan harus sama dengan saldo_awal.
    tercatat = np.zeros(len(kj), bool)
    tercatat[baris] = True
    dibayar = np.zeros(len(kj), bool)
    dibayar[baris[tgl_bayar <= hari_ini]] = True
    lunas_lama = (j_tempo < sejak) & ~tercatat
    dibayar |= lunas_lama
    P = pinjaman["pokok"].to_numpy(np.int64)
    sisa_awal = P - np.bincount(kj, weights=np.where(lunas_lama, j_pokok, 0), minlength=L).astype(np.int64)
    cair = pinjaman["tanggal_cair"].to_numpy("datetime64[D]")
    if "saldo_awal" in pinjaman.columns:
        beda = np.flatnonzero((cair < sejak) & (pinjaman["saldo_awal"].to_numpy(np.int64) != sisa_awal))
        if len(beda):
            i = int(beda[0])
            raise _galat_data(f"Saldo awal pinjaman {ids[i]} tidak sama dengan sisa pokok menurut jadwal "
                              f"({sisa_awal[i]}).", "Periksa saldo_awal atau aturan jadwal.",
                              baris=i + 2, kolom="saldo_awal")
    sisa = P - np.bincount(kj, weights=np.where(dibayar, j_pokok, 0), minlength=L).astype(np.int64)
    # Angsuran tertua yang belum dibayar: baris belum-dibayar pertama setiap pinjaman (jadwal urut).
    belum = np.flatnonzero(~dibayar)
    pinjaman_belum, pertama = np.unique(kj[belum], return_index=True)
    berikut = np.full(L, 0, np.int64)
    berikut[pinjaman_belum] = j_ke[belum[pertama]]
    tempo_berikut = np.full(L, np.datetime64("NaT"), "datetime64[D]")
    tempo_berikut[pinjaman_belum] = j_tempo[belum[pertama]]
    berjalan = (cair <= hari_ini) & (sisa > 0) & (berikut > 0)
    hari = np.where(berjalan & (tempo_berikut <= hari_ini), (hari_ini - tempo_berikut).astype(np.int64), 0)
    hari = np.maximum(hari, 0)
    telat = ~dibayar & (j_tempo <= hari_ini)
    banyak = np.bincount(kj[telat], minlength=L)
    jumlah = np.bincount(kj[telat], weights=(j_pokok + j_jasa)[telat], minlength=L).astype(np.int64)
    aturan = aturan_kolektibilitas(t, skema)
    i_kelas = np.searchsorted(aturan["hari_min"].to_numpy(), hari, side="right") - 1
    persen = aturan["ppap_persen"].to_numpy()[i_kelas]
    pilih = np.flatnonzero(berjalan)
    hasil = pd.DataFrame({
        "id_pinjaman": ids[pilih],
        "id_anggota": pinjaman["id_anggota"].to_numpy()[pilih] if "id_anggota" in pinjaman.columns else None,
        "sisa_pokok": sisa[pilih],
        "angsuran_berikut": berikut[pilih],
        "jatuh_tempo_tertua": pd.to_datetime(tempo_berikut[pilih]).astype("datetime64[us]"),
        "hari_tunggakan": hari[pilih].astype(np.int64),
        "angsuran_tertunggak": banyak[pilih].astype(np.int64),
        "jumlah_tertunggak": jumlah[pilih],
        "kelas": aturan["kelas"].to_numpy()[i_kelas[pilih]],
    })
    hasil["ppap_persen"] = persen[pilih]
    hasil["ppap"] = _ppap(hasil["sisa_pokok"].to_numpy(np.int64), aturan, i_kelas[pilih])
    return hasil


def _ppap(sisa, aturan, i_kelas) -> np.ndarray:
    """PPAP per pinjaman = sisa pokok × persen / 100, dibulatkan ke bawah ke rupiah (tepat, tanpa float)."""
    hasil = np.zeros(len(sisa), np.int64)
    for i, persen in enumerate(aturan["ppap_persen"]):
        f = Fraction(persen) / 100
        pilih = i_kelas == i
        hasil[pilih] = sisa[pilih] * f.numerator // f.denominator
    return hasil


def rekap_kolektibilitas(kualitas, pada, skema: str = "empat_kelas"):
    """Tabel umur tunggakan per kelas (semua kelas, juga yang kosong): banyak_pinjaman, sisa_pokok,
    ppap_persen, ppap.

    >>> import pandas as pd
    >>> k = pd.DataFrame({"kelas": ["lancar", "macet"], "sisa_pokok": [1_000_000, 200_000], "ppap": [5_000, 200_000]})
    >>> rekap_kolektibilitas(k, "2025-12-31")["ppap"].tolist()
    [5000, 0, 0, 200000]
    """
    import pandas as pd

    aturan = aturan_kolektibilitas(pada, skema)
    g = kualitas.groupby("kelas", observed=True)
    hasil = pd.DataFrame({
        "kelas": aturan["kelas"],
        "hari": aturan["hari"],
        "banyak_pinjaman": aturan["kelas"].map(g.size()).fillna(0).astype("int64"),
        "sisa_pokok": aturan["kelas"].map(g["sisa_pokok"].sum()).fillna(0).astype("int64"),
        "ppap_persen": aturan["ppap_persen"],
        "ppap": aturan["kelas"].map(g["ppap"].sum()).fillna(0).astype("int64"),
    })
    return hasil


def rasio_npl(kualitas, pada, skema: str = "empat_kelas") -> Decimal:
    """NPL (*non-performing loan*, pinjaman bermasalah): sisa pokok kelas bermasalah ÷ seluruh sisa pokok.

    >>> import pandas as pd
    >>> k = pd.DataFrame({"kelas": ["lancar", "macet"], "sisa_pokok": [900_000, 100_000]})
    >>> rasio_npl(k, "2025-12-31")
    Decimal('0.1')
    """
    aturan = aturan_kolektibilitas(pada, skema)
    bermasalah = set(aturan.loc[aturan["bermasalah"], "kelas"])
    total = int(kualitas["sisa_pokok"].sum())
    if total == 0:
        raise _galat_data("Tidak ada pinjaman berjalan; NPL tidak dapat dihitung.", "Periksa tanggal dan data pinjaman.")
    masalah = int(kualitas.loc[kualitas["kelas"].isin(bermasalah), "sisa_pokok"].sum())
    return Decimal(masalah) / Decimal(total)


def daftar_tagih(kualitas, anggota=None):
    """Pinjaman yang menunggak, yang paling lama dan paling besar di atas: siapa dikunjungi minggu ini
    dan berapa tunggakannya. Bila ``anggota`` diberikan, nama dan desa ikut ditampilkan."""
    kolom = ["id_pinjaman", "id_anggota", "hari_tunggakan", "angsuran_tertunggak", "jumlah_tertunggak", "kelas"]
    d = kualitas.loc[kualitas["hari_tunggakan"] > 0, kolom]
    d = d.sort_values(["hari_tunggakan", "jumlah_tertunggak", "id_pinjaman"], ascending=[False, False, True])
    if anggota is not None:
        info = anggota.set_index("id_anggota")[[k for k in ("nama", "desa") if k in anggota.columns]]
        d = d.join(info, on="id_anggota")
    return d.reset_index(drop=True)


def jurnal_ppap(kualitas, saldo_ppap: int, tanggal, *, no_bukti: str, akun_beban: str = "503",
                akun_penyisihan: str = "119"):
    """Jurnal penyesuaian PPAP: menambah (atau mengurangi) penyisihan dari ``saldo_ppap`` (saldo kredit
    akun penyisihan sekarang) ke jumlah PPAP wajib. Bentuk baris sama dengan jurnal kopkit.buku;
    tanpa baris bila PPAP sudah tepat.

    >>> import pandas as pd
    >>> j = jurnal_ppap(pd.DataFrame({"ppap": [30_000, 70_000]}), 60_000, "2025-12-31", no_bukti="BM-X")
    >>> j[["akun", "debit", "kredit"]].values.tolist()
    [['503', 40000, 0], ['119', 0, 40000]]
    """
    from kopkit.buku import jurnal_penyesuaian
    from kopkit.dasar.uang import parse_rupiah

    wajib = int(kualitas["ppap"].sum())
    selisih = wajib - parse_rupiah(saldo_ppap)
    if selisih == 0:
        pos = []  # PPAP sudah cukup: tidak ada yang dijurnal
        ket = "Penyisihan penghapusan aset produktif (tidak berubah)"
    elif selisih > 0:
        pos = [(akun_beban, selisih, 0), (akun_penyisihan, 0, selisih)]
        ket = "Penyisihan penghapusan aset produktif (tambahan PPAP)"
    else:
        pos = [(akun_penyisihan, -selisih, 0), (akun_beban, 0, -selisih)]
        ket = "Penyisihan penghapusan aset produktif (PPAP berlebih dikurangi)"
    return jurnal_penyesuaian(tanggal, no_bukti, ket, pos, unit="usp")
