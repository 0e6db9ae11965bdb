"""Data bawaan kopkit (CSV + deskriptor JSON). Dipasang sebagai paket ``kopkit.datasets``."""
