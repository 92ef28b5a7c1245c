"""`python -m tiendo.extract ARGS`: `tiendo extract ARGS` before the script is installed.

Kept out of the compiled modules, like `__init__`: Python runs a package's `__main__` from
its source only.
"""

from __future__ import annotations

import sys

from tiendo.extract.commands import main

sys.exit(main())
