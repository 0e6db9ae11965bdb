"""Latihan 02 (SHU): jawaban salah yang khas mendapat pesan yang dimaksud; kunci dihitung bebas."""
from __future__ import annotations

from fractions import Fraction

import pandas as pd

from kopkit import data
from kopkit.latihan import modul_02 as m


def test_kunci_pos_dana_pendidikan_sama_dengan_hitungan_tangan():
    # 5% × SHU, dibulatkan: selisih dengan pecahan tepatnya kurang dari Rp1.
    assert abs(Fraction(m.shu * 5, 100) - m.soal1.nilai_benar()) < 1


def test_lupa_membagi_100():
    hasil = m.soal1.periksa({"pos_dana_pendidikan": m.shu * 5})
    assert hasil.status == "salah" and "dibagi 100" in hasil.pesan


def test_pecahan_rupiah_ditolak():
    hasil = m.soal1.periksa({"pos_dana_pendidikan": m.shu * 5 / 100})
    assert hasil.status == "salah"


def test_rumus_buku_menurut_contoh_quipper():
    # Soal Koperasi Bangau Hitam (Quipper): 500.000 + 120.000 = 620.000.
    assert m._shu_buku(3_000_000, 60_000_000, 1_000_000, 100_000_000, 10_000_000, 12_000_000) == 620_000


def test_fungsi_yang_lupa_jasa_usaha_salah():
    def shu_anggota(simpanan_i, total_simpanan, transaksi_i, total_transaksi, pos_jm, pos_ju):
        return simpanan_i / total_simpanan * pos_jm

    hasil = m.soal2.periksa({"shu_anggota": shu_anggota})
    assert hasil.status == "salah" and "terlalu kecil" in hasil.pesan


def test_jasa_modal_kunci_dihitung_bebas():
    simp = m.simpanan[m.aktif]
    tepat = Fraction(int(simp["A0002"]), int(simp.sum())) * m.pos["jasa_modal"]
    assert abs(tepat - m.soal3.nilai_benar()) < 1


def test_jasa_modal_dibagi_rata_dan_dipotong_diberi_pesan():
    rata = m.soal3.periksa({"jasa_modal_tutik": m.pos["jasa_modal"] // len(m.aktif)})
    assert rata.status == "salah" and "sebanding simpanan" in rata.pesan
    potong = m.soal3.periksa({"jasa_modal_tutik": m.soal3.nilai_benar() - 1})
    assert potong.status == "salah" and "round" in potong.pesan


def test_jasa_usaha_tanpa_bobot_susu_diberi_pesan():
    t = m.transaksi.loc[m.aktif]
    salah = round(Fraction(int(m.transaksi.loc["A0002"].sum()), int(t.sum().sum())) * m.pos["jasa_usaha"])
    hasil = m.soal4.periksa({"jasa_usaha_tutik": salah})
    assert hasil.status == "salah" and "25%" in hasil.pesan


def test_jasa_usaha_kunci_dihitung_bebas():
    # Hitung langsung dari data mentah toko, susu, angsuran (tanpa fungsi dasar kopkit).
    toko = data.muat("penjualan_toko")
    susu = data.muat("setoran_susu")
    ang = data.muat("angsuran").merge(data.muat("pinjaman")[["id_pinjaman", "id_anggota"]], on="id_pinjaman")
    aktif = set(m.aktif)

    def berbobot(ida=None):
        def jumlah(df, kolom):
            d = df.loc[(df["tanggal"].dt.year == 2025) & df["id_anggota"].isin(aktif if ida is None else {ida})]
            return int(d[kolom].sum())
        return jumlah(toko, "total") + Fraction(jumlah(susu, "nilai"), 4) + jumlah(ang, "jasa")

    tepat = berbobot("A0002") / berbobot() * m.pos["jasa_usaha"]
    assert abs(tepat - m.soal4.nilai_benar()) < 1


def test_kelebihan_persen():
    assert m.soal5.nilai_benar() == 5
    hasil = m.soal5.periksa({"kelebihan_persen": 105})
    assert hasil.status == "salah" and "kelebihannya" in hasil.pesan


def test_sisa_dua_pos_diberi_pesan():
    total = m._pembagian("ke_bawah").total_sisa
    hasil = m.soal6.periksa({"sisa_pembulatan_jm": total})
    assert hasil.status == "salah" and "dua pos" in hasil.pesan


def test_sisa_pembulatan_dihitung_bebas():
    # Bulatkan ke bawah ke Rp100 setiap bagian tepat, jumlahkan, kurangkan dari pos.
    simp = m.simpanan[m.aktif]
    total = int(simp.sum())
    bagian = sum((int(s) * m.pos["jasa_modal"]) // (total * 100) * 100 for s in simp)
    assert m.soal6.nilai_benar() == m.pos["jasa_modal"] - bagian


def test_daftar_dengan_anggota_keluar_salah():
    salah = pd.DataFrame({"id_anggota": m.anggota["id_anggota"], "jasa_modal": 0, "jasa_usaha": 0, "total": 0})
    hasil = m.soal7.periksa({"daftar": salah})
    assert hasil.status == "salah" and "baris" in hasil.pesan
    kunci = m.soal7.nilai_benar()
    assert int(kunci["jasa_modal"].sum()) == m.pos["jasa_modal"]
    assert int(kunci["jasa_usaha"].sum()) == m.pos["jasa_usaha"]


def test_fungsi_yang_membulatkan_disebut_membulatkan():
    """Issue 12: round() di dalam fungsi dinilai "terlalu kecil"; pesan harus menyebut pembulatan."""
    def shu_anggota(simpanan_i, total_simpanan, transaksi_i, total_transaksi, pos_jm, pos_ju):
        return round(simpanan_i / total_simpanan * pos_jm + transaksi_i / total_transaksi * pos_ju)

    h = m.soal2.periksa({"shu_anggota": shu_anggota})
    assert h.status == "salah" and "membulatkan" in h.pesan and "terlalu" not in h.pesan


def test_jasa_modal_yang_menghitung_anggota_keluar_tidak_diterima():
    """Issue 12: Σ simpanan SEMUA anggota memberi rupiah yang sama (yang keluar bersimpanan 0 di akhir
    tahun), jadi dulu diterima. Cara hitungnya dikenali dari teks sel jawaban."""
    semua = round(m.simpanan["A0002"] / m.simpanan.sum() * m.pos["jasa_modal"])
    assert semua == m.soal3.nilai_benar()  # inilah sebabnya angka saja tidak cukup
    ruang = {"jasa_modal_tutik": semua}
    for sel in ("jasa_modal_tutik = round(simpanan['A0002'] / simpanan.sum() * pos['jasa_modal'])",
                "jasa_modal_tutik = round(simpanan['A0002'] / sum(simpanan) * pos['jasa_modal'])"):
        h = m.soal3.periksa(ruang, sumber=sel)
        assert h.status == "salah" and "sudah keluar" in h.pesan
    benar = "jasa_modal_tutik = round(simpanan['A0002'] / simpanan[aktif].sum() * pos['jasa_modal'])"
    assert m.soal3.periksa(ruang, sumber=benar).status == "benar"
    assert m.soal3.periksa(ruang, sumber=m.soal3.kode_solusi).status == "benar"


def test_salah_kode_dari_sel_notebook_sungguhan():
    from IPython.core.interactiveshell import InteractiveShell

    from kopkit.latihan import mesin

    ip = InteractiveShell.instance()
    try:
        assert mesin.pasang_kait()
        ip.user_ns.update(simpanan=m.simpanan, pos=m.pos, aktif=m.aktif)
        ip.run_cell("jasa_modal_tutik = round(simpanan['A0002'] / simpanan.sum() * pos['jasa_modal'])")
        assert m.soal3.periksa(ip.user_ns).status == "salah"
        ip.run_cell("jasa_modal_tutik = round(simpanan['A0002'] / simpanan[aktif].sum() * pos['jasa_modal'])")
        assert m.soal3.periksa(ip.user_ns).status == "benar"
    finally:
        mesin._SEL_GAGAL.clear()
        mesin._SEL_TERAKHIR.clear()
        InteractiveShell.clear_instance()


def test_soal_mengapa_dan_dana_sosial():
    from kopkit.shu import rencana_dana_sosial

    assert m.soal8.periksa({"alasan_sukarela": "sudah mendapat jasa simpanan"}).status == "benar"
    salah = m.soal8.periksa({"alasan_sukarela": "bukan milik anggota"})
    assert salah.status == "salah" and "jasa simpanan" in salah.pesan  # alasan dikutip dari dataset dasar_shu
    # soal 9: anggota itu memang keluar bulan September dan tidak ada di daftar pembagian
    keluar = data.muat("anggota").set_index("id_anggota").loc[m.anggota_keluar_september, "tanggal_keluar"]
    assert (keluar.year, keluar.month) == (2025, 9)
    assert m.soal9.nilai_benar() == "tidak"
    assert "sertakan_yang_keluar" in m.soal9.periksa({"keluar_september_dapat_shu": "ya"}).pesan
    assert m.soal10.nilai_benar() == "cadangan"
    # soal 11: hitungan tangan — 65% dana sosial dibagi Rp125.000, dibulatkan ke bawah
    paket = m.pos["dana_sosial"] * 65 // 100 // 125_000
    assert m.soal11.nilai_benar() == paket
    r = rencana_dana_sosial(m.pos["dana_sosial"], m.rencana_rat)
    assert int(r["terpakai"].sum() + r["sisa"].sum()) == m.pos["dana_sosial"]
    assert "65%" in m.soal11.periksa({"paket_sembako": m.pos["dana_sosial"] // 125_000}).pesan
