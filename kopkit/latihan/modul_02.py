"""Soal latihan modul 02 — SHU (dipakai exercises/sumber/02_shu.py).

Peserta menghitung pos SHU dari persen AD/ART, jasa modal dan jasa usaha seorang anggota,
mengenali aturan yang tidak berjumlah 100%, sisa pembulatan, dan daftar pembagian lengkap
KSU Tunas Makmur 2025. Semua kunci dihitung dari data dan fungsi kopkit, tidak diketik.
"""
from fractions import Fraction
from functools import lru_cache

import pandas as pd

from kopkit import data, kursus
from kopkit.buku.laporan import shu_tahun_berjalan
from kopkit.latihan import ____, SalahUmum, SoalFungsi, SoalNilai
from kopkit.shu import alokasi_shu, bagi_shu_anggota, dasar_dari_dataset, hitung_shu, rencana_dana_sosial

anggota = data.muat("anggota")
shu = shu_tahun_berjalan(data.muat("jurnal_umum"), data.muat("akun"), kursus.TAHUN_BUKU)
aturan = data.muat("aturan_shu")
alokasi = alokasi_shu(shu, "aturan_shu")
pos = {p: int(j) for p, j in zip(alokasi["pos"], alokasi["jumlah"])}
tahun_buku = kursus.TAHUN_BUKU
simpanan, transaksi, bobot = dasar_dari_dataset(tahun_buku)
aktif = anggota.loc[anggota["tanggal_keluar"].isna(), "id_anggota"].tolist()

#: Aturan usulan dalam soal 4 (sengaja tidak berjumlah 100).
aturan_usulan = {"cadangan": 40, "jasa_modal": 25, "jasa_usaha": 25, "dana_pengurus": 5,
                 "dana_pendidikan": 5, "dana_sosial": 5}

_ANGGOTA_SOAL = "A0002"


@lru_cache(maxsize=None)
def _pembagian(pembulatan: str = "sisa_terbesar"):
    return bagi_shu_anggota(simpanan, transaksi, jasa_modal=pos["jasa_modal"], jasa_usaha=pos["jasa_usaha"],
                            anggota=anggota, tahun=tahun_buku, bobot_transaksi=bobot, pembulatan=pembulatan,
                            kelipatan=100)


def _baris(ida: str):
    t = _pembagian().tabel
    return t.loc[t["id_anggota"] == ida].iloc[0]


def _transaksi_berbobot(ids) -> Fraction:
    t = transaksi.loc[list(ids)]
    return int(t["toko"].sum()) + Fraction(int(t["produsen"].sum()), 4) + int(t["usp"].sum())


def _jm_dibagi_rata() -> int:
    """Salah khas: pos jasa modal dibagi rata per kepala, bukan sebanding simpanan."""
    return round(Fraction(pos["jasa_modal"], len(aktif)))


def _ju_tanpa_bobot_susu() -> int:
    """Salah khas: nilai susu dihitung penuh (bobot 1, bukan 0,25)."""
    t = transaksi.loc[aktif]
    total = int(t.sum().sum())
    milik = int(transaksi.loc[_ANGGOTA_SOAL].sum())
    return round(Fraction(milik, total) * pos["jasa_usaha"])


def _shu_buku(simpanan_i, total_simpanan, transaksi_i, total_transaksi, pos_jm, pos_ju):
    """Rumus buku pelajaran (pecahan tepat): acuan untuk soal fungsi."""
    return float(Fraction(simpanan_i, total_simpanan) * pos_jm + Fraction(transaksi_i, total_transaksi) * pos_ju)


soal1 = SoalNilai(
    kode="02_shu.1",
    variabel="pos_dana_pendidikan",
    judul="Pos dana pendidikan (5% dari SHU)",
    benar=lambda: pos["dana_pendidikan"],
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda jawab, benar: int(jawab) == shu * 5, "Persen harus dibagi 100: 5% = 5/100."),
        SalahUmum(lambda jawab, benar: int(jawab) == shu, "Itu SHU seluruhnya. Ambil 5% saja."),
        SalahUmum(lambda jawab, benar: int(jawab) in (pos["jasa_modal"], pos["cadangan"]),
                  "Itu pos lain. Lihat baris dana_pendidikan di tabel aturan."),
    ],
    petunjuk=["Pos = persen/100 × SHU. Persen dana pendidikan ada di tabel `aturan`.",
              "Hasilnya berpecahan; bulatkan ke rupiah, mis. dengan round(...).",
              "Cara kopkit: alokasi_shu(shu, 'aturan_shu') lalu baca baris dana_pendidikan."],
    solusi="pos_dana_pendidikan = round(shu * 5 / 100)",
)

soal2 = SoalFungsi(
    kode="02_shu.2",
    variabel="shu_anggota",
    judul="Rumus SHU seorang anggota (seperti soal buku)",
    acuan=_shu_buku,
    # Kasus: soal Quipper (Koperasi Bangau Hitam), soal Koperasi Sederhana, dan dua kasus kecil.
    kasus=[(3_000_000, 60_000_000, 1_000_000, 100_000_000, 10_000_000, 12_000_000),
           (1_200_000, 70_000_000, 1_500_000, 20_000_000, 5_000_000, 7_500_000),
           (0, 10, 5, 10, 100, 100), (7, 7, 0, 9, 1_000, 2_000)],
    jenis="angka",
    toleransi=1e-9,
    salah_umum=[
        SalahUmum(lambda keluaran, harapan: float(keluaran) == int(keluaran)
                  and float(harapan) != int(harapan) and abs(float(keluaran) - float(harapan)) < 1,
                  "Fungsi Anda membulatkan hasilnya (mis. dengan round() atau int()). Di fungsi ini jangan "
                  "dibulatkan: kembalikan hasil pembagiannya apa adanya. Pembulatan ke rupiah dilakukan "
                  "sekali, di daftar pembagian."),
    ],
    petunjuk=["Jasa modal = simpanan_i / total_simpanan × pos_jm; jasa usaha = transaksi_i / "
              "total_transaksi × pos_ju; SHU = keduanya dijumlahkan.",
              "Jangan dibulatkan di fungsi ini: kembalikan hasil pembagiannya apa adanya."],
    solusi=("def shu_anggota(simpanan_i, total_simpanan, transaksi_i, total_transaksi, pos_jm, pos_ju):\n"
            "    jasa_modal = simpanan_i / total_simpanan * pos_jm\n"
            "    jasa_usaha = transaksi_i / total_transaksi * pos_ju\n"
            "    return jasa_modal + jasa_usaha"),
)

soal3 = SoalNilai(
    kode="02_shu.3",
    variabel="jasa_modal_tutik",
    judul="Jasa modal Tutik Lestari (A0002), dibulatkan ke rupiah",
    benar=lambda: int(_baris(_ANGGOTA_SOAL)["jasa_modal"]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda jawab, benar: abs(int(jawab) - _jm_dibagi_rata()) <= 1,
                  "Jasa modal tidak dibagi rata per orang, tetapi sebanding simpanan masing-masing."),
        SalahUmum(lambda jawab, benar: int(jawab) == benar - 1,
                  "Hampir! Anda memotong pecahannya. Bulatkan ke rupiah terdekat dengan round(...)."),
    ],
    # Anggota yang sudah keluar bersimpanan 0 di akhir tahun, jadi menjumlahkan SEMUA simpanan
    # memberi angka yang sama: dikenali dari teks sel jawaban, bukan dari angkanya.
    salah_kode=[(r"\bsimpanan\s*(?:\.\s*values\s*)?\.\s*sum\s*\(|\bsum\s*\(\s*simpanan\s*[),]",
                 "Angkanya kebetulan sama, tetapi Anda menjumlahkan simpanan SEMUA anggota, termasuk yang "
                 "sudah keluar. Anggota yang keluar sebelum akhir tahun buku tidak ikut dibagi: jumlahkan "
                 "simpanan anggota aktif saja (simpanan[aktif].sum()).")],
    petunjuk=["Jasa modal = simpanan A0002 / Σ simpanan anggota aktif × pos jasa modal.",
              "simpanan['A0002'], simpanan[aktif].sum() dan pos['jasa_modal'] sudah tersedia.",
              "round(simpanan['A0002'] / simpanan[aktif].sum() * pos['jasa_modal'])"],
    solusi="jasa_modal_tutik = round(simpanan['A0002'] / simpanan[aktif].sum() * pos['jasa_modal'])",
)

soal4 = SoalNilai(
    kode="02_shu.4",
    variabel="jasa_usaha_tutik",
    judul="Jasa usaha Tutik Lestari (A0002), dibulatkan ke rupiah",
    benar=lambda: int(_baris(_ANGGOTA_SOAL)["jasa_usaha"]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda jawab, benar: int(jawab) == _ju_tanpa_bobot_susu(),
                  "Setoran susu dihitung 25% saja (aturan dasar_shu). Kalikan kolom produsen dengan 0,25 "
                  "sebelum menjumlahkan."),
    ],
    petunjuk=["Transaksi berbobot = toko + 0,25 × produsen + usp (lihat dataset dasar_shu).",
              "Hitung dulu transaksi berbobot A0002 dan Σ transaksi berbobot anggota aktif.",
              "berbobot = transaksi['toko'] + 0.25 * transaksi['produsen'] + transaksi['usp'], lalu "
              "round(berbobot['A0002'] / berbobot[aktif].sum() * pos['jasa_usaha'])"],
    solusi=("berbobot = transaksi['toko'] + 0.25 * transaksi['produsen'] + transaksi['usp']\n"
            "jasa_usaha_tutik = round(berbobot['A0002'] / berbobot[aktif].sum() * pos['jasa_usaha'])"),
)

soal5 = SoalNilai(
    kode="02_shu.5",
    variabel="kelebihan_persen",
    judul="Aturan usulan: kelebihan berapa persen?",
    benar=lambda: sum(aturan_usulan.values()) - 100,
    jenis="angka",
    salah_umum=[SalahUmum(lambda jawab, benar: float(jawab) == sum(aturan_usulan.values()),
                          "Itu jumlah semua persen. Yang ditanya kelebihannya dari 100.")],
    petunjuk=["Jumlahkan semua persen di `aturan_usulan`, lalu kurangi 100.",
              "sum(aturan_usulan.values()) - 100"],
    solusi="kelebihan_persen = sum(aturan_usulan.values()) - 100",
)

soal6 = SoalNilai(
    kode="02_shu.6",
    variabel="sisa_pembulatan_jm",
    judul="Sisa pembulatan pos jasa modal bila setiap bagian dibulatkan ke bawah ke Rp 100",
    benar=lambda: _pembagian("ke_bawah").sisa_pembulatan["jasa_modal"],
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda jawab, benar: int(jawab) == _pembagian("ke_bawah").total_sisa,
                  "Itu sisa dua pos (jasa modal + jasa usaha). Yang ditanya pos jasa modal saja."),
        SalahUmum(lambda jawab, benar: int(jawab) == 0,
                  "Dengan sisa terbesar memang tidak ada sisa; di soal ini setiap bagian dibulatkan ke bawah "
                  "ke Rp 100."),
    ],
    petunjuk=["Panggil bagi_shu_anggota(...) seperti di pelajaran dengan pembulatan='ke_bawah', kelipatan=100.",
              "Hasilnya punya atribut sisa_pembulatan (dict per pos)."],
    solusi=("hasil = bagi_shu_anggota(simpanan, transaksi, jasa_modal=pos['jasa_modal'], "
            "jasa_usaha=pos['jasa_usaha'],\n"
            "                         anggota=anggota, tahun=tahun_buku, bobot_transaksi=bobot,\n"
            "                         pembulatan='ke_bawah', kelipatan=100)\n"
            "sisa_pembulatan_jm = hasil.sisa_pembulatan['jasa_modal']"),
)

soal7 = SoalNilai(
    kode="02_shu.7",
    variabel="daftar",
    judul="Daftar pembagian SHU semua anggota",
    benar=lambda: _pembagian().tabel[["id_anggota", "jasa_modal", "jasa_usaha", "total"]],
    jenis="tabel",
    petunjuk=["Gunakan bagi_shu_anggota dengan simpanan, transaksi, pos jasa modal/usaha, anggota=anggota "
              "dan bobot_transaksi=bobot (pembulatan bawaan: sisa terbesar).",
              "Ambil kolom id_anggota, jasa_modal, jasa_usaha, total dari hasil.tabel."],
    solusi=("hasil = bagi_shu_anggota(simpanan, transaksi, jasa_modal=pos['jasa_modal'], "
            "jasa_usaha=pos['jasa_usaha'],\n"
            "                         anggota=anggota, tahun=tahun_buku, bobot_transaksi=bobot)\n"
            "daftar = hasil.tabel[['id_anggota', 'jasa_modal', 'jasa_usaha', 'total']]"),
)

# Soal 8-11 — "mengapa" dan dana sosial; kunci dari data (dasar_shu, anggota, hitung_shu).
_KETERANGAN_DASAR = data.muat("dasar_shu").set_index("sumber")["keterangan"]
_KELUAR = anggota.loc[anggota["tanggal_keluar"].dt.month.eq(9) & anggota["tanggal_keluar"].dt.year.eq(tahun_buku)]
#: Anggota yang keluar pada bulan September tahun buku (soal 9).
anggota_keluar_september = _KELUAR.iloc[0]["id_anggota"]


def _menerima_shu(ida: str) -> str:
    return "ya" if ida in set(_pembagian().tabel["id_anggota"]) else "tidak"


def _pos_sisa_ke_bawah() -> str:
    _, hasil = hitung_shu(shu, simpanan, transaksi, "aturan_shu", anggota=anggota, tahun=tahun_buku,
                          bobot_transaksi=bobot, pembulatan="ke_bawah", kelipatan=100)
    return hasil.pos_sisa


#: Rencana dana sosial yang disetujui RAT (soal 11): kegiatan -> (biaya satuan, persen).
rencana_rat = {"paket sembako": (125_000, 65), "perbaikan rumah": (2_150_000, 35)}


def _paket_sembako() -> int:
    r = rencana_dana_sosial(pos["dana_sosial"], rencana_rat).set_index("kegiatan")
    return int(r.loc["paket sembako", "jumlah_unit"])


soal8 = SoalNilai(
    kode="02_shu.8",
    variabel="alasan_sukarela",
    judul="Mengapa simpanan sukarela tidak ikut dasar jasa modal?",
    benar="sudah mendapat jasa simpanan",
    jenis="teks",
    pilihan=["sudah mendapat jasa simpanan", "bukan milik anggota", "jumlahnya terlalu kecil"],
    salah_umum=[
        SalahUmum(lambda j, b: j.strip().lower() == "bukan milik anggota",
                  "Simpanan sukarela milik anggota (koperasi berutang kepadanya). Alasannya di AD/ART: "
                  + _KETERANGAN_DASAR["simpanan_sukarela"]),
        SalahUmum(lambda j, b: j.strip().lower() == "jumlahnya terlalu kecil",
                  "Besarnya tidak menentukan. Alasannya di AD/ART: " + _KETERANGAN_DASAR["simpanan_sukarela"]),
    ],
    petunjuk=["Lihat kolom keterangan dataset dasar_shu untuk sumber simpanan_sukarela."],
    solusi='alasan_sukarela = "sudah mendapat jasa simpanan"',
)

soal9 = SoalNilai(
    kode="02_shu.9",
    variabel="keluar_september_dapat_shu",
    judul="Anggota yang keluar bulan September: menerima SHU tahun itu?",
    benar=lambda: _menerima_shu(anggota_keluar_september),
    jenis="teks",
    pilihan=["ya", "tidak"],
    salah_umum=[SalahUmum(lambda j, b: j.strip().lower() == "ya",
                          "Ia memang bertransaksi sampai September, tetapi AD/ART KSU Tunas Makmur (bawaan kopkit) "
                          "hanya membagi SHU kepada yang masih anggota pada akhir tahun buku. AD/ART lain boleh "
                          "berbeda: kopkit punya pilihan sertakan_yang_keluar=True.")],
    petunjuk=["Lihat tabel pembagian.tidak_diikutkan di pelajaran 02, bagian 3."],
    solusi='keluar_september_dapat_shu = "tidak"',
)

soal10 = SoalNilai(
    kode="02_shu.10",
    variabel="pos_sisa_pembulatan",
    judul="Ke pos mana sisa pembulatan ke bawah (Rp 100) dimasukkan?",
    benar=_pos_sisa_ke_bawah,
    jenis="teks",
    pilihan=list(aturan["pos"]),
    salah_umum=[SalahUmum(lambda j, b: j.strip().lower() in ("jasa_modal", "jasa_usaha"),
                          "Sisa pembulatan justru berasal dari pos jasa modal dan jasa usaha yang tidak habis "
                          "dibagi ke anggota; ia dipindah ke pos lain supaya jumlah semua pos tetap sama dengan SHU.")],
    petunjuk=["Jalankan hitung_shu(..., pembulatan='ke_bawah', kelipatan=100) dan lihat atribut pos_sisa."],
    solusi='pos_sisa_pembulatan = "cadangan"',
)

soal11 = SoalNilai(
    kode="02_shu.11",
    variabel="paket_sembako",
    judul="Dana sosial 2025: berapa paket sembako?",
    benar=_paket_sembako,
    jenis="bulat",
    salah_umum=[
        SalahUmum(lambda j, b: int(j) == pos["dana_sosial"] // rencana_rat["paket sembako"][0],
                  "Itu bila SELURUH dana sosial untuk sembako. RAT menyetujui 65% saja untuk sembako."),
        SalahUmum(lambda j, b: int(j) == 520,
                  "520 paket adalah cerita gempa 2021 dengan dana Rp 100 juta. Pakai dana sosial KSU Tunas "
                  "Makmur 2025 (pos['dana_sosial'])."),
    ],
    petunjuk=["Anggaran sembako = 65% × pos['dana_sosial']; paket = anggaran ÷ 125.000, dibulatkan ke bawah.",
              "rencana_dana_sosial(pos['dana_sosial'], rencana_rat)"],
    solusi=("r = rencana_dana_sosial(pos['dana_sosial'], rencana_rat).set_index('kegiatan')\n"
            "paket_sembako = int(r.loc['paket sembako', 'jumlah_unit'])"),
)

__all__ = ["____", "pd", "tahun_buku", "shu", "aturan", "alokasi", "pos", "simpanan", "transaksi", "bobot", "anggota", "aktif",
           "aturan_usulan", "alokasi_shu", "bagi_shu_anggota", "hitung_shu", "rencana_dana_sosial",
           "rencana_rat", "anggota_keluar_september",
           "soal1", "soal2", "soal3", "soal4", "soal5", "soal6", "soal7",
           "soal8", "soal9", "soal10", "soal11"]
