"""The long-running service: scheduled collection and analysis, signals, status, retention, reports.

Only this package, the CLI and the web console wire the stages together; nothing imports them.
"""
