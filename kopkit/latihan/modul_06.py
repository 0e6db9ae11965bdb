"""Soal latihan modul 06 — Data sendiri dan paket RAT (dipakai exercises/sumber/06_data_sendiri_rat.py).

Peserta mendapat folder data KSU Tunas Makmur 2025 yang berisi kesalahan khas pemegang buku,
menemukan dan membetulkannya sampai paket RAT dapat dibuat, membaca satu angka dari paket,
memeriksa satu baris Daftar Pembagian SHU dengan tangan, dan menunjuk apa yang masih harus
diputuskan RAT. Semua kunci dihitung dari dataset kursus dengan fungsi pustaka (bukan dari paket
yang dibuat peserta), jadi paket yang salah tidak dapat "membenarkan" dirinya sendiri.
"""
import tempfile
from pathlib import Path

from kopkit import buku, data, kursus, rat
from kopkit.rat import KESALAHAN_CONTOH
from kopkit.latihan import ____, SalahUmum, SoalNilai
from kopkit.shu import dasar_dari_dataset, hitung_shu

TAHUN = kursus.TAHUN_BUKU
folder_salah = Path(tempfile.mkdtemp(prefix="latihan06_"))
berkas_salah = rat.buat_contoh_salah(folder_salah)
_, masalah = rat.periksa_folder(folder_salah)


def _jurnal_tanpa_saldo_awal():
    j = data.muat("jurnal_umum")
    return j.loc[j["no_bukti"] != f"SA-{TAHUN}"].reset_index(drop=True)


def _baris_salah_debit() -> int:
    i = next(i for lembar, i, kolom, _ in KESALAHAN_CONTOH if kolom == "debit")
    j = _jurnal_tanpa_saldo_awal()
    while int(j.at[i, "debit"]) == 0:
        i += 1
    return i


def _shu_kursus():
    jurnal, akun = data.muat("jurnal_umum"), data.muat("akun")
    shu = buku.shu_tahun_berjalan(jurnal, akun, TAHUN)
    simpanan, transaksi, bobot = dasar_dari_dataset(TAHUN)
    return hitung_shu(shu, simpanan, transaksi, "aturan_shu", anggota=data.muat("anggota"), tahun=TAHUN,
                      bobot_transaksi=bobot)


def _pos(alokasi, nama) -> int:
    return int(alokasi.set_index("pos").at[nama, "jumlah"])


def _neraca(pos: str) -> int:
    n = buku.laporan_posisi_keuangan(data.muat("jurnal_umum"), data.muat("akun"), per=f"{TAHUN}-12-31")
    return int(n.set_index("pos").at[pos, "jumlah"])


soal1 = SoalNilai(
    kode="06_data_sendiri_rat.1",
    variabel="bukti_timpang",
    judul="Nomor bukti yang tidak seimbang",
    benar=lambda: str(_jurnal_tanpa_saldo_awal().at[_baris_salah_debit(), "no_bukti"]),
    jenis="teks",
    salah_umum=[SalahUmum(lambda jawab, benar: str(jawab).strip().isdigit(),
                          "Itu nomor baris. Yang diminta nomor BUKTI-nya (seperti BKK-2025-...), ada di kalimat masalahnya.")],
    petunjuk=["Lihat tabel `masalah`: cari baris yang pesannya 'tidak seimbang'.",
              "Nomor bukti tertulis sesudah kata 'Bukti' di kolom pesan."],
    solusi=('bukti_timpang = masalah.loc[masalah["pesan"].str.contains("tidak seimbang"), "pesan"]'
            '.iloc[0].split()[1]'),
)

soal2 = SoalNilai(
    kode="06_data_sendiri_rat.2",
    variabel="total_daftar_shu",
    judul="Betulkan semua kesalahan, buat paketnya, lalu baca jumlah Daftar Pembagian SHU",
    benar=lambda: _pos(_shu_kursus()[0], "jasa_modal") + _pos(_shu_kursus()[0], "jasa_usaha"),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda jawab, benar: int(jawab) == int(_shu_kursus()[0]["jumlah"].sum()),
                  "Itu SHU seluruhnya. Daftar Pembagian SHU hanya berisi jasa modal + jasa usaha anggota."),
    ],
    petunjuk=["Setiap baris `masalah` menyebut lembar, baris, kolom dan cara memperbaiki. Betulkan dengan "
              "rat.ubah_sel(berkas_salah, lembar, baris, kolom, nilai_benar).",
              "Nilai yang benar: nomor anggota diberi nol lagi (A114 → A0114); debit dibagi 10; tanggal "
              "2025-12-22; persen dana sosial 5. Lalu hasil = rat.buat_paket_rat(folder_salah) dan "
              "jumlahkan hasil.pembagian.tabel['total']."],
    solusi="""import pandas as pd

for _, b in masalah.iterrows():
    if b["lembar"] == "Transaksi Anggota":
        rat.ubah_sel(berkas_salah, "Transaksi Anggota", int(b["baris"]), "No Anggota", "A0114")
    elif "tidak seimbang" in b["pesan"]:
        debit = int(b["pesan"].split("debit Rp")[1].split(",")[0].replace(".", "").strip())
        rat.ubah_sel(berkas_salah, "Jurnal Umum", int(b["baris"]), "Debit", debit // 10)
    elif "di luar tahun buku" in b["pesan"]:
        rat.ubah_sel(berkas_salah, "Jurnal Umum", int(b["baris"]), "Tanggal", pd.Timestamp("2025-12-22"))
    elif b["lembar"] == "Aturan SHU":
        rat.ubah_sel(berkas_salah, "Aturan SHU", 8, "Persen", 5)
hasil = rat.buat_paket_rat(folder_salah)
total_daftar_shu = int(hasil.pembagian.tabel["total"].sum())""",
)

soal3 = SoalNilai(
    kode="06_data_sendiri_rat.3",
    variabel="modal_luar",
    judul="Modal luar untuk ODS",
    benar=lambda: _neraca("JUMLAH LIABILITAS"),
    jenis="rupiah",
    salah_umum=[SalahUmum(lambda jawab, benar: int(jawab) == _neraca("JUMLAH EKUITAS"),
                          "Itu modal sendiri (ekuitas). Modal luar adalah jumlah liabilitas."),
                SalahUmum(lambda jawab, benar: int(jawab) == _neraca("JUMLAH ASET"),
                          "Itu total aset (modal sendiri + modal luar).")],
    petunjuk=["Lembar 'Data ODS' di berkas Excel paket, atau tabel hasil.ods.",
              "hasil.ods.set_index('isian').at['Modal luar (Rp)', 'nilai']"],
    solusi='modal_luar = int(hasil.ods.set_index("isian").at["Modal luar (Rp)", "nilai"])',
)

soal4 = SoalNilai(
    kode="06_data_sendiri_rat.4",
    variabel="jasa_usaha_a0002",
    judul="Jasa usaha anggota A0002, dihitung dengan tangan",
    benar=lambda: float(_shu_kursus()[1].tabel.set_index("id_anggota").at["A0002", "jasa_usaha"]),
    jenis="angka",
    toleransi=1e-4,
    salah_umum=[SalahUmum(lambda jawab, benar: abs(float(jawab) - float(
        _shu_kursus()[1].tabel.set_index("id_anggota").at["A0002", "jasa_modal"])) < 2,
        "Itu jasa modal (dari simpanan). Jasa usaha dihitung dari kolom transaksi.")],
    petunjuk=["Jasa usaha = transaksi A0002 / jumlah transaksi semua anggota × pos jasa usaha.",
              "Dari hasil: t = hasil.pembagian.tabel; pos = hasil.alokasi. Pakai kolom 'transaksi'."],
    solusi="""t = hasil.pembagian.tabel.set_index("id_anggota")
pos_ju = int(hasil.alokasi.set_index("pos").at["jasa_usaha", "jumlah"])
jasa_usaha_a0002 = t.at["A0002", "transaksi"] / t["transaksi"].sum() * pos_ju""",
)

PILIHAN_RAT = {
    "a": "SHU setelah pajak tahun buku ini",
    "b": "persen dan jumlah pembagian SHU ke setiap pos (cadangan, jasa modal, jasa usaha, dana-dana)",
    "c": "saldo kas per 31 Desember",
}

soal5 = SoalNilai(
    kode="06_data_sendiri_rat.5",
    variabel="diputuskan_rat",
    judul="Apa yang masih harus diputuskan RAT?",
    benar="b",
    jenis="teks",
    pilihan=list(PILIHAN_RAT),
    salah_umum=[SalahUmum(lambda jawab, benar: str(jawab).strip().lower() in ("a", "c"),
                          "Angka itu hasil pembukuan: RAT mengesahkannya, tetapi tidak dapat mengubahnya dengan suara.")],
    petunjuk=["Lihat hasil.keputusan_rat: mana yang usulan, mana yang hasil hitungan buku?"],
    solusi='diputuskan_rat = "b"',
)

__all__ = ["____", "rat", "folder_salah", "berkas_salah", "masalah", "PILIHAN_RAT",
           "soal1", "soal2", "soal3", "soal4", "soal5"]
