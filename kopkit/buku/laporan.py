"""Laporan keuangan koperasi (Permenkop UKM No. 2 Tahun 2024 / SAK EP) dari jurnal umum.

Empat laporan, masing-masing tabel rapi (satu baris satu pos, uang rupiah bulat ``int64``):

- :func:`laporan_posisi_keuangan` — aset menurut likuiditas, liabilitas menurut jatuh tempo,
  ekuitas (simpanan pokok dan wajib adalah ekuitas; simpanan sukarela liabilitas).
- :func:`laporan_hasil_usaha` — Laporan Perhitungan Hasil Usaha: SHU sebelum dan setelah pajak.
- :func:`laporan_perubahan_ekuitas` — saldo awal, penambahan, pengurangan, SHU, saldo akhir.
- :func:`laporan_arus_kas` — metode langsung: setiap pos kas digolongkan menurut akun lawannya.

Tabel laporan berkolom ``bagian, kelompok, kode, pos, jumlah, jenis_baris`` (jenis_baris:
``akun``, ``subtotal`` atau ``total``). Tampilkan dengan :func:`kopkit.buku.tampilan.tampilkan_laporan`,
simpan ke Excel dengan :func:`kopkit.buku.tampilan.ekspor_excel`.

Contoh:
    >>> from kopkit import data
    >>> jurnal, akun = data.muat("jurnal_umum"), data.muat("akun")
    >>> lpk = laporan_posisi_keuangan(jurnal, akun, per="2025-12-31")
    >>> total = lpk.set_index("pos")["jumlah"]
    >>> int(total["JUMLAH ASET"]) == int(total["JUMLAH LIABILITAS DAN EKUITAS"])
    True
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from kopkit.buku.jurnal import (_periode_dalam_data, AWALAN_PENUTUP, AWALAN_SALDO_AWAL, JurnalSiap, _awalan, _saldo,
                   _saring, baca_periode, siapkan_jurnal)
from kopkit.dasar.galat import GalatData, GalatMasukan

__all__ = ["laporan_posisi_keuangan", "laporan_hasil_usaha", "laporan_perubahan_ekuitas", "laporan_arus_kas",
           "pendapatan_per_partisipasi", "shu_tahun_berjalan", "shu_per_unit_bulanan", "anggaran_vs_realisasi"]

KOLOM = ["bagian", "kelompok", "kode", "pos", "jumlah", "jenis_baris"]

# Penggolongan arus kas menurut akun lawan. Aturan umum (lihat _aktivitas): pendapatan, beban
# dan aset/liabilitas lancar -> operasi; aset tidak lancar -> investasi; ekuitas dan liabilitas
# tidak lancar -> pendanaan (kolom ``lancar`` bagan akun). Pengecualiannya menurut peran akun
# (simpanan anggota dan SHU/dana yang dibayarkan adalah pendanaan) adalah tabel aturan arus_kas,
# dengan alasan dan sumbernya, supaya fasilitator dapat mengubahnya tanpa kode; per panggilan bisa
# diganti lewat parameter ``aktivitas=`` (per kode akun).
def _aturan_arus_kas_per_peran() -> dict[str, str]:
    from kopkit.dasar.aturan import muat_aturan

    t = muat_aturan("arus_kas")
    return dict(zip(t["peran"], t["aktivitas"]))


_NAMA_AKTIVITAS = {"operasi": "Aktivitas operasi", "investasi": "Aktivitas investasi",
                   "pendanaan": "Aktivitas pendanaan"}


def _tanggal_teks(t: pd.Timestamp) -> str:
    from kopkit.dasar.uang import format_tanggal

    return format_tanggal(t.date(), "panjang")


def _baris(bagian, kelompok, kode, pos, jumlah, jenis="akun") -> dict:
    return {"bagian": bagian, "kelompok": kelompok, "kode": kode, "pos": pos, "jumlah": int(jumlah),
            "jenis_baris": jenis}


def _tabel(baris: list[dict], judul: str) -> pd.DataFrame:
    t = pd.DataFrame(baris, columns=KOLOM)
    t["jumlah"] = t["jumlah"].astype("int64")
    t.attrs["judul"] = judul
    return t


def _pajak(a: pd.DataFrame) -> np.ndarray:
    """Akun beban pajak penghasilan: berperan ``beban_pajak`` di bagan akun."""
    return (a["peran"] == "beban_pajak").to_numpy()


def _posisi_shu_berjalan(a: pd.DataFrame) -> int | None:
    """Posisi akun berperan ``shu_berjalan`` (None bila bagan akun tidak punya)."""
    posisi = np.flatnonzero((a["peran"] == "shu_berjalan").to_numpy())
    return int(posisi[0]) if len(posisi) else None


def _periode_wajib(periode, js: JurnalSiap):
    dari, sampai = baca_periode(periode)
    if dari is None or sampai is None:
        raise GalatMasukan("Laporan ini perlu periode dengan awal dan akhir.",
                           saran="Tulis tahun (2025) atau pasangan ('2025-01-01', '2025-12-31').")
    _periode_dalam_data(js, dari, sampai)
    return dari, sampai


def _pembuka(js: JurnalSiap, dari) -> np.ndarray:
    """Baris yang membentuk saldo awal periode: semua pos sebelum ``dari`` ditambah bukti saldo
    awal (``SA-...``) bertanggal ``dari``."""
    sebelum = _saring(js, sampai=dari - pd.Timedelta(days=1))
    return sebelum | (_saring(js, dari, dari) & _awalan(js, AWALAN_SALDO_AWAL))


# ---------------------------------------------------------------------------------------------

def laporan_posisi_keuangan(jurnal, akun, per=None) -> pd.DataFrame:
    """Laporan Posisi Keuangan (neraca) per tanggal ``per`` (bawaan: tanggal terakhir jurnal).

    Aset urut likuiditas (aset lancar dulu), liabilitas urut jatuh tempo, lalu ekuitas. Akun
    kontra (penyisihan pinjaman, akumulasi penyusutan) tampil negatif di kelompoknya. Pendapatan
    dan beban yang belum ditutup masuk baris "SHU tahun berjalan", sehingga neraca seimbang
    sebelum maupun sesudah :func:`~kopkit.buku.tutup_buku`.
    """
    js = siapkan_jurnal(jurnal, akun)
    if per is None and not len(js.ia):
        raise GalatData("Jurnal kosong, jadi tanggal laporan tidak dapat ditebak.",
                        saran="Sebut tanggalnya, mis. per='2025-12-31'.")
    _, per = baca_periode(None, sampai=per if per is not None else pd.Timestamp(js.tanggal.max()))
    pilih = _saring(js, sampai=per)
    if not pilih.any():  # belum ada satu transaksi pun sampai tanggal itu: bukan neraca nol
        _periode_dalam_data(js, None, per)
    saldo = _saldo(js, pilih)
    a = js.akun
    jenis = a["jenis"].to_numpy()
    dipakai = np.zeros(len(a), bool)
    dipakai[np.unique(js.ia[pilih])] = True
    shu_belum_ditutup = -int(saldo[np.isin(jenis, ["pendapatan", "beban"])].sum())
    posisi_shu = _posisi_shu_berjalan(a)
    baris = []
    total = {}
    for bagian, jenis_ini, tanda in (("Aset", "aset", 1), ("Liabilitas", "liabilitas", -1), ("Ekuitas", "ekuitas", -1)):
        ini = a[(jenis == jenis_ini) & ~a["header"].to_numpy()]
        jumlah_bagian = 0
        daftar_kelompok = list(pd.unique(ini["kelompok_laporan"]))
        for kelompok in daftar_kelompok:
            isi = ini[ini["kelompok_laporan"] == kelompok]
            sub = 0
            for i, r in isi.iterrows():
                nilai = tanda * int(saldo[i])
                if i == posisi_shu:
                    nilai += shu_belum_ditutup
                elif not dipakai[i] and nilai == 0:
                    continue
                baris.append(_baris(bagian, kelompok, r["kode"], r["nama"], nilai))
                sub += nilai
            if bagian == "Ekuitas" and kelompok == daftar_kelompok[-1] and posisi_shu is None:
                baris.append(_baris(bagian, kelompok, "", "SHU tahun berjalan (belum ditutup)", shu_belum_ditutup))
                sub += shu_belum_ditutup
            if len(daftar_kelompok) > 1:
                baris.append(_baris(bagian, kelompok, "", f"Jumlah {kelompok.lower()}", sub, "subtotal"))
            jumlah_bagian += sub
        total[bagian] = jumlah_bagian
        baris.append(_baris(bagian, "", "", f"JUMLAH {bagian.upper()}", jumlah_bagian, "total"))
    baris.append(_baris("Liabilitas dan ekuitas", "", "", "JUMLAH LIABILITAS DAN EKUITAS",
                        total["Liabilitas"] + total["Ekuitas"], "total"))
    if total["Aset"] != total["Liabilitas"] + total["Ekuitas"]:  # hanya bila ada pos ke akun tanpa jenis
        raise GalatData("Laporan posisi keuangan tidak seimbang.", saran="Periksa jenis akun di bagan akun.")
    return _tabel(baris, f"Laporan Posisi Keuangan per {_tanggal_teks(per)}")


def pendapatan_per_partisipasi(jurnal, akun, periode) -> pd.DataFrame:
    """Pendapatan per akun menurut partisipasi: dari anggota, dari bukan anggota, tidak dibedakan.

    Aturan (dipakai hanya sejauh data memungkinkan): kolom ``partisipasi`` di jurnal bila ada
    (``anggota``/``bukan_anggota``); selain itu baris ber-``id_anggota`` atau berketerangan
    "kepada anggota" adalah anggota; berketerangan atau bernama akun "bukan anggota"/"non-anggota"
    adalah bukan anggota; sisanya tidak dibedakan (mis. penjualan susu ke pabrik, penjualan daring).
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = _periode_wajib(periode, js)
    a = js.akun
    pilih = _saring(js, dari, sampai, tanpa_penutup=True) & (a["jenis"].to_numpy()[js.ia] == "pendapatan")
    t = js.tabel.loc[pilih]
    ket = t["keterangan"].astype(str).str.lower()
    nama = pd.Series(a["nama"].str.lower().to_numpy()[js.ia[pilih]], index=t.index)
    bukan = ket.str.contains("bukan anggota|non-anggota|non anggota") | nama.str.contains("bukan anggota|non-anggota")
    ya = ~bukan & (ket.str.contains("kepada anggota") |
                   (t["id_anggota"].notna().to_numpy() if "id_anggota" in t else False))
    golongan = np.where(bukan, "bukan_anggota", np.where(ya, "anggota", "tidak_dibedakan"))
    if "partisipasi" in t:
        isi = t["partisipasi"].astype(object)
        golongan = np.where(isi.isin(["anggota", "bukan_anggota"]), isi, golongan)
    nilai = js.kredit[pilih] - js.debit[pilih]
    g = pd.DataFrame({"ia": js.ia[pilih], "gol": golongan, "n": nilai}).pivot_table(
        index="ia", columns="gol", values="n", aggfunc="sum", fill_value=0)
    hasil = pd.DataFrame({"kode": a["kode"].to_numpy()[g.index], "nama": a["nama"].to_numpy()[g.index]})
    for k in ("anggota", "bukan_anggota", "tidak_dibedakan"):
        hasil[k] = (g[k].to_numpy() if k in g else np.zeros(len(g))).astype("int64")
    hasil["jumlah"] = hasil[["anggota", "bukan_anggota", "tidak_dibedakan"]].sum(axis=1).astype("int64")
    return hasil.sort_values("kode", kind="stable").reset_index(drop=True)


def laporan_hasil_usaha(jurnal, akun, periode, *, partisipasi: bool = False) -> pd.DataFrame:
    """Laporan Perhitungan Hasil Usaha untuk ``periode`` (tahun atau pasangan tanggal).

    Pendapatan, beban usaha dan lain-lain, **SHU sebelum pajak**, pajak penghasilan, **SHU setelah
    pajak**. Jurnal penutup (``PENUTUP-...``) diabaikan, jadi laporan sama sebelum dan sesudah tutup
    buku. ``partisipasi=True`` menambah kolom pendapatan dari anggota / bukan anggota / tidak
    dibedakan (lihat :func:`pendapatan_per_partisipasi`).
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = _periode_wajib(periode, js)
    pilih = _saring(js, dari, sampai, tanpa_penutup=True)
    saldo = _saldo(js, pilih)
    a = js.akun
    jenis = a["jenis"].to_numpy()
    dipakai = np.zeros(len(a), bool)
    dipakai[np.unique(js.ia[pilih])] = True
    pajak = _pajak(a)
    baris = []

    def bagian(nama, pilih_akun, tanda, judul_jumlah):
        jumlah = 0
        for i in np.flatnonzero(pilih_akun & dipakai):
            baris.append(_baris(nama, nama, a["kode"].iloc[i], a["nama"].iloc[i], tanda * int(saldo[i])))
            jumlah += tanda * int(saldo[i])
        baris.append(_baris(nama, nama, "", judul_jumlah, jumlah, "subtotal"))
        return jumlah

    pendapatan = bagian("Pendapatan", jenis == "pendapatan", -1, "Jumlah pendapatan")
    beban = bagian("Beban", (jenis == "beban") & ~pajak, 1, "Jumlah beban")
    sebelum = pendapatan - beban
    baris.append(_baris("SHU", "", "", "SHU sebelum pajak", sebelum, "total"))
    pph = bagian("Pajak", pajak, 1, "Jumlah pajak penghasilan") if (pajak & dipakai).any() else 0
    baris.append(_baris("SHU", "", "", "SHU setelah pajak", sebelum - pph, "total"))
    t = _tabel(baris, f"Laporan Perhitungan Hasil Usaha {_tanggal_teks(dari)} s.d. {_tanggal_teks(sampai)}")
    if partisipasi:
        p = pendapatan_per_partisipasi(js, akun, (dari, sampai)).set_index("kode")
        for k in ("anggota", "bukan_anggota", "tidak_dibedakan"):
            kolom = pd.Series(pd.NA, index=t.index, dtype="Int64")
            akun_pend = (t["bagian"] == "Pendapatan") & (t["jenis_baris"] == "akun")
            kolom[akun_pend] = t.loc[akun_pend, "kode"].map(p[k]).fillna(0).astype("int64")
            kolom[(t["bagian"] == "Pendapatan") & (t["jenis_baris"] == "subtotal")] = int(p[k].sum())
            t[k] = kolom
    return t


def shu_tahun_berjalan(jurnal, akun, tahun: int) -> int:
    """SHU setelah pajak tahun ``tahun`` (angka yang dibagi RAT), sebagai int rupiah.

    >>> from kopkit import data
    >>> shu = shu_tahun_berjalan(data.muat("jurnal_umum"), data.muat("akun"), 2025)
    >>> isinstance(shu, int)
    True
    """
    t = laporan_hasil_usaha(jurnal, akun, tahun)
    return int(t.loc[t["pos"] == "SHU setelah pajak", "jumlah"].iloc[0])


def laporan_perubahan_ekuitas(jurnal, akun, periode) -> pd.DataFrame:
    """Laporan Perubahan Ekuitas: satu kolom per akun ekuitas (plus ``Jumlah``), baris
    Saldo awal, Penambahan, Pengurangan, SHU tahun berjalan, Saldo akhir.

    Saldo awal = pos sebelum periode + bukti saldo awal (``SA-...``) di hari pertama. SHU periode
    (pendapatan dikurangi beban, termasuk yang sudah ditutup) masuk kolom SHU tahun berjalan.
    Saldo akhir sama dengan ekuitas di Laporan Posisi Keuangan pada akhir periode.
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = _periode_wajib(periode, js)
    a = js.akun
    jenis = a["jenis"].to_numpy()
    kode = a["kode"].to_numpy()
    from kopkit.buku.peran import kode_peran

    posisi_shu = np.flatnonzero(kode == kode_peran(a, "shu_berjalan"))
    # Pendapatan/beban dihitung sebagai pos ke akun SHU tahun berjalan; jurnal penutup lalu
    # bersih nol di akun itu, jadi laporan sama sebelum dan sesudah tutup buku.
    ia = np.where(np.isin(jenis[js.ia], ["pendapatan", "beban"]), posisi_shu[0], js.ia)
    js2 = JurnalSiap(js.tabel, a, ia, js.tanggal, js.debit, js.kredit, js._cache)  # cache bukti sama
    awal = -_saldo(js2, _pembuka(js2, dari))
    dalam = _saring(js2, dari, sampai) & ~_pembuka(js2, dari)
    # Bukti penutup ikut seluruhnya ke baris SHU: setelah pemetaan di atas ia bersih nol di sana.
    laba_rugi = dalam & (np.isin(jenis[js.ia], ["pendapatan", "beban"]) | _awalan(js2, AWALAN_PENUTUP))
    biasa = dalam & ~laba_rugi
    shu = -_saldo(js2, laba_rugi)
    tambah = np.zeros(len(a), "int64")
    kurang = np.zeros(len(a), "int64")
    g = pd.DataFrame({"d": js.debit[biasa], "k": js.kredit[biasa]}).groupby(ia[biasa]).sum()
    tambah[g.index.to_numpy()], kurang[g.index.to_numpy()] = g["k"].to_numpy(), g["d"].to_numpy()
    ekuitas = np.flatnonzero((jenis == "ekuitas") & ~a["header"].to_numpy())
    pakai = [i for i in ekuitas if awal[i] or tambah[i] or kurang[i] or shu[i] or i == posisi_shu[0]]
    baris = {"Saldo awal": awal, "Penambahan": tambah, "Pengurangan": -kurang, "SHU tahun berjalan": shu}
    t = pd.DataFrame({"pos": list(baris) + ["Saldo akhir"]})
    for i in pakai:
        nilai = [int(v[i]) for v in baris.values()]
        t[a["nama"].iloc[i]] = np.array(nilai + [sum(nilai)], dtype="int64")
    t["Jumlah"] = t.drop(columns="pos").sum(axis=1).astype("int64")
    t.attrs["judul"] = f"Laporan Perubahan Ekuitas {_tanggal_teks(dari)} s.d. {_tanggal_teks(sampai)}"
    return t


def _aktivitas(a: pd.DataFrame, ganti: dict | None) -> np.ndarray:
    """Aktivitas arus kas per akun lawan: pengecualian menurut peran (tabel aturan arus_kas), lalu
    ``ganti`` per kode akun, lalu aturan umum menurut jenis dan kolom ``lancar``."""
    per_peran = _aturan_arus_kas_per_peran()
    ganti = {str(k): v for k, v in (ganti or {}).items()}
    hasil, tanpa_lancar = [], []
    for kode, jenis, peran, lancar in zip(a["kode"], a["jenis"], a["peran"], a["lancar"]):
        if kode in ganti:
            hasil.append(ganti[kode])
        elif peran in per_peran:
            hasil.append(per_peran[peran])
        elif jenis == "ekuitas":
            hasil.append("pendanaan")
        elif jenis in ("aset", "liabilitas"):
            if pd.isna(lancar):
                tanpa_lancar.append(kode)
                hasil.append("")
            elif lancar:
                hasil.append("operasi")
            else:
                hasil.append("investasi" if jenis == "aset" else "pendanaan")
        else:
            hasil.append("operasi")
    salah = sorted(set(hasil) - set(_NAMA_AKTIVITAS) - {""})
    if salah:
        raise GalatMasukan(f"Aktivitas arus kas tidak dikenal: {', '.join(salah)}.",
                           saran="Pilih operasi, investasi atau pendanaan.")
    return np.array(hasil), tanpa_lancar


def laporan_arus_kas(jurnal, akun, periode, *, akun_kas=None, aktivitas=None) -> pd.DataFrame:
    """Laporan Arus Kas metode langsung untuk ``periode``.

    Setiap bukti yang menyentuh akun kas/bank (akun berperan ``kas`` dan ``bank`` di bagan akun, atau
    kode-kode ``akun_kas`` bila disebut) diurai menurut akun lawannya: pos
    kredit akun lawan adalah penerimaan kas, pos debitnya pengeluaran kas. Karena setiap bukti
    seimbang, jumlahnya sama persis dengan perubahan saldo kas. Akun lawan digolongkan ke aktivitas
    operasi, investasi atau pendanaan (lihat tabel aturan ``arus_kas``; ganti dengan ``aktivitas=``,
    mis. ``{"201": "operasi"}``). Pemindahan kas ke bank tidak menjadi arus kas. Akun aset dan
    liabilitas yang menjadi lawan kas harus punya kolom ``lancar`` terisi.
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = _periode_wajib(periode, js)
    a = js.akun
    kode = a["kode"].to_numpy()
    if akun_kas is None:
        from kopkit.buku.peran import akun_berperan

        akun_kas = akun_berperan(a, "kas", "bank")
    if isinstance(akun_kas, (str, int)) and not isinstance(akun_kas, bool):
        akun_kas = (akun_kas,)
    if not isinstance(akun_kas, (list, tuple, set)):
        from kopkit.dasar.argumen import jenis_nilai

        raise GalatMasukan(f"akun_kas harus daftar kode akun kas, bukan {jenis_nilai(akun_kas)}.",
                           saran="Contoh: akun_kas=('101', '102').")
    if aktivitas is not None:
        from kopkit.dasar.argumen import perlu_pasangan

        perlu_pasangan(aktivitas, "aktivitas", saran="Contoh: aktivitas={'231': 'pendanaan'} (kode akun: aktivitas).")
    kas = np.isin(kode, [str(k) for k in akun_kas])
    if not kas.any():
        raise GalatMasukan(f"Akun kas {', '.join(map(str, akun_kas))} tidak ada di bagan akun.",
                           saran="Sebut kode akun kas dan bank yang ada di bagan akun dengan akun_kas=.")
    gol, tanpa_lancar = _aktivitas(a, aktivitas)
    pembuka = _pembuka(js, dari)
    dalam = _saring(js, dari, sampai) & ~pembuka
    kode_bukti, unik = js.bukti()
    bukti = kode_bukti[dalam]
    baris_kas = kas[js.ia[dalam]]
    bukti_kas = np.zeros(len(unik), bool)
    bukti_kas[bukti[baris_kas]] = True
    lawan = bukti_kas[bukti] & ~baris_kas
    ia = js.ia[dalam][lawan]
    kurang = sorted(set(kode[np.unique(ia)]) & set(tanpa_lancar))
    if kurang:
        raise GalatData(f"Akun {', '.join(kurang)} tidak diketahui lancar atau tidak lancar, jadi aktivitas "
                        "arus kasnya tidak dapat ditentukan.", kolom="lancar",
                        saran="Isi kolom 'lancar' di bagan akun (true = lancar/jangka pendek, false = tidak lancar/"
                              "jangka panjang), atau golongkan dengan aktivitas={'kode': 'operasi'}.")
    terima = pd.Series(js.kredit[dalam][lawan]).groupby(ia).sum()
    bayar = pd.Series(js.debit[dalam][lawan]).groupby(ia).sum()
    kas_awal = int(_saldo(js, pembuka)[kas].sum())
    kas_akhir = int(_saldo(js, _saring(js, sampai=sampai))[kas].sum())
    baris = []
    bersih_total = 0
    for g, nama_g in _NAMA_AKTIVITAS.items():
        bersih = 0
        for i in sorted(set(terima.index) | set(bayar.index)):
            if gol[i] != g:
                continue
            for nilai, awalan in ((int(terima.get(i, 0)), "Penerimaan"), (-int(bayar.get(i, 0)), "Pengeluaran")):
                if nilai:
                    baris.append(_baris(nama_g, nama_g, kode[i], f"{awalan}: {a['nama'].iloc[i]}", nilai))
                    bersih += nilai
        baris.append(_baris(nama_g, nama_g, "", f"Arus kas bersih dari {nama_g.lower()}", bersih, "subtotal"))
        bersih_total += bersih
    baris.append(_baris("Kas", "", "", "Kenaikan (penurunan) bersih kas dan setara kas", bersih_total, "total"))
    baris.append(_baris("Kas", "", "", "Kas dan setara kas awal periode", kas_awal, "total"))
    baris.append(_baris("Kas", "", "", "Kas dan setara kas akhir periode", kas_awal + bersih_total, "total"))
    if kas_awal + bersih_total != kas_akhir:
        from kopkit.dasar.uang import format_rupiah

        raise GalatData(f"Arus kas tidak cocok dengan saldo kas akhir ({format_rupiah(kas_akhir)}).",
                        saran="Ada bukti yang tidak seimbang; jalankan validasi_jurnal(jurnal, akun).")
    return _tabel(baris, f"Laporan Arus Kas {_tanggal_teks(dari)} s.d. {_tanggal_teks(sampai)}")


def shu_per_unit_bulanan(jurnal, akun, tahun: int, *, setelah_pajak: bool = False) -> pd.DataFrame:
    """SHU (pendapatan dikurangi beban) per bulan (baris 1-12) dan per unit usaha (kolom).

    Bawaan sebelum pajak (pajak penghasilan tidak dibagi ke unit); jumlah seluruh sel sama dengan
    SHU sebelum pajak di Laporan Perhitungan Hasil Usaha. Perlu kolom ``unit`` di jurnal.
    """
    js = siapkan_jurnal(jurnal, akun)
    if "unit" not in js.tabel.columns:
        raise GalatData("Jurnal tidak punya kolom unit.", kolom="unit",
                        saran="Tambahkan kolom unit (mis. usp, toko, produsen, daring, umum) di setiap baris.")
    dari, sampai = _periode_wajib(tahun, js)
    a = js.akun
    jenis = a["jenis"].to_numpy()
    if not isinstance(setelah_pajak, (bool, np.bool_)):
        raise GalatMasukan(f"setelah_pajak harus True atau False, bukan {setelah_pajak!r}.")
    nominal = np.isin(jenis, ["pendapatan", "beban"]) & (bool(setelah_pajak) | ~_pajak(a))
    pilih = _saring(js, dari, sampai, tanpa_penutup=True) & nominal[js.ia]
    unit = js.tabel["unit"]
    urutan = list(unit.cat.categories) if isinstance(unit.dtype, pd.CategoricalDtype) else sorted(unit.dropna().unique())
    bulan = pd.DatetimeIndex(js.tanggal[pilih]).month
    t = pd.DataFrame({"bulan": bulan, "unit": unit.astype(object).to_numpy()[pilih],
                      "shu": js.kredit[pilih] - js.debit[pilih]})
    if t["unit"].isna().any():
        raise GalatData("Ada baris pendapatan/beban tanpa unit.", kolom="unit", saran="Isi unit setiap baris.")
    p = t.pivot_table(index="bulan", columns="unit", values="shu", aggfunc="sum", fill_value=0)
    p = p.reindex(index=range(1, 13), columns=[u for u in urutan if u in p.columns], fill_value=0).astype("int64")
    p.columns.name = "unit"
    return p


def anggaran_vs_realisasi(jurnal, akun, anggaran, periode) -> pd.DataFrame:
    """Anggaran (RAPB) dibanding realisasi per akun untuk ``periode``.

    ``anggaran``: tabel berkolom ``kode`` dan ``anggaran`` (rupiah, menurut saldo normal akun).
    Hasil: kode, nama, anggaran, realisasi, selisih (realisasi - anggaran), persen_realisasi.
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = _periode_wajib(periode, js)
    from kopkit.dasar.argumen import perlu_tabel

    perlu_tabel(anggaran, "anggaran", saran="Berikan tabel berkolom kode dan anggaran, mis. data.muat('anggaran').")
    if not {"kode", "anggaran"} <= set(anggaran.columns):
        raise GalatData("Tabel anggaran perlu kolom kode dan anggaran.", saran="Contoh: kode=405, anggaran=1500000000.")
    a = js.akun.reset_index(drop=True)
    kode_ang = anggaran["kode"].astype(str).str.strip()
    asing = sorted(set(kode_ang) - set(a["kode"]))
    if asing:
        raise GalatData(f"Kode di tabel anggaran tidak ada di bagan akun: {', '.join(asing)}.", kolom="kode")
    from kopkit.dasar.uang import parse_kolom_rupiah

    nilai_ang = parse_kolom_rupiah(anggaran["anggaran"].reset_index(drop=True), kolom="anggaran").fillna(0)
    jenis_pl = np.isin(a["jenis"].to_numpy(), ["pendapatan", "beban"])
    saldo_pl = _saldo(js, _saring(js, dari, sampai, tanpa_penutup=True))
    saldo_pos = _saldo(js, _saring(js, sampai=sampai))
    tanda = np.where(a["saldo_normal"].to_numpy() == "debit", 1, -1)
    realisasi = np.where(jenis_pl, saldo_pl, saldo_pos) * tanda
    posisi = {k: i for i, k in enumerate(a["kode"])}
    idx = np.array([posisi[k] for k in kode_ang], dtype="int64")
    hasil = pd.DataFrame({"kode": kode_ang.to_numpy(), "nama": a["nama"].to_numpy()[idx],
                          "anggaran": nilai_ang.to_numpy(dtype="int64"), "realisasi": realisasi[idx].astype("int64")})
    hasil["selisih"] = (hasil["realisasi"] - hasil["anggaran"]).astype("int64")
    with np.errstate(divide="ignore", invalid="ignore"):
        persen = np.where(hasil["anggaran"] != 0, hasil["realisasi"] / hasil["anggaran"].where(hasil["anggaran"] != 0, 1) * 100, np.nan)
    hasil["persen_realisasi"] = np.round(persen, 1)
    return hasil
