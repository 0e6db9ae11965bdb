"""``python -m kopkit doctor`` sama dengan ``kopkit doctor``."""
import sys

from kopkit.cli import main

sys.exit(main())
