"""Satu gaya rupiah untuk semua yang dibaca peserta: ``Rp 1.234`` (sama dengan
:func:`kopkit.dasar.uang.format_rupiah`), juga di teks pelajaran, latihan, pesan dan tabel aturan."""
import json
import re
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
RAPAT = re.compile(r"\bRp(?=[0-9{])")  # 'Rp1.234' atau f"Rp{x}" tanpa spasi


def _teks_peserta():
    for p in sorted(AKAR.glob("notebooks/*.ipynb")):
        for i, c in enumerate(json.loads(p.read_text(encoding="utf-8"))["cells"]):
            if c["cell_type"] == "markdown":
                yield f"{p.name} sel {i}", "".join(c["source"])
    for p in sorted(AKAR.glob("kopkit/**/*.py")):
        if p.name in ("uang.py", "baca.py"):  # contoh masukan yang diterima pengurai (Rp1.250.000 juga sah)
            continue
        yield str(p.relative_to(AKAR)), p.read_text(encoding="utf-8")
    for p in sorted(AKAR.glob("kopkit/*/aturan/*.csv")):
        yield str(p.relative_to(AKAR)), p.read_text(encoding="utf-8")


def test_rupiah_selalu_dengan_spasi():
    from kopkit.dasar.uang import format_rupiah

    assert format_rupiah(1234) == "Rp 1.234"
    salah = [f"{tempat}: {teks[max(0, m.start() - 20):m.end() + 12]!r}"
             for tempat, teks in _teks_peserta() for m in RAPAT.finditer(teks)]
    assert salah == [], "\n".join(salah[:20])
