"""The public openness portal under /openbaar/ (no log-in)."""

app_name = "openbaar"

urlpatterns: list = []
