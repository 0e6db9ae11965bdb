"""Uji dataset bawaan: bisa dibangun ulang persis, cocok dengan kamus datanya, dan konsisten
secara akuntansi. Pemeriksaan konsistensi ditulis langsung dengan pandas (bukan lewat modul
pembukuan kopkit) supaya menjadi pembanding yang independen."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kopkit import data
from kopkit.dasar.galat import tabel_masalah

KOPERASI = ["anggota", "akun", "aturan_shu", "dasar_shu", "simpanan", "pinjaman", "angsuran",
            "penjualan_toko", "setoran_susu", "produk", "penjualan_daring", "jurnal_umum"]
SEMUA = KOPERASI + ["kabupaten"]
FOLDER = Path(str(resources.files("kopkit.datasets")))
AKHIR_BULAN = pd.date_range("2025-01-31", "2025-12-31", freq="ME")


@pytest.fixture(scope="module")
def t():
    return {n: data.muat(n) for n in SEMUA if n in data.daftar_dataset()["nama"].tolist()}


@pytest.fixture(scope="module")
def jurnal(t):
    return t["jurnal_umum"]


def _saldo_akun(jurnal, akun, sampai, kredit=True):
    j = jurnal[(jurnal["akun"] == akun) & (jurnal["tanggal"] <= sampai)]
    s = int(j["kredit"].sum() - j["debit"].sum())
    return s if kredit else -s


# ---------------------------------------------------------------- berkas dan kamus data
def test_semua_dataset_ada():
    assert sorted(data.daftar_dataset()["nama"]) == sorted(SEMUA)


@pytest.mark.parametrize("nama", SEMUA)
def test_cocok_dengan_kamus_data(nama):
    masalah = data.periksa_dataset(nama)
    assert masalah == [], tabel_masalah(masalah).head(10).to_string()


@pytest.mark.parametrize("nama", SEMUA)
def test_deskripsi_dan_kamus(nama):
    d = data.skema(nama)
    assert "FIKTIF" in d["description"]
    assert d["sumber"] and d["periode"] and d["path"] == f"{nama}.csv"
    assert nama in data.deskripsi(nama) or d["title"] in data.deskripsi(nama)
    kamus = data.kamus_data(nama)
    assert kamus["kolom"].tolist() == list(data.muat(nama).columns)
    # kolom uang selalu bilangan bulat rupiah
    for f in d["schema"]["fields"]:
        if f.get("unit") == "rupiah":
            assert f["type"] == "integer"


def test_berkas_bersih_dan_kecil():
    total = 0
    for nama in SEMUA:
        isi = (FOLDER / f"{nama}.csv").read_bytes()
        total += len(isi)
        assert b"\r" not in isi
        isi.decode("utf-8")
        assert isi.endswith(b"\n")
    assert total < 8 * 1024 * 1024


def test_bangun_ulang_identik(tmp_path):
    from kopkit.datasets.bangun import bangun_semua

    bangun_semua(tmp_path)
    for nama in SEMUA:
        for akhiran in (".csv", ".json"):
            baru = (tmp_path / f"{nama}{akhiran}").read_bytes()
            lama = (FOLDER / f"{nama}{akhiran}").read_bytes()
            assert baru == lama, f"{nama}{akhiran} berbeda; jalankan python -m kopkit.datasets.bangun"


# ---------------------------------------------------------------- jurnal umum
def test_setiap_bukti_seimbang(jurnal):
    per_bukti = jurnal.groupby("no_bukti")[["debit", "kredit"]].sum()
    tidak = per_bukti[per_bukti["debit"] != per_bukti["kredit"]]
    assert tidak.empty, tidak.head()
    assert int(jurnal["debit"].sum()) == int(jurnal["kredit"].sum())
    # tiap baris hanya satu sisi
    assert not ((jurnal["debit"] > 0) & (jurnal["kredit"] > 0)).any()
    assert ((jurnal["debit"] > 0) | (jurnal["kredit"] > 0)).all()


def test_tanggal_dalam_tahun_buku(t, jurnal):
    for nama, kolom in [("jurnal_umum", "tanggal"), ("simpanan", "tanggal"), ("angsuran", "tanggal"),
                        ("penjualan_toko", "tanggal"), ("setoran_susu", "tanggal"), ("penjualan_daring", "tanggal")]:
        tgl = t[nama][kolom]
        assert tgl.min() >= pd.Timestamp("2025-01-01") and tgl.max() <= pd.Timestamp("2025-12-31"), nama
    sa = jurnal[jurnal["no_bukti"] == "SA-2025"]
    assert (sa["tanggal"] == pd.Timestamp("2025-01-01")).all() and len(sa) > 10
    # satu bukti satu tanggal
    assert (jurnal.groupby("no_bukti")["tanggal"].nunique() == 1).all()


def test_tidak_membukukan_akun_kepala(t, jurnal):
    kepala = set(t["akun"].loc[t["akun"]["header"], "kode"])
    assert not jurnal["akun"].isin(kepala).any()


def test_saldo_awal_neraca_seimbang(t, jurnal):
    sa = jurnal[jurnal["no_bukti"] == "SA-2025"]
    jenis = sa["akun"].map(t["akun"].set_index("kode")["jenis"])
    assert set(jenis) <= {"aset", "liabilitas", "ekuitas"}  # saldo awal hanya akun neraca
    assert int(sa["debit"].sum()) == int(sa["kredit"].sum())


def test_kas_dan_bank_tidak_pernah_negatif(jurnal):
    for akun in ("101", "102"):
        j = jurnal[jurnal["akun"] == akun]
        harian = (j["debit"] - j["kredit"]).groupby(j["tanggal"]).sum().cumsum()
        assert harian.min() >= 0, akun


# ---------------------------------------------------------------- buku pembantu = akun kontrol
@pytest.mark.parametrize("jenis,akun", [("pokok", "301"), ("wajib", "302"), ("sukarela", "201")])
def test_simpanan_cocok_akun_kontrol_tiap_akhir_bulan(t, jurnal, jenis, akun):
    s = t["simpanan"][t["simpanan"]["jenis"] == jenis]
    for akhir in AKHIR_BULAN:
        x = s[s["tanggal"] <= akhir]
        assert int(x["setor"].sum() - x["tarik"].sum()) == _saldo_akun(jurnal, akun, akhir), akhir


def test_saldo_simpanan_per_anggota_tidak_negatif(t):
    s = t["simpanan"].sort_values("tanggal", kind="stable")
    saldo = (s["setor"] - s["tarik"]).groupby([s["id_anggota"], s["jenis"]], observed=True).cumsum()
    assert saldo.min() >= 0


def test_simpanan_wajib_dan_pokok_realistis(t):
    s = t["simpanan"]
    wajib = s[(s["jenis"] == "wajib") & (s["keterangan"] == "setoran")]
    assert (wajib["setor"] % 25_000 == 0).all()
    pokok_baru = s[(s["jenis"] == "pokok") & (s["keterangan"] == "setoran")]
    assert pokok_baru["id_anggota"].is_unique  # pokok hanya sekali
    # anggota yang keluar: saldo semua jenis simpanan nol setelah tanggal keluar
    keluar = t["anggota"].dropna(subset=["tanggal_keluar"])
    assert len(keluar) >= 1
    saldo = (s["setor"] - s["tarik"]).groupby(s["id_anggota"]).sum()
    assert (saldo.reindex(keluar["id_anggota"], fill_value=0) == 0).all()


def test_jasa_sukarela_sesuai_tarif(t):
    """Jasa 0,25 %/bulan dari saldo akhir bulan sebelum jasa, dibulatkan ke bawah (hitung ulang)."""
    s = t["simpanan"]
    s = s[s["jenis"] == "sukarela"]
    jasa = s[s["keterangan"] == "jasa_simpanan"]
    contoh = jasa.iloc[:: max(1, len(jasa) // 60)]
    for r in contoh.itertuples():
        sebelum = s[(s["id_anggota"] == r.id_anggota) & (s.index < r.Index)]
        saldo = int(sebelum["setor"].sum() - sebelum["tarik"].sum())
        assert r.setor == saldo * 25 // 10_000


def test_pinjaman_cocok_akun_111_tiap_akhir_bulan(t, jurnal):
    pj, an = t["pinjaman"], t["angsuran"]
    for akhir in AKHIR_BULAN:
        cair = pj[(pj["tanggal_cair"] >= pd.Timestamp("2025-01-01")) & (pj["tanggal_cair"] <= akhir)]["pokok"].sum()
        bayar = an[an["tanggal"] <= akhir]["pokok"].sum()
        outstanding = int(pj["saldo_awal"].sum() + cair - bayar)
        assert outstanding == -_saldo_akun(jurnal, "111", akhir), akhir


def test_sisa_pinjaman_tidak_pernah_negatif(t):
    pj, an = t["pinjaman"].set_index("id_pinjaman"), t["angsuran"]
    dasar = pj["saldo_awal"].where(pj["tanggal_cair"] < pd.Timestamp("2025-01-01"), pj["pokok"])
    an = an.sort_values(["id_pinjaman", "angsuran_ke"])
    kumulatif = an.groupby("id_pinjaman")["pokok"].cumsum()
    assert (dasar.loc[an["id_pinjaman"]].to_numpy() - kumulatif.to_numpy() >= 0).all()
    # angsuran berurutan tanpa loncat, dan dibayar setelah cair
    beda = an.groupby("id_pinjaman")["angsuran_ke"].diff().dropna()
    assert (beda == 1).all()
    assert (an["tanggal"].to_numpy() > pj.loc[an["id_pinjaman"], "tanggal_cair"].to_numpy()).all()


def test_jasa_angsuran_dihitung_ulang(t):
    """Jasa tiap angsuran dihitung ulang dari parameter pinjaman (SUMBER.md §4):
    flat = pokok x bunga; efektif/anuitas = sisa pokok x bunga; dibulatkan ke rupiah terdekat."""
    pj = t["pinjaman"].set_index("id_pinjaman")
    an = t["angsuran"].sort_values(["id_pinjaman", "angsuran_ke"])
    for id_p, grup in an.groupby("id_pinjaman"):
        p = pj.loc[id_p]
        r = Decimal(str(p["bunga_per_bulan"]))
        sisa = int(p["saldo_awal"]) if p["tanggal_cair"] < pd.Timestamp("2025-01-01") else int(p["pokok"])
        for baris in grup.itertuples():
            dasar = int(p["pokok"]) if p["metode"] == "flat" else sisa
            harapan = int((dasar * r).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
            assert baris.jasa == harapan, (id_p, baris.angsuran_ke)
            sisa -= baris.pokok


def test_ada_penunggak_dan_denda(t):
    an, pj = t["angsuran"], t["pinjaman"]
    assert (an["denda"] > 0).sum() >= 10
    assert set(pj["metode"]) == {"flat", "efektif", "anuitas"}
    assert 120 <= len(pj) <= 180
    # beberapa pinjaman macet: punya angsuran jatuh tempo sebelum Oktober yang tidak dibayar
    terakhir = an.groupby("id_pinjaman")["jatuh_tempo"].max()
    belum_lunas = pj.set_index("id_pinjaman")
    sisa = belum_lunas["saldo_awal"].where(belum_lunas["tanggal_cair"] < pd.Timestamp("2025-01-01"),
                                           belum_lunas["pokok"]) - an.groupby("id_pinjaman")["pokok"].sum().reindex(
        belum_lunas.index, fill_value=0)
    macet = sisa[(sisa > 0) & (terakhir.reindex(sisa.index) < pd.Timestamp("2025-09-01")).fillna(True)]
    assert len(macet) >= 3


def test_penjualan_toko_cocok_akun_405(t, jurnal):
    toko = t["penjualan_toko"]
    j = jurnal[(jurnal["akun"] == "405")]
    for m in range(1, 13):
        a = toko[toko["tanggal"].dt.month == m]
        b = j[j["tanggal"].dt.month == m]
        assert int(a["total"].sum()) == int(b["kredit"].sum() - b["debit"].sum())
        anggota = b[b["keterangan"] == "Penjualan toko kepada anggota"]
        assert int(a.loc[a["id_anggota"].notna(), "total"].sum()) == int(anggota["kredit"].sum())
    assert (j["unit"] == "toko").all()


def test_nilai_setoran_susu_dihitung_ulang(t):
    s = t["setoran_susu"]
    harapan = [int((Decimal(str(l)) * h).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
               for l, h in zip(s["liter"], s["harga_per_liter"])]
    assert s["nilai"].tolist() == harapan


def test_setoran_susu_cocok_utang_setoran_212(t, jurnal):
    s = t["setoran_susu"]
    j = jurnal[(jurnal["akun"] == "212") & (jurnal["no_bukti"] != "SA-2025") & (jurnal["kredit"] > 0)]
    for m in range(1, 13):
        assert int(s[s["tanggal"].dt.month == m]["nilai"].sum()) == int(j[j["tanggal"].dt.month == m]["kredit"].sum())
    # per peternak juga cocok
    per = s.groupby("id_anggota")["nilai"].sum()
    per_j = j.groupby("id_anggota")["kredit"].sum()
    assert per.sort_index().tolist() == per_j.reindex(per.index).tolist()
    # persediaan susu masuk (132 debit) = pembelian dari peternak
    p = jurnal[(jurnal["akun"] == "132") & (jurnal["debit"] > 0)]
    assert int(p["debit"].sum()) == int(s["nilai"].sum())


def test_penjualan_daring_cocok_akun_407(t, jurnal):
    d = t["penjualan_daring"]
    d = d[d["status"] == "selesai"]
    bersih = d["jumlah"] * d["harga_satuan"] - d["diskon_penjual"]
    j = jurnal[jurnal["akun"] == "407"]
    for m in range(1, 13):
        assert int(bersih[d["tanggal"].dt.month == m].sum()) == int(j[j["tanggal"].dt.month == m]["kredit"].sum())
    # harga pokok produk olahan = jumlah x harga pokok produk
    hpp = (d["jumlah"] * d["id_produk"].astype(str).map(t["produk"].set_index("id_produk")["harga_pokok"])).sum()
    assert int(hpp) == int(jurnal[jurnal["akun"] == "513"]["debit"].sum())


def _biaya_platform_modul_05(t) -> pd.DataFrame:
    """Biaya platform persis seperti di notebooks/05_pasar_online.ipynb (kelas QRIS terdaftar 2025)."""
    from kopkit import pasar

    return pasar.siapkan_penjualan(t["penjualan_daring"], t["produk"], kelas_merchant="usaha_mikro")


def test_akun_514_sama_dengan_biaya_platform_modul_05(t, jurnal):
    # Satu jalur kode: pembangkit data membukukan biaya hasil hitung_biaya, jadi akun 514 per bulan
    # (tanggal jurnal) = biaya_platform pesanan bulan itu (tanggal pesanan), sampai ke rupiah.
    siap = _biaya_platform_modul_05(t)
    biaya = siap.groupby("bulan")["biaya_platform"].sum().astype("int64")
    j = jurnal[jurnal["akun"] == "514"]
    beban = (j["debit"] - j["kredit"]).groupby(j["tanggal"].dt.strftime("%Y-%m")).sum().astype("int64")
    bulan = [f"2025-{m:02d}" for m in range(1, 13)]
    assert beban.reindex(bulan, fill_value=0).tolist() == biaya.reindex(bulan, fill_value=0).tolist()
    assert int(beban.sum()) == int(siap["biaya_platform"].sum()) > 0
    # MDR QRIS (WhatsApp) juga dibebankan ke 514; tidak ada akun beban lain untuk biaya platform.
    assert set(siap.loc[siap["biaya_platform"] > 0, "kanal"].astype(str)) <= {"whatsapp", "shopee", "tiktok_tokopedia"}
    akun_beban = set(t["akun"].loc[t["akun"]["jenis"] == "beban", "kode"])
    ket = jurnal["keterangan"].str.contains("MDR|QRIS|biaya layanan", case=False)
    assert set(jurnal.loc[ket & jurnal["akun"].isin(akun_beban), "akun"]) <= {"514"}


def test_biaya_platform_2025_dihitung_ulang_dari_tarif(t):
    # Pembanding independen dengan pandas biasa dan tarif 2025 yang diumumkan (tarif_platform.csv):
    # komisi 8 % (Shopee FMCG, TikTok/Tokopedia) atas harga - diskon penjual, dibulatkan setengah ke
    # atas per baris, hanya pesanan selesai; Rp1.250 per pesanan mulai 20 Juli 2025 (Shopee, pesanan
    # selesai) dan 11 Agustus 2025 (TikTok/Tokopedia, selesai atau retur); MDR QRIS usaha mikro 0 %
    # sampai Rp500.000 per transaksi, 0,3 % di atasnya.
    d = t["penjualan_daring"].copy()
    d["kanal"], d["status"] = d["kanal"].astype(str), d["status"].astype(str)
    d["bruto"] = d["jumlah"] * d["harga_satuan"] - d["diskon_penjual"]
    d["bulan"] = d["tanggal"].dt.strftime("%Y-%m")
    lokapasar = d[d["kanal"].isin(["shopee", "tiktok_tokopedia"]) & (d["status"] == "selesai")]
    komisi = (lokapasar["bruto"] * 8 + 50) // 100
    pesanan = d.drop_duplicates("id_pesanan")
    kena = (((pesanan["kanal"] == "shopee") & (pesanan["status"] == "selesai")
             & (pesanan["tanggal"] >= pd.Timestamp("2025-07-20")))
            | ((pesanan["kanal"] == "tiktok_tokopedia") & pesanan["status"].isin(["selesai", "retur"])
               & (pesanan["tanggal"] >= pd.Timestamp("2025-08-11"))))
    wa = d[(d["kanal"] == "whatsapp") & (d["status"] == "selesai")]
    nilai_wa = (wa["bruto"] + wa["ongkos_kirim"]).groupby(wa["id_pesanan"]).sum()
    mdr = nilai_wa.where(nilai_wa > 500_000, 0).map(
        lambda n: int((Decimal(int(n)) * Decimal("0.3") / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    bulan_wa = wa.drop_duplicates("id_pesanan").set_index("id_pesanan")["bulan"]
    harapan = (komisi.groupby(lokapasar["bulan"]).sum()
               .add((kena.astype("int64") * 1_250).groupby(pesanan["bulan"]).sum(), fill_value=0)
               .add(mdr.groupby(bulan_wa.reindex(mdr.index)).sum(), fill_value=0).astype("int64"))
    siap = _biaya_platform_modul_05(t)
    hasil = siap.groupby("bulan")["biaya_platform"].sum().astype("int64")
    assert hasil.to_dict() == harapan[harapan.index.isin(hasil.index)].to_dict()
    assert int(hasil.sum()) == int(harapan.sum())
    # sebelum Rp1.250 per pesanan berlaku, biaya = komisi saja
    assert int(siap.loc[siap["tanggal"] < pd.Timestamp("2025-07-20"), "biaya_pesanan"].sum()) == 0


def test_piutang_lokapasar_123_cair_bulan_berikutnya(t, jurnal):
    # Piutang lokapasar pada akhir bulan m = penjualan lokapasar bulan m - biaya platform bulan m:
    # bulan sebelumnya sudah dicairkan tanggal 10 (bersih setelah biaya), Desember belum cair.
    siap = _biaya_platform_modul_05(t)
    lp = siap[siap["kanal"].astype(str).isin(["shopee", "tiktok_tokopedia"])]
    sisa = (lp["pendapatan"] - lp["biaya_platform"]).groupby(lp["tanggal"].dt.month).sum()
    for m, akhir in enumerate(AKHIR_BULAN, start=1):
        assert -_saldo_akun(jurnal, "123", akhir) == int(sisa[m]), akhir
    cair = jurnal[(jurnal["akun"] == "123") & (jurnal["kredit"] > 0)
                  & jurnal["keterangan"].str.startswith("Pencairan")]
    assert (cair["tanggal"].dt.day == 10).all() and len(cair) == 2 * 11


@pytest.mark.parametrize("seed", [1, 7])
def test_biaya_platform_koperasi_lain_satu_jalur(seed):
    # Juga untuk koperasi kecil/cabang skala (benih lain): 514 per bulan = hitung_biaya, jurnal seimbang,
    # dan piutang lokapasar yang sudah dicairkan kembali nol.
    from kopkit.pasar.biaya import hitung_biaya
    from kopkit.datasets.bangun import bangun_koperasi

    k = bangun_koperasi(n_anggota=40, seed=seed)
    j = k["jurnal_umum"]
    b = hitung_biaya(k["penjualan_daring"], k["produk"], kelas_merchant="usaha_mikro")
    beban = j[j["akun"] == "514"]
    per_bulan = (beban["debit"] - beban["kredit"]).groupby(pd.to_datetime(beban["tanggal"]).dt.month).sum()
    harapan = b.groupby(pd.to_datetime(b["tanggal"]).dt.month)["biaya_platform"].sum()
    assert per_bulan.to_dict() == harapan[harapan != 0].to_dict()
    assert int(j["debit"].sum()) == int(j["kredit"].sum())
    lp = b[b["kanal"].isin(["shopee", "tiktok_tokopedia"])]
    des = lp[pd.to_datetime(lp["tanggal"]).dt.month == 12]
    p123 = j[j["akun"] == "123"]
    assert int(p123["debit"].sum() - p123["kredit"].sum()) == int((des["pendapatan"] - des["biaya_platform"]).sum())


def test_penjualan_daring_realistis(t):
    d = t["penjualan_daring"]
    assert set(d["kanal"]) == {"toko_offline", "whatsapp", "shopee", "tiktok_tokopedia"}
    assert set(d["status"]) == {"selesai", "batal", "retur"}
    pesanan = d.drop_duplicates("id_pesanan")
    jatim = (pesanan["provinsi"] == "Jawa Timur").mean()
    assert 0.5 < jatim < 0.95
    assert pesanan["provinsi"].nunique() >= 8
    # produk berpendingin tidak dikirim lewat lokapasar
    dingin = set(t["produk"].loc[t["produk"]["perlu_pendingin"], "id_produk"])
    lokapasar = d[d["kanal"].isin(["shopee", "tiktok_tokopedia"])]
    assert not lokapasar["id_produk"].astype(str).isin(dingin).any()
    # ongkos kirim hanya di baris pertama pesanan
    bukan_pertama = d.duplicated("id_pesanan")
    assert (d.loc[bukan_pertama, "ongkos_kirim"] == 0).all()


# ---------------------------------------------------------------- anggota
def test_transaksi_hanya_oleh_anggota_aktif(t):
    a = t["anggota"].set_index("id_anggota")

    def cek(df, kolom_tgl, boleh_hari_keluar=False):
        x = df.dropna(subset=["id_anggota"])
        masuk = a.loc[x["id_anggota"], "tanggal_masuk"].to_numpy()
        keluar = a.loc[x["id_anggota"], "tanggal_keluar"].to_numpy()
        tgl = x[kolom_tgl].to_numpy()
        assert (tgl >= masuk).all()
        ok = pd.isna(keluar) | ((tgl <= keluar) if boleh_hari_keluar else (tgl < keluar))
        assert ok.all()

    cek(t["simpanan"], "tanggal", boleh_hari_keluar=True)
    cek(t["penjualan_toko"], "tanggal")
    cek(t["setoran_susu"], "tanggal")
    cek(t["pinjaman"], "tanggal_cair")
    an = t["angsuran"].merge(t["pinjaman"][["id_pinjaman", "id_anggota"]], on="id_pinjaman")
    cek(an, "tanggal")
    j = t["jurnal_umum"]
    cek(j[j["no_bukti"] != "SA-2025"], "tanggal", boleh_hari_keluar=True)


def test_anggota_realistis(t):
    a = t["anggota"]
    assert 230 <= len(a) <= 270
    assert set(a["jenis_kelamin"]) == {"L", "P"}
    assert a["nama"].is_unique
    peternak = a[a["pekerjaan"] == "peternak sapi perah"]
    assert set(t["setoran_susu"]["id_anggota"]) <= set(peternak["id_anggota"])


# ---------------------------------------------------------------- SHU dan aturan
def _laba_rugi(t, jurnal):
    jenis = jurnal["akun"].map(t["akun"].set_index("kode")["jenis"])
    pendapatan = jurnal[jenis == "pendapatan"]
    beban = jurnal[jenis == "beban"]
    p = int(pendapatan["kredit"].sum() - pendapatan["debit"].sum())
    b = int(beban["debit"].sum() - beban["kredit"].sum())
    pajak = int(jurnal[jurnal["akun"] == "591"]["debit"].sum())
    return p, b, pajak


def test_shu_positif_dan_wajar(t, jurnal):
    p, b, pajak = _laba_rugi(t, jurnal)
    shu = p - b
    assert 100_000_000 <= shu <= 600_000_000
    assert 0 < pajak < (shu + pajak) * 22 // 100  # fasilitas Pasal 31E membuat tarif efektif < 22 %


def test_neraca_akhir_tahun_seimbang(t, jurnal):
    jenis = jurnal["akun"].map(t["akun"].set_index("kode")["jenis"])
    saldo = (jurnal["debit"] - jurnal["kredit"]).groupby(jenis).sum()
    aset = int(saldo["aset"])
    liab_ekuitas = -int(saldo["liabilitas"] + saldo["ekuitas"])
    p, b, _ = _laba_rugi(t, jurnal)
    assert aset == liab_ekuitas + (p - b)
    assert 1_500_000_000 < aset < 6_000_000_000


def test_aturan_shu_berjumlah_100(t):
    assert float(t["aturan_shu"]["persen"].sum()) == 100.0
    assert {"cadangan", "jasa_modal", "jasa_usaha"} <= set(t["aturan_shu"]["pos"])
    d = t["dasar_shu"]
    dihitung = d[d["dihitung"]]
    assert set(dihitung[dihitung["komponen"] == "jasa_modal"]["sumber"]) == {"simpanan_pokok", "simpanan_wajib"}


def test_pembagian_shu_2024_sesuai_aturan(t, jurnal):
    """Bukti pembagian SHU 2024 memakai persentase aturan_shu (dihitung ulang di sini)."""
    bagi = jurnal[jurnal["akun"] == "308"]
    shu_2024 = int(bagi[bagi["no_bukti"] == "SA-2025"]["kredit"].sum())
    bukti = jurnal[(jurnal["no_bukti"] == bagi[bagi["debit"] > 0]["no_bukti"].iloc[0])]
    persen = t["aturan_shu"].set_index("pos")["persen"]
    anggota = shu_2024 * int(persen["jasa_modal"]) // 100 + shu_2024 * int(persen["jasa_usaha"]) // 100
    assert int(bukti[bukti["akun"] == "222"]["kredit"].sum()) == anggota
    assert abs(int(bukti[bukti["akun"] == "305"]["kredit"].sum()) - shu_2024 * 40 // 100) < 10


# ---------------------------------------------------------------- kabupaten
def test_kabupaten_identitas_neraca(t):
    k = t["kabupaten"]
    assert (k["total_aset"] == k["liabilitas"] + k["modal_sendiri"]).all()
    assert (k["shu"] == k["pendapatan"] - k["beban"]).all()
    assert (k["simpanan_pokok"] + k["simpanan_wajib"] <= k["modal_sendiri"]).all()
    assert (k["simpanan_sukarela"] <= k["liabilitas"]).all()
    assert (k["anggota_aktif_bertransaksi"] <= k["jumlah_anggota"]).all()
    pinjaman = k[["pinjaman_lancar", "pinjaman_kurang_lancar", "pinjaman_diragukan", "pinjaman_macet"]].sum(axis=1)
    assert (pinjaman <= k["total_aset"]).all()


def test_kabupaten_sebaran_realistis(t):
    k = t["kabupaten"]
    assert k["id_koperasi"].nunique() == 120
    assert sorted(k["tahun"].unique()) == [2023, 2024, 2025]
    assert (k.groupby("id_koperasi").size() == 3).all()
    per_kop = k[k["tahun"] == 2025]
    porsi = per_kop["jenis"].value_counts(normalize=True)
    assert set(porsi.index) == {"produsen", "konsumen", "jasa", "pemasaran", "ksp", "ksp_syariah"}
    assert porsi.min() > 0.04
    assert per_kop["kecamatan"].nunique() >= 25
    # log-normal berekor panjang: rata-rata jauh di atas median, yang terbesar puluhan kali median
    aset = per_kop["total_aset"]
    assert aset.mean() > 1.5 * aset.median() and aset.max() > 20 * aset.median()
    assert 0 < (per_kop["shu"] < 0).sum() < 20  # ada yang rugi, tetapi sedikit
    assert (per_kop["nama"].str.len() > 5).all() and per_kop["nama"].is_unique


def test_kabupaten_tunas_makmur_dari_pembukuannya(t, jurnal):
    """Baris K0001 2025 dihitung ulang dari jurnal dan buku pembantu."""
    k = t["kabupaten"]
    r = k[(k["id_koperasi"] == "K0001") & (k["tahun"] == 2025)].iloc[0]
    assert r["nama"] == "KSU Tunas Makmur" and r["kecamatan"] == "Jabung"
    jenis = jurnal["akun"].map(t["akun"].set_index("kode")["jenis"])
    aset = int((jurnal["debit"] - jurnal["kredit"])[jenis == "aset"].sum())
    assert r["total_aset"] == aset
    p, b, _ = _laba_rugi(t, jurnal)
    assert r["shu"] == p - b
    pinjaman = r[["pinjaman_lancar", "pinjaman_kurang_lancar", "pinjaman_diragukan", "pinjaman_macet"]].sum()
    assert pinjaman == _saldo_akun(jurnal, "111", pd.Timestamp("2025-12-31"), kredit=False)
    s = t["simpanan"]
    assert r["simpanan_wajib"] == int((s["setor"] - s["tarik"])[s["jenis"] == "wajib"].sum())
    assert r["jumlah_anggota"] == int(t["anggota"]["tanggal_keluar"].isna().sum())


# ---------------------------------------------------------------- data skala besar (tidak dikirim)
def test_skala_cabang_unik_dan_seimbang():
    from kopkit.datasets.skala import koperasi_skala

    t = koperasi_skala(90, seed=11, ukuran_potong=45)
    assert len(t["anggota"]) == 90 and t["anggota"]["id_anggota"].is_unique
    assert len(t["akun"]) == len(data.muat("akun"))  # tabel tetap tidak digandakan
    j = t["jurnal_umum"]
    assert j["no_bukti"].str.startswith(("C001-", "C002-")).all()
    per_bukti = j.groupby("no_bukti")[["debit", "kredit"]].sum()
    assert (per_bukti["debit"] == per_bukti["kredit"]).all()
    assert set(j["id_anggota"].dropna()) <= set(t["anggota"]["id_anggota"])
    # buku pembantu tetap cocok dengan akun kontrol di data gabungan
    s = t["simpanan"]
    wajib = int((s["setor"] - s["tarik"])[s["jenis"] == "wajib"].sum())
    assert wajib == int(j.loc[j["akun"] == "302", "kredit"].sum() - j.loc[j["akun"] == "302", "debit"].sum())


def test_jurnal_skala_bentuk_dan_batas():
    from kopkit.datasets.skala import jurnal_skala

    j, akun = jurnal_skala(15_000, seed=3)
    assert 14_000 <= len(j) <= 15_000
    contoh = data.muat("jurnal_umum")
    assert list(j.columns) == list(contoh.columns)
    assert [str(x) for x in j.dtypes] == [str(x) for x in contoh.dtypes]
    per_bukti = j.groupby("no_bukti")[["debit", "kredit"]].sum()
    assert (per_bukti["debit"] == per_bukti["kredit"]).all()
    assert set(j["akun"]) <= set(akun["kode"])


def test_skala_menolak_masukan_salah():
    from kopkit.datasets.skala import jurnal_skala, koperasi_skala
    from kopkit.dasar.galat import GalatMasukan

    with pytest.raises(GalatMasukan, match="terlalu kecil"):
        koperasi_skala(5)
    with pytest.raises(GalatMasukan, match="tidak sah"):
        jurnal_skala(0)
