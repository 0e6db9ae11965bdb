"""Pembangkit data fiktif koperasi se-Kabupaten Malang 2023-2025 (dataset ``kabupaten``).

Sekitar 120 koperasi fiktif di 33 kecamatan Kabupaten Malang (nama kecamatan nyata), enam jenis
seperti lomba koperasi kabupaten: produsen, konsumen, jasa, pemasaran, KSP, KSP syariah. Ukuran
menyebar log-normal dengan ekor panjang. Baris KSU Tunas Makmur tahun 2025 diambil dari buku
besarnya sendiri (jurnal_umum), supaya peserta bisa membandingkan koperasinya dengan koperasi lain.

Contoh::

    >>> from kopkit.datasets.kabupaten import bangun_kabupaten
    >>> k = bangun_kabupaten(n_koperasi=10, seed=3)
    >>> bool((k["total_aset"] == k["liabilitas"] + k["modal_sendiri"]).all())
    True
"""
from __future__ import annotations

import numpy as np
import pandas as pd

KECAMATAN = ["Ampelgading", "Bantur", "Bululawang", "Dampit", "Dau", "Donomulyo", "Gedangan",
             "Gondanglegi", "Jabung", "Kalipare", "Karangploso", "Kasembon", "Kepanjen", "Kromengan",
             "Lawang", "Ngajum", "Ngantang", "Pagak", "Pagelaran", "Pakis", "Pakisaji", "Poncokusumo",
             "Pujon", "Singosari", "Sumbermanjing Wetan", "Sumberpucung", "Tajinan", "Tirtoyudo", "Tumpang",
             "Turen", "Wagir", "Wajak", "Wonosari"]
TAHUN = [2023, 2024, 2025]

# jenis: (bobot, median anggota, sigma, aset per anggota (Rp), porsi pinjaman dari aset, rasio modal sendiri)
JENIS = {
    "konsumen": (30, 150, 0.9, 1_500_000, (0.05, 0.30), (0.45, 0.75)),
    "ksp": (22, 450, 1.2, 8_000_000, (0.65, 0.85), (0.15, 0.35)),
    "produsen": (18, 300, 1.0, 4_000_000, (0.10, 0.35), (0.40, 0.70)),
    "jasa": (10, 80, 0.8, 2_000_000, (0.00, 0.20), (0.45, 0.80)),
    "pemasaran": (10, 100, 0.8, 3_000_000, (0.00, 0.25), (0.40, 0.75)),
    "ksp_syariah": (10, 400, 1.1, 6_000_000, (0.60, 0.85), (0.15, 0.35)),
}
AWALAN = {"konsumen": ["Koperasi Konsumen", "KPRI", "Kopwan", "Kopkar"], "ksp": ["KSP"],
          "produsen": ["KUD", "Koperasi Produsen", "Koperasi Peternak"], "jasa": ["Koperasi Jasa"],
          "pemasaran": ["Koperasi Pemasaran"], "ksp_syariah": ["KSPPS", "KSPPS BMT"]}
KATA = ["Sejahtera", "Makmur", "Sumber", "Rejeki", "Mandiri", "Bersama", "Maju", "Jaya", "Sentosa", "Tani",
        "Karya", "Usaha", "Abadi", "Mulia", "Lestari", "Harapan", "Bina", "Artha", "Dadi", "Rukun",
        "Manunggal", "Guyub", "Barokah", "Amanah", "Srikandi", "Wijaya", "Sari", "Agung", "Berkah", "Mitra"]
# pendapatan per tahun sebagai kelipatan aset (KSP: bunga; konsumen/pemasaran: omzet dagang)
PUTARAN = {"konsumen": 2.5, "ksp": 0.22, "produsen": 1.8, "jasa": 0.8, "pemasaran": 2.2, "ksp_syariah": 0.20}
DARING = {"konsumen": 0.30, "ksp": 0.05, "produsen": 0.30, "jasa": 0.15, "pemasaran": 0.45, "ksp_syariah": 0.05}

KOLOM = ["id_koperasi", "nama", "jenis", "kecamatan", "tahun", "jumlah_anggota", "total_aset", "liabilitas",
         "modal_sendiri", "simpanan_pokok", "simpanan_wajib", "simpanan_sukarela", "pinjaman_lancar",
         "pinjaman_kurang_lancar", "pinjaman_diragukan", "pinjaman_macet", "pendapatan", "beban", "shu",
         "anggota_aktif_bertransaksi", "rat_tepat_waktu", "jualan_daring"]


def _rp(x) -> int:
    """Bulatkan ke ribuan rupiah (laporan koperasi kecil lazim dalam ribuan)."""
    return int(np.floor(float(x) / 1000 + 0.5)) * 1000


def _nama_unik(rng, jenis: str, terpakai: set) -> str:
    for _ in range(100):
        awal = AWALAN[jenis][int(rng.integers(len(AWALAN[jenis])))]
        calon = f"{awal} {KATA[int(rng.integers(len(KATA)))]} {KATA[int(rng.integers(len(KATA)))]}"
        if calon not in terpakai and calon.split()[-1] != calon.split()[-2]:
            terpakai.add(calon)
            return calon
    raise RuntimeError("nama koperasi habis")


def _satu_koperasi(rng, jenis: str) -> list[dict]:
    """Tiga tahun angka satu koperasi; tiap tahun memenuhi aset = liabilitas + modal sendiri."""
    bobot, median, sigma, aset_per, porsi_pinjaman, rasio_modal = JENIS[jenis]
    anggota = int(np.clip(rng.lognormal(np.log(median), sigma), 20, 40_000))
    aset_per_anggota = aset_per * rng.lognormal(0, 0.45)
    roa = rng.normal(0.035, 0.03)  # sebagian kecil rugi
    npl = float(np.clip(rng.beta(1.2, 16), 0, 0.4))  # rata-rata ~7 %, beberapa tidak sehat
    rat_prob = 0.55 + 0.35 * rng.random()
    daring = rng.random() < DARING[jenis]
    baris = []
    for tahun in TAHUN:
        if tahun > 2023:
            anggota = max(20, int(anggota * rng.normal(1.03, 0.05)))
            aset_per_anggota *= rng.normal(1.04, 0.06)
            roa += rng.normal(0, 0.008)
            npl = float(np.clip(npl * rng.lognormal(0, 0.25), 0, 0.45))
            daring = daring or (rng.random() < 0.08)
        aset = _rp(anggota * aset_per_anggota)
        modal = _rp(aset * rng.uniform(*rasio_modal))
        liab = aset - modal
        pokok_per = int(rng.choice([20_000, 50_000, 100_000, 200_000, 300_000]))
        pokok = anggota * pokok_per
        wajib = min(_rp(anggota * rng.uniform(0.3, 3.0) * 12 * 25_000), _rp((modal - pokok) * 0.8)) if modal > pokok else 0
        pokok = min(pokok, modal)
        porsi_sukarela = rng.uniform(0.5, 0.8) if jenis in ("ksp", "ksp_syariah") else rng.uniform(0.0, 0.4)
        sukarela = _rp(liab * porsi_sukarela)
        pinjaman = _rp(aset * rng.uniform(*porsi_pinjaman))
        bermasalah = _rp(pinjaman * npl)
        kl, dr = _rp(bermasalah * 0.45), _rp(bermasalah * 0.25)
        macet = bermasalah - kl - dr
        pendapatan = _rp(aset * PUTARAN[jenis] * rng.lognormal(0, 0.2))
        shu = _rp(aset * roa)
        shu = max(shu, -pendapatan // 2)
        beban = pendapatan - shu
        aktif = int(anggota * np.clip(rng.normal(0.65, 0.18), 0.15, 1.0))
        baris.append({"tahun": tahun, "jumlah_anggota": anggota, "total_aset": aset, "liabilitas": liab,
                      "modal_sendiri": modal, "simpanan_pokok": pokok, "simpanan_wajib": wajib,
                      "simpanan_sukarela": sukarela, "pinjaman_lancar": pinjaman - bermasalah,
                      "pinjaman_kurang_lancar": kl, "pinjaman_diragukan": dr, "pinjaman_macet": macet,
                      "pendapatan": pendapatan, "beban": beban, "shu": shu,
                      "anggota_aktif_bertransaksi": aktif, "rat_tepat_waktu": bool(rng.random() < rat_prob),
                      "jualan_daring": bool(daring)})
    return baris


def ringkasan_tunas_makmur(tabel: dict[str, pd.DataFrame]) -> dict:
    """Baris 2025 KSU Tunas Makmur dihitung dari jurnal_umum dan buku pembantunya sendiri."""
    from .bangun import kolektibilitas_akhir_tahun

    j, akun = tabel["jurnal_umum"], tabel["akun"].set_index("kode")
    jenis = j["akun"].map(akun["jenis"])
    saldo = (j["debit"] - j["kredit"]).groupby(jenis).sum()
    pendapatan = int(-saldo["pendapatan"])
    beban = int(saldo["beban"])
    aset = int(saldo["aset"])
    liab = int(-saldo["liabilitas"])
    s = tabel["simpanan"]
    sal = (s["setor"] - s["tarik"]).groupby(s["jenis"]).sum()
    k = kolektibilitas_akhir_tahun(tabel["pinjaman"], tabel["angsuran"]).groupby("kelas")["sisa_pokok"].sum()
    a = tabel["anggota"]
    tetap = a[a["tanggal_keluar"].isna()]
    pelaku = set(tabel["penjualan_toko"]["id_anggota"].dropna()) | set(tabel["setoran_susu"]["id_anggota"])
    pj = tabel["pinjaman"]
    pelaku |= set(pj.loc[pj["id_pinjaman"].isin(tabel["angsuran"]["id_pinjaman"]), "id_anggota"])
    return {"tahun": 2025, "jumlah_anggota": len(tetap), "total_aset": aset, "liabilitas": liab,
            "modal_sendiri": aset - liab, "simpanan_pokok": int(sal["pokok"]), "simpanan_wajib": int(sal["wajib"]),
            "simpanan_sukarela": int(sal["sukarela"]), "pinjaman_lancar": int(k.get("lancar", 0)),
            "pinjaman_kurang_lancar": int(k.get("kurang_lancar", 0)), "pinjaman_diragukan": int(k.get("diragukan", 0)),
            "pinjaman_macet": int(k.get("macet", 0)), "pendapatan": pendapatan, "beban": beban,
            "shu": pendapatan - beban, "anggota_aktif_bertransaksi": len(pelaku & set(tetap["id_anggota"])),
            "rat_tepat_waktu": True, "jualan_daring": True}


def bangun_kabupaten(seed: int = 2025, n_koperasi: int = 120, tabel_koperasi: dict | None = None) -> pd.DataFrame:
    """Tabel koperasi x tahun (2023-2025). Bila ``tabel_koperasi`` (hasil ``bangun_koperasi``) diberikan,
    KSU Tunas Makmur ikut sebagai K0001 dengan angka 2025 dari pembukuannya sendiri; angka 2023-2024
    dihitung mundur dengan pertumbuhan sekitar 4-6 % per tahun."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, 4]))
    nama_jenis = list(JENIS)
    bobot = np.array([JENIS[x][0] for x in nama_jenis], dtype=float)
    terpakai = {"KSU Tunas Makmur"}
    baris = []
    mulai = 1
    if tabel_koperasi is not None:
        t25 = ringkasan_tunas_makmur(tabel_koperasi)
        uang = [k for k in KOLOM[6:19]]
        for tahun, faktor in ((2023, 0.89), (2024, 0.945)):
            r = {k: _rp(t25[k] * faktor) for k in uang}
            r["liabilitas"] = r["total_aset"] - r["modal_sendiri"]
            r["beban"] = r["pendapatan"] - r["shu"]
            r["pinjaman_lancar"] = _rp(t25["pinjaman_lancar"] * faktor)
            baris.append({"id_koperasi": "K0001", "nama": "KSU Tunas Makmur", "jenis": "produsen",
                          "kecamatan": "Jabung", "tahun": tahun, **r,
                          "jumlah_anggota": int(t25["jumlah_anggota"] * (faktor + 1) / 2),
                          "anggota_aktif_bertransaksi": int(t25["anggota_aktif_bertransaksi"] * (faktor + 1) / 2),
                          "rat_tepat_waktu": True, "jualan_daring": tahun == 2024})
        baris.append({"id_koperasi": "K0001", "nama": "KSU Tunas Makmur", "jenis": "produsen",
                      "kecamatan": "Jabung", **t25})
        mulai = 2
    for i in range(mulai, n_koperasi + 1):
        jenis = nama_jenis[int(rng.choice(len(nama_jenis), p=bobot / bobot.sum()))]
        # koperasi susu banyak di Jabung, Pujon, Ngantang; KSP banyak di kecamatan kota (Kepanjen, Singosari, Lawang)
        if jenis == "produsen" and rng.random() < 0.4:
            kec = str(rng.choice(["Jabung", "Pujon", "Ngantang", "Tumpang", "Poncokusumo"]))
        elif jenis in ("ksp", "ksp_syariah") and rng.random() < 0.4:
            kec = str(rng.choice(["Kepanjen", "Singosari", "Lawang", "Turen", "Dampit"]))
        else:
            kec = KECAMATAN[int(rng.integers(len(KECAMATAN)))]
        nama = _nama_unik(rng, jenis, terpakai)
        for r in _satu_koperasi(rng, jenis):
            baris.append({"id_koperasi": f"K{i:04d}", "nama": nama, "jenis": jenis, "kecamatan": kec, **r})
    df = pd.DataFrame(baris)[KOLOM]
    return df.sort_values(["id_koperasi", "tahun"], kind="stable").reset_index(drop=True)
