"""POS Assist: stop and close out a card-payment POS terminal without losing money or evidence."""

__version__ = "0.1.0"
