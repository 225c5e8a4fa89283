"""Template-generated capability tests for the claim stage (see ``cases.py``)."""
