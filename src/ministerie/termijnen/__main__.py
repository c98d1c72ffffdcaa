"""``python -m ministerie.termijnen``: the same command as ``ministerie termijn``."""

from ministerie.termijnen.cli import main

raise SystemExit(main())
