"""Soal latihan modul 01 — Pembukuan (dipakai exercises/sumber/01_pembukuan.py).

Peserta menjurnal kuitansi, menggolongkan akun, mencari bukti yang tidak seimbang, menghitung
jumlah neraca saldo, membaca Laporan Perhitungan Hasil Usaha, dan membetulkan salah posting.
Semua kunci dihitung dari data KSU Tunas Makmur, tidak diketik.
"""
import pandas as pd

from kopkit import data
from kopkit.buku import buat_bukti, buku_besar, neraca_saldo, validasi_jurnal
from kopkit.dasar.galat import tabel_masalah
from kopkit.buku.laporan import laporan_hasil_usaha
from kopkit.latihan import ____, SalahUmum, SoalNilai, SoalRefleksi

akun = data.muat("akun")
jurnal = data.muat("jurnal_umum")


def _jurnal_staf() -> pd.DataFrame:
    """Jurnal Maret 2025 yang diketik ulang staf baru, dengan tiga salah ketik (selalu sama):

    1. kas pada bukti angsuran pertama bulan Maret kurang satu angka (dibagi 10, dibulatkan ke bawah);
    2. satu baris kredit penjualan toko pertama bulan Maret kelebihan satu angka nol (x10);
    3. pembayaran listrik (524) dibukukan ke akun sewa (525) — bukti tetap seimbang.
    """
    j = jurnal[jurnal["tanggal"].dt.month == 3].reset_index(drop=True)
    kas = j.index[j["keterangan"].str.startswith("Angsuran ke-") & (j["akun"] == "101")][0]
    j.loc[kas, "debit"] = j.loc[kas, "debit"] // 10
    toko = j.index[(j["akun"] == "405") & (j["kredit"] > 0)][0]
    j.loc[toko, "kredit"] = j.loc[toko, "kredit"] * 10
    listrik = j.index[j["akun"] == "524"][0]
    j.loc[listrik, "akun"] = "525"
    return j, listrik


jurnal_staf, _POS_LISTRIK = _jurnal_staf()
_LISTRIK = jurnal_staf.loc[_POS_LISTRIK]


def _tidak_seimbang(j) -> list[str]:
    per_bukti = j.groupby("no_bukti")[["debit", "kredit"]].sum()
    return sorted(per_bukti.index[per_bukti["debit"] != per_bukti["kredit"]])


def _phu(pos: str) -> int:
    t = laporan_hasil_usaha(jurnal, akun, 2025)
    return int(t.loc[t["pos"] == pos, "jumlah"].iloc[0])


def _kode_teks(jawab):
    return {(str(a), int(d), int(k)) for a, d, k in jawab}


def _sisi(jawab) -> dict[str, set[str]]:
    """Akun -> sisi yang dipakai peserta ('debit'/'kredit'), tanpa melihat jumlahnya."""
    sisi: dict[str, set[str]] = {}
    for a, d, k in jawab:
        if int(d):
            sisi.setdefault(str(a), set()).add("debit")
        if int(k):
            sisi.setdefault(str(a), set()).add("kredit")
    return sisi


def _tak_seimbang(jawab) -> bool:
    return sum(int(d) for _, d, _ in jawab) != sum(int(k) for _, _, k in jawab)


def _pesan_tak_seimbang(jawab) -> str:
    from kopkit.dasar.uang import format_rupiah

    debit = sum(int(d) for _, d, _ in jawab)
    kredit = sum(int(k) for _, _, k in jawab)
    return (f"Jurnal Anda tidak seimbang: jumlah debit {format_rupiah(debit)}, jumlah kredit "
            f"{format_rupiah(kredit)}. Dalam setiap jurnal jumlah debit harus sama dengan jumlah kredit.")


#: Kesalahan paling dasar, diperiksa pertama: debit ≠ kredit (pesannya menyebut keduanya).
_TAK_SEIMBANG = SalahUmum(lambda j, b: _tak_seimbang(j), _pesan_tak_seimbang)


# Soal 1 — menjurnal kuitansi
_BUKTI_LISTRIK = [("524", 1_350_000, 0), ("101", 0, 1_350_000)]
soal1 = SoalNilai(
    kode="01_pembukuan.1",
    variabel="bukti_listrik",
    judul="Jurnal pembayaran listrik tunai",
    benar=lambda: _BUKTI_LISTRIK,
    jenis="kumpulan",
    salah_umum=[
        _TAK_SEIMBANG,
        SalahUmum(lambda j, b: _sisi(j) == {"524": {"kredit"}, "101": {"debit"}},
                  "Debit dan kredit tertukar. Beban bertambah di sisi debit; kas yang keluar berkurang "
                  "di sisi kredit."),
        SalahUmum(lambda j, b: _kode_teks(j) == set(b) and not all(isinstance(a, str) for a, _, _ in j),
                  "Angkanya sudah benar, tetapi tulis kode akun sebagai teks dalam tanda kutip, mis. '101'."),
        SalahUmum(lambda j, b: any(str(a) in ("522", "525") for a, _, _ in j),
                  "Ada akun beban khusus untuk listrik, air dan telepon. Cari di tabel akun."),
        SalahUmum(lambda j, b: any(str(a) == "102" for a, _, _ in j),
                  "Listrik dibayar TUNAI, jadi yang berkurang kas (101), bukan bank."),
    ],
    petunjuk=["Dua akun berubah: beban listrik bertambah dan kas berkurang. Cari kodenya di tabel akun "
              "(akun[akun['nama'].str.contains('Listrik')]).",
              "Beban bertambah di DEBIT, kas (aset) berkurang di KREDIT. Formatnya: "
              "[('kode', debit, kredit), ('kode', debit, kredit)]."],
    solusi="bukti_listrik = [('524', 1350000, 0), ('101', 0, 1350000)]",
)

# Soal 2 — menggolongkan akun
soal2 = SoalNilai(
    kode="01_pembukuan.2",
    variabel="jenis_simpanan_sukarela",
    judul="Simpanan sukarela termasuk jenis akun apa?",
    benar="liabilitas",
    jenis="teks",
    pilihan=["aset", "liabilitas", "ekuitas", "pendapatan", "beban"],
    salah_umum=[
        SalahUmum(lambda j, b: j.strip().lower() == "ekuitas",
                  "Simpanan pokok dan wajib memang ekuitas, karena tidak dapat diambil selama masih "
                  "anggota. Simpanan sukarela dapat ditarik kapan saja: koperasi berutang kepada penyimpan."),
        SalahUmum(lambda j, b: j.strip().lower() == "aset",
                  "Uang setorannya memang menambah kas (aset), tetapi akun simpanan sukarela mencatat utang "
                  "koperasi kepada penyimpan, bukan hartanya. (Simpanan pokok dan wajib lain lagi: ekuitas.)"),
    ],
    petunjuk=["Apakah anggota boleh mengambil simpanan sukarelanya kapan saja?",
              "Kewajiban koperasi membayar kembali kepada pihak lain dicatat sebagai liabilitas."],
    solusi='jenis_simpanan_sukarela = "liabilitas"',
)

# Soal 3 — bukti yang tidak seimbang
soal3 = SoalNilai(
    kode="01_pembukuan.3",
    variabel="bukti_tidak_seimbang",
    judul="Bukti mana yang tidak seimbang di jurnal_staf?",
    benar=lambda: _tidak_seimbang(jurnal_staf),
    jenis="kumpulan",
    salah_umum=[
        SalahUmum(lambda j, b: str(_LISTRIK["no_bukti"]) in map(str, j),
                  "Salah satu bukti yang Anda sebut debit dan kreditnya sama; kesalahannya ada di AKUN, "
                  "bukan di jumlah. Soal ini hanya menanyakan bukti yang tidak seimbang."),
        SalahUmum(lambda j, b: len(list(j)) > 0 and all(isinstance(x, (int, float)) for x in j),
                  "Tulis NOMOR BUKTI (teks seperti 'BKM-2025-00123'), bukan nomor baris."),
        SalahUmum(lambda j, b: len(list(j)) > 0 and all(hasattr(x, "pesan") for x in j),
                  "Itu daftar masalah dari validasi_jurnal: isinya kalimat, bukan nomor bukti. Baca nomor "
                  "bukti di setiap kalimat (mis. 'BKM-2025-00123') dan tulis daftarnya: "
                  "['BKM-...', 'BKM-...']."),
    ],
    petunjuk=["Jumlahkan debit dan kredit per nomor bukti: jurnal_staf.groupby('no_bukti')[['debit', 'kredit']].sum()",
              "Simpan hasil groupby di variabel, lalu ambil baris yang debit != kredit; daftarnya ada di .index."],
    solusi=("per_bukti = jurnal_staf.groupby('no_bukti')[['debit', 'kredit']].sum()\n"
            "bukti_tidak_seimbang = list(per_bukti.index[per_bukti['debit'] != per_bukti['kredit']])"),
)

# Soal 4 — jumlah neraca saldo
soal4 = SoalNilai(
    kode="01_pembukuan.4",
    variabel="jumlah_debit_neraca_saldo",
    judul="Jumlah kolom debit neraca saldo per 30 Juni 2025",
    benar=lambda: int(neraca_saldo(jurnal, akun, sampai="2025-06-30")["debit"].sum()),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: int(j) == int(jurnal.loc[jurnal["tanggal"] <= "2025-06-30", "debit"].sum()),
                  "Itu jumlah semua pos debit di jurnal (mutasi), bukan jumlah SALDO akun. Susun neraca "
                  "saldonya dulu dengan neraca_saldo()."),
        SalahUmum(lambda j, b: int(j) == int(neraca_saldo(jurnal, akun)["debit"].sum()),
                  "Itu neraca saldo akhir tahun. Yang diminta per 30 Juni 2025 (sampai=...)."),
    ],
    petunjuk=["Fungsi neraca_saldo(jurnal, akun, sampai='2025-06-30') menyusun neraca saldo per tanggal itu.",
              "Jumlahkan kolom 'debit' dari hasilnya dengan .sum()."],
    solusi=("ns_juni = neraca_saldo(jurnal, akun, sampai='2025-06-30')\n"
            "jumlah_debit_neraca_saldo = ns_juni['debit'].sum()"),
)

# Soal 5 — membaca Laporan Perhitungan Hasil Usaha
soal5 = SoalNilai(
    kode="01_pembukuan.5",
    variabel="shu_sebelum_pajak",
    judul="SHU sebelum pajak tahun 2025",
    benar=lambda: _phu("SHU sebelum pajak"),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: int(j) == _phu("SHU setelah pajak"),
                  "Itu SHU SETELAH pajak (yang dibagi di RAT). Yang diminta sebelum pajak penghasilan dikurangkan."),
        SalahUmum(lambda j, b: int(j) == _phu("Jumlah pendapatan"),
                  "Itu jumlah pendapatan. SHU = pendapatan dikurangi beban."),
    ],
    petunjuk=["Susun laporannya: phu = laporan_hasil_usaha(jurnal, akun, 2025). Cari baris dengan pos "
              "'SHU sebelum pajak'.",
              "phu.loc[phu['pos'] == 'SHU sebelum pajak', 'jumlah'].iloc[0]"],
    solusi=("phu = laporan_hasil_usaha(jurnal, akun, 2025)\n"
            "shu_sebelum_pajak = phu.loc[phu['pos'] == 'SHU sebelum pajak', 'jumlah'].iloc[0]"),
)

# Soal 6 — membetulkan salah posting dengan jurnal koreksi
_JUMLAH_LISTRIK = int(_LISTRIK["debit"])
soal6 = SoalNilai(
    kode="01_pembukuan.6",
    variabel="jurnal_koreksi",
    judul="Jurnal koreksi untuk listrik yang dibukukan ke akun sewa",
    benar=lambda: [("524", _JUMLAH_LISTRIK, 0), ("525", 0, _JUMLAH_LISTRIK)],
    jenis="kumpulan",
    salah_umum=[
        _TAK_SEIMBANG,
        SalahUmum(lambda j, b: _sisi(j) == {"524": {"kredit"}, "525": {"debit"}},
                  "Arahnya terbalik: akun sewa (525) terlalu besar, jadi harus dikurangi (kredit); akun "
                  "listrik (524) harus ditambah (debit)."),
        SalahUmum(lambda j, b: any(str(a) in ("101", "102") for a, _, _ in j),
                  "Kas/bank sudah benar di bukti aslinya. Koreksi hanya memindahkan jumlah dari akun sewa ke "
                  "akun listrik."),
        SalahUmum(lambda j, b: _kode_teks(j) == set(b) and not all(isinstance(a, str) for a, _, _ in j),
                  "Angkanya sudah benar, tetapi tulis kode akun sebagai teks dalam tanda kutip, mis. '524'."),
        SalahUmum(lambda j, b: _sisi(j) == {"524": {"debit"}, "525": {"kredit"}},
                  "Akun dan arahnya sudah benar; periksa jumlahnya: sebesar baris listrik yang salah "
                  "dibukukan ke akun sewa di jurnal_staf."),
    ],
    petunjuk=["Cari baris berakun 525 yang keterangannya menyebut listrik: "
              "jurnal_staf[(jurnal_staf['akun'] == '525') & jurnal_staf['keterangan'].str.contains('istrik')]",
              "Jurnal koreksi: debit akun yang seharusnya (524), kredit akun yang keliru (525), sebesar jumlah "
              "baris itu. Formatnya [('kode', debit, kredit), ...]."],
    solusi=("salah = jurnal_staf[(jurnal_staf['akun'] == '525')\n"
            "                    & jurnal_staf['keterangan'].str.contains('istrik')].iloc[0]\n"
            "jurnal_koreksi = [('524', int(salah['debit']), 0), ('525', 0, int(salah['debit']))]"),
)

# Soal 7 — refleksi
soal7 = SoalRefleksi(
    kode="01_pembukuan.7",
    variabel="kesalahan_di_koperasi",
    judul="Kesalahan pembukuan apa yang paling sering terjadi di koperasi Anda?",
    minimal_kata=8,
    petunjuk=["Ingat saat menyusun laporan untuk RAT: selisih apa yang paling lama dicari?"],
    solusi=('kesalahan_di_koperasi = "Angka pada buku kas berbeda dengan kuitansi karena salah ketik, '
            'dan baru ketahuan saat neraca saldo tidak seimbang di akhir tahun."'),
)

# Soal 8-10 — "mengapa": jawaban pilihan, umpan balik menyebut alasannya.
def _kelompok_bagian_lancar_utang_bank() -> str:
    from kopkit.buku import kode_peran, laporan_posisi_keuangan

    lpk = laporan_posisi_keuangan(jurnal, akun, per="2025-12-31")
    return lpk.loc[lpk["kode"] == kode_peran(akun, "utang_bank_lancar"), "kelompok"].iloc[0]


soal8 = SoalNilai(
    kode="01_pembukuan.8",
    variabel="shu_yang_dibagi",
    judul="SHU yang dibagi di RAT: sebelum atau setelah pajak?",
    benar="setelah pajak",
    jenis="teks",
    pilihan=["sebelum pajak", "setelah pajak"],
    salah_umum=[SalahUmum(lambda j, b: j.strip().lower() == "sebelum pajak",
                          "UU 25/1992 Pasal 45 ayat (1): SHU adalah pendapatan dikurangi biaya, penyusutan dan "
                          "kewajiban lain TERMASUK PAJAK. Pajak penghasilan dibayar koperasi dulu; yang dibagi RAT "
                          "adalah sisanya.")],
    petunjuk=["Baca lagi bunyi Pasal 45 ayat (1) di pelajaran 01b, bagian Laporan Perhitungan Hasil Usaha.",
              "Apakah pajak termasuk 'kewajiban lain' yang dikurangkan sebelum ada sisa?"],
    solusi='shu_yang_dibagi = "setelah pajak"',
)

soal9 = SoalNilai(
    kode="01_pembukuan.9",
    variabel="alasan_jasa_giro",
    judul="Mengapa jasa giro tidak dihitung lagi dalam penghasilan kena pajak?",
    benar="sudah dikenai PPh final",
    jenis="teks",
    pilihan=["sudah dikenai PPh final", "bukan pendapatan koperasi", "jumlahnya terlalu kecil"],
    salah_umum=[
        SalahUmum(lambda j, b: j.strip().lower() == "bukan pendapatan koperasi",
                  "Jasa giro tetap pendapatan (akun 408) dan ikut menambah SHU. Hanya pajaknya yang sudah "
                  "dipotong bank sebagai PPh final, jadi tidak dipajaki dua kali."),
        SalahUmum(lambda j, b: j.strip().lower() == "jumlahnya terlalu kecil",
                  "Besar kecilnya tidak menentukan. Yang menentukan: bank sudah memotong PPh final atas jasa giro."),
    ],
    petunjuk=["Lihat bagian 'Dari mana pajak penghasilannya?' di pelajaran 01b."],
    solusi='alasan_jasa_giro = "sudah dikenai PPh final"',
)

soal10 = SoalNilai(
    kode="01_pembukuan.10",
    variabel="kelompok_bagian_lancar",
    judul="Angsuran utang bank 12 bulan ke depan disajikan di kelompok mana?",
    benar=_kelompok_bagian_lancar_utang_bank,
    jenis="teks",
    pilihan=["Liabilitas jangka pendek", "Liabilitas jangka panjang"],
    salah_umum=[SalahUmum(lambda j, b: "panjang" in j.lower(),
                          "Utangnya memang pinjaman jangka panjang, tetapi bagian yang jatuh tempo dalam 12 bulan "
                          "sesudah tanggal laporan harus dibayar dari kas tahun depan: itu liabilitas jangka pendek.")],
    petunjuk=["Kapan Rp 120 juta itu harus dibayar: dalam 12 bulan atau lebih?"],
    solusi='kelompok_bagian_lancar = "Liabilitas jangka pendek"',
)

__all__ = ["____", "pd", "akun", "jurnal", "jurnal_staf", "buat_bukti", "buku_besar", "neraca_saldo",
           "validasi_jurnal", "tabel_masalah", "laporan_hasil_usaha",
           "soal1", "soal2", "soal3", "soal4", "soal5", "soal6", "soal7",
           "soal8", "soal9", "soal10"]
