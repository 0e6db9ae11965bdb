"""Uji biaya platform: tabel tarif, contoh resmi platform, sifat (hypothesis), harga minimum."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kopkit.pasar import biaya as bp
from kopkit.dasar.galat import GalatAturan, GalatMasukan


# ------------------------------------------------------------------ contoh resmi yang diterbitkan
def test_contoh_komisi_tokopedia_675():
    """Contoh 1 di Pusat Edukasi Seller TikTok Shop by Tokopedia, "Biaya Komisi Platform"
    (seller-id.tokopedia.com/university, knowledge_id=5411650459305729, 11/02/2026; juga Tempo
    3/9/2024): harga Rp10.000, diskon penjual Rp1.000, komisi 7,5% -> Rp675."""
    assert bp.biaya_persen(10_000 - 1_000, "7.5") == 675
    tabel = pd.DataFrame([{"platform": "tiktok_tokopedia", "kategori": "alat_musik", "jenis_biaya": "persen",
                           "nilai": "7.5", "berlaku": "2026-02-13"}])
    jual = pd.DataFrame({"id_pesanan": ["A"], "tanggal": pd.to_datetime(["2026-03-01"]),
                         "kanal": ["tiktok_tokopedia"], "id_produk": ["gitar"], "jumlah": [1],
                         "harga_satuan": [10_000], "diskon_penjual": [1_000], "ongkos_kirim": [15_000],
                         "status": ["selesai"]})
    hasil = bp.hitung_biaya(jual, tabel=bp.muat_tarif(tabel), kategori_bawaan="alat_musik")
    # Ongkir tidak ikut dasar komisi.
    assert hasil.loc[0, "biaya_komisi"] == 675


def test_contoh_komisi_tokopedia_dua_produk():
    """Contoh 2 di halaman yang sama: gitar Rp10.000 - diskon Rp1.000 dan set puzzle Rp20.000
    tanpa diskon, keduanya 7,5%: komisi dihitung per produk, Rp675 dan Rp1.500."""
    assert [bp.biaya_persen(9_000, "7.5"), bp.biaya_persen(20_000, "7.5")] == [675, 1_500]


def test_contoh_biaya_proses_pesanan_shopee():
    """Pengumuman Shopee "Biaya Proses Pesanan" Rp1.250 mulai 20 Juli 2025 (dikutip
    pwijatim.or.id 3/7/2025 dan bantentv.com): pesanan berisi produk A (1 pc), B (2 pcs),
    C (2 pcs) -> Rp1.250 / 5 = Rp250 per produk, jadi A Rp250, B Rp500, C Rp500."""
    jual = pd.DataFrame({"id_pesanan": ["S1"] * 3, "tanggal": pd.to_datetime(["2025-08-01"] * 3),
                         "kanal": ["shopee"] * 3, "id_produk": ["A", "B", "C"], "jumlah": [1, 2, 2],
                         "harga_satuan": [10_000] * 3, "diskon_penjual": [0] * 3, "ongkos_kirim": [0] * 3,
                         "status": ["selesai"] * 3})
    tabel = bp.muat_tarif()
    hasil = bp.hitung_biaya(jual, tabel=tabel, kategori_bawaan="fmcg")
    assert hasil["biaya_pesanan"].tolist() == [250, 500, 500]


def test_contoh_qris_bank_indonesia():
    """Contoh MDR QRIS:
    - BI (Okezone 13/8/2023): transaksi Rp100.000 x 0,3% = Rp300; Rp1 juta -> Rp3.000 (rezim 1 Juli 2023).
    - Fortune IDN (2023): warung nasi goreng usaha mikro, Rp10.000 x 0,3% = Rp30 (rezim 1 Juli 2023).
    - Mitra Bukalapak "Simulasi QRIS" (rezim batas Rp100.000, akhir 2023): Rp150.000 -> potongan Rp450,
      diterima Rp149.550; Rp100.000 -> tanpa potongan.
    - BI RDG Oktober 2024 (Antara 16/10/2024): mulai 1 Des 2024 usaha mikro 0% sampai dengan Rp500.000.
    - Usaha kecil, menengah dan besar 0,7% pada setiap transaksi (Bisnis.com 27/7/2023)."""
    assert bp.biaya_mdr(100_000, "2023-07-15", "usaha_mikro") == 300
    assert bp.biaya_mdr(1_000_000, "2023-07-15", "usaha_mikro") == 3_000
    assert bp.biaya_mdr(10_000, "2023-07-15", "usaha_mikro") == 30
    assert bp.biaya_mdr(150_000, "2023-12-01", "usaha_mikro") == 450
    assert 150_000 - bp.biaya_mdr(150_000, "2023-12-01", "usaha_mikro") == 149_550
    assert bp.biaya_mdr(100_000, "2023-12-01", "usaha_mikro") == 0
    # Rezim sekarang: di bawah, tepat di, dan di atas batas Rp500.000 (0,3% x 500.001 = 1.500,003).
    assert bp.biaya_mdr(150_000, "2025-01-10", "usaha_mikro") == 0
    assert bp.biaya_mdr(499_999, "2025-01-10", "usaha_mikro") == 0
    assert bp.biaya_mdr(500_000, "2025-01-10", "usaha_mikro") == 0
    assert bp.biaya_mdr(500_001, "2025-01-10", "usaha_mikro") == 1_500
    assert bp.biaya_mdr(1_000_000, "2025-01-10", "usaha_mikro") == 3_000
    assert bp.biaya_mdr(100_000, "2025-01-10", "usaha_kecil") == 700


def test_pembulatan_bernama():
    # 10.001 x 7,5% = 750,075; 10.006 x 7,5% = 750,45; 10.010 x 7,5% = 750,75; 20 x 7,5% = 1,5
    assert bp.biaya_persen(10_001, "7.5") == 750
    assert bp.biaya_persen(10_010, "7.5") == 751
    assert bp.biaya_persen(20, "7.5") == 2  # setengah ke atas
    assert bp.biaya_persen(20, "7.5", "ke_bawah") == 1
    assert bp.biaya_persen(10_001, "7.5", "ke_atas") == 751
    with pytest.raises(GalatMasukan):
        bp.biaya_persen(1_000, "7.5", "banker")


# ------------------------------------------------------------------ tabel tarif
def test_tabel_bawaan_sah_dan_bersumber():
    t = bp.muat_tarif()
    assert bp.periksa_tarif(t) == []
    assert (t["sumber"].str.len() > 0).all()
    assert set(t["jenis_biaya"]) <= set(bp.JENIS_BIAYA)


def test_tanggal_memilih_baris():
    assert bp.tarif_berlaku("shopee", "2025-07-19").per_pesanan == 0
    assert bp.tarif_berlaku("shopee", "2025-07-20").per_pesanan == 1_250
    assert bp.tarif_berlaku("shopee", "2025-06-01").persen == Decimal("8.0")
    assert bp.tarif_berlaku("shopee", "2026-01-01").persen == Decimal("10.0")
    assert bp.tarif_berlaku("tiktok_tokopedia", "2025-08-10").per_pesanan == 0
    t = bp.tarif_berlaku("tiktok_tokopedia", "2025-08-11")
    assert t.per_pesanan == 1_250 and t.per_pesanan_saat_retur
    assert bp.tarif_berlaku("tiktok_tokopedia", "2026-03-01", "lainnya").persen == Decimal("6.97")
    with pytest.raises(GalatAturan, match="Kategori di tabel"):
        bp.tarif_berlaku("shopee", "2026-03-01", "perhiasan")
    with pytest.raises(GalatAturan):
        bp.tarif_berlaku("shopee", "2024-01-01")
    with pytest.raises(GalatAturan, match="Pilih salah satu"):
        bp.tarif_berlaku("bukalapak", "2026-01-01")


def test_periksa_tarif_semua_masalah():
    t = pd.DataFrame([
        {"platform": "shopee", "kategori": "fmcg", "jenis_biaya": "persen", "nilai": "8", "berlaku": "2026-01-01",
         "berlaku_sampai": ""},
        {"platform": "shopee", "kategori": "fmcg", "jenis_biaya": "persen", "nilai": "9", "berlaku": "2026-06-01",
         "berlaku_sampai": ""},  # tumpang-tindih dengan baris 2
        {"platform": "shopee", "kategori": "fmcg", "jenis_biaya": "ongkir", "nilai": "1", "berlaku": "2026-01-01",
         "berlaku_sampai": ""},  # jenis tak dikenal
        {"platform": "shopee", "kategori": "", "jenis_biaya": "persen", "nilai": "tujuh", "berlaku": "31/02/2026",
         "berlaku_sampai": ""},  # kategori kosong, nilai bukan angka, tanggal salah
        {"platform": "qris", "kategori": "usaha_mikro", "jenis_biaya": "per_pesanan", "nilai": "12.5",
         "berlaku": "2026-01-01", "berlaku_sampai": "2025-01-01"},  # pecahan rupiah, tanggal terbalik
    ])
    masalah = bp.periksa_tarif(t, berkas="tarif_saya.csv")
    lokasi = sorted((m.baris, m.kolom) for m in masalah)
    assert lokasi == [(3, "berlaku"), (4, "jenis_biaya"), (5, "berlaku"), (5, "kategori"),
                      (5, "nilai"), (6, "berlaku_sampai"), (6, "nilai")]
    assert all(m.berkas == "tarif_saya.csv" for m in masalah)
    with pytest.raises(GalatAturan, match="7 masalah"):
        bp.muat_tarif(t)
    assert len(bp.muat_tarif(t, ketat=False)) == 5


def test_rentang_nilai_qris_tidak_dianggap_tumpang_tindih():
    t = bp.muat_tarif()
    qris = t[t["platform"] == "qris"]
    assert bp.periksa_tarif(qris) == []
    # Rentang nilai yang beririsan pada tanggal yang sama adalah tumpang-tindih.
    salah = qris.copy()
    salah.loc[salah.index[salah["kategori"] == "usaha_mikro"][-1], "nilai_min"] = "400000"
    assert any(m.kolom == "berlaku" for m in bp.periksa_tarif(salah))


def test_berkas_tarif_pengguna(tmp_path):
    berkas = tmp_path / "tarif.csv"
    bp.muat_tarif().to_csv(berkas, index=False, encoding="utf-8")
    assert len(bp.muat_tarif(berkas)) == len(bp.muat_tarif())
    from kopkit.dasar.galat import GalatBerkas
    with pytest.raises(GalatBerkas):
        bp.muat_tarif(tmp_path / "tidak_ada.csv")


# ------------------------------------------------------------------ hitung_biaya pada penjualan
def _pesanan(kanal, status="selesai", tanggal="2025-09-01"):
    return pd.DataFrame({"id_pesanan": ["P1", "P1", "P2"], "tanggal": pd.to_datetime([tanggal] * 3),
                         "kanal": [kanal] * 3, "id_produk": ["X", "Y", "X"], "jumlah": [1, 2, 3],
                         "harga_satuan": [20_000, 15_000, 20_000], "diskon_penjual": [2_000, 0, 0],
                         "ongkos_kirim": [10_000, 0, 8_000], "status": [status, status, status]})


def test_retur_dan_batal():
    # TikTok/Tokopedia: biaya pemrosesan tetap dipotong bila pesanan terkirim lalu diretur.
    retur = bp.hitung_biaya(_pesanan("tiktok_tokopedia", "retur"))
    assert retur["pendapatan"].sum() == 0 and retur["biaya_komisi"].sum() == 0
    assert retur["biaya_pesanan"].sum() == 2 * 1_250
    # Shopee: hanya pesanan terselesaikan.
    assert bp.hitung_biaya(_pesanan("shopee", "retur"))["biaya_platform"].sum() == 0
    assert bp.hitung_biaya(_pesanan("tiktok_tokopedia", "batal"))["biaya_platform"].sum() == 0


def test_qris_pada_pesanan_whatsapp():
    # P1: barang 18.000 + 30.000 + ongkir 10.000 = 58.000 -> 0% (usaha mikro, <= 500.000)
    assert bp.hitung_biaya(_pesanan("whatsapp"), kelas_merchant="usaha_mikro")["biaya_mdr"].sum() == 0
    besar = _pesanan("whatsapp").assign(jumlah=[10, 20, 1])
    # P1: 200.000 - 2.000 + 300.000 + 10.000 = 508.000 -> 0,3% = 1.524, dibagi 198.000 : 300.000
    hasil = bp.hitung_biaya(besar, kelas_merchant="usaha_mikro")
    assert hasil["biaya_mdr"].tolist() == [606, 918, 0]  # 1.524 x 198/498 = 605,9 ; 1.524 x 300/498 = 918,07
    assert bp.hitung_biaya(_pesanan("toko_offline"))["biaya_platform"].sum() == 0


def test_kanal_tak_dikenal_dan_data_kosong():
    with pytest.raises(GalatMasukan, match="Kanal tidak dikenal: instagram"):
        bp.hitung_biaya(_pesanan("instagram"))
    assert bp.hitung_biaya(_pesanan("instagram"), peta_kanal={"instagram": "qris"},
                           kelas_merchant="usaha_mikro")["biaya_platform"].sum() == 0
    kosong = _pesanan("shopee").astype({"harga_satuan": "Int64"})
    kosong.loc[1, "harga_satuan"] = pd.NA
    with pytest.raises(GalatMasukan) as e:
        bp.hitung_biaya(kosong)
    assert e.value.baris == 3 and e.value.kolom == "harga_satuan"


baris_acak = st.lists(
    st.tuples(st.integers(0, 6), st.sampled_from(["shopee", "tiktok_tokopedia", "lazada", "whatsapp", "toko_offline"]),
              st.integers(1, 30), st.integers(0, 2_000_000), st.integers(0, 100), st.integers(0, 50_000),
              st.sampled_from(["selesai", "selesai", "batal", "retur"]),
              st.dates(min_value=pd.Timestamp("2025-01-01").date(), max_value=pd.Timestamp("2026-12-31").date())),
    min_size=1, max_size=25)


@settings(max_examples=60, deadline=None)
@given(baris_acak, st.sampled_from(["usaha_mikro", "usaha_kecil"]))
def test_sifat_bersih_tambah_biaya_sama_dengan_bruto(baris, kelas):
    # Satu pesanan = satu kanal dan satu tanggal (seperti ekspor marketplace).
    kanal_pesanan, tgl_pesanan = {}, {}
    rows = []
    for i, (p, kanal, jml, harga, diskon_persen, ongkir, status, tgl) in enumerate(baris):
        kanal_pesanan.setdefault(p, kanal)
        tgl_pesanan.setdefault(p, tgl)
        rows.append({"id_pesanan": f"P{p}", "tanggal": pd.Timestamp(tgl_pesanan[p]), "kanal": kanal_pesanan[p],
                     "id_produk": f"X{i}", "jumlah": jml, "harga_satuan": harga,
                     "diskon_penjual": harga * jml * diskon_persen // 100, "ongkos_kirim": ongkir, "status": status})
    hasil = bp.hitung_biaya(pd.DataFrame(rows), kelas_merchant=kelas)
    for k in ("biaya_komisi", "biaya_pesanan", "biaya_mdr"):
        assert (hasil[k] >= 0).all()
    assert (hasil["diterima_bersih"] + hasil["biaya_platform"] == hasil["pendapatan"]).all()
    per = hasil.groupby("id_pesanan")[["diterima_bersih", "biaya_platform", "pendapatan"]].sum()
    assert (per["diterima_bersih"] + per["biaya_platform"] == per["pendapatan"]).all()
    # Biaya per pesanan dibagi tepat: per pesanan jumlahnya 0 atau persis tarifnya.
    for id_p, grup in hasil.groupby("id_pesanan"):
        total = int(grup["biaya_pesanan"].sum())
        t = bp.tarif_berlaku(bp.PETA_KANAL[grup["kanal"].iloc[0]], grup["tanggal"].iloc[0]) \
            if bp.PETA_KANAL[grup["kanal"].iloc[0]] not in (None, "qris") else None
        assert total in ({0} if t is None else {0, t.per_pesanan})
    # Komisi sama dengan hitungan satu per satu (jalur vektor vs jalur Decimal).
    for _, r in hasil[hasil["biaya_komisi"] > 0].iterrows():
        t = bp.tarif_berlaku(bp.PETA_KANAL[r["kanal"]], r["tanggal"])
        assert r["biaya_komisi"] == bp.biaya_persen(int(r["bruto"]), t.persen)


# ------------------------------------------------------------------ harga, impas, perbandingan
def test_rincian_harga_dengan_tangan():
    # Shopee 2026 FMCG 10%: 25.000 - 2.500 = 22.500 -> 2.250, + 1.250 -> bersih 19.000; pokok 14.000
    r = bp.rincian_harga(25_000, "shopee", diskon=2_500, harga_pokok=14_000, tanggal="2026-03-01")
    assert (r["pendapatan"], r["biaya_platform"], r["diterima_bersih"], r["laba"]) == (22_500, 3_500, 19_000, 5_000)
    assert r["margin_persen"] == pytest.approx(22.2)
    assert bp.rincian_harga(25_000, "toko_offline", harga_pokok=14_000)["laba"] == 11_000


@settings(max_examples=80, deadline=None)
@given(pokok=st.integers(0, 300_000), laba=st.integers(0, 50_000), margin=st.integers(0, 40),
       diskon=st.integers(0, 5_000), jumlah=st.integers(1, 4),
       kanal=st.sampled_from(["shopee", "tiktok_tokopedia", "lazada", "whatsapp", "toko_offline"]),
       kelas=st.sampled_from(["usaha_mikro", "usaha_kecil", "usaha_besar"]))
def test_sifat_harga_minimum_terkecil(pokok, laba, margin, diskon, jumlah, kanal, kelas):
    arg = dict(diskon=diskon, jumlah=jumlah, tanggal="2026-03-01", kelas_merchant=kelas)
    h = bp.harga_minimum(pokok, kanal, laba_minimum=laba, margin_minimum=margin, **arg)

    def cukup(harga):
        r = bp.rincian_harga(harga, kanal, harga_pokok=pokok, **arg)
        return r["laba"] >= laba * jumlah and r["laba"] * 100 >= margin * r["pendapatan"]

    assert cukup(h)
    if h > diskon:
        assert not cukup(h - 1)


def test_harga_minimum_di_batas_qris():
    # Pesanan WhatsApp 1 unit, pokok 480.000, laba minimum 20.000: harga 500.000 memberi laba tepat
    # 20.000 (MDR 0%). Harga di atas 500.000 terkena 0,3%, jadi 500.000 adalah yang terkecil.
    mikro = dict(laba_minimum=20_000, tanggal="2025-06-01", kelas_merchant="usaha_mikro")
    assert bp.harga_minimum(480_000, "whatsapp", **mikro) == 500_000
    # Pokok 481.000: perlu P - round(0,3% x P) >= 501.000, yaitu P x 0,997 >= 501.000 -> P >= 502.507,5.
    # 502.508 - round(1.507,524) = 502.508 - 1.508 = 501.000 (cukup); 502.507 - 1.508 = 500.999 (kurang).
    h = bp.harga_minimum(481_000, "whatsapp", **mikro)
    assert h == 502_508


def test_harga_minimum_target_mustahil():
    with pytest.raises(GalatMasukan, match="margin"):
        bp.harga_minimum(10_000, "shopee", margin_minimum=95)


def test_titik_impas():
    assert bp.titik_impas(1_500_000, 2_000) == 750
    assert bp.titik_impas(1_500_001, 2_000) == 751
    assert bp.titik_impas(0, 2_000) == 0
    with pytest.raises(GalatMasukan, match="tidak positif"):
        bp.titik_impas(1_000, 0)
    # Shopee 2026: 15.000 -> komisi 1.500 + 1.250; laba 15.000 - 2.750 - 9.000 = 3.250 per pesanan
    r = bp.titik_impas_daring(1_000_000, 15_000, 9_000, "shopee", tanggal="2026-03-01")
    assert r == {"laba_per_pesanan": 3_250, "pesanan": 308, "unit": 308}
    assert 307 * 3_250 < 1_000_000 <= 308 * 3_250


def test_bandingkan_kanal():
    t = bp.bandingkan_kanal(15_000, 9_000, tanggal="2026-03-01", laba_minimum=1_000, omzet_tahunan=6_380_000_000)
    assert t["kanal"].tolist() == ["toko_offline", "whatsapp", "shopee", "tiktok_tokopedia", "lazada"]
    # tiktok 8%: 1.200 + 1.250; lazada 6,18%: 927 (927,0); whatsapp: QRIS usaha kecil 0,7% x 15.000 = 105
    assert t["biaya_platform"].tolist() == [0, 105, 2_750, 2_450, 927]
    # WhatsApp: P - round(0,7% x P) >= 10.000; 10.070 - 70 (70,49) = 10.000; 10.069 - 70 = 9.999.
    assert t["harga_minimum"].tolist()[:2] == [10_000, 10_070]
    assert (t["harga_minimum"] >= 10_000).all()


def test_tabel_pengguna_salah_di_fungsi_hitung():
    salah = bp.muat_tarif().copy()
    salah.loc[0, "nilai"] = "delapan"
    with pytest.raises(GalatAturan, match="baris 2, kolom nilai"):
        bp.hitung_biaya(_pesanan("shopee"), tabel=salah)
    with pytest.raises(GalatAturan, match="baris 2, kolom nilai"):
        bp.rincian_harga(10_000, "shopee", tabel=salah)
    # Tabel pengguna yang sah dipakai apa adanya: Shopee 5% tanpa biaya per pesanan.
    sendiri = pd.DataFrame([{"platform": "shopee", "kategori": "fmcg", "jenis_biaya": "persen", "nilai": "5",
                             "berlaku": "2025-01-01"}])
    r = bp.rincian_harga(10_000, "shopee", tabel=sendiri, tanggal="2026-03-01")
    assert (r["biaya_komisi"], r["biaya_pesanan"]) == (500, 0)


def test_kolom_teks_mentah_ditolak_dengan_saran():
    mentah = _pesanan("shopee").astype({"harga_satuan": "str"})
    with pytest.raises(GalatMasukan, match="baca_penjualan") as e:
        bp.hitung_biaya(mentah)
    assert e.value.kolom == "harga_satuan"
    tanggal_teks = _pesanan("shopee").assign(tanggal=["5 Mei 2025"] * 3)
    with pytest.raises(GalatMasukan, match="baca_penjualan"):
        bp.hitung_biaya(tanggal_teks)


# ------------------------------------------------------------------ kelas merchant QRIS dari omzet (PP 7/2021)
def test_kelas_usaha_dari_omzet_pp7_2021():
    """PP 7/2021 Pasal 35: mikro <= Rp2 miliar, kecil <= Rp15 miliar, menengah <= Rp50 miliar.
    KSU Tunas Makmur: jumlah pendapatan 2025 Rp6.376.677.720 -> usaha kecil."""
    tgl = "2026-03-01"
    assert bp.kelas_usaha(2_000_000_000, tgl) == "usaha_mikro"
    assert bp.kelas_usaha(2_000_000_001, tgl) == "usaha_kecil"
    assert bp.kelas_usaha(6_376_677_720, tgl) == "usaha_kecil"
    assert bp.kelas_usaha(15_000_000_001, tgl) == "usaha_menengah"
    assert bp.kelas_usaha(50_000_000_001, tgl) == "usaha_besar"


def test_qris_usaha_kecil_kena_0_7_persen_setiap_transaksi():
    """Bank Indonesia (Bisnis.com 27/7/2023; Antara 16/10/2024): 0% sampai Rp500.000 hanya untuk usaha
    mikro; usaha kecil 0,7% pada setiap transaksi. Rp450.000 x 0,7% = 3.150; Rp800.000 x 0,7% = 5.600."""
    omzet = 6_376_677_720
    assert bp.biaya_mdr(450_000, "2026-03-01", omzet_tahunan=omzet) == 3_150
    assert bp.biaya_mdr(800_000, "2026-03-01", omzet_tahunan=omzet) == 5_600
    assert bp.biaya_mdr(450_000, "2026-03-01", "usaha_mikro") == 0


def test_qris_tanpa_kelas_adalah_galat_bukan_tebakan():
    with pytest.raises(GalatMasukan, match="omzet_tahunan"):
        bp.biaya_mdr(100_000, "2026-03-01")
    with pytest.raises(GalatMasukan, match="omzet_tahunan"):
        bp.hitung_biaya(_pesanan("whatsapp"))
    with pytest.raises(GalatMasukan, match="tidak cocok"):
        bp.biaya_mdr(100_000, "2026-03-01", "usaha_mikro", omzet_tahunan=6_376_677_720)
    # Tanpa pesanan QRIS, kelas tidak diperlukan; penjualan tunai di toko tidak kena biaya apa pun.
    assert bp.hitung_biaya(_pesanan("toko_offline"))["biaya_platform"].sum() == 0
    assert bp.hitung_biaya(_pesanan("shopee"))["biaya_mdr"].sum() == 0


def test_kemasan_biaya_per_pesanan_dan_umk():
    # Shopee 2026, 15.000 / pokok 9.000: laba 3.250; kemasan 1.000 per pesanan -> 2.250;
    # 1.000.000 / 2.250 = 444,4 -> 445 pesanan (tanpa kemasan 308).
    r = bp.titik_impas_daring(1_000_000, 15_000, 9_000, "shopee", kemasan_per_pesanan=1_000, tanggal="2026-03-01")
    assert r == {"laba_per_pesanan": 2_250, "pesanan": 445, "unit": 445}
    # UMK Kabupaten Malang (Keputusan Gubernur Jawa Timur): 2025 Rp3.553.530, 2026 Rp3.802.862.
    assert bp.upah_minimum("Kabupaten Malang", "2025-06-01") == 3_553_530
    assert bp.upah_minimum("Kabupaten Malang", "2026-03-01") == 3_802_862
    # Setengah waktu, Desember 2025 - Januari 2026: 1.776.765 + 1.901.431 (3.802.862 / 2).
    t = bp.biaya_tetap_daring(mulai="2025-12-01", bulan=2, bagian_waktu_petugas="0,5", wilayah="Kabupaten Malang")
    assert t["waktu_petugas"].tolist() == [1_776_765, 1_901_431] and t.attrs["jumlah"] == 3_678_196
    with pytest.raises(GalatAturan, match="UMK"):
        bp.upah_minimum("Kota Malang", "2026-03-01")
