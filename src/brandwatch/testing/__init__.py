"""Test doubles that ship with the package, so the CLI's --fake, the daemon's tests and bench/ share them."""
