"""The format files (TOML) of report documents; read by tiendo.reports.format_rules."""
