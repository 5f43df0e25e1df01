"""The review queue: lifecycle, intake of detector output, routing, notifications, exports.

Works on stored findings only; the daemon, the CLI and the web console wire it to the other stages.
"""
