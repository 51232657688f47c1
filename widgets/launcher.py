"""The ``epewall`` console script: GUI commands open windows, the rest go to ``app.cli.main``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import main as cli
from app.media import vlc_locate


def main(argv: Sequence[str] | None = None) -> int:
    vlc_locate.prepare()  # the frozen Windows program's own libVLC, before any ``import vlc``
    args = cli.parse_args(argv)
    if args.command not in cli.GUI_COMMANDS or args.version:
        return cli.run(args)
    from widgets import application

    return application.run(args)


if __name__ == "__main__":
    sys.exit(main())
