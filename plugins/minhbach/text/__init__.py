"""Vietnamese text: folding (fold.py) and collation (collate.py)."""
