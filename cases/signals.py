"""What the case file tells the apps above it, which it cannot import (the layers contract).

`asset_changed` is sent inside the transaction of an asset's edit, after it is saved: the apps
that keep something derived from the asset (the freeze's deadline, in `workflows`) update it in
the same transaction, so that it never holds the asset's old state, restriction or description.
"""

from django.dispatch import Signal

# Sent with `asset` (the saved asset) and `by` (the user who changed it).
asset_changed = Signal()
