"""epewall's Qt widgets. They import app/, never the reverse."""
