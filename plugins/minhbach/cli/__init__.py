"""The command line: the only layer that prints, reads arguments or exits."""
