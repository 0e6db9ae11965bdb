"""Pelajaran 05: angka aturan yang dikutip dalam teks (markdown) sama dengan tabel aturan.

Setiap angka rupiah dan persen di markdown pelajaran dan latihan 05 diambil dengan pola, lalu
harus (a) sama dengan nilai dari tabel aturan atau hitungan kopkit di atas tabel itu, atau
(b) tercantum di daftar masukan contoh (harga produk, ongkir, parameter cerita) beserta alasannya.
Angka baru yang belum digolongkan membuat uji gagal: penulis harus memilih salah satu. Bila tarif di
tabel berubah, kalimat yang mengutipnya ikut gagal sampai teksnya diperbarui.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from kopkit import buku, data, kursus
from kopkit.dasar.aturan import muat_aturan
from kopkit.dasar.pembagian import bagi_proporsional
from kopkit.dasar.uang import format_angka, format_rupiah, format_tanggal
from kopkit.pasar import biaya as bp

AKAR = Path(__file__).resolve().parents[1]
TANGGAL = kursus.TANGGAL_HARGA
POLA = re.compile(r"Rp ?\d{1,3}(?:\.\d{3})*(?:,\d+)?(?: (?:juta|miliar))?|\d+(?:,\d+)?%")


def _markdown(path: Path) -> str:
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        teks = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    else:  # sumber latihan: baris komentar markdown
        teks = "\n".join(b[2:] for b in path.read_text(encoding="utf-8").splitlines() if b.startswith("# "))
    return " ".join(teks.split())


def _rp(n) -> str:
    return format_rupiah(int(n))


def _terikat() -> dict[str, str]:
    """Kalimat/angka yang HARUS ada di markdown pelajaran, dihitung dari tabel aturan."""
    shopee = bp.tarif_berlaku("shopee", TANGGAL)
    p = shopee.persen
    pesan = bagi_proporsional(shopee.per_pesanan, pd.Series([1, 2])).tolist()
    tarif = muat_aturan("tarif_platform")
    tiktok_ragu = tarif[(tarif["platform"] == "tiktok_tokopedia") & (tarif["keyakinan"] == "?")
                        & (tarif["kategori"] == "fmcg")].iloc[0]
    lazada = tarif[tarif["platform"] == "lazada"].iloc[0]
    shopee_pesanan = tarif[(tarif["platform"] == "shopee") & (tarif["jenis_biaya"] == "per_pesanan")].iloc[0]
    tiktok_pesanan = tarif[(tarif["platform"] == "tiktok_tokopedia") & (tarif["jenis_biaya"] == "per_pesanan")].iloc[0]
    lhu = buku.laporan_hasil_usaha(data.muat("jurnal_umum"), data.muat("akun"), kursus.TAHUN_BUKU).set_index("pos")
    omzet = int(lhu.loc["Jumlah pendapatan", "jumlah"])
    halal = muat_aturan("kesiapan_digital").set_index("no").loc[1, "catatan_pelatih"]
    batas_halal = re.search(r"\d{1,2} \w+ \d{4}", halal).group(0)
    return {
        "komisi kopi": f"(35.000 − 3.500) × {bp.teks_persen(p)} = {format_angka(bp.biaya_persen(31_500, p))}",
        "komisi keripik": f"30.000 × {bp.teks_persen(p)} = {format_angka(bp.biaya_persen(30_000, p))}",
        "biaya per pesanan dibagi": f"{_rp(shopee.per_pesanan)} dibagi 1 : 2 menjadi {pesan[0]} dan {pesan[1]}",
        "diterima bersih Shopee": f"menerima {_rp(bp.rincian_harga(35_000, 'shopee', harga_pokok=22_000, tanggal=TANGGAL)['diterima_bersih'])} dari harga Rp 35.000",
        "Shopee per pesanan sejak": f"Shopee (sejak {format_tanggal(shopee_pesanan['berlaku'])})",
        "TikTok per pesanan sejak": f"TikTok Shop/Tokopedia (sejak {format_tanggal(tiktok_pesanan['berlaku'])})",
        "baris ? TikTok": f"mulai {format_tanggal(tiktok_ragu['berlaku'])} bertanda **?**",
        "diskon TikTok": f"kategori 10% menjadi {bp.teks_persen(tiktok_ragu['nilai'])}",
        "Lazada": f"tarifnya dari {format_tanggal(lazada['berlaku']).split(' ', 1)[1]}",
        "omzet": f"Rp {format_angka(round(Decimal(omzet) / 10**9, 2), 2)} miliar",
        "batas halal": f"sampai {batas_halal}",
        "Excel harga minimum": f"B2 biaya per pesanan ({shopee.per_pesanan}), B3 target laba (8000), B4 persen komisi "
                               f"({bp.teks_persen(p)})",
    }


#: Masukan contoh (bukan aturan): harga, ongkir, parameter cerita, temuan data. Alasan di kanan.
MASUKAN = {
    "Rp 10.000": "contoh resmi Tokopedia (gitar) / target laba latihan",
    "Rp 1.000": "contoh resmi Tokopedia: diskon penjual",
    "7,5%": "contoh resmi Tokopedia: persen komisi contoh",
    "Rp 22.000": "harga pokok kopi robusta (dataset produk)",
    "Rp 35.000": "harga jual kopi robusta (dataset produk)",
    "Rp 8.000": "target laba per bungkus (pilihan pengurus)",
    "Rp 3.200": "harga pokok susu 200 ml (dataset produk)",
    "Rp 5.000": "harga jual susu 200 ml (dataset produk)",
    "Rp 12.000": "ongkir pembeli dalam contoh",
    "Rp 1.000.000": "foto dan perlengkapan (rencana pengurus)",
    "Rp 1.500": "kemasan per pesanan (rencana pengurus)",
    "Rp 150.000": "nilai transaksi contoh",
    "Rp 3.500": "diskon penjual dalam latihan",
    "Rp 450.000": "nilai transaksi latihan",
    "Rp 800.000": "nilai transaksi latihan",
    "Rp 58.000": "nilai pesanan latihan",
    "Rp 10.000.000": "tambahan laba dalam soal 'mengapa'",
    "10%": "persen pembeli toko yang dipindah (skenario); juga tarif Shopee, diikat di _terikat",
    "20%": "persen pembeli baru (skenario)",
    "40%": "temuan data: bagian pendapatan daring dari luar Jawa Timur",
    "80%": "batas kelas A analisis ABC (parameter bawaan)",
    "5%": "target pesanan batal (rencana)",
    "6,5–10%": "rentang resmi Shopee FMCG, dikutip di kolom sumber tabel tarif (diuji di bawah)",
}


def test_kutipan_aturan_di_pelajaran_sama_dengan_tabel():
    teks = _markdown(AKAR / "notebooks" / "05_pasar_online.ipynb")
    for nama, kalimat in _terikat().items():
        assert kalimat in teks, f"{nama}: teks pelajaran tidak memuat '{kalimat}' (dihitung dari tabel aturan)"


def test_rentang_shopee_dikutip_dari_sumber_tabel():
    tarif = muat_aturan("tarif_platform", pada=TANGGAL)
    sumber = tarif[(tarif["platform"] == "shopee") & (tarif["kategori"] == "fmcg")]["sumber"].iloc[0]
    assert "FMCG 6,5-10%" in sumber
    assert "FMCG 6,5–10%" in _markdown(AKAR / "notebooks" / "05_pasar_online.ipynb")


@pytest.mark.parametrize("berkas", ["notebooks/05_pasar_online.ipynb", "exercises/sumber/05_pasar_online.py"])
def test_setiap_angka_di_markdown_tergolong(berkas):
    teks = _markdown(AKAR / berkas)
    terikat = " ".join(_terikat().values())
    tanpa_golongan = sorted({t for t in POLA.findall(teks)
                             if t not in MASUKAN and t not in terikat and t.replace(" ", "") not in terikat})
    # 6,5–10% dipecah pola menjadi "10%"; "10%" ada di MASUKAN.
    assert not tanpa_golongan, (f"Angka di markdown {berkas} yang belum diikat ke tabel aturan atau "
                                f"digolongkan sebagai masukan contoh: {tanpa_golongan}")


def test_rupiah_satu_gaya_seperti_format_rupiah():
    """Satu gaya rupiah untuk semua yang dibaca peserta: 'Rp 1.234' seperti format_rupiah."""
    assert format_rupiah(1_250) == "Rp 1.250"
    for berkas in ("notebooks/05_pasar_online.ipynb", "exercises/sumber/05_pasar_online.py"):
        rapat = re.findall(r"Rp\d", _markdown(AKAR / berkas))
        assert not rapat, f"{berkas}: tulis 'Rp 1.250' (dengan spasi), bukan 'Rp1.250'"


def test_rencana_tiga_bulan_mendahulukan_butir_nol_dan_produk_berpendingin():
    """Rencana di bagian 9 menyebut setiap butir daftar periksa yang dinilai 0 oleh pengurus (di sel
    jawaban pelajaran), di bulan 1; dan membatasi susu/yogurt (berpendingin) ke pembeli dekat."""
    import ast

    nb = json.loads((AKAR / "notebooks" / "05_pasar_online.ipynb").read_text(encoding="utf-8"))
    sel = next("".join(c["source"]) for c in nb["cells"]
               if c["cell_type"] == "code" and "jawaban = {" in "".join(c["source"]))
    jawaban = ast.literal_eval(re.search(r"jawaban = (\{.*?\})", sel, re.S).group(1))
    rencana = next(" ".join("".join(c["source"]).split()) for c in nb["cells"]
                   if c["cell_type"] == "markdown" and "## 9. Rencana tiga bulan pertama" in "".join(c["source"]))
    bulan1 = re.search(r"\| 1 \|(.*?)\| 2 \|", rencana).group(1)
    nol = [n for n, v in jawaban.items() if v == 0]
    assert nol and all(f"butir {n}" in bulan1 for n in nol)
    assert "berpendingin" in rencana and "susu dan yogurt **hanya**" in rencana
    assert "kelas merchant QRIS" in bulan1
