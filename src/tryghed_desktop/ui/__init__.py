"""The PySide6 desktop interface: windows, item models and dialogs over the service layer."""
