"""Deskriptor (kamus data) semua dataset bawaan, ditulis ke ``<nama>.json`` oleh ``bangun.py``.

Bentuknya *Frictionless Table Schema* (lihat ``kopkit/data.py``). Satu sumber kebenaran: ubah di
sini, lalu jalankan ``python -m kopkit.datasets.bangun`` untuk menulis ulang berkas JSON.
"""
from __future__ import annotations

FIKTIF = ("DATA FIKTIF untuk pelatihan: nama orang, koperasi dan angkanya dikarang oleh pembangkit "
          "data kopkit (datasets/bangun.py, benih tetap), tetapi besarannya dibuat masuk akal.")
KOPERASI = ("KSU Tunas Makmur (Koperasi Serba Usaha fiktif), Desa Sumberwangi (fiktif), Kecamatan Jabung, "
            "Kabupaten Malang, Jawa Timur")
PERIODE_2025 = "Tahun buku 2025 (1 Januari - 31 Desember 2025)"
SUMBER_UMUM = ("Besaran mengikuti SUMBER.md §7: simpanan pokok Rp20.000-300.000, wajib Rp10.000-50.000 "
               "per bulan, pinjaman Rp1-50 juta 6-60 bulan bunga 0,9-2 %/bulan; UMK Kabupaten Malang 2025 "
               "Rp3.553.530; batas bunga Permenkop UKM 8/2023 (simpanan 9 %/th, pinjaman 24 %/th).")

ID_ANGGOTA = r"A\d{4,6}"


def _f(name, type_, description, unit=None, **constraints):
    f = {"name": name, "type": type_, "description": description}
    if unit:
        f["unit"] = unit
    if constraints:
        f["constraints"] = constraints
    return f


def _rp(name, description, **c):
    c.setdefault("required", True)
    c.setdefault("minimum", 0)
    return _f(name, "integer", description, unit="rupiah", **c)


def _fk(fields, resource, ref_fields):
    return {"fields": fields, "reference": {"resource": resource, "fields": ref_fields}}


def _d(name, title, description, fields, primary_key=None, foreign_keys=(), periode=PERIODE_2025,
       sumber=SUMBER_UMUM):
    schema = {"fields": fields}
    if primary_key:
        schema["primaryKey"] = primary_key
    schema["foreignKeys"] = list(foreign_keys)
    return {"name": name, "path": f"{name}.csv", "title": title, "description": description,
            "periode": periode, "sumber": sumber, "format": "csv", "encoding": "utf-8", "schema": schema}


def semua() -> dict[str, dict]:
    """Semua deskriptor, urut nama."""
    d = [
        _d("anggota", "Daftar anggota KSU Tunas Makmur",
           f"{FIKTIF} Buku daftar anggota {KOPERASI}: sekitar 250 anggota, sebagian besar warga Desa "
           "Sumberwangi dan desa tetangga di Kecamatan Jabung. Sekitar 5 % masuk selama 2025 dan 3 % keluar "
           "selama 2025 (simpanannya dikembalikan pada tanggal keluar). Simpanan pokok Rp50.000 bagi yang "
           "masuk sebelum 2016 dan Rp100.000 sesudahnya (AD diubah RAT 2015). Anggota berpekerjaan "
           "'peternak sapi perah' menyetor susu ke koperasi (dataset setoran_susu).",
           [_f("id_anggota", "string", "Nomor anggota, urut tanggal masuk.", required=True, unique=True,
               pattern=ID_ANGGOTA),
            _f("nama", "string", "Nama anggota (fiktif).", required=True),
            _f("jenis_kelamin", "string", "L = laki-laki, P = perempuan.", required=True, enum=["L", "P"]),
            _f("desa", "string", "Desa tempat tinggal (Sumberwangi fiktif; lainnya desa di Kec. Jabung).",
               required=True),
            _f("tanggal_masuk", "date", "Tanggal diterima menjadi anggota.", required=True),
            _f("tanggal_keluar", "date", "Tanggal keluar; kosong bila masih anggota per 31 Desember 2025."),
            _f("pekerjaan", "string", "Pekerjaan utama.", required=True),
            _rp("simpanan_pokok", "Simpanan pokok yang wajib disetor sekali saat masuk.", minimum=20_000,
                maximum=300_000)],
           ["id_anggota"], periode="Keanggotaan sampai 31 Desember 2025"),
        _d("akun", "Bagan akun KSU Tunas Makmur",
           f"{FIKTIF} Bagan akun (chart of accounts) koperasi serba usaha: kode menurut SUMBER.md §3 "
           "(tidak ada bagan akun resmi bernomor), ditambah akun yang diperlukan unit usaha koperasi ini "
           "(persediaan susu, penjualan susu, penjualan produk olahan, biaya lokapasar). Akun kepala "
           "(header=true: 1, 2, 3, 4, 5) tidak boleh dibukukan. Akun 119 dan 169 adalah akun lawan (kontra) "
           "aset bersaldo normal kredit. SHU tahun berjalan = pendapatan (4xx) - beban (5xx, termasuk pajak 591). "
           "Akun 121, 202, 309, 402 dan 409 disediakan tetapi tidak terpakai di jurnal 2025 (309 dipakai "
           "peserta saat menutup buku).",
           [_f("kode", "string", "Kode akun.", required=True, unique=True, pattern=r"\d{1,3}"),
            _f("nama", "string", "Nama akun.", required=True),
            _f("jenis", "string", "Golongan akun.", required=True,
               enum=["aset", "liabilitas", "ekuitas", "pendapatan", "beban"]),
            _f("saldo_normal", "string", "Sisi saldo normal.", required=True, enum=["debit", "kredit"]),
            _f("induk", "string", "Kode akun induk (kosong untuk akun kepala)."),
            _f("kelompok_laporan", "string", "Baris laporan keuangan tempat akun ini disajikan "
               "(kosong untuk akun kepala)."),
            _f("header", "boolean", "true bila akun kepala yang tidak boleh dibukukan.", required=True),
            _f("peran", "string", "Peran akun yang dicari fungsi kopkit (kas, bank, shu_berjalan, cadangan, "
               "beban_pajak, ...; daftar lengkap di tabel aturan peran_akun); kosong bila akun biasa.",
               pattern="[a-z_]+"),
            _f("lancar", "boolean", "Untuk aset dan liabilitas: true bila lancar/jangka pendek (jatuh tempo "
               "atau dipakai dalam 12 bulan), false bila tidak lancar/jangka panjang; kosong untuk akun lain.")],
           ["kode"], [_fk(["induk"], "", ["kode"])], periode="Berlaku mulai tahun buku 2025",
           sumber="SUMBER.md §3; Permenkop UKM No. 2 Tahun 2024 (kebijakan akuntansi koperasi) dan "
                  "SAK EP untuk penyajian laporan."),
        _d("aturan_shu", "Pembagian SHU menurut AD/ART KSU Tunas Makmur",
           f"{FIKTIF} Persentase pembagian SHU setelah pajak menurut AD/ART koperasi ini (jumlahnya 100). "
           "Bagian anggota 40 % dipecah menjadi jasa modal 20 % dan jasa usaha 20 %. Simpanan yang "
           "dihitung untuk jasa modal dan transaksi untuk jasa usaha ada di dataset dasar_shu.",
           [_f("pos", "string", "Nama pos pembagian (huruf kecil_garis_bawah).", required=True, unique=True,
               pattern=r"[a-z_]+"),
            _f("persen", "number", "Persen dari SHU setelah pajak.", unit="persen", required=True, minimum=0,
               maximum=100),
            _f("keterangan", "string", "Penjelasan pos.")],
           ["pos"], periode="Berlaku untuk SHU tahun buku 2024 dan 2025",
           sumber="Pola pembagian yang lazim diajarkan (SUMBER.md §2): cadangan 40, jasa anggota 40, dana "
                  "pengurus, karyawan, pendidikan, sosial masing-masing 5; UU 25/1992 Pasal 45."),
        _d("dasar_shu", "Dasar perhitungan jasa modal dan jasa usaha",
           f"{FIKTIF} Aturan AD/ART KSU Tunas Makmur tentang simpanan yang dihitung untuk jasa modal "
           "(simpanan pokok + wajib) dan transaksi yang dihitung untuk jasa usaha (belanja toko, setoran "
           "susu dengan bobot 0,25, jasa pinjaman yang dibayar). Transaksi anggota i = jumlah (nilai x bobot) "
           "semua sumber yang dihitung.",
           [_f("komponen", "string", "Komponen SHU anggota.", required=True, enum=["jasa_modal", "jasa_usaha"]),
            _f("sumber", "string", "Simpanan atau transaksi yang dimaksud.", required=True),
            _f("dihitung", "boolean", "true bila ikut dihitung.", required=True),
            _f("bobot", "number", "Pengali nilai rupiah sumber ini.", required=True, minimum=0),
            _f("keterangan", "string", "Alasan dan kolom dataset sumbernya.")],
           ["komponen", "sumber"], periode="Berlaku untuk SHU tahun buku 2025",
           sumber="SUMBER.md §2 (dasar simpanan dan transaksi yang lazim); bobot setoran susu pilihan fiktif."),
        _d("simpanan", "Buku pembantu simpanan anggota 2025",
           f"{FIKTIF} Semua mutasi simpanan anggota {KOPERASI} selama 2025: saldo awal per 1 Januari "
           "(keterangan saldo_awal), simpanan pokok anggota baru, simpanan wajib Rp25.000 per bulan (sebagian "
           "anggota menunggak lalu membayar rapel), setoran dan penarikan simpanan sukarela, jasa simpanan "
           "sukarela 0,25 % per bulan dari saldo akhir bulan (saldo minimal Rp100.000) dan pengembalian semua "
           "simpanan anggota yang keluar. Saldo per anggota = jumlah setor - jumlah tarik; jumlah semua anggota "
           "sama dengan akun 301 (pokok), 302 (wajib) dan 201 (sukarela) di jurnal_umum pada setiap tanggal.",
           [_f("tanggal", "date", "Tanggal transaksi (saldo awal: 2025-01-01).", required=True),
            _f("id_anggota", "string", "Nomor anggota.", required=True, pattern=ID_ANGGOTA),
            _f("jenis", "string", "Jenis simpanan.", required=True, enum=["pokok", "wajib", "sukarela"]),
            _rp("setor", "Jumlah disetor (0 bila penarikan)."),
            _rp("tarik", "Jumlah ditarik (0 bila setoran)."),
            _f("keterangan", "string", "Macam transaksi.", required=True,
               enum=["saldo_awal", "setoran", "penarikan", "jasa_simpanan", "tutup_keanggotaan"]),
            _f("no_bukti", "string", "Nomor bukti di jurnal_umum.", required=True)],
           None, [_fk(["id_anggota"], "anggota", ["id_anggota"]), _fk(["no_bukti"], "jurnal_umum", ["no_bukti"])]),
        _d("pinjaman", "Pinjaman anggota (unit simpan pinjam)",
           f"{FIKTIF} Satu baris per pinjaman yang masih berjalan pada 2025: pinjaman yang cair 2022-2024 dan "
           "belum lunas per 1 Januari 2025 (saldo_awal = sisa pokoknya) serta pinjaman yang cair selama 2025 "
           "(saldo_awal 0; provisi 1 % dipotong saat pencairan). Metode flat, efektif (menurun) dan beberapa "
           "anuitas; pokok angsuran dibulatkan ke Rp100, angsuran terakhir menampung selisih pembulatan. "
           "Jatuh tempo setiap bulan pada tanggal cair (paling lambat tanggal 28).",
           [_f("id_pinjaman", "string", "Nomor pinjaman, urut tanggal cair.", required=True, unique=True),
            _f("id_anggota", "string", "Peminjam.", required=True, pattern=ID_ANGGOTA),
            _f("tanggal_cair", "date", "Tanggal pencairan (bisa sebelum 2025 untuk pinjaman lama).", required=True),
            _rp("pokok", "Pokok pinjaman.", minimum=1_000_000, maximum=50_000_000),
            _f("tenor_bulan", "integer", "Jangka waktu.", unit="bulan", required=True, minimum=6, maximum=60),
            _f("bunga_per_bulan", "number", "Bunga (jasa) per bulan, mis. 0.015 = 1,5 %.", unit="per bulan",
               required=True, minimum=0.009, maximum=0.02),
            _f("metode", "string", "Cara menghitung jasa.", required=True, enum=["flat", "efektif", "anuitas"]),
            _f("tujuan", "string", "Tujuan penggunaan pinjaman.", required=True),
            _rp("provisi", "Provisi 1 % dari pokok, dipotong saat pencairan."),
            _rp("saldo_awal", "Sisa pokok per 1 Januari 2025 (0 untuk pinjaman yang cair 2025).")],
           ["id_pinjaman"], [_fk(["id_anggota"], "anggota", ["id_anggota"])]),
        _d("angsuran", "Pembayaran angsuran pinjaman 2025",
           f"{FIKTIF} Setiap pembayaran angsuran selama 2025: pokok, jasa (bunga) dan denda keterlambatan "
           "(0,1 % dari angsuran per hari bila terlambat lebih dari 7 hari, dibulatkan ke bawah ke Rp100). "
           "Sebagian peminjam sering terlambat dan beberapa pinjaman macet (berhenti membayar), sehingga "
           "ada angsuran yang jatuh tempo tetapi tidak ada barisnya.",
           [_f("id_pinjaman", "string", "Nomor pinjaman.", required=True),
            _f("tanggal", "date", "Tanggal bayar.", required=True),
            _f("angsuran_ke", "integer", "Urutan angsuran dalam jadwal.", required=True, minimum=1, maximum=60),
            _f("jatuh_tempo", "date", "Tanggal jatuh tempo angsuran ini.", required=True),
            _rp("pokok", "Bagian pokok."), _rp("jasa", "Bagian jasa (bunga)."), _rp("denda", "Denda keterlambatan."),
            _f("no_bukti", "string", "Nomor bukti kas masuk di jurnal_umum.", required=True)],
           ["id_pinjaman", "angsuran_ke"],
           [_fk(["id_pinjaman"], "pinjaman", ["id_pinjaman"]), _fk(["no_bukti"], "jurnal_umum", ["no_bukti"])]),
        _d("penjualan_toko", "Nota penjualan toko koperasi 2025",
           f"{FIKTIF} Satu baris per nota penjualan tunai toko koperasi (buka setiap hari kecuali 31 Maret dan "
           "1 April 2025, Idulfitri). Anggota berbelanja menurut kebiasaannya masing-masing; id_anggota kosong "
           "untuk pembeli bukan anggota. Di jurnal_umum penjualan dijumlah per hari (akun 405, anggota dan "
           "bukan anggota di baris terpisah) dan harga pokoknya 85 % (akun 511).",
           [_f("tanggal", "date", "Tanggal nota.", required=True),
            _f("no_nota", "string", "Nomor nota: TK-YYYYMMDD-urut.", required=True, unique=True),
            _f("id_anggota", "string", "Nomor anggota pembeli; kosong bila bukan anggota.", pattern=ID_ANGGOTA),
            _rp("total", "Jumlah belanja.", minimum=1)],
           ["no_nota"], [_fk(["id_anggota"], "anggota", ["id_anggota"])]),
        _d("setoran_susu", "Setoran susu segar peternak anggota 2025",
           f"{FIKTIF} Setoran susu anggota peternak sapi perah di pos penampungan koperasi, pagi dan sore. "
           "Harga per liter ditetapkan per peternak per periode 10 harian menurut mutu susu (Rp6.500-7.500); "
           "nilai = liter x harga, dibulatkan ke rupiah terdekat. Koperasi membayar peternak 5 hari setelah "
           "periode (akun 212) dan menjual susu ke pabrik pengolahan susu (IPS).",
           [_f("tanggal", "date", "Tanggal setor.", required=True),
            _f("id_anggota", "string", "Peternak anggota.", required=True, pattern=ID_ANGGOTA),
            _f("sesi", "string", "Sesi setor.", required=True, enum=["pagi", "sore"]),
            _f("liter", "number", "Volume susu, satu desimal.", unit="liter", required=True, minimum=0),
            _rp("harga_per_liter", "Harga beli per liter.", minimum=6_500, maximum=7_500),
            _rp("nilai", "liter x harga_per_liter, dibulatkan ke rupiah terdekat.")],
           ["tanggal", "id_anggota", "sesi"], [_fk(["id_anggota"], "anggota", ["id_anggota"])],
           sumber="Harga susu segar tingkat peternak Jawa Timur 2024-2025 sekitar Rp6.500-7.500/liter "
                  "(berita harga susu koperasi susu Jawa Timur); produksi 8-15 liter/ekor/hari."),
        _d("produk", "Produk olahan koperasi",
           f"{FIKTIF} Produk olahan yang dijual unit penjualan: susu pasteurisasi dan yogurt (bahan susu "
           "anggota, perlu pendingin sehingga hanya dijual di sekitar Malang), kopi bubuk dan camilan "
           "(dari UMKM anggota, dikirim ke seluruh Indonesia).",
           [_f("id_produk", "string", "Kode produk.", required=True, unique=True),
            _f("nama", "string", "Nama produk.", required=True),
            _f("kategori", "string", "Kategori.", required=True, enum=["susu olahan", "yogurt", "kopi", "camilan"]),
            _f("satuan", "string", "Satuan jual.", required=True),
            _rp("harga_pokok", "Harga pokok per satuan."), _rp("harga_jual", "Harga jual dasar per satuan."),
            _f("perlu_pendingin", "boolean", "true bila harus disimpan dingin.", required=True)],
           ["id_produk"], periode="Harga berlaku 2025"),
        _d("penjualan_daring", "Penjualan produk olahan luring dan daring 2025",
           f"{FIKTIF} Satu baris per baris pesanan (produk) produk olahan lewat toko koperasi (toko_offline), "
           "WhatsApp, Shopee dan TikTok Shop/Tokopedia. Harga di lokapasar 8 % lebih tinggi dari harga dasar. "
           "diskon_penjual ditanggung koperasi; ongkos_kirim dibayar pembeli (dicatat di baris pertama "
           "pesanan). Pesanan batal dan retur bukan pendapatan. Di jurnal_umum pendapatan (akun 407) = "
           "jumlah x harga_satuan - diskon_penjual untuk pesanan selesai. Biaya platform (komisi, biaya "
           "proses pesanan, MDR QRIS untuk WhatsApp) dihitung dengan kopkit.pasar.hitung_biaya "
           "menurut tabel tarif bertanggal kopkit/pasar/aturan/tarif_platform.csv, sama dengan modul 05 "
           "(kopkit.pasar.siapkan_penjualan), dibebankan ke akun 514 pada akhir bulan pesanan, lalu "
           "saldo lokapasar dicairkan tanggal 10 bulan berikutnya setelah dipotong biaya itu.",
           [_f("id_pesanan", "string", "Nomor pesanan.", required=True),
            _f("tanggal", "date", "Tanggal pesanan.", required=True),
            _f("kanal", "string", "Saluran penjualan.", required=True, enum=list(
                ["toko_offline", "whatsapp", "shopee", "tiktok_tokopedia"])),
            _f("id_produk", "string", "Produk.", required=True),
            _f("jumlah", "integer", "Banyaknya.", unit="satuan produk", required=True, minimum=1),
            _rp("harga_satuan", "Harga per satuan di kanal itu.", minimum=1),
            _rp("diskon_penjual", "Diskon per baris yang ditanggung koperasi."),
            _rp("ongkos_kirim", "Ongkos kirim dibayar pembeli; hanya di baris pertama pesanan."),
            _f("id_pembeli", "string", "Kode pembeli (samaran); kosong untuk pembeli langsung di toko."),
            _f("kota", "string", "Kota/kabupaten pembeli.", required=True),
            _f("provinsi", "string", "Provinsi pembeli.", required=True),
            _f("status", "string", "Status pesanan.", required=True, enum=["selesai", "batal", "retur"])],
           ["id_pesanan", "id_produk"], [_fk(["id_produk"], "produk", ["id_produk"])],
           sumber="Biaya platform: tabel tarif kopkit/pasar/aturan/tarif_platform.csv (sumber dan tanggal berlaku per "
                  "baris; SUMBER.md §6); sebaran kota pembeli dikarang."),
        _d("jurnal_umum", "Jurnal umum KSU Tunas Makmur 2025",
           f"{FIKTIF} Jurnal umum {KOPERASI} untuk tahun buku 2025, dibentuk dari buku pembantu (simpanan, "
           "pinjaman, angsuran, penjualan_toko, setoran_susu, penjualan_daring) ditambah gaji, THR, honor "
           "pengurus, listrik, sewa, penyusutan, angsuran dan bunga bank, jasa giro, pajak, RAT tahun buku 2024 "
           "dan pembagian SHU 2024. Saldo awal bertanggal 2025-01-01 dengan nomor bukti SA-2025. Setiap nomor "
           "bukti seimbang (debit = kredit). Jenis bukti: BKM/BKK bukti kas masuk/keluar, BBM/BBK bukti bank "
           "masuk/keluar, BM bukti memorial. Jurnal penutup (menutup pendapatan dan beban ke SHU tahun "
           "berjalan) sengaja tidak ada: itu latihan peserta. SHU 2025 sebelum pajak sekitar Rp250 juta dan "
           "sesudah pajak (PPh badan Pasal 17 dan 31E) sekitar Rp216 juta, dari pendapatan sekitar Rp6,4 miliar "
           "(sebagian besar penjualan susu ke pabrik yang marginnya tipis) dan aset sekitar Rp2,3 miliar; dipilih "
           "agar sebanding dengan koperasi serba usaha desa sebesar ini (SHU per anggota rata-rata di bawah "
           "Rp1 juta, sesuai kisaran SUMBER.md §7).",
           [_f("tanggal", "date", "Tanggal transaksi.", required=True),
            _f("no_bukti", "string", "Nomor bukti; satu bukti bisa beberapa baris.", required=True,
               pattern=r"(C\d{3,}-)?(SA-2025|(BKM|BKK|BBM|BBK|BM)-2025-\d{5,})"),
            _f("akun", "string", "Kode akun (dataset akun).", required=True),
            _f("keterangan", "string", "Uraian transaksi.", required=True),
            _rp("debit", "Jumlah di sisi debit (0 bila tidak ada)."),
            _rp("kredit", "Jumlah di sisi kredit (0 bila tidak ada)."),
            _f("unit", "string", "Unit usaha.", required=True, enum=["usp", "toko", "produsen", "daring", "umum"]),
            _f("id_anggota", "string", "Anggota terkait; kosong bila tidak ada.", pattern=ID_ANGGOTA)],
           None, [_fk(["akun"], "akun", ["kode"]), _fk(["id_anggota"], "anggota", ["id_anggota"])]),
        _kabupaten(),
    ]
    return {x["name"]: x for x in sorted(d, key=lambda x: x["name"])}


def _kabupaten() -> dict:
    from .kabupaten import KECAMATAN

    uang = [
        ("total_aset", "Total aset per 31 Desember."), ("liabilitas", "Total liabilitas (kewajiban)."),
        ("modal_sendiri", "Ekuitas: simpanan pokok, wajib, cadangan, hibah, SHU; = total_aset - liabilitas."),
        ("simpanan_pokok", "Saldo simpanan pokok."), ("simpanan_wajib", "Saldo simpanan wajib."),
        ("simpanan_sukarela", "Saldo simpanan sukarela (liabilitas)."),
        ("pinjaman_lancar", "Pinjaman beredar kolektibilitas lancar."),
        ("pinjaman_kurang_lancar", "Pinjaman beredar kurang lancar."),
        ("pinjaman_diragukan", "Pinjaman beredar diragukan."), ("pinjaman_macet", "Pinjaman beredar macet."),
        ("pendapatan", "Pendapatan setahun."), ("beban", "Beban setahun termasuk pajak."),
    ]
    return _d(
        "kabupaten", "Koperasi se-Kabupaten Malang 2023-2025",
        f"{FIKTIF} Ringkasan laporan tahunan 120 koperasi fiktif di 33 kecamatan Kabupaten Malang (nama "
        "kecamatan nyata) untuk tahun 2023, 2024 dan 2025, bahan penilaian kesehatan dan lomba koperasi "
        "(modul 04). Jenis seperti lomba kabupaten: produsen, konsumen, jasa, pemasaran, ksp, ksp_syariah "
        "(porsi kira-kira 18/30/10/10/22/10 %). Ukuran menyebar log-normal dengan ekor panjang. K0001 adalah "
        "KSU Tunas Makmur (jenis produsen karena usaha utamanya susu): angka 2025 dihitung dari jurnal_umum "
        "dan buku pembantunya (modal_sendiri termasuk SHU 2025 yang belum dibagi), 2023-2024 dihitung mundur. "
        "Uang koperasi lain dibulatkan ke ribuan rupiah. shu = pendapatan - beban; sebagian kecil koperasi rugi.",
        [_f("id_koperasi", "string", "Kode koperasi (K0001 = KSU Tunas Makmur).", required=True, pattern=r"K\d{4}"),
         _f("nama", "string", "Nama koperasi (fiktif).", required=True),
         _f("jenis", "string", "Jenis koperasi menurut kelompok lomba.", required=True,
            enum=["produsen", "konsumen", "jasa", "pemasaran", "ksp", "ksp_syariah"]),
         _f("kecamatan", "string", "Kecamatan di Kabupaten Malang.", required=True, enum=list(KECAMATAN)),
         _f("tahun", "integer", "Tahun buku.", required=True, minimum=2023, maximum=2025),
         _f("jumlah_anggota", "integer", "Anggota per 31 Desember.", unit="orang", required=True, minimum=1)]
        + [_rp(n, k) for n, k in uang]
        + [_f("shu", "integer", "SHU setelah pajak = pendapatan - beban (negatif bila rugi).", unit="rupiah",
              required=True),
           _f("anggota_aktif_bertransaksi", "integer", "Anggota yang bertransaksi usaha dengan koperasi tahun itu.",
              unit="orang", required=True, minimum=0),
           _f("rat_tepat_waktu", "boolean", "true bila RAT tahun buku itu diadakan paling lambat 6 bulan setelah "
              "tutup buku.", required=True),
           _f("jualan_daring", "boolean", "true bila koperasi berjualan daring (lokapasar/WhatsApp).", required=True)],
        ["id_koperasi", "tahun"], periode="Tahun buku 2023, 2024 dan 2025",
        sumber="SUMBER.md §7: Kabupaten Malang 1.134 koperasi (2016) beraset sekitar Rp1,6 triliun; "
               "sebaran ukuran log-normal; daftar 33 kecamatan Kabupaten Malang (BPS Kabupaten Malang).")
