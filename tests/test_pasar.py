"""Uji analisis penjualan (kopkit.pasar): membaca ekspor, ringkasan, ABC, skenario, grafik."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from kopkit import data, pasar
from kopkit.dasar.galat import GalatBerkas, GalatData, GalatMasukan


@pytest.fixture(scope="module")
def siap():
    # Kelas merchant QRIS yang terdaftar di bank pada 2025 (dan yang dipakai jurnal 2025).
    return pasar.siapkan_penjualan(data.muat("penjualan_daring"), data.muat("produk"), kelas_merchant="usaha_mikro")


# ------------------------------------------------------------------ membaca ekspor yang berantakan
def _ekspor_kotor():
    return pd.DataFrame({
        "ID_Pesanan": ["A1", "A1", "A2", "A3", "A4", "A5"],
        "Tanggal": ["5 Mei 2025", "05/05/2025", "2025-05-06", "31/02/2025", "7 Mei 2025", "8 Mei 2025"],
        "Kanal": ["TikTok Shop", "tiktok shop", "WA", "Shopee", "Instagram", "shopee"],
        "id_produk": ["PR01", "PR07", "PR09", "PR01", "PR01", "PR01"],
        "jumlah": ["2", "1", "1", "1", "1", "dua"],
        "harga_satuan": ["Rp 12.500", "35.000", "", "5.000", "5.000", "5.000"],
        "diskon_penjual": ["1.000", "", "", "", "", ""],
        "ongkos_kirim": ["Rp9.000", "", "", "", "", ""],
        "status": ["Selesai", "selesai", "selesai", "selesai", "selesai", "hilang"],
    })


def test_periksa_semua_masalah_dengan_baris_dan_kolom():
    masalah = pasar.periksa_penjualan(_ekspor_kotor(), berkas="ekspor.csv")
    lokasi = [(m.baris, m.kolom) for m in masalah]
    assert lokasi == [(4, "harga_satuan"), (5, "tanggal"), (6, "kanal"), (7, "jumlah"), (7, "status")]
    assert all(m.berkas == "ekspor.csv" for m in masalah)
    assert all(m.saran for m in masalah)


def test_baca_ketat_dan_longgar():
    with pytest.raises(GalatData, match="5 masalah"):
        pasar.baca_penjualan(_ekspor_kotor())
    hasil = pasar.baca_penjualan(_ekspor_kotor(), ketat=False)
    assert hasil["id_pesanan"].tolist() == ["A1", "A1"]
    assert hasil["harga_satuan"].tolist() == [12_500, 35_000]
    assert hasil["diskon_penjual"].tolist() == [1_000, 0]
    assert hasil["ongkos_kirim"].tolist() == [9_000, 0]
    assert hasil["kanal"].tolist() == ["tiktok_tokopedia"] * 2
    assert hasil["tanggal"].tolist() == [pd.Timestamp("2025-05-05")] * 2
    assert len(hasil.attrs["masalah"]) == 5
    # Kanal tambahan lewat peta_kanal
    lagi = pasar.periksa_penjualan(_ekspor_kotor(), peta_kanal={"instagram": "qris"})
    assert (6, "kanal") not in [(m.baris, m.kolom) for m in lagi]


def test_baca_berkas_csv_titik_koma(tmp_path):
    berkas = tmp_path / "ekspor.csv"
    berkas.write_text("id_pesanan;tanggal;kanal;id_produk;jumlah;harga_satuan;status\n"
                      "B1;1 Juni 2025;Shopee;PR01;3;Rp 5.000;selesai\n", encoding="utf-8")
    hasil = pasar.baca_penjualan(berkas)
    assert hasil.loc[0, "harga_satuan"] == 5_000 and hasil.loc[0, "jumlah"] == 3
    with pytest.raises(GalatBerkas):
        pasar.baca_penjualan(tmp_path / "tidak_ada.csv")


def test_kolom_wajib_hilang():
    masalah = pasar.periksa_penjualan(pd.DataFrame({"id_pesanan": ["A"], "tanggal": ["2025-01-01"]}))
    assert len(masalah) == 1 and masalah[0].baris == 1 and "kanal" in masalah[0].pesan


def test_bolak_balik_dataset_lewat_teks_indonesia():
    """Dataset ditulis ulang dengan angka dan tanggal gaya Indonesia lalu dibaca: hasilnya sama."""
    asli = data.muat("penjualan_daring").head(300)
    teks = asli.astype({"kanal": "str", "status": "str"}).copy()
    for k in ("harga_satuan", "diskon_penjual", "ongkos_kirim"):
        teks[k] = ["Rp " + f"{v:,}".replace(",", ".") for v in asli[k]]
    teks["tanggal"] = asli["tanggal"].dt.strftime("%d/%m/%Y")
    teks["jumlah"] = asli["jumlah"].astype("str")
    hasil = pasar.baca_penjualan(teks.fillna(""))
    for k in ("harga_satuan", "diskon_penjual", "ongkos_kirim", "jumlah"):
        assert hasil[k].tolist() == asli[k].tolist()
    assert hasil["tanggal"].tolist() == asli["tanggal"].tolist()
    assert hasil["kanal"].tolist() == asli["kanal"].astype("str").tolist()


# ------------------------------------------------------------------ ringkasan pada dataset kursus
def test_ringkasan_cocok_dengan_hitungan_langsung(siap):
    j = data.muat("penjualan_daring")
    produk = data.muat("produk").set_index("id_produk")
    # Hitungan bebas: baris demi baris dengan Python biasa.
    total, pesanan, hpp = {}, {}, {}
    for r in j.itertuples():
        if r.status != "selesai":
            continue
        total[r.kanal] = total.get(r.kanal, 0) + r.harga_satuan * r.jumlah - r.diskon_penjual
        pesanan.setdefault(r.kanal, set()).add(r.id_pesanan)
        hpp[r.kanal] = hpp.get(r.kanal, 0) + int(produk.loc[r.id_produk, "harga_pokok"]) * r.jumlah
    t = pasar.ringkasan(siap, "kanal").set_index("kanal")
    for k in total:
        assert t.loc[k, "pendapatan"] == total[k]
        assert t.loc[k, "pesanan"] == len(pesanan[k])
        assert t.loc[k, "hpp"] == hpp[k]
    assert t.loc["toko_offline", "biaya_platform"] == 0
    assert list(t["pendapatan"]) == sorted(t["pendapatan"], reverse=True)
    # Jumlah per bulan = jumlah per kanal = jumlah per provinsi.
    for menurut in ("bulan", "provinsi", "id_produk", ["bulan", "kanal"]):
        assert pasar.ringkasan(siap, menurut)["pendapatan"].sum() == sum(total.values())
    bulan = pasar.ringkasan(siap, "bulan")
    assert bulan["bulan"].tolist() == sorted(bulan["bulan"]) and len(bulan) == 12
    assert str(bulan["pendapatan"].dtype) == "int64"


def test_ringkasan_biaya_pesanan_retur_mengurangi_laba():
    """Pesanan TikTok yang diretur setelah 11 Agustus 2025: tidak dihitung sebagai pesanan dan tidak
    berpendapatan, tetapi biaya per pesanan Rp1.250 tetap dipotong (tarif: kena_bila_retur) —
    labanya turun Rp1.250, sama seperti yang dibukukan di jurnal (akun 514)."""
    def pesanan(id_p, status):
        return {"id_pesanan": id_p, "tanggal": pd.Timestamp("2025-09-01"), "kanal": "tiktok_tokopedia",
                "id_produk": "PR07", "jumlah": 1, "harga_satuan": 35_000, "diskon_penjual": 0,
                "ongkos_kirim": 0, "status": status}

    produk = data.muat("produk")
    hanya_selesai = pasar.ringkasan(pasar.siapkan_penjualan(pd.DataFrame([pesanan("T1", "selesai")]), produk))
    dengan_retur = pasar.ringkasan(pasar.siapkan_penjualan(
        pd.DataFrame([pesanan("T1", "selesai"), pesanan("T2", "retur"), pesanan("T3", "batal")]), produk))
    a, b = hanya_selesai.iloc[0], dengan_retur.iloc[0]
    assert (b["pesanan"], b["unit"], b["pendapatan"], b["hpp"]) == (a["pesanan"], a["unit"], a["pendapatan"], a["hpp"])
    assert b["biaya_platform"] - a["biaya_platform"] == 1_250
    assert a["laba_kotor"] - b["laba_kotor"] == 1_250


def test_ringkasan_biaya_setahun_sama_dengan_jurnal(siap):
    jurnal = data.muat("jurnal_umum")
    akun_514 = int(jurnal.loc[jurnal["akun"] == "514", "debit"].sum() - jurnal.loc[jurnal["akun"] == "514", "kredit"].sum())
    assert int(pasar.ringkasan(siap, "kanal")["biaya_platform"].sum()) == akun_514


def test_ringkasan_kolom_salah(siap):
    with pytest.raises(GalatMasukan, match="kabupaten"):
        pasar.ringkasan(siap, "kabupaten")


def test_pertumbuhan_bulanan_dengan_tangan(siap):
    p = pasar.pertumbuhan_bulanan(siap)
    b = pasar.ringkasan(siap, "bulan").set_index("bulan")["pendapatan"]
    jan, feb = int(b["2025-01"]), int(b["2025-02"])
    assert p.loc[1, "pertumbuhan_persen"] == round((feb - jan) / jan * 100, 1)
    assert pd.isna(p.loc[0, "pertumbuhan_persen"])
    per_kanal = pasar.pertumbuhan_bulanan(siap, "kanal")
    assert len(per_kanal) == 12 * 4
    assert per_kanal.groupby("bulan")["pendapatan"].sum().tolist() == b.tolist()


def test_batal_retur(siap):
    t = pasar.batal_retur(siap).set_index("kanal")
    assert (t["selesai"] + t["batal"] + t["retur"] == t["pesanan"]).all()
    assert t.loc["toko_offline", "batal"] == 0
    j = data.muat("penjualan_daring")
    assert t["pesanan"].sum() == j["id_pesanan"].nunique()


def test_pembeli_baru_ulang(siap):
    t = pasar.pembeli_baru_ulang(siap)
    d = siap[siap["kanal"].astype("str").isin(pasar.KANAL_DARING) & (siap["status"].astype("str") == "selesai")]
    d = d[d["id_pembeli"].fillna("") != ""]
    assert t["pembeli_baru"].sum() == d["id_pembeli"].nunique()
    assert (t["pendapatan_baru"] + t["pendapatan_ulang"]).sum() == d["pendapatan"].sum()
    assert t.loc[0, "pembeli_ulang"] == 0  # bulan pertama: belum ada pembeli lama


def test_abc(siap):
    t = pasar.analisis_abc(siap, data.muat("produk"))
    assert t["pendapatan"].sum() == pasar.ringkasan(siap, "kanal")["pendapatan"].sum()
    assert list(t["kelas"]) == sorted(t["kelas"])  # A dulu, lalu B, lalu C
    assert t["persen_kumulatif"].iloc[-1] == 100.0
    assert "A" in set(t["kelas"]) and t["nama"].notna().all()
    with pytest.raises(GalatMasukan):
        pasar.analisis_abc(siap, batas=(95, 80))


def test_musiman(siap):
    t = pasar.musiman(siap)
    assert t["bulan_ke"].tolist() == list(range(1, 13))
    assert t["nama_bulan"].iloc[0] == "Januari"
    assert abs(sum(t["indeks"]) / 12 - 100) < 0.1


# ------------------------------------------------------------------ skenario dan SHU
def test_skenario_nol_persen_tidak_mengubah_apa_pun(siap):
    s = pasar.skenario_daring(data.muat("penjualan_daring"), data.muat("produk"), persen_pindah=0,
                              kelas_merchant="usaha_mikro")
    assert (s["selisih"] == 0).all()
    t = pasar.ringkasan(siap, "kanal")
    laba = int(t["laba_kotor"].sum())
    assert s.set_index("pos").loc["Laba", "sekarang"] == laba


def test_skenario_contoh_kecil_dengan_tangan():
    """contoh_penjualan: toko menjual PR01 4 unit (Rp20.000) dan PR07 1 unit (Rp15.000).
    50% pindah ke Shopee (tarif 2025: 8% + Rp1.250 per pesanan, 1 unit per pesanan):
    PR01 2 unit x Rp5.000 -> 2 pesanan, biaya 2 x (400 + 1.250) = 3.300; PR07 1 unit (0,5 dibulatkan
    ke atas) x Rp35.000 -> biaya 2.800 + 1.250 = 4.050. Pendapatan hilang 10.000 + 15.000, baru 45.000,
    biaya baru 7.350, biaya tetap 5.000 -> laba berubah +20.000 - 7.350 - 5.000 = +7.650."""
    prod = pd.DataFrame({"id_produk": ["PR01", "PR07", "PR09"], "nama": ["Susu", "Kopi", "Keripik"],
                         "kategori": ["susu olahan", "kopi", "camilan"], "harga_pokok": [3_200, 22_000, 9_000],
                         "harga_jual": [5_000, 35_000, 15_000]})
    s = pasar.skenario_daring(pasar.contoh_penjualan(), prod, persen_pindah=50, unit_per_pesanan=1,
                              biaya_tetap=5_000).set_index("pos")
    assert s.loc["Pendapatan", "selisih"] == 20_000
    assert s.loc["Biaya platform", "selisih"] == 7_350
    assert s.loc["Harga pokok penjualan", "selisih"] == 0
    assert s.loc["Laba", "selisih"] == 7_650
    # Harga lain untuk kopi di Shopee: Rp40.000 -> komisi 3.200
    s2 = pasar.skenario_daring(pasar.contoh_penjualan(), prod, persen_pindah=50, unit_per_pesanan=1,
                               harga={"PR07": 40_000}).set_index("pos")
    assert s2.loc["Pendapatan", "selisih"] == 25_000
    assert s2.loc["Biaya platform", "selisih"] == 3_300 + 3_200 + 1_250


def test_pajak_penghasilan_sama_dengan_jurnal_kursus():
    """Pajak 2025 di jurnal kursus (akun 591) = Pasal 17 + 31E atas laba tanpa jasa giro (sudah PPh
    final), dihitung ulang di sini dengan tangan: PKP dibulatkan ke bawah ribuan; bagian PKP yang
    sebanding dengan Rp4,8 miliar dari peredaran bruto kena 11%, sisanya 22%."""
    from fractions import Fraction

    from kopkit import buku
    from kopkit.pasar.pajak import pajak_penghasilan

    jurnal, akun = data.muat("jurnal_umum"), data.muat("akun")
    lhu = buku.laporan_hasil_usaha(jurnal, akun, 2025).set_index("pos")["jumlah"]
    giro_kode = buku.kode_peran(akun, "pendapatan_final")
    giro = int(buku.neraca_saldo(jurnal, akun, sampai="2025-12-31").set_index("kode").loc[giro_kode, "kredit"])
    laba, omzet = int(lhu["SHU sebelum pajak"]) - giro, int(lhu["Jumlah pendapatan"]) - giro
    pkp = laba // 1000 * 1000
    fas = int(pkp * Fraction(4_800_000_000, omzet))
    tangan = int(fas * Fraction(11, 100)) + int((pkp - fas) * Fraction(22, 100))
    p = pajak_penghasilan(laba, omzet, perlakuan="umum", pada="2025-12-31")
    assert p["pajak"] == int(lhu["Jumlah pajak penghasilan"]) == tangan
    # PP 55/2022: 0,5% x omzet, hanya sampai Rp4,8 miliar.
    assert pajak_penghasilan(10_000_000, 4_800_000_000, perlakuan="final_pp55", pada="2025-12-31")["pajak"] \
        == 24_000_000
    with pytest.raises(GalatMasukan, match="PP 55/2022"):
        pajak_penghasilan(10_000_000, 4_800_000_001, perlakuan="final_pp55", pada="2025-12-31")
    with pytest.raises(GalatMasukan, match="tidak dikenal"):
        pajak_penghasilan(10_000_000, 1, perlakuan="bebas", pada="2025-12-31")


def test_dampak_shu_setelah_pajak_lewat_alokasi_shu():
    """Dampak skenario: pajak dulu, lalu alokasi_shu. Hitungan tangan (omzet 4 M <= 4,8 M: semua laba
    mendapat pengurangan 50%, tarif efektif 11%): laba +10.000.000 -> pajak +1.100.000 -> SHU setelah
    pajak +8.900.000; cadangan 40% = 3.560.000."""
    from kopkit import shu

    sk = pd.DataFrame({"pos": ["Pendapatan", "Laba"], "selisih": [50_000_000, 10_000_000]})
    aturan = data.muat("aturan_shu")
    t = pasar.dampak_shu(sk, shu_sebelum_pajak=100_000_000, omzet_tahunan=4_000_000_000, perlakuan_pajak="umum",
                         pada="2025-12-31", aturan=aturan).set_index("pos")
    assert t.loc["Pajak penghasilan", "selisih"] == 1_100_000
    assert t.loc["SHU setelah pajak", "selisih"] == 8_900_000
    assert t.loc["cadangan", "selisih"] == 3_560_000
    pos = t.iloc[3:]
    for k in ("sekarang", "skenario"):
        assert pos[k].sum() == t.loc["SHU setelah pajak", k]
        assert pos[k].tolist() == shu.alokasi_shu(int(t.loc["SHU setelah pajak", k]), aturan)["jumlah"].tolist()
    # Dasar "setelah_cadangan" diteruskan ke alokasi_shu (tidak ada hitungan SHU kedua di pasar).
    # "jasa anggota" harus dipecah (peran_pos_shu); di sini 60 = jasa modal 30 + jasa usaha 30.
    atur = {"cadangan": 25, "jasa_modal": 30, "jasa_usaha": 30, "dana_lain": 40}
    t2 = pasar.dampak_shu(sk, shu_sebelum_pajak=100_000_000, omzet_tahunan=4_000_000_000, perlakuan_pajak="umum",
                          pada="2025-12-31", aturan=atur, dasar="setelah_cadangan").set_index("pos")
    assert t2.loc["cadangan", "sekarang"] == 22_250_000  # 25% x 89.000.000
    from kopkit.dasar.galat import GalatAturan
    with pytest.raises(GalatAturan):
        pasar.dampak_shu(sk, shu_sebelum_pajak=100, omzet_tahunan=1, perlakuan_pajak="umum", pada="2025-12-31",
                         aturan=pd.DataFrame({"pos": ["a", "b"], "persen": [60, 45]}))


def test_kemasan_per_pesanan_di_skenario():
    prod = pd.DataFrame({"id_produk": ["PR01", "PR07", "PR09"], "nama": ["Susu", "Kopi", "Keripik"],
                         "kategori": ["susu olahan", "kopi", "camilan"], "harga_pokok": [3_200, 22_000, 9_000],
                         "harga_jual": [5_000, 35_000, 15_000]})
    arg = dict(persen_pindah=50, unit_per_pesanan=1, biaya_tetap=5_000)
    a = pasar.skenario_daring(pasar.contoh_penjualan(), prod, **arg).set_index("pos")["selisih"]
    b = pasar.skenario_daring(pasar.contoh_penjualan(), prod, kemasan_per_pesanan=2_000, **arg).set_index("pos")
    # 3 pesanan baru (2 x PR01, 1 x PR07) x Rp2.000 kemasan
    assert b.loc["Kemasan kiriman", "selisih"] == 6_000
    assert b.loc["Laba", "selisih"] == a["Laba"] - 6_000


# ------------------------------------------------------------------ grafik dan impor ringan
def test_grafik(siap):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = pasar.grafik_pendapatan_kanal(siap)
    assert len(ax.get_lines()) == 4
    assert ax.get_title() == "Pendapatan per bulan menurut kanal"
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"Toko (luring)", "WhatsApp", "Shopee",
                                                                     "TikTok Shop/Tokopedia"}
    ax.figure.canvas.draw()
    assert any(t.get_text().startswith("Rp") for t in ax.get_yticklabels())
    ax2 = pasar.grafik_provinsi(siap)
    assert ax2.get_yticklabels()[-1].get_text() == "Jawa Timur"  # terbesar di atas
    plt.close("all")


def test_impor_ringan():
    kode = "import sys, kopkit.pasar, kopkit.pasar.biaya; print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules)"
    keluar = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True).stdout
    assert keluar.strip() == "False False"


def test_kesiapan_digital_data_dan_rekap():
    daftar = pasar.kesiapan_digital()
    assert daftar["no"].tolist() == list(range(1, len(daftar) + 1))
    assert (daftar["pertanyaan"].str.endswith("?")).all() and (daftar["sumber"] != "").all()
    semua_sudah = pasar.nilai_kesiapan({n: 2 for n in daftar["no"]})
    assert (semua_sudah["persen"] == 100.0).all()
    assert semua_sudah["maks"].sum() == 2 * len(daftar)
    # Produk: 3 soal -> maks 6; jawaban 2 + 1 + 2 = 5 -> 83,3%
    assert pasar.nilai_kesiapan({1: 2, 2: 1, 3: 2}).set_index("kelompok").loc["Produk", "persen"] == 83.3
    with pytest.raises(GalatMasukan):
        pasar.nilai_kesiapan({99: 2})
    with pytest.raises(GalatMasukan):
        pasar.nilai_kesiapan({1: 3})


def test_skenario_pembeli_baru_dengan_tangan():
    """Tambahan 100% pembeli baru (tanpa pindah): toko menjual PR01 4 unit dan PR07 1 unit, jadi
    Shopee mendapat 4 + 1 unit baru (1 unit per pesanan) pada harga jual 5.000 dan 35.000.
    Pendapatan +20.000 + 35.000 = 55.000; biaya 4 x (400 + 1.250) + (2.800 + 1.250) = 10.650;
    harga pokok + 4 x 3.200 + 22.000 = 34.800; laba +9.550."""
    prod = pd.DataFrame({"id_produk": ["PR01", "PR07", "PR09"], "nama": ["Susu", "Kopi", "Keripik"],
                         "kategori": ["susu olahan", "kopi", "camilan"], "harga_pokok": [3_200, 22_000, 9_000],
                         "harga_jual": [5_000, 35_000, 15_000]})
    s = pasar.skenario_daring(pasar.contoh_penjualan(), prod, persen_pindah=0, tambahan_persen=100,
                              unit_per_pesanan=1).set_index("pos")["selisih"]
    assert s.to_dict() == {"Pendapatan": 55_000, "Biaya platform": 10_650, "Harga pokok penjualan": 34_800,
                           "Kemasan kiriman": 0, "Biaya tetap daring": 0, "Laba": 9_550}


# ------------------------------------------------------------------ daftar periksa: halal dan QRIS
def test_kesiapan_halal_wajib_dan_bpom_untuk_olahan_susu():
    """UU 33/2014 Pasal 4: produk yang beredar wajib bersertifikat halal; PP 42/2024: usaha mikro dan
    kecil sampai 17 Oktober 2026; olahan susu perlu izin edar BPOM MD (PIRT tidak mencakupnya)."""
    b1 = pasar.kesiapan_digital().set_index("no").loc[1]
    teks = " ".join([b1["pertanyaan"], b1["catatan_pelatih"], b1["sumber"]])
    assert "bila perlu" not in teks
    for kata in ("wajib", "UU 33/2014", "PP 42/2024", "17 Oktober 2026", "BPOM MD"):
        assert kata in teks


def test_kesiapan_qris_menurut_kelas_usaha_bukan_usaha_mikro_untuk_semua():
    b11 = pasar.kesiapan_digital().set_index("no").loc[11]
    teks = " ".join([b11["pertanyaan"], b11["catatan_pelatih"]])
    assert "kelas" in teks and "PP 7/2021" in teks
    assert "usaha kecil ke atas dikenai MDR pada setiap transaksi" in teks
