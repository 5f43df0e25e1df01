"""The errors brandwatch raises. Only the CLI turns them into messages and exit codes."""


class BrandwatchError(Exception):
    """Base class: anything a user can fix by changing input, config or environment."""

    exit_code = 2


class ConfigError(BrandwatchError):
    """A configuration or roster file is malformed; the message names file, line and key."""


class RuleError(BrandwatchError):
    """A rule file is malformed; the message names file, line, column and rule id."""


class StorageError(BrandwatchError):
    """The database cannot be reached or is not in the expected state."""


class ModelUnavailable(BrandwatchError):
    """A sentiment model was asked for but cannot be loaded from the local cache or path."""
