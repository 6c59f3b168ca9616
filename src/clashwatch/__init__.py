"""ClashWatch: raw news reports about armed conflict in, a sourced, linked event timeline out."""

__version__ = "0.1.0"
