"""Backup and restore of a whole tiendo site: database, uploaded files and secret key.

`write_backup` and `restore_backup` are in `archive`; `tables` turns every table
into JSON rows and back; `commands` registers `tiendo backup` and `tiendo restore`.
"""
