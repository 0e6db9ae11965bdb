"""Latihan 01 Pembukuan: jawaban salah yang khas mendapat pesan yang dimaksud; kunci dihitung dari data."""
from kopkit import buku
from kopkit.buku import laporan as lk
from kopkit.latihan import ____
from kopkit.latihan import modul_01 as m


def _periksa(soal, jawaban):
    return soal.periksa({soal.variabel: jawaban})


def test_belum_dijawab():
    for soal in (m.soal1, m.soal2, m.soal3, m.soal4, m.soal5, m.soal6, m.soal7):
        assert soal.periksa({}).status == "belum"
        assert _periksa(soal, ____).status == "belum"


def test_soal1_jurnal_listrik():
    assert _periksa(m.soal1, [("101", 0, 1_350_000), ("524", 1_350_000, 0)]).status == "benar"  # urutan bebas
    h = _periksa(m.soal1, [("524", 0, 1_350_000), ("101", 1_350_000, 0)])
    assert h.status == "salah" and "tertukar" in h.pesan
    h = _periksa(m.soal1, [(524, 1_350_000, 0), (101, 0, 1_350_000)])
    assert h.status == "salah" and "tanda kutip" in h.pesan
    h = _periksa(m.soal1, [("522", 1_350_000, 0), ("101", 0, 1_350_000)])
    assert h.status == "salah" and "listrik" in h.pesan
    h = _periksa(m.soal1, [("524", 1_350_000, 0), ("102", 0, 1_350_000)])
    assert h.status == "salah" and "TUNAI" in h.pesan
    # Kunci jawaban memang seimbang dan memakai akun yang ada (diperiksa oleh kopkit sendiri).
    bukti = buku.buat_bukti("2025-03-10", "BKK-L1", "Listrik Februari", m._BUKTI_LISTRIK)
    assert buku.validasi_jurnal(bukti, m.akun) == []


def test_soal2_jenis_simpanan():
    assert _periksa(m.soal2, " Liabilitas ").status == "benar"
    h = _periksa(m.soal2, "ekuitas")
    assert h.status == "salah" and "ditarik kapan saja" in h.pesan
    h = _periksa(m.soal2, "aset")
    assert h.status == "salah" and "utang" in h.pesan and "wajib lain lagi: ekuitas" in h.pesan
    assert "Pilih salah satu" in _periksa(m.soal2, "utang").pesan


def test_soal3_bukti_tidak_seimbang():
    kunci = m.soal3.nilai_benar()
    # Dua salah ketik jumlah (angsuran dan penjualan toko) -> tepat dua bukti, dan validator kopkit setuju.
    assert len(kunci) == 2
    dari_validator = {p.pesan.split()[1] for p in buku.validasi_jurnal(m.jurnal_staf, m.akun)
                      if "tidak seimbang" in p.pesan}
    assert dari_validator == set(kunci)
    assert str(m._LISTRIK["no_bukti"]) not in kunci
    h = _periksa(m.soal3, kunci + [str(m._LISTRIK["no_bukti"])])
    assert h.status == "salah" and "AKUN" in h.pesan
    h = _periksa(m.soal3, kunci[:1])
    assert h.status == "salah" and "belum Anda temukan" in h.pesan
    h = _periksa(m.soal3, [12, 40])
    assert h.status == "salah" and "NOMOR BUKTI" in h.pesan


def test_soal4_neraca_saldo_juni():
    kunci = m.soal4.nilai_benar()
    ns = buku.neraca_saldo(m.jurnal, m.akun, sampai="2025-06-30")
    assert kunci == int(ns["kredit"].sum())  # neraca saldo seimbang
    mutasi = int(m.jurnal.loc[m.jurnal["tanggal"] <= "2025-06-30", "debit"].sum())
    h = _periksa(m.soal4, mutasi)
    assert h.status == "salah" and "mutasi" in h.pesan
    h = _periksa(m.soal4, int(buku.neraca_saldo(m.jurnal, m.akun)["debit"].sum()))
    assert h.status == "salah" and "30 Juni" in h.pesan
    assert "terlalu" in _periksa(m.soal4, kunci + 1).pesan


def test_soal5_shu_sebelum_pajak():
    phu = lk.laporan_hasil_usaha(m.jurnal, m.akun, 2025).set_index("pos")["jumlah"]
    kunci = m.soal5.nilai_benar()
    assert kunci == int(phu["Jumlah pendapatan"]) - int(phu["Jumlah beban"])
    h = _periksa(m.soal5, lk.shu_tahun_berjalan(m.jurnal, m.akun, 2025))
    assert h.status == "salah" and "SETELAH pajak" in h.pesan
    h = _periksa(m.soal5, int(phu["Jumlah pendapatan"]))
    assert h.status == "salah" and "pendapatan dikurangi beban" in h.pesan


def test_soal6_jurnal_koreksi():
    x = m._JUMLAH_LISTRIK
    assert m._LISTRIK["akun"] == "525" and "Listrik" in m._LISTRIK["keterangan"]
    assert _periksa(m.soal6, [("525", 0, x), ("524", x, 0)]).status == "benar"
    h = _periksa(m.soal6, [("525", x, 0), ("524", 0, x)])
    assert h.status == "salah" and "terbalik" in h.pesan
    h = _periksa(m.soal6, [("524", x, 0), ("101", 0, x)])
    assert h.status == "salah" and "Kas/bank sudah benar" in h.pesan
    # Setelah koreksi, saldo akun 524 dan 525 jurnal staf sama dengan jurnal asli bulan Maret.
    koreksi = buku.buat_bukti("2025-03-31", "JK-1", "Koreksi listrik", [("524", x, 0), ("525", 0, x)])
    asli = m.jurnal[m.jurnal["tanggal"].dt.month == 3]
    beres = buku.terapkan_penyesuaian(m.jurnal_staf, koreksi, m.akun)
    for kode in ("524", "525"):
        assert beres.loc[beres["akun"] == kode, "debit"].sum() - beres.loc[beres["akun"] == kode, "kredit"].sum() \
            == asli.loc[asli["akun"] == kode, "debit"].sum() - asli.loc[asli["akun"] == kode, "kredit"].sum()


def test_soal7_refleksi():
    assert _periksa(m.soal7, "salah ketik").status == "salah"
    assert _periksa(m.soal7, "Salah ketik angka di buku kas yang baru ketahuan saat tutup tahun.").status == "benar"


# ------------------------------------------------------------ umpan balik yang menyesatkan (issue 12)
def test_soal1_jurnal_tak_seimbang_menyebut_debit_dan_kredit():
    h = _periksa(m.soal1, [("524", 1_350_000, 0), ("101", 0, 1_300_000)])
    assert h.status == "salah"
    assert "tidak seimbang" in h.pesan and "Rp 1.350.000" in h.pesan and "Rp 1.300.000" in h.pesan


def test_soal3_hasil_validasi_jurnal_tidak_dinilai_sebagai_kalimat():
    masalah = buku.validasi_jurnal(m.jurnal_staf, m.akun)
    h = _periksa(m.soal3, masalah)
    assert h.status == "salah" and "validasi_jurnal" in h.pesan
    assert "Hampir" not in h.pesan and "seharusnya tidak termasuk" not in h.pesan
    # Kalimat pesannya disalin sebagai daftar teks: juga bukan "Hampir ... tidak termasuk".
    h = _periksa(m.soal3, [x.pesan for x in masalah])
    assert "tulis hanya kodenya/nomornya" in h.pesan and "Hampir" not in h.pesan


def test_soal6_koreksi_terbalik_dengan_jumlah_lain_tetap_disebut_terbalik():
    # Sama seperti soal 1: arah yang terbalik disebut terbalik, apa pun jumlahnya.
    h = _periksa(m.soal6, [("525", 1_350_000, 0), ("524", 0, 1_350_000)])
    assert h.status == "salah" and "terbalik" in h.pesan and "Hampir" not in h.pesan
    h = _periksa(m.soal6, [("524", 1_350_000, 0), ("525", 0, 1_350_000)])
    assert "periksa jumlahnya" in h.pesan and "Hampir" not in h.pesan


def test_soal_mengapa_pajak_dan_utang_bank():
    h = _periksa(m.soal8, "sebelum pajak")
    assert h.status == "salah" and "TERMASUK PAJAK" in h.pesan
    assert _periksa(m.soal8, "Setelah pajak").status == "benar"
    assert _periksa(m.soal9, "sudah dikenai PPh final").status == "benar"
    assert "dipotong bank" in _periksa(m.soal9, "bukan pendapatan koperasi").pesan
    # kunci soal 10 berasal dari laporan posisi keuangan (peran utang_bank_lancar), bukan diketik
    assert m.soal10.nilai_benar() == "Liabilitas jangka pendek"
    assert "12 bulan" in _periksa(m.soal10, "Liabilitas jangka panjang").pesan
