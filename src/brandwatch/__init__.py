"""brandwatch: social listening for complaints, undisclosed endorsements and leaked secrets."""

__version__ = "0.1.0"
