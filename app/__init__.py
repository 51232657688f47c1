"""epewall core: domain, storage, secrets, media and rules. Never imports QtGui or QtWidgets."""

__version__ = "0.1.0"
