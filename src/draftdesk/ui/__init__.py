"""The desktop window: a thin PySide6 view over the model."""
