"""Rasio kesehatan dan kinerja koperasi, dihitung dari angka buku — tidak pernah diketik.

Masukan adalah *ringkasan*: satu baris per koperasi per tahun, kolom rupiah bulat (seperti dataset
``kabupaten``: ``total_aset, modal_sendiri, pinjaman_lancar, ...``). Untuk koperasi kursus,
:func:`ringkasan_dari_buku` menyusun baris itu dari laporan keuangan modul 01.

Setiap rasio = pembilang / penyebut x 100, dihitung dengan bilangan bulat dan **dibulatkan sekali
ke 0,01 % (setengah ke atas)**; penyebut nol atau negatif membuat rasio *tak terdefinisi* (kosong).

    >>> import pandas as pd
    >>> r = pd.DataFrame({"modal_sendiri": [300], "total_aset": [900]})
    >>> float(hitung_rasio(r, ["modal_sendiri_aset"])["modal_sendiri_aset"].iloc[0])
    33.33
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatData, GalatMasukan

__all__ = ["DAFTAR_RASIO", "hitung_rasio", "ringkasan_dari_buku", "tabel_rasio", "PETA_AKUN_KOPKIT"]

# kode rasio -> (pembilang, penyebut, satuan, judul). Pembilang/penyebut adalah nama pos (kolom
# ringkasan atau pos turunan di _POS_TURUNAN).
DAFTAR_RASIO: dict[str, tuple[str, str, str, str]] = {
    "modal_sendiri_aset": ("modal_sendiri", "total_aset", "%", "Modal sendiri / total aset"),
    "modal_sendiri_pinjaman_berisiko": ("modal_sendiri", "pinjaman_berisiko", "%",
                                        "Modal sendiri / pinjaman diberikan yang berisiko"),
    "kecukupan_modal": ("modal_tertimbang", "atmr", "%", "Modal tertimbang / aset tertimbang menurut risiko"),
    "pinjaman_anggota_total": ("pinjaman_anggota", "pinjaman", "%", "Pinjaman kepada anggota / pinjaman diberikan"),
    "rpm_pinjaman": ("risiko_pinjaman_bermasalah", "pinjaman", "%", "Risiko pinjaman bermasalah / pinjaman"),
    "cadangan_rpm": ("cadangan_risiko", "risiko_pinjaman_bermasalah", "%",
                     "Cadangan risiko / risiko pinjaman bermasalah"),
    "pinjaman_berisiko_pinjaman": ("pinjaman_berisiko", "pinjaman", "%", "Pinjaman berisiko / pinjaman diberikan"),
    "rasio_pinjaman_bermasalah": ("pinjaman_bermasalah", "pinjaman", "%",
                            "Pinjaman bermasalah (kurang lancar + diragukan + macet) / pinjaman"),
    "beban_operasi_partisipasi": ("beban_operasi_anggota", "partisipasi_bruto", "%",
                                  "Beban operasi / partisipasi bruto"),
    "beban_usaha_shu_kotor": ("beban_usaha", "shu_kotor", "%", "Beban usaha / SHU kotor"),
    "efisiensi_pelayanan": ("beban_karyawan", "pinjaman", "%", "Beban karyawan / pinjaman diberikan"),
    "rasio_kas": ("kas_bank", "kewajiban_lancar", "%", "Kas dan bank / kewajiban lancar"),
    "pinjaman_dana_diterima": ("pinjaman", "dana_diterima", "%", "Pinjaman diberikan / dana yang diterima"),
    "pinjaman_aset_produktif": ("pinjaman", "aset_produktif", "%", "Pinjaman / aset produktif"),
    "rentabilitas_aset": ("shu_sebelum_pajak", "total_aset", "%", "SHU sebelum pajak / total aset"),
    "rentabilitas_modal_sendiri": ("shu", "modal_sendiri", "%", "SHU setelah pajak / modal sendiri"),
    "kemandirian_operasional": ("pendapatan", "beban", "%", "Pendapatan / beban"),
    "rasio_partisipasi_bruto": ("partisipasi_bruto", "pendapatan", "%", "Pendapatan dari anggota / pendapatan"),
    "rasio_promosi_ekonomi_anggota": ("promosi_ekonomi_anggota", "simpanan_pokok_wajib", "%",
                                "Promosi ekonomi anggota / simpanan pokok dan wajib"),
    "pembinaan_shu": ("biaya_pembinaan", "shu", "%", "Biaya pembinaan (pendidikan) / SHU"),
    "partisipasi_anggota": ("anggota_aktif_bertransaksi", "jumlah_anggota", "%",
                            "Anggota yang bertransaksi / jumlah anggota"),
    "shu_per_anggota": ("shu", "jumlah_anggota", "rupiah", "SHU per anggota (rupiah)"),
    "pertumbuhan_modal_sendiri": ("tambah_modal_sendiri", "modal_sendiri_lalu", "%",
                                  "Pertumbuhan modal sendiri dari tahun lalu"),
    "pertumbuhan_anggota": ("tambah_jumlah_anggota", "jumlah_anggota_lalu", "%", "Pertumbuhan anggota"),
    "pertumbuhan_pendapatan": ("tambah_pendapatan", "pendapatan_lalu", "%", "Pertumbuhan volume usaha (pendapatan)"),
}

# Rasio yang datang langsung sebagai persen (hasil kuesioner), bukan dari uang.
RASIO_LANGSUNG = ("manajemen_umum", "manajemen_kelembagaan", "manajemen_permodalan", "manajemen_aktiva",
                  "manajemen_likuiditas", "tata_kelola")

_KOLEKTIBILITAS = ("pinjaman_lancar", "pinjaman_kurang_lancar", "pinjaman_diragukan", "pinjaman_macet")
_KUNCI = ("id_koperasi", "nama", "jenis", "kecamatan", "tahun")


def _kolom_int(df: pd.DataFrame, nama: str) -> np.ndarray:
    seri = df[nama]
    if seri.isna().any():
        baris = int(np.flatnonzero(seri.isna().to_numpy())[0])
        raise GalatData(f"Kolom {nama} kosong pada baris ke-{baris + 1}.", kolom=nama,
                        saran="Isi angkanya (0 bila memang tidak ada).")
    return seri.to_numpy().astype("int64")


def _pos(df: pd.DataFrame, nama: str, rpm: dict | None) -> tuple[np.ndarray, int]:
    """Pos ``nama`` sebagai (bilangan bulat, skala): nilai rupiah = bilangan / skala."""
    if nama.endswith("_lalu") and nama in df.columns:
        return _kolom_lalu(df, nama), 1
    if nama in df.columns and nama != "pinjaman":
        return _kolom_int(df, nama), 1
    if nama == "pinjaman":
        if "pinjaman" in df.columns:
            return _kolom_int(df, "pinjaman"), 1
        return sum(_kolom_int(df, k) for k in _KOLEKTIBILITAS), 1
    if nama == "pinjaman_bermasalah":
        return sum(_kolom_int(df, k) for k in _KOLEKTIBILITAS[1:]), 1
    if nama == "risiko_pinjaman_bermasalah":
        from .skema import bobot_rpm

        b = rpm if rpm is not None else bobot_rpm()
        return sum(b[k.removeprefix("pinjaman_")] * _kolom_int(df, k) for k in _KOLEKTIBILITAS), 100
    if nama == "simpanan_pokok_wajib":
        return _kolom_int(df, "simpanan_pokok") + _kolom_int(df, "simpanan_wajib"), 1
    if nama.startswith("tambah_"):
        pokok = nama.removeprefix("tambah_")
        return _kolom_int(df, pokok) - _kolom_lalu(df, pokok + "_lalu"), 1
    raise KeyError(nama)


def _kolom_lalu(df: pd.DataFrame, nama: str) -> np.ndarray:
    """Kolom tahun lalu: kosong (tahun pertama data) menjadi 0, sehingga penyebutnya tak terdefinisi."""
    return df[nama].fillna(0).to_numpy().astype("int64")


def _pos_tersedia(df: pd.DataFrame, nama: str) -> list[str]:
    """Kolom yang kurang untuk menghitung pos ``nama`` (kosong bila lengkap)."""
    if nama in df.columns:
        return []
    if nama in ("pinjaman", "pinjaman_bermasalah", "risiko_pinjaman_bermasalah"):
        return [k for k in _KOLEKTIBILITAS if k not in df.columns]
    if nama == "simpanan_pokok_wajib":
        return [k for k in ("simpanan_pokok", "simpanan_wajib") if k not in df.columns]
    if nama.startswith("tambah_"):
        pokok = nama.removeprefix("tambah_")
        return [k for k in (pokok, pokok + "_lalu") if k not in df.columns]
    return [nama]


def _bagi_setengah_atas(p, q) -> np.ndarray:
    """floor(p/q + 1/2) untuk q > 0, dengan bilangan bulat (tepat)."""
    hasil, sisa = np.divmod(p, q)
    return hasil + (2 * sisa >= q)


def rasio_bp(df: pd.DataFrame, kode: str, *, rpm: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Rasio ``kode`` dalam perseratus persen (bilangan bulat) dan topeng *terdefinisi*."""
    if kode in RASIO_LANGSUNG or kode in df.columns:
        # rasio yang sudah jadi (kuesioner, atau rasio yang diubah di simulasi "bagaimana jika")
        if kode not in df.columns:
            raise GalatData(f"Rasio {kode} perlu kolom {kode} (persen jawaban ya).", kolom=kode,
                            saran="Hitung dengan nilai_kuesioner lalu isi kolom itu.")
        x = df[kode].to_numpy(dtype="float64")
        ada = ~np.isnan(x)
        return np.where(ada, np.round(np.nan_to_num(x) * 100), 0).astype("int64"), ada
    if kode not in DAFTAR_RASIO:
        raise GalatMasukan(f"Rasio '{kode}' tidak dikenal.", saran="Lihat kopkit.kesehatan.DAFTAR_RASIO.")
    pembilang, penyebut, satuan, _ = DAFTAR_RASIO[kode]
    kurang = _pos_tersedia(df, pembilang) + _pos_tersedia(df, penyebut)
    if kurang:
        raise GalatData(f"Rasio {kode} perlu kolom: {', '.join(dict.fromkeys(kurang))}.",
                        saran="Tambahkan kolom itu ke ringkasan (rupiah bulat), atau pakai skema tanpa rasio ini.")
    p, sp = _pos(df, pembilang, rpm)
    q, sq = _pos(df, penyebut, rpm)
    kali = 10000 if satuan == "%" else 100
    ada = q > 0
    q_aman = np.where(ada, q, 1)
    p = np.where(ada, p, 0)
    batas = 2 ** 62 // (kali * sq)
    if len(p) and (np.abs(p).max() > batas or np.abs(q).max() > 2 ** 62 // sp):
        # angka sangat besar: hitung dengan bilangan bulat Python (tepat, lebih lambat)
        hasil = np.array([(int(a) * kali * sq * 2 + int(b) * sp) // (2 * int(b) * sp)
                          for a, b in zip(p, q_aman)], dtype="int64")
    else:
        hasil = _bagi_setengah_atas(p * (kali * sq), q_aman * sp)
    return np.where(ada, hasil, 0), ada


def _pokok_pertumbuhan(rasio) -> list[str]:
    """Pos yang perlu nilai tahun lalu untuk daftar rasio ini."""
    hasil = []
    for kode in rasio:
        for pos in DAFTAR_RASIO.get(kode, ("", ""))[:2]:
            if pos.startswith("tambah_"):
                hasil.append(pos.removeprefix("tambah_"))
    return list(dict.fromkeys(hasil))


def _tambah_tahun_lalu(df: pd.DataFrame, pos: list[str]) -> pd.DataFrame:
    """Kolom ``<pos>_lalu`` dari baris koperasi yang sama tahun sebelumnya (bila belum ada)."""
    perlu = [k for k in pos if k in df.columns and k + "_lalu" not in df.columns]
    if not perlu or not {"id_koperasi", "tahun"} <= set(df.columns):
        return df
    kode, _ = pd.factorize(df["id_koperasi"])
    tahun = df["tahun"].to_numpy().astype("int64")
    kunci = pd.Index(kode.astype("int64") * 100_000 + tahun)
    if not kunci.is_unique:
        ganda = df.loc[kunci.duplicated(), ["id_koperasi", "tahun"]].iloc[0]
        raise GalatData(f"Koperasi {ganda['id_koperasi']} tahun {ganda['tahun']} muncul lebih dari sekali.",
                        kolom="id_koperasi, tahun", saran="Satu koperasi hanya boleh satu baris per tahun.")
    posisi = kunci.get_indexer(kunci - 1)
    ada = posisi >= 0
    hasil = df.copy()
    for k in perlu:
        nilai = df[k].to_numpy()
        hasil[k + "_lalu"] = pd.array(np.where(ada, nilai[np.where(ada, posisi, 0)], 0), dtype="Int64")
        hasil.loc[~ada, k + "_lalu"] = pd.NA
    return hasil


def hitung_rasio(ringkasan: pd.DataFrame, rasio=None, *, rpm: dict | None = None) -> pd.DataFrame:
    """Tabel rasio: kolom kunci (id_koperasi, nama, jenis, tahun bila ada) lalu satu kolom per rasio.

    ``rasio``: daftar kode (bawaan: semua rasio yang kolom masukannya tersedia). Rasio pertumbuhan
    memakai baris tahun sebelumnya dari koperasi yang sama (atau kolom ``<pos>_lalu``). Nilai dalam
    persen (atau rupiah untuk ``shu_per_anggota``) dengan dua desimal; kosong bila tak terdefinisi.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"id_koperasi": ["K1", "K1"], "tahun": [2024, 2025], "modal_sendiri": [100, 110]})
    >>> hitung_rasio(r, ["pertumbuhan_modal_sendiri"])["pertumbuhan_modal_sendiri"].tolist()
    [nan, 10.0]
    """
    semua = list(DAFTAR_RASIO) if rasio is None else list(rasio)
    df = _tambah_tahun_lalu(ringkasan, _pokok_pertumbuhan(semua))
    hasil = pd.DataFrame({k: df[k] for k in _KUNCI if k in df.columns}, index=df.index)
    if rasio is None:
        rasio = [k for k, (a, b, _, _) in DAFTAR_RASIO.items()
                 if not _pos_tersedia(df, a) and not _pos_tersedia(df, b)]
        rasio += [k for k in RASIO_LANGSUNG if k in df.columns]
    for kode in rasio:
        bp, ada = rasio_bp(df, kode, rpm=rpm)
        hasil[kode] = np.where(ada, bp / 100, np.nan)
    return hasil


def tabel_rasio(ringkasan: pd.DataFrame, rasio=None) -> pd.DataFrame:
    """Rasio satu koperasi sebagai tabel baca: kode, rasio, rumus, nilai (teks Indonesia).

    >>> import pandas as pd
    >>> t = tabel_rasio(pd.DataFrame({"modal_sendiri": [300], "total_aset": [900]}), ["modal_sendiri_aset"])
    >>> t["nilai"].iloc[0]
    '33,33%'
    """
    from kopkit.dasar.uang import format_angka, format_rupiah

    if len(ringkasan) != 1:
        raise GalatMasukan(f"tabel_rasio perlu satu baris ringkasan, bukan {len(ringkasan)}.",
                           saran="Pilih satu koperasi dan satu tahun dulu, mis. df[df.tahun == 2025].")
    r = hitung_rasio(ringkasan, rasio)
    baris = []
    for kode in [k for k in r.columns if k not in _KUNCI]:
        x = r[kode].iloc[0]
        satuan = DAFTAR_RASIO[kode][2] if kode in DAFTAR_RASIO else "%"
        if pd.isna(x):
            teks = "tak terdefinisi (penyebut nol)"
        elif satuan == "rupiah":
            teks = format_rupiah(int(round(x)))
        else:
            teks = format_angka(x, 2) + "%"
        judul = DAFTAR_RASIO[kode][3] if kode in DAFTAR_RASIO else "Persen jawaban ya kuesioner"
        baris.append({"kode": kode, "rasio": judul, "nilai_angka": x, "nilai": teks})
    return pd.DataFrame(baris)


PETA_AKUN_KOPKIT = {
    "kas_bank": ("101", "102"), "pinjaman": ("111",), "cadangan_risiko": ("119",),
    "simpanan_pokok": ("301",), "simpanan_wajib": ("302",), "simpanan_sukarela": ("201",),
    "beban_pokok": ("511", "512", "513"), "beban_karyawan": ("521",),
}
"""Akun bagan akun kopkit (``data.muat("akun")``) untuk setiap pos ringkasan; ganti bila bagan
akun Anda lain."""


def ringkasan_dari_buku(jurnal, akun, tahun: int, *, kolektibilitas: dict, jumlah_anggota: int,
                        anggota_aktif_bertransaksi: int, peta_akun: dict | None = None,
                        tidak_dibedakan_sebagai_anggota: bool = True, **tambahan) -> pd.DataFrame:
    """Satu baris ringkasan dari jurnal umum (lewat laporan keuangan modul 01).

    ``kolektibilitas``: saldo pinjaman per golongan ``{lancar, kurang_lancar, diragukan, macet}``
    (dari modul 03 Simpan pinjam); jumlahnya harus sama dengan saldo akun pinjaman di neraca.
    ``tidak_dibedakan_sebagai_anggota``: pendapatan yang tidak dibedakan (mis. susu setoran anggota
    yang dijual ke pabrik) dihitung sebagai partisipasi anggota. ``tambahan``: kolom lain yang
    tidak ada di buku (mis. ``pinjaman_berisiko``, ``modal_tertimbang``, ``atmr``,
    ``promosi_ekonomi_anggota``, ``modal_sendiri_lalu``), rupiah bulat.

    >>> from kopkit import data
    >>> k = data.muat("kabupaten").query("id_koperasi == 'K0001' and tahun == 2025").iloc[0]
    >>> kol = {g: int(k[f"pinjaman_{g}"]) for g in ("lancar", "kurang_lancar", "diragukan", "macet")}
    >>> r = ringkasan_dari_buku(data.muat("jurnal_umum"), data.muat("akun"), 2025, kolektibilitas=kol,
    ...                         jumlah_anggota=242, anggota_aktif_bertransaksi=242)
    >>> int(r["modal_sendiri"].iloc[0]) == int(k["modal_sendiri"])
    True
    """
    from kopkit.buku import laporan_hasil_usaha, laporan_posisi_keuangan, pendapatan_per_partisipasi, siapkan_jurnal

    peta = dict(PETA_AKUN_KOPKIT, **(peta_akun or {}))
    tahun = int(tahun)
    jurnal = siapkan_jurnal(jurnal, akun)  # sekali; laporan di bawah memakai hasil yang sama
    tahun_jurnal = sorted(int(t) for t in pd.DatetimeIndex(jurnal.tanggal).year.unique())
    if tahun not in tahun_jurnal:
        raise GalatData(f"Jurnal tidak berisi transaksi tahun {tahun}.", kolom="tanggal",
                        saran=f"Tahun yang ada di jurnal: {', '.join(map(str, tahun_jurnal)) or '-'}. "
                              "Untuk tahun lalu, pakai ringkasan tahun itu (mis. dari RAT lalu).")
    neraca = laporan_posisi_keuangan(jurnal, akun, per=f"{tahun}-12-31")
    lhu = laporan_hasil_usaha(jurnal, akun, tahun)
    n_pos = neraca.set_index("pos")["jumlah"]
    l_pos = lhu.set_index("pos")["jumlah"]

    def akun_neraca(kode):
        return int(neraca.loc[neraca["kode"].isin(kode), "jumlah"].sum())

    def akun_lhu(kode):
        return int(lhu.loc[lhu["kode"].isin(kode), "jumlah"].sum())

    pinjaman = akun_neraca(peta["pinjaman"])
    kol = {k: int(kolektibilitas.get(k, 0)) for k in ("lancar", "kurang_lancar", "diragukan", "macet")}
    lain = set(kolektibilitas) - set(kol)
    if lain:
        raise GalatMasukan(f"Golongan kolektibilitas tidak dikenal: {', '.join(sorted(lain))}.",
                           saran="Pakai lancar, kurang_lancar, diragukan, macet.")
    if sum(kol.values()) != pinjaman:
        raise GalatMasukan(f"Jumlah kolektibilitas ({sum(kol.values())}) tidak sama dengan saldo pinjaman di "
                           f"neraca {tahun} ({pinjaman}).",
                           saran="Ambil kolektibilitas dari daftar pinjaman per 31 Desember tahun yang sama.")
    jangka_pendek = neraca[(neraca["kelompok"] == "Liabilitas jangka pendek") & (neraca["jenis_baris"] == "subtotal")]
    pendapatan = int(l_pos["Jumlah pendapatan"])
    beban_tanpa_pajak = int(l_pos["Jumlah beban"])
    pajak = int(l_pos.get("Jumlah pajak penghasilan", 0))
    shu = int(l_pos["SHU setelah pajak"])
    beban_pokok = akun_lhu(peta["beban_pokok"])
    part = pendapatan_per_partisipasi(jurnal, akun, tahun)
    partisipasi = int(part["anggota"].sum()) + (int(part["tidak_dibedakan"].sum())
                                                if tidak_dibedakan_sebagai_anggota else 0)
    modal_sendiri = int(n_pos["JUMLAH EKUITAS"])
    baris = {
        "tahun": tahun, "jumlah_anggota": int(jumlah_anggota),
        "anggota_aktif_bertransaksi": int(anggota_aktif_bertransaksi),
        "total_aset": int(n_pos["JUMLAH ASET"]), "liabilitas": int(n_pos["JUMLAH LIABILITAS"]),
        "modal_sendiri": modal_sendiri,
        "simpanan_pokok": akun_neraca(peta["simpanan_pokok"]), "simpanan_wajib": akun_neraca(peta["simpanan_wajib"]),
        "simpanan_sukarela": akun_neraca(peta["simpanan_sukarela"]),
        **{f"pinjaman_{k}": v for k, v in kol.items()},
        "pinjaman": pinjaman, "pinjaman_anggota": pinjaman,
        "cadangan_risiko": -akun_neraca(peta["cadangan_risiko"]),
        "kas_bank": akun_neraca(peta["kas_bank"]),
        "kewajiban_lancar": int(jangka_pendek["jumlah"].iloc[0]) if len(jangka_pendek) else 0,
        "dana_diterima": int(n_pos["JUMLAH LIABILITAS"]) + modal_sendiri - shu,
        "pendapatan": pendapatan, "beban": beban_tanpa_pajak + pajak, "shu": shu,
        "shu_sebelum_pajak": int(l_pos["SHU sebelum pajak"]),
        "beban_usaha": beban_tanpa_pajak - beban_pokok, "shu_kotor": pendapatan - beban_pokok,
        "beban_karyawan": akun_lhu(peta["beban_karyawan"]),
        "beban_operasi_anggota": beban_tanpa_pajak, "partisipasi_bruto": partisipasi,
    }
    for k, v in tambahan.items():
        baris[k] = int(v) if not isinstance(v, float) else v
    return pd.DataFrame([baris])
