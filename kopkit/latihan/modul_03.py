"""Soal latihan modul 03 — Simpan pinjam (dipakai exercises/sumber/03_simpan_pinjam.py).

Peserta menghitung satu angsuran dengan setiap metode, bunga sebenarnya pinjaman flat, kelas dari
umur tunggakan, PPAP satu pinjaman, pemeriksaan BMPP, satu bagian bagi hasil, dan menjawab dua
pertanyaan "mengapa". Semua kunci dihitung dengan fungsi kopkit dan data kursus, tidak diketik.
"""
from fractions import Fraction

import pandas as pd

from kopkit import buku, data
from kopkit.latihan import ____, SalahUmum, SoalNilai, SoalRefleksi
from kopkit.simpan_pinjam import (aturan_kolektibilitas, bagi_hasil_mudharabah, batas_bmpp, flat_ke_efektif,
                                  jadwal_angsuran, jadwal_banyak, kelas_dari_hari, kualitas_pinjaman)

#: Tanggal penilaian kualitas pinjaman dan aturan (akhir tahun buku data kursus).
PADA = "2025-12-31"

#: Pinjaman contoh untuk soal 1-4 (seorang anggota meminjam untuk membeli sapi perah).
POKOK, TENOR, BUNGA = 9_000_000, 12, "1,5"

anggota = data.muat("anggota")
pinjaman = data.muat("pinjaman")
angsuran = data.muat("angsuran")
aturan_produk = dict(pembulatan={"flat": "pokok", "efektif": "pokok", "anuitas": "angsuran"}, kelipatan=100,
                     hari_maks=28)
kualitas = kualitas_pinjaman(pinjaman, angsuran, jadwal_banyak(pinjaman, **aturan_produk), PADA)
aturan_kelas = aturan_kolektibilitas(PADA)

_lpk = buku.laporan_posisi_keuangan(data.muat("jurnal_umum"), data.muat("akun"), per=PADA)
modal_sendiri = int(_lpk.loc[_lpk["pos"] == "JUMLAH EKUITAS", "jumlah"].iat[0])

#: Pinjaman kurang lancar untuk soal 5-6: yang pertama di data kualitas per 31 Desember 2025.
_PJ_SOAL = kualitas.loc[kualitas["kelas"] == "kurang_lancar", "id_pinjaman"].iat[0]
pinjaman_soal = kualitas.set_index("id_pinjaman").loc[_PJ_SOAL]

#: Usulan pinjaman seorang pengurus (soal 7): di antara BMPP orang dalam dan BMPP lainnya.
_BATAS = batas_bmpp(modal_sendiri, PADA)
usulan_pengurus = (_BATAS["orang_dalam"] + _BATAS["lainnya"]) // 2 // 1_000_000 * 1_000_000

#: Simpanan mudharabah (soal 8): saldo rata-rata bulan ini, pendapatan yang dibagihasilkan, nisbah.
saldo_rata_rata = pd.Series({"Bu Sri": 12_000_000, "Pak Darto": 4_500_000, "Bu Wati": 23_500_000})
PENDAPATAN, NISBAH_PENYIMPAN = 1_200_000, "55"


def _jadwal(metode):
    return jadwal_angsuran(POKOK, TENOR, BUNGA, metode=metode)


soal1 = SoalNilai(
    kode="03_simpan_pinjam.1",
    variabel="angsuran_flat",
    judul="Angsuran bulanan pinjaman flat",
    benar=lambda: int(_jadwal("flat")["angsuran"].iat[0]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: int(j) == POKOK // TENOR, "Itu pokoknya saja. Tambahkan jasa sebulan."),
        SalahUmum(lambda j, b: int(j) == int(_jadwal("flat")["jasa"].iat[0]), "Itu jasanya saja. Tambahkan pokok sebulan."),
        SalahUmum(lambda j, b: int(j) == POKOK // TENOR + POKOK * 15 // 10,
                  "Bunga ditulis dalam persen: 1,5% = 1,5/100 = 0,015."),
    ],
    petunjuk=["Flat: pokok sebulan = pokok ÷ tenor; jasa sebulan = pokok × bunga per bulan.",
              "9.000.000 ÷ 12 + 9.000.000 × 0,015."],
    solusi="angsuran_flat = 9_000_000 // 12 + round(9_000_000 * 0.015)",
)

soal2 = SoalNilai(
    kode="03_simpan_pinjam.2",
    variabel="angsuran_efektif_3",
    judul="Angsuran bulan ke-3 pinjaman efektif (menurun)",
    benar=lambda: int(_jadwal("efektif")["angsuran"].iat[2]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: int(j) == int(_jadwal("efektif")["angsuran"].iat[0]),
                  "Itu angsuran bulan pertama (sama dengan flat). Bulan ke-3, jasa dihitung dari SISA pokok "
                  "yang sudah berkurang dua kali."),
        SalahUmum(lambda j, b: int(j) == int(_jadwal("efektif")["angsuran"].iat[3]),
                  "Itu bulan ke-4: sebelum angsuran ke-3, pokok baru dibayar dua kali."),
    ],
    petunjuk=["Sisa pokok sebelum angsuran ke-3 = pokok − 2 × (pokok ÷ tenor).",
              "Angsuran ke-3 = pokok ÷ tenor + sisa pokok itu × 0,015.",
              "Atau: jadwal_angsuran(9_000_000, 12, '1,5', metode='efektif')."],
    solusi=("angsuran_efektif_3 = int(jadwal_angsuran(9_000_000, 12, '1,5', metode='efektif')"
            "['angsuran'].iat[2])"),
)

soal3 = SoalNilai(
    kode="03_simpan_pinjam.3",
    variabel="angsuran_anuitas",
    judul="Angsuran anuitas (Excel: PMT)",
    benar=lambda: int(_jadwal("anuitas")["angsuran"].iat[0]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: int(j) == int(_jadwal("flat")["angsuran"].iat[0]),
                  "Itu angsuran flat. Anuitas memakai rumus PMT: P·r / (1 − (1+r)^−n)."),
        SalahUmum(lambda j, b: abs(int(j) - round(POKOK * 0.18 / (1 - 1.18 ** -TENOR))) <= 1,
                  "Bunga per bulan 0,015, bukan 0,18 per tahun: r dan n harus sama-sama bulanan."),
    ],
    petunjuk=["Excel: =PMT(1,5%;12;-9000000). Di Python: numpy_financial.pmt(0.015, 12, -9_000_000).",
              "Bulatkan ke rupiah terdekat dengan round(...)."],
    solusi="angsuran_anuitas = round(9_000_000 * 0.015 / (1 - 1.015 ** -12))",
)

soal4 = SoalNilai(
    kode="03_simpan_pinjam.4",
    variabel="bunga_sebenarnya_persen",
    judul="Bunga sebenarnya pinjaman flat (persen per bulan)",
    benar=lambda: flat_ke_efektif(BUNGA, TENOR) * 100,
    jenis="angka",
    toleransi=0.005,
    salah_umum=[
        SalahUmum(lambda j, b: abs(float(j) - 1.5) < 0.01, "Itu bunga tertulisnya. Hitung IRR dari arus kas."),
        SalahUmum(lambda j, b: abs(float(j) - b / 100) < 0.001, "Tulis dalam persen: 0,027 = 2,7 persen."),
        SalahUmum(lambda j, b: abs(float(j) - b * 12) < 0.5, "Itu per tahun. Soal meminta per bulan."),
    ],
    petunjuk=["Excel: =RATE(12;-angsuran_flat;9000000). Di Python: numpy_financial.rate(12, -angsuran_flat, 9_000_000, 0).",
              "Kalikan 100 supaya menjadi persen; dua angka di belakang koma cukup."],
    solusi="bunga_sebenarnya_persen = flat_ke_efektif('1,5', 12) * 100",
)

soal5 = SoalNilai(
    kode="03_simpan_pinjam.5",
    variabel="kelas_pinjaman",
    judul="Kelas kolektibilitas dari umur tunggakan",
    benar=lambda: kelas_dari_hari(int(pinjaman_soal["hari_tunggakan"]), PADA),
    jenis="teks",
    pilihan=list(aturan_kelas["kelas"]),
    salah_umum=[SalahUmum(lambda j, b: str(j).strip() == "lancar",
                          "Lancar hanya sampai batas hari kelas pertama di tabel aturan_kelas.")],
    petunjuk=["Cari baris aturan_kelas yang hari_min ≤ umur tunggakan ≤ hari_maks."],
    solusi="kelas_pinjaman = kelas_dari_hari(int(pinjaman_soal['hari_tunggakan']), PADA)",
)

soal6 = SoalNilai(
    kode="03_simpan_pinjam.6",
    variabel="ppap_pinjaman",
    judul="PPAP satu pinjaman",
    benar=lambda: int(pinjaman_soal["ppap"]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: int(j) == int(int(pinjaman_soal["sisa_pokok"]) * aturan_kelas["ppap_persen"].iat[0] // 100),
                  "Itu PPAP kelas lancar. Pakai persen kelas pinjaman ini (soal 5)."),
        SalahUmum(lambda j, b: int(j) == int(int(pinjaman_soal["jumlah_tertunggak"]) * pinjaman_soal["ppap_persen"] // 100),
                  "PPAP dihitung dari SISA POKOK, bukan dari tunggakan."),
    ],
    petunjuk=["PPAP = sisa pokok × persen PPAP kelasnya ÷ 100, dibulatkan ke bawah.",
              "Persennya di kolom ppap_persen tabel aturan_kelas."],
    solusi=("persen = aturan_kelas.set_index('kelas').loc[pinjaman_soal['kelas'], 'ppap_persen']\n"
            "ppap_pinjaman = int(int(pinjaman_soal['sisa_pokok']) * persen // 100)"),
)

soal7 = SoalNilai(
    kode="03_simpan_pinjam.7",
    variabel="boleh_dipinjamkan",
    judul="BMPP: bolehkah pengurus meminjam sebesar usulan?",
    benar=lambda: usulan_pengurus <= _BATAS["orang_dalam"],
    jenis="bool",
    salah_umum=[SalahUmum(lambda j, b: bool(j) is True,
                          "Pengurus termasuk orang dalam: pakai batas untuk orang dalam, bukan batas anggota lain.")],
    petunjuk=["batas_bmpp(modal_sendiri, PADA) memberi batas 'orang_dalam' dan 'lainnya'.",
              "Boleh bila usulan ≤ batas orang dalam."],
    solusi="boleh_dipinjamkan = usulan_pengurus <= batas_bmpp(modal_sendiri, PADA)['orang_dalam']",
)

soal8 = SoalNilai(
    kode="03_simpan_pinjam.8",
    variabel="bagi_hasil_bu_sri",
    judul="Bagi hasil mudharabah Bu Sri",
    benar=lambda: int(bagi_hasil_mudharabah(saldo_rata_rata, PENDAPATAN, NISBAH_PENYIMPAN)["Bu Sri"]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: int(j) == int(Fraction(12_000_000, 40_000_000) * PENDAPATAN),
                  "Lupa nisbah: penyimpan hanya mendapat 55% dari pendapatan yang dibagihasilkan."),
        SalahUmum(lambda j, b: int(j) == int(Fraction(12_000_000, 40_000_000) * PENDAPATAN * Fraction(45, 100)),
                  "Itu memakai bagian koperasi (45%). Nisbah penyimpan 55."),
    ],
    petunjuk=["Bagian = saldo rata-rata Bu Sri ÷ jumlah saldo rata-rata × pendapatan × nisbah penyimpan.",
              "12.000.000 ÷ 40.000.000 × 1.200.000 × 55%."],
    solusi="bagi_hasil_bu_sri = 12_000_000 * 1_200_000 * 55 // (40_000_000 * 100)",
)

soal9 = SoalRefleksi(
    kode="03_simpan_pinjam.9",
    variabel="mengapa_flat_mahal",
    judul="Mengapa bunga flat 1,5% lebih mahal dari bunga efektif 1,5%?",
    minimal_kata=8,
    petunjuk=["Pada bulan ke-10, berapa pokok yang masih dipinjam? Dari apa jasa flat dihitung?"],
    solusi=('mengapa_flat_mahal = "Jasa flat dihitung dari pokok awal setiap bulan, padahal pokok yang '
            'masih dipinjam terus berkurang; jadi bunga atas uang yang benar-benar dipinjam lebih tinggi."'),
)

soal10 = SoalRefleksi(
    kode="03_simpan_pinjam.10",
    variabel="mengapa_bukan_bagi_hasil",
    judul="Mengapa persen tetap dari pokok bukan bagi hasil?",
    minimal_kata=8,
    petunjuk=["Pada bagi hasil, apa yang disepakati di awal: jumlah rupiah, atau perbandingan dari hasil?"],
    solusi=('mengapa_bukan_bagi_hasil = "Bagi hasil bergantung pada hasil usaha yang baru diketahui kemudian '
            'dan bisa kecil atau rugi; persen tetap dari pokok sudah pasti jumlahnya di awal, sama seperti bunga."'),
)

__all__ = ["____", "pd", "PADA", "POKOK", "TENOR", "BUNGA", "anggota", "pinjaman", "angsuran", "kualitas",
           "aturan_kelas", "modal_sendiri", "pinjaman_soal", "usulan_pengurus", "saldo_rata_rata", "PENDAPATAN",
           "NISBAH_PENYIMPAN", "jadwal_angsuran", "flat_ke_efektif", "kelas_dari_hari", "batas_bmpp",
           "bagi_hasil_mudharabah",
           "soal1", "soal2", "soal3", "soal4", "soal5", "soal6", "soal7", "soal8", "soal9", "soal10"]
